import {
  isLoginPage,
  type LoginRule,
  resolveLoginRules,
  watchLoginOutcome,
  watchLoginPage,
  watchLoginSubmission,
  watchLogout,
} from '../login';
import { type loginMessages, loginResponses } from '../messaging/login-messages';
import { createContentSender } from '../messaging/send-content-message';
import { backgroundTask } from '../page/schedule';
import { rebuildWidgetMessage } from '../widget/widget-messages';
import { isFramedByDialer } from '../widget/widget-origin';
import { adminFormsFor, followCrmAdmin } from './crm-admin-follow';

const sendContentMessage = createContentSender<typeof loginMessages>(loginResponses);

type Delivery = Awaited<ReturnType<typeof sendContentMessage<'login/logout'>>>;

/** The seed's layout: the background hands the message back for this frame to post upwards. */
function postIfParent(delivery: Delivery) {
  if (delivery.delivered === 'parent')
    window.parent.postMessage(delivery.message, delivery.targetOrigin);
}

const OUTCOME_TIMEOUT_MS = 60_000;

/**
 * Matching the CRM rules and finding login forms walk the page: on a big CRM table that is tens
 * of ms, which would land among the call buttons' first slices (bench:scan). So it waits for
 * the page's first idle moment, at most this long; a login page is idle within milliseconds,
 * long before anyone could submit it.
 */
const LOGIN_RULES_WAIT_MS = 500;

/**
 * The page's first idle moment after the call buttons' rows on screen: those are scanned in
 * back-to-back tasks, and an idle callback can fire in the gap between two of them (50 ms of
 * login setup there delayed the buttons on a 20,000-row table). The idle wait starts from a
 * background-priority task, which runs only once no normal task is waiting.
 */
const pageIdle = (timeout: number) =>
  new Promise<void>((resolve) => {
    backgroundTask(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout });
      else setTimeout(resolve, 0);
    });
  });

/** The login content script: on an enabled site, login and logout follow the CRM. */
export async function runCrmLogin(ctx: { signal: AbortSignal; isInvalid: boolean }): Promise<void> {
  const site = await sendContentMessage('content/hello', {});
  if (!site.enabled || ctx.isInvalid) return;
  relaySeedMessages(ctx.signal);
  const url = new URL(location.href);
  const customRules = await sendContentMessage('login/rules', {});
  await pageIdle(LOGIN_RULES_WAIT_MS);
  // Matched once per page (a rule's marker check can cost tens of ms on a big page). Admin
  // forms come with the built-in rules: only a user's custom (login-only) rule asks again.
  const resolved = resolveLoginRules(url, document, customRules);
  const adminRule =
    resolved.source === 'custom' ? resolveLoginRules(url, document).rule : resolved.rule;
  // Turned off: not one admin form leaves the page, so no CRM password reaches the extension.
  if (site.crmAdminFollow !== 'off') followCrmAdmin(ctx.signal, adminFormsFor(adminRule));
  const framed = isFramedByDialer(
    { isTop: window.top === window, ancestorOrigins: location.ancestorOrigins },
    document.referrer,
    site.widgetOrigin,
  );
  await followCrmLogin(ctx.signal, framed ? site.widgetOrigin : null, resolved.rule);
}

/**
 * Login and logout follow the CRM (seed section 1): the login form's submission is captured
 * and held by the background; when the CRM shows the login worked, the widget gets `login`;
 * a logout control, or the login page coming back, sends `logout` once.
 */
export async function followCrmLogin(
  signal: AbortSignal,
  framedBy: string | null,
  rule: LoginRule | null,
): Promise<void> {
  const report = async (outcome: 'logged-in' | 'failed') => {
    const delivery = await sendContentMessage('login/outcome', { outcome });
    if (delivery.delivered !== 'none') loggedIn = true;
    postIfParent(delivery);
  };
  const watchOutcome = (newPage: boolean) => {
    const timeout = AbortSignal.any([signal, AbortSignal.timeout(OUTCOME_TIMEOUT_MS)]);
    watchLoginOutcome(document, (outcome) => void report(outcome), timeout, { rule, newPage });
  };

  const status = await sendContentMessage('login/status', {});
  let loggedIn = status.loggedIn;
  // A login submitted on the previous page: this page says whether it worked.
  if (status.pending) watchOutcome(true);
  const logout = async (reason: 'control' | 'login-page') => {
    // Framed by the dialer page, a logout link navigates this frame away before the
    // background's answer could come back: post the (secret-free) logout now, in the click.
    const postedNow = framedBy !== null && loggedIn && reason === 'control';
    if (postedNow) window.parent.postMessage({ action: 'logout' }, framedBy);
    loggedIn = false;
    const delivery = await sendContentMessage('login/logout', { reason });
    if (!postedNow) postIfParent(delivery);
  };
  if (status.loggedIn && isLoginPage(document, rule)) void logout('login-page');

  watchLoginSubmission(
    document,
    (capture) => {
      void sendContentMessage('login/captured', {
        username: capture.username,
        password: capture.password,
      }).then(() => watchOutcome(false));
    },
    signal,
    { rule },
  );
  watchLogout(document, () => void logout('control'), signal, { rule });
  // Single-page apps: the login form coming back without a navigation is a logout too.
  watchLoginPage(document, (showsLogin) => showsLogin && void logout('login-page'), signal, {
    rule,
  });
}

/**
 * A CRM that already speaks the seed calls `parent.postMessage({action…})` with the wildcard
 * target; while it is the top page, that lands on its own window. Only such messages are
 * taken: from this very window and this page's own origin, parsed, rebuilt, and relayed
 * through the extension.
 */
export function relaySeedMessages(signal: AbortSignal): void {
  if (window.top !== window) return; // Framed, the page's own parent.postMessage already reaches the dialer.
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const message = rebuildWidgetMessage(event.data);
      if (!message) return;
      void sendContentMessage('widget/relay', { message }).then(postIfParent);
    },
    { signal },
  );
}
