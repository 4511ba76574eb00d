import * as z from 'zod/mini';
import { customRuleSchema } from '../login/custom-rule-schema';
import { widgetMessageSchema } from '../widget/widget-messages';
import { callMessages } from './call-messages';
import type { SenderKind } from './sender';

/**
 * What the background did with a widget message. In the seed's own layout (the CRM framed by
 * the dialer page) the frame itself must post to its parent, so the message comes back to be
 * posted there, to the widget's exact origin.
 */
const deliverySchema = z.union([
  z.object({ delivered: z.enum(['window', 'docked', 'none']), note: z.string() }),
  z.object({
    delivered: z.literal('parent'),
    message: widgetMessageSchema,
    targetOrigin: z.string(),
  }),
]);

/** The messages the login content script sends (it says hello like the call script). */
export const loginMessages = {
  'content/hello': callMessages['content/hello'],
  /** The user's own login rules (options page), for the page to pick the one that matches. */
  'login/rules': {
    from: ['content-script'],
    request: z.object({}),
    response: z.array(customRuleSchema),
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
