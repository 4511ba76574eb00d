import { type LoginPageState, readLoginPageState } from './login-page-state';
import type { LoginRule } from './login-rule';
import { DEFAULT_CHECK_DELAY_MS, watchDomChanges } from './watch-dom-changes';

export type LoginOutcome = 'logged-in' | 'failed';

export interface WatchLoginOutcomeOptions {
  rule?: LoginRule | null;
  /**
   * True on a page loaded after the submission: an error shown there is this login's. False
   * (the default) on the page the form was sent from: an error already on screen is an earlier
   * attempt's, and only an error that appears or changes counts.
   */
  newPage?: boolean;
  delayMs?: number;
  /**
   * How long the login form must stay away before "logged in" (ms). An SPA may swap the form
   * for a spinner and bring it back with an error; a page may render its form late.
   */
  confirmMs?: number;
}

export const DEFAULT_CONFIRM_MS = 1000;

/**
 * Watches the page after a login was sent and reports once: "logged-in" when the login form is
 * gone for `confirmMs` (or the rule's signed-in element shows), "failed" when the form is there
 * with a new error. A verification step (one-time code) keeps it waiting. Silent while neither
 * happens: the caller bounds the wait with its signal (e.g. AbortSignal.timeout).
 */
export function watchLoginOutcome(
  doc: Document,
  onOutcome: (outcome: LoginOutcome) => void,
  signal: AbortSignal,
  options: WatchLoginOutcomeOptions = {},
): void {
  const { rule, newPage = false, delayMs = DEFAULT_CHECK_DELAY_MS } = options;
  const confirmMs = options.confirmMs ?? DEFAULT_CONFIRM_MS;
  // Its own controller, so finishing stops the observer; the caller's signal stops it too.
  const stop = new AbortController();
  const active = stop.signal;
  if (signal.aborted) return;
  signal.addEventListener('abort', () => stop.abort(), { once: true, signal: active });
  let confirmTimer: ReturnType<typeof setTimeout> | undefined;
  active.addEventListener('abort', () => clearTimeout(confirmTimer), { once: true });

  const errorsShown = (state: LoginPageState) =>
    new Map(state.kind === 'login-form' ? state.errors.map((e) => [e, e.textContent ?? '']) : []);
  let seenErrors = newPage
    ? new Map<Element, string>()
    : errorsShown(readLoginPageState(doc, rule));

  const finish = (outcome: LoginOutcome) => {
    stop.abort();
    onOutcome(outcome);
  };

  const check = () => {
    if (active.aborted) return;
    const state = readLoginPageState(doc, rule);
    if (state.kind === 'signed-in') return finish('logged-in');
    if (state.kind === 'no-login-form') {
      confirmTimer ??= setTimeout(confirmGone, confirmMs);
      return;
    }
    clearTimeout(confirmTimer);
    confirmTimer = undefined;
    const errors = errorsShown(state);
    const fresh = [...errors].some(([el, text]) => seenErrors.get(el) !== text);
    seenErrors = errors;
    if (fresh) finish('failed');
  };

  const confirmGone = () => {
    confirmTimer = undefined;
    if (active.aborted) return;
    const kind = readLoginPageState(doc, rule).kind;
    if (kind === 'no-login-form' || kind === 'signed-in') finish('logged-in');
    else check();
  };

  watchDomChanges(doc, check, active, delayMs);
  // The first look runs after the caller returns, so the callback never fires inside the call.
  setTimeout(check, 0);
}
