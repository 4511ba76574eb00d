import { hasLogoutControlOutside } from './find-logout-controls';
import {
  findUsernameField,
  inputsIn,
  inputsOf,
  isCurrentPasswordField,
  isInput,
  isNewPasswordField,
  isPasswordField,
  isTextField,
} from './form-fields';
import { isShown } from './is-shown';
import { type LoginFormSelectors, type LoginRule, queryAll } from './login-rule';
import {
  findSubmitControl,
  LOGIN_WORDS,
  SIGN_UP_WORDS,
  SUBMIT_TYPES,
  textMatches,
} from './submit-controls';

export interface LoginForm {
  /** The `<form>`, or in a form-less single-page app the element that holds the fields. */
  container: Element;
  /** Null on a password-only step whose user name was typed on an earlier page. */
  username: HTMLInputElement | null;
  password: HTMLInputElement;
  submit: HTMLElement | null;
}

/**
 * The page's login form: the rule's selectors first (when a rule applies and they find a visible
 * password field), else the generic heuristics. Null when the page shows no login form.
 */
export function findLoginForm(root: ParentNode, rule?: LoginRule | null): LoginForm | null {
  const byRule = rule?.loginForm && findByRule(root, rule.loginForm);
  return byRule || findGenericLoginForm(root);
}

function findByRule(root: ParentNode, selectors: LoginFormSelectors): LoginForm | null {
  const scopes: ParentNode[] = selectors.form ? queryAll(root, selectors.form) : [root];
  for (const scope of scopes) {
    const password = queryAll(scope, selectors.password).filter(isInput).find(isShown);
    if (!password) continue;
    const usernames = queryAll(scope, selectors.username).filter(isInput);
    const username = usernames.find(isShown) ?? usernames[0] ?? null;
    const submits = queryAll(scope, selectors.submit) as HTMLElement[];
    const submit = submits.find(isShown) ?? submits[0] ?? null;
    const container = selectors.form ? (scope as Element) : (password.form ?? holderOf(password));
    return { container, username, password, submit };
  }
  return null;
}

/** Visible password fields grouped by their form, each group judged on its own. */
function findGenericLoginForm(root: ParentNode): LoginForm | null {
  const groups = new Map<Element, HTMLInputElement[]>();
  for (const input of inputsIn(root)) {
    if (!isPasswordField(input) || !isShown(input)) continue;
    const container = input.form ?? holderOf(input);
    groups.set(container, [...(groups.get(container) ?? []), input]);
  }
  for (const [container, passwords] of groups) {
    const [password, ...others] = passwords;
    // Two visible password fields: sign-up (password + confirm) or change password (old + new).
    if (!password || others.length > 0 || isNewPasswordField(password)) continue;
    const submit = findSubmitControl(container);
    if (!isCurrentPasswordField(password) && isSignUpForm(container, submit)) continue;
    // A password field on a page that offers "Log out" is an admin or profile form, not a login.
    if (hasLogoutControlOutside(container)) continue;
    return { container, username: findUsernameField(container, password), password, submit };
  }
  return null;
}

const SIGN_UP_ATTRIBUTES = /sign.?up|regist|create.?account|join|enrol/i;
const LOGIN_ATTRIBUTES = /log.?in|sign.?in|logon|auth|session/i;

/**
 * A single-password form that says it creates an account: by its buttons (a login button
 * wins over a sign-up one, as login forms often offer both), then by its names.
 */
function isSignUpForm(container: Element, submit: HTMLElement | null): boolean {
  const buttons = [
    ...(submit ? [submit] : []),
    ...Array.from(container.querySelectorAll(SUBMIT_TYPES)).filter(isShown),
  ];
  if (buttons.some((button) => textMatches(button, LOGIN_WORDS))) return false;
  if (buttons.some((button) => textMatches(button, SIGN_UP_WORDS))) return true;
  const names = ['id', 'name', 'class', 'action']
    .map((a) => container.getAttribute(a) ?? '')
    .join(' ');
  return SIGN_UP_ATTRIBUTES.test(names) && !LOGIN_ATTRIBUTES.test(names);
}

/**
 * The element holding a form-less password field and its companions: the nearest ancestor that
 * also holds a text field and a control, so a field wrapper with a show-password toggle is not it.
 */
function holderOf(password: HTMLInputElement): Element {
  let withText: Element | null = null;
  let node = password.parentElement;
  for (let depth = 0; node && node.localName !== 'body' && depth < 8; depth++) {
    const hasText = inputsOf(node).some(isTextField);
    if (hasText && findSubmitControl(node)) return node;
    if (hasText) withText ??= node;
    node = node.parentElement;
  }
  return withText ?? password.parentElement ?? password;
}
