import { hasMarker, type LoginRule } from '../login-rule';

/** vtiger is self-hosted: recognised by its v7 layout assets, its login form, its sign-out. */
const MARKERS =
  'link[href*="layouts/v7/"], script[src*="layouts/v7/"], input[name="module"][value="Users"] ~ input[name="action"][value="Login"], #menubar_item_right_LBL_SIGN_OUT';

/**
 * vtiger CRM 7. Login (index.php): a form posting module=Users action=Login with
 * `input#username`, `input#password` and a submit button ("Sign in"); a failed login shows
 * `#validationMessage.failureMessage` ("Invalid username or password").
 * App: the app navigator `#appnavigator` in the fixed top navbar; the user menu's "Sign Out" is
 * `a#menubar_item_right_LBL_SIGN_OUT` to index.php?module=Users&action=Logout.
 */
export const vtiger: LoginRule = {
  id: 'vtiger',
  name: 'vtiger CRM',
  matches: (_url, doc) => hasMarker(doc, MARKERS),
  loginForm: {
    username: '#username',
    password: '#password',
    submit: 'form[action="index.php"] button[type="submit"]',
    error: '#validationMessage',
  },
  logoutControl: '#menubar_item_right_LBL_SIGN_OUT, a[href*="module=Users&action=Logout"]',
  loggedInSignal: '#appnavigator, .app-navigator-container',
};
