import * as z from 'zod/mini';
import { clickToCallMessageSchema } from '../widget/widget-messages';
import type { SenderKind } from './sender';

/**
 * The background's reply to each message the call-button script sends: all that script
 * parses, so it bundles and builds these and not the table below (see createContentSender).
 */
export const callResponses = {
  /** The content script learns only what it needs for its own page. */
  'content/hello': z.object({
    enabled: z.boolean(),
    defaultCountry: z.string(),
    phoneCode: z.string(),
    /** Where widget messages go; the content script posts there itself when framed by it. */
    widgetOrigin: z.nullable(z.string()),
    widgetMode: z.enum(['window', 'docked']),
    /** Whether the login script follows the CRM's admin screens (with `off` it sends no form). */
    crmAdminFollow: z.enum(['offer', 'auto', 'off']),
  }),
  'content/start-login': z.object({ started: z.boolean() }),
  'widget/dial': z.object({
    /** `failed`: docked, and no docked widget could take the call. */
    status: z.enum(['sent', 'duplicate', 'not-configured', 'failed']),
    message: z.string(),
  }),
};

/**
 * The messages the call-button content script sends, declared apart from the rest of the
 * protocol so that script bundles only these schemas (it has a 75 KB budget). The login
 * script's messages are in login-messages.ts; protocol.ts includes both.
 */
export const callMessages = {
  'content/hello': {
    from: ['content-script'],
    request: z.object({}),
    response: callResponses['content/hello'],
  },
  /**
   * The call-button script asks for the login script in its frame once its first rows are
   * done (startLoginScript in utils/extension/crm-script-registration.ts).
   */
  'content/start-login': {
    from: ['content-script'],
    request: z.object({}),
    response: callResponses['content/start-login'],
  },
  'widget/dial': {
    from: ['content-script'],
    request: z.object({ message: clickToCallMessageSchema }),
    response: callResponses['widget/dial'],
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
