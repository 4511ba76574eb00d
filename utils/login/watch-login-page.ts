import { isLoginPage } from './login-page-state';
import type { LoginRule } from './login-rule';
import { DEFAULT_CHECK_DELAY_MS, watchDomChanges } from './watch-dom-changes';

/**
 * Reports when a login form appears or goes away without a page load: in a single-page app, a
 * login form coming back while signed in means the session ended. Reports changes only, from
 * the state at the call. Stops on abort.
 */
export function watchLoginPage(
  doc: Document,
  onChange: (showsLogin: boolean) => void,
  signal: AbortSignal,
  options: { rule?: LoginRule | null; delayMs?: number } = {},
): void {
  const { rule, delayMs = DEFAULT_CHECK_DELAY_MS } = options;
  let showsLogin = isLoginPage(doc, rule);
  watchDomChanges(
    doc,
    () => {
      const now = isLoginPage(doc, rule);
      if (now === showsLogin) return;
      showsLogin = now;
      onChange(now);
    },
    signal,
    delayMs,
  );
}
