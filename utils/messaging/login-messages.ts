import * as z from 'zod/mini';
import { customRuleSchema } from '../login/custom-rule-schema';
import { widgetMessageSchema } from '../widget/widget-messages';
import { callMessages, callResponses } from './call-messages';
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

/**
 * The background's reply to each message the login script sends: all that script parses, so it
 * bundles and builds these and not the table below (see createContentSender).
 */
export const loginResponses = {
  'content/hello': callResponses['content/hello'],
  /** The user's own login rules (options page), for the page to pick the one that matches. */
  'login/rules': z.array(customRuleSchema),
  'login/captured': z.object({}),
  'login/outcome': deliverySchema,
  'login/status': z.object({ pending: z.boolean(), loggedIn: z.boolean() }),
  'login/logout': deliverySchema,
  'widget/relay': deliverySchema,
};

/** The messages the login content script sends (it says hello like the call script). */
export const loginMessages = {
  'content/hello': callMessages['content/hello'],
  'login/rules': {
    from: ['content-script'],
    request: z.object({}),
    response: loginResponses['login/rules'],
  },
  /** The login form was submitted: held in session storage until the CRM shows the outcome. */
  'login/captured': {
    from: ['content-script'],
    request: z.object({
      username: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
      password: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
    }),
    response: loginResponses['login/captured'],
  },
  'login/outcome': {
    from: ['content-script'],
    request: z.object({ outcome: z.enum(['logged-in', 'failed']) }),
    response: loginResponses['login/outcome'],
  },
  'login/status': {
    from: ['content-script'],
    request: z.object({}),
    response: loginResponses['login/status'],
  },
  'login/logout': {
    from: ['content-script'],
    /** A logout control was used, or the login page came back (only counts in the agent's tab). */
    request: z.object({ reason: z.enum(['control', 'login-page']) }),
    response: loginResponses['login/logout'],
  },
  /** A CRM page that speaks the seed itself: its message, already parsed and rebuilt. */
  'widget/relay': {
    from: ['content-script'],
    request: z.object({ message: widgetMessageSchema }),
    response: loginResponses['widget/relay'],
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
