import type { HandlerContext, Handlers } from '../messaging/router';
import { senderOrigin } from '../messaging/sender';
import { createDialDedupe, DIAL_DEDUPE_MS } from '../widget/dial-dedupe';
import {
  describeWidgetMessage,
  rebuildWidgetMessage,
  type WidgetMessage,
} from '../widget/widget-messages';
import { httpOriginOf } from '../widget/widget-origin';
import { sendToDialerWindow } from './dialer-window';
import { sendToDock } from './dock-handlers';
import {
  clearAgent,
  getAgent,
  getPendingLogin,
  setAgent,
  setPendingLogin,
  wipePendingLogin,
} from './login-state';
import { loadSecrets, loadSettings } from './settings-store';

// Shared by every tab: two tabs (or a double click) dialing one number make one call.
const dialDedupe = createDialDedupe(DIAL_DEDUPE_MS);

type Delivery = Awaited<ReturnType<Handlers['login/logout']>>;

/**
 * Sends a widget message the way this sender's layout needs: a CRM framed by the dialer page
 * posts to its parent itself (the seed's layout); anywhere else the live docked widget (docked
 * mode) or the one dialer window (window mode) gets it.
 */
async function deliver(message: WidgetMessage, context: HandlerContext): Promise<Delivery> {
  const { settings } = await loadSettings();
  const widgetOrigin = httpOriginOf(settings.widgetUrl);
  if (!widgetOrigin)
    return { delivered: 'none', note: 'Set the widget URL in the Dialer Bridge options' };
  const { sender } = context;
  const topOrigin = sender.tab?.url ? httpOriginOf(sender.tab.url) : null;
  if (sender.frameId !== undefined && sender.frameId !== 0 && topOrigin === widgetOrigin) {
    return { delivered: 'parent', message, targetOrigin: widgetOrigin };
  }
  if (settings.widgetMode === 'docked') {
    const docked = await sendToDock(message, sender);
    return docked.ok
      ? { delivered: 'docked', note: describeWidgetMessage(message) }
      : { delivered: 'none', note: docked.note };
  }
  await sendToDialerWindow(message, settings.widgetUrl);
  return { delivered: 'window', note: describeWidgetMessage(message) };
}

type WidgetHandlers = Pick<
  Handlers,
  | 'widget/dial'
  | 'widget/relay'
  | 'login/captured'
  | 'login/outcome'
  | 'login/status'
  | 'login/rules'
  | 'login/logout'
>;

export const widgetHandlers: WidgetHandlers = {
  'widget/dial': async ({ message }, context) => {
    const { settings } = await loadSettings();
    const call = rebuildWidgetMessage(message);
    if (!settings.widgetUrl || !call) {
      return {
        status: 'not-configured',
        message: 'Set the widget URL in the Dialer Bridge options',
      };
    }
    const number = `+${message.phone_code} ${message.phone_number}`;
    if (!dialDedupe.shouldSend(`${message.phone_code}:${message.phone_number}`)) {
      return { status: 'duplicate', message: `Already dialing ${number}` };
    }
    if (settings.widgetMode === 'docked') {
      const docked = await sendToDock(call, context.sender);
      if (!docked.ok)
        return { status: 'failed', message: `Could not dial ${number}: ${docked.note}` };
    } else {
      await sendToDialerWindow(call, settings.widgetUrl);
    }
    return { status: 'sent', message: `Dialing ${number}` };
  },

  'widget/relay': async ({ message }, context) => {
    const rebuilt = rebuildWidgetMessage(message);
    if (!rebuilt) return { delivered: 'none', note: 'Not a widget message' };
    if (rebuilt.action === 'click_to_call') {
      const key = `${rebuilt.phone_code}:${rebuilt.phone_number}`;
      if (!dialDedupe.shouldSend(key))
        return { delivered: 'none', note: 'Already dialing that number' };
    }
    if (rebuilt.action === 'login')
      await setAgent({ origin: senderOrigin(context.sender), username: rebuilt.username });
    if (rebuilt.action === 'logout') await clearAgent();
    return deliver(rebuilt, context);
  },

  'login/captured': async ({ username, password }, context) => {
    await setPendingLogin({ origin: senderOrigin(context.sender), username, password });
    return {};
  },

  'login/outcome': async ({ outcome }, context) => {
    const pending = await getPendingLogin(senderOrigin(context.sender));
    // Wiped whatever the outcome: the password is held only until the CRM answers.
    await wipePendingLogin();
    if (!pending) return { delivered: 'none', note: 'No login was waiting' };
    if (outcome === 'failed') return { delivered: 'none', note: 'The CRM refused the login' };
    const [{ settings }, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
    await setAgent({
      origin: pending.origin,
      username: pending.username,
      tabId: context.sender.tab?.id,
    });
    return deliver(
      {
        action: 'login',
        username: pending.username,
        password: pending.password,
        extension: settings.agentExtension,
        phone_pass: secrets.agentPhonePass,
      },
      context,
    );
  },

  'login/rules': async () => (await loadSettings()).settings.loginRules,

  'login/status': async (_payload, context) => {
    const origin = senderOrigin(context.sender);
    const [pending, agent] = await Promise.all([getPendingLogin(origin), getAgent()]);
    return { pending: pending !== null, loggedIn: agent?.origin === origin };
  },

  'login/logout': async ({ reason }, context) => {
    const agent = await getAgent();
    // Once: the click on "Log out" and the login page that follows both report it.
    if (!agent || agent.origin !== senderOrigin(context.sender)) {
      return { delivered: 'none', note: 'The agent is not logged in from this site' };
    }
    // The login page opened in another tab or frame is not a logout: the session goes on.
    if (
      reason === 'login-page' &&
      agent.tabId !== undefined &&
      agent.tabId !== context.sender.tab?.id
    ) {
      return {
        delivered: 'none',
        note: 'The login page was opened elsewhere; the agent stays logged in',
      };
    }
    await clearAgent();
    return deliver({ action: 'logout' }, context);
  },
};
