import { eventElement, oncePerTask, watchOnly } from './dom-events';
import { findLoginForm, type LoginForm } from './find-login-form';
import { isInput } from './form-fields';
import type { LoginRule } from './login-rule';
import { CONTROL_SELECTOR, isSubmitControl } from './submit-controls';

export interface LoginCapture {
  username: string;
  password: string;
  /** What sent the form: its submit event, a click on its button, or Enter in a field. */
  trigger: 'submit' | 'click' | 'enter';
}

/**
 * Reports the user name and password each time the page's login form is sent, read at that
 * moment. Three hooks, all on the document in the capture phase, so they run before the page's
 * own handlers can clear the fields:
 * - `submit`: button, Enter and `requestSubmit()` in forms that submit;
 * - `click` on the form's login button: `form.submit()` from a click handler fires no submit
 *   event, and single-page apps often never submit at all;
 * - `keydown` Enter in one of its fields, for the same reasons.
 * A login sent by script with no click or key (a timer) is not seen. Listeners only read: no
 * preventDefault, no change to the page. Nothing is reported without both a user name and a
 * password. Stops on abort.
 */
export function watchLoginSubmission(
  doc: Document,
  onCapture: (capture: LoginCapture) => void,
  signal: AbortSignal,
  options: { rule?: LoginRule | null } = {},
): void {
  const { rule } = options;
  const report = oncePerTask(onCapture, (c) => `${c.username}\n${c.password}`);

  const capture = (form: LoginForm, trigger: LoginCapture['trigger']) => {
    const password = form.password.value;
    const username = form.username?.value.trim() ?? '';
    if (password !== '' && username !== '') report({ username, password, trigger });
  };

  doc.addEventListener(
    'submit',
    (event) => {
      const login = findLoginForm(doc, rule);
      const form = event.target as Element | null;
      if (login && form && (form === login.container || form.contains(login.password))) {
        capture(login, 'submit');
      }
    },
    watchOnly(signal),
  );

  doc.addEventListener(
    'click',
    (event) => {
      const control = eventElement(event)?.closest(CONTROL_SELECTOR);
      if (!control) return;
      const login = findLoginForm(doc, rule);
      if (login && sendsLogin(control, login)) capture(login, 'click');
    },
    watchOnly(signal),
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      const field = eventElement(event);
      if (!isInput(field)) return;
      const login = findLoginForm(doc, rule);
      if (login && (login.container.contains(field) || field.form === login.container)) {
        capture(login, 'enter');
      }
    },
    watchOnly(signal),
  );
}

function sendsLogin(control: Element, login: LoginForm): boolean {
  const submit = login.submit;
  if (submit && (submit === control || submit.contains(control) || control.contains(submit))) {
    return true;
  }
  const owner = (control as HTMLButtonElement).form;
  const inForm = login.container.contains(control) || (owner != null && owner === login.container);
  return inForm && isSubmitControl(control);
}
