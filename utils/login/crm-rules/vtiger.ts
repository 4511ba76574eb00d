import type { UserFormRule } from '../../crm-admin/admin-form-rule';
import type { LoginRule } from '../login-rule';

/** vtiger is self-hosted: recognised by its v7 layout assets, its login form, its sign-out. */
const MARKERS =
  'link[href*="layouts/v7/"], script[src*="layouts/v7/"], input[name="module"][value="Users"] ~ input[name="action"][value="Login"], #menubar_item_right_LBL_SIGN_OUT';

/**
 * Best effort, from vtiger 7's user editor (index.php?module=Users&parent=Settings&view=Edit):
 * `form#EditView` with `input[name="user_name"]`, `input[name="user_password"]`,
 * `first_name`/`last_name`, `email1`; "Save" posts and the next page is `view=Detail`; an
 * existing user's form has `input[name="record"]` with a value. No dialer level or group in
 * vtiger: the seed's example values are the defaults. Lists are not followed (no numeric id).
 */
const VTIGER_USER_FORM: UserFormRule = {
  entity: 'user',
  form: 'form#EditView',
  fields: {
    agent_user: 'input[name="user_name"]',
    agent_pass: 'input[name="user_password"]',
    agent_full_name: 'input[name="first_name"], input[name="last_name"]',
    email: 'input[name="email1"]',
  },
  editing: 'input[name="record"]:not([value=""])',
  defaults: { agent_user_level: '1', agent_user_group: 'AGENTS' },
  saved: { param: 'module=Users&view=Detail' },
  refused: 'form#EditView .formError, form#EditView .has-error',
};

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
  matches: () => false,
  markers: MARKERS,
  loginForm: {
    username: '#username',
    password: '#password',
    submit: 'form[action="index.php"] button[type="submit"]',
    error: '#validationMessage',
  },
  logoutControl: '#menubar_item_right_LBL_SIGN_OUT, a[href*="module=Users&action=Logout"]',
  loggedInSignal: '#appnavigator, .app-navigator-container',
  adminForms: [VTIGER_USER_FORM],
};
