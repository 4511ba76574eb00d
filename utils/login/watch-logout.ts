import { eventElement, oncePerTask, watchOnly } from './dom-events';
import { isLogoutAddress, isLogoutControl, logoutControlAt } from './find-logout-controls';
import type { LoginRule } from './login-rule';

/**
 * Reports a click on a logout control (the rule's, or one that reads "Log out", "Sign out",
 * "Abmelden"… or links to a logout address) and the submit of a form posting to a logout
 * address. Called for each logout: sending `{action:'logout'}` once is the caller's state.
 * Listens in the capture phase and only reads. Stops on abort.
 */
export function watchLogout(
  doc: Document,
  onLogout: (how: 'click' | 'form') => void,
  signal: AbortSignal,
  options: { rule?: LoginRule | null } = {},
): void {
  const { rule } = options;
  // A logout button in a logout form: its click and the form's submit are one logout.
  const report = oncePerTask(onLogout, () => 'logout');

  doc.addEventListener(
    'click',
    (event) => {
      const target = eventElement(event);
      if (target && logoutControlAt(target, rule)) report('click');
    },
    watchOnly(signal),
  );

  doc.addEventListener(
    'submit',
    (event) => {
      const form = event.target as HTMLFormElement | null;
      const submitter = (event as SubmitEvent).submitter;
      if (
        isLogoutAddress(form?.getAttribute('action') ?? '') ||
        (submitter && isLogoutControl(submitter, rule))
      ) {
        report('form');
      }
    },
    watchOnly(signal),
  );
}
