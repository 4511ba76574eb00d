import { hasMarker, type LoginRule } from '../login-rule';

/** SuiteCRM is self-hosted: recognised by its password field, its Suite* themes, its logout link. */
const MARKERS =
  'input#username_password, link[href*="themes/Suite"], script[src*="themes/Suite"], a#logout_link';

/**
 * SuiteCRM 7 (SuiteP theme). Login (index.php?action=Login&module=Users):
 * `form#form` (name=DetailView, posting module=Users action=Authenticate) with
 * `input#user_name`, `input#username_password`, `input#bigbutton` (type=submit, "Log In");
 * a failed login re-renders the page with `span.error` in the form.
 * App: the toolbar `#toolbar.desktop-toolbar` in the fixed navbar; the user menu's "Log Out" is
 * `a#logout_link` to index.php?module=Users&action=Logout. (SuiteCRM 8's Angular login is left
 * to the generic heuristics.)
 */
export const suitecrm: LoginRule = {
  id: 'suitecrm',
  name: 'SuiteCRM',
  matches: (_url, doc) => hasMarker(doc, MARKERS),
  loginForm: {
    form: 'form#form',
    username: '#user_name',
    password: '#username_password',
    submit: '#bigbutton',
    error: 'form#form .error',
  },
  logoutControl: '#logout_link, a[href*="module=Users&action=Logout"]',
  loggedInSignal: '#toolbar, .desktop-toolbar',
};
