import { autocompleteTokens, fieldDescription } from './control-text';
import { findLoginErrors } from './find-login-errors';
import { findLoginForm, type LoginForm } from './find-login-form';
import { inputsIn, isInput, isTextField } from './form-fields';
import { isShown } from './is-shown';
import { type LoginRule, queryAll } from './login-rule';

/** What a page of the CRM shows, as far as signing in goes. */
export type LoginPageState =
  /** A login form; `form` is null on a rule's user-name step (no password field shown yet). */
  | { kind: 'login-form'; form: LoginForm | null; errors: Element[] }
  /** A one-time code or verification step: signed in only once it is passed. */
  | { kind: 'verification' }
  /** The rule's "signed in" element is there. */
  | { kind: 'signed-in' }
  | { kind: 'no-login-form' };

export function readLoginPageState(doc: Document, rule?: LoginRule | null): LoginPageState {
  const form = findLoginForm(doc, rule);
  if (form) return { kind: 'login-form', form, errors: findLoginErrors(doc, form, rule) };
  if (showsUsernameStep(doc, rule)) {
    return { kind: 'login-form', form: null, errors: findLoginErrors(doc, null, rule) };
  }
  if (showsVerificationStep(doc)) return { kind: 'verification' };
  if (rule?.loggedInSignal && queryAll(doc, rule.loggedInSignal).length > 0) {
    return { kind: 'signed-in' };
  }
  return { kind: 'no-login-form' };
}

/** The page shows a login form (for logout: "navigated back to the login page"). */
export function isLoginPage(doc: Document, rule?: LoginRule | null): boolean {
  return readLoginPageState(doc, rule).kind === 'login-form';
}

/** The login form is there with an error message: the login failed. */
export function hasLoginFailed(doc: Document, rule?: LoginRule | null): boolean {
  const state = readLoginPageState(doc, rule);
  return state.kind === 'login-form' && state.errors.length > 0;
}

/** Where credentials were captured. */
export interface LoginAttempt {
  url: string;
  /** The rule that applied there, if any: a CRM may sign in on another host (Salesforce, Zoho). */
  ruleId: string | null;
}

/** Same origin, or pages of the same rule (login.salesforce.com and the org's my.salesforce.com). */
export function isSameLoginSite(previous: LoginAttempt, url: URL, rule: LoginRule | null): boolean {
  if (previous.ruleId !== null && rule?.id === previous.ruleId) return true;
  try {
    return new URL(previous.url).origin === url.origin;
  } catch {
    return false;
  }
}

/**
 * "Logged in", checked once on a page: a page of the same site that shows no login form and no
 * verification step. Pages that render their form late should use watchLoginOutcome instead.
 */
export function isLoginPageGone(
  doc: Document,
  previous: LoginAttempt,
  here: { url: URL; rule: LoginRule | null },
): boolean {
  if (!isSameLoginSite(previous, here.url, here.rule)) return false;
  const kind = readLoginPageState(doc, here.rule).kind;
  return kind === 'signed-in' || kind === 'no-login-form';
}

/** A rule's first step shows the user name only (Zoho, Microsoft): still the login page. */
function showsUsernameStep(doc: Document, rule?: LoginRule | null): boolean {
  const selectors = rule?.loginForm;
  if (!selectors?.form) return false;
  return queryAll(doc, selectors.form).some((form) =>
    queryAll(form, selectors.username).some((el) => isInput(el) && isShown(el)),
  );
}

const ONE_TIME_CODE =
  /one[\s_-]?time|\botp\b|totp|\bmfa\b|\b2fa\b|two[\s_-]?factor|verification|verify|(security|sms|auth(entication)?) ?code|passcode|\botc\b/i;

/**
 * A one-time-code field on a small page. The size guard keeps an app's form with a "verify"
 * field from reading as a verification step; such pages hold a field or two, not a record.
 */
function showsVerificationStep(doc: Document): boolean {
  const fields = inputsIn(doc).filter(
    (input) => (isTextField(input) || input.type === 'number') && isShown(input),
  );
  return (
    fields.length <= 3 &&
    fields.some(
      (input) =>
        autocompleteTokens(input).includes('one-time-code') ||
        ONE_TIME_CODE.test(fieldDescription(input)),
    )
  );
}
