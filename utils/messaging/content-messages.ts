import * as z from 'zod/mini';
import { clickToCallMessageSchema, widgetMessageSchema } from '../widget/widget-messages';
import type { SenderKind } from './sender';

/**
 * What the background did with a widget message. In the seed's own layout (the CRM framed by
 * the dialer page) the frame itself must post to its parent, so the message comes back to be
 * posted there, to the widget's exact origin.
 */
const deliverySchema = z.union([
  z.object({ delivered: z.enum(['window', 'none']), note: z.string() }),
  z.object({
    delivered: z.literal('parent'),
    message: widgetMessageSchema,
    targetOrigin: z.string(),
  }),
]);

/**
 * The messages a content script sends, declared apart from the rest of the protocol so the
 * content script bundles only these schemas (it has a 75 KB budget); protocol.ts includes them.
 */
export const contentMessages = {
  'content/hello': {
    from: ['content-script'],
    request: z.object({}),
    /** The content script learns only what it needs for its own page. */
    response: z.object({
      enabled: z.boolean(),
      defaultCountry: z.string(),
      phoneCode: z.string(),
      /** Where widget messages go; the content script posts there itself when framed by it. */
      widgetOrigin: z.nullable(z.string()),
      widgetMode: z.enum(['window', 'docked']),
    }),
  },
  'widget/dial': {
    from: ['content-script'],
    request: z.object({ message: clickToCallMessageSchema }),
    response: z.object({
      status: z.enum(['sent', 'duplicate', 'not-configured']),
      message: z.string(),
    }),
  },
  /** The login form was submitted: held in session storage until the CRM shows the outcome. */
  'login/captured': {
    from: ['content-script'],
    request: z.object({
      username: z.string().check(z.minLength(1), z.maxLength(100)),
      password: z.string().check(z.minLength(1), z.maxLength(100)),
    }),
    response: z.object({}),
  },
  'login/outcome': {
    from: ['content-script'],
    request: z.object({ outcome: z.enum(['logged-in', 'failed']) }),
    response: deliverySchema,
  },
  'login/status': {
    from: ['content-script'],
    request: z.object({}),
    response: z.object({ pending: z.boolean(), loggedIn: z.boolean() }),
  },
  'login/logout': {
    from: ['content-script'],
    /** A logout control was used, or the login page came back (only counts in the agent's tab). */
    request: z.object({ reason: z.enum(['control', 'login-page']) }),
    response: deliverySchema,
  },
  /** A CRM page that speaks the seed itself: its message, already parsed and rebuilt. */
  'widget/relay': {
    from: ['content-script'],
    request: z.object({ message: widgetMessageSchema }),
    response: deliverySchema,
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
