import type { UserFormRule } from '../../crm-admin/admin-form-rule';
import type { LoginRule } from '../login-rule';

/** SuiteCRM is self-hosted: recognised by its password field, its Suite* themes, its logout link. */
const MARKERS =
  'input#username_password, link[href*="themes/Suite"], script[src*="themes/Suite"], a#logout_link';

/**
 * Best effort, from SuiteCRM 7's Users EditView (index.php?module=Users&action=EditView):
 * `form#EditView` with `#user_name`, `#new_password`, `#first_name`/`#last_name` and the email
 * widget's `input[name$="emailAddress0"]`; "Save" (`#SAVE_HEADER`/`#SAVE_FOOTER`) posts and
 * the next page is the user's DetailView; a refused save re-shows the form with
 * `.required.validation-message`. An existing user's form carries `input[name="record"]` with a
 * value. SuiteCRM has no dialer level or user group: the defaults are the seed's example, and
 * the dialer's reply says when its user group does not exist. Target lists have no numeric id,
 * so lists are not followed.
 */
const SUITECRM_USER_FORM: UserFormRule = {
  entity: 'user',
  form: 'form#EditView',
  fields: {
    agent_user: '#user_name',
    agent_pass: '#new_password',
    agent_full_name: '#first_name, #last_name',
    email: 'input[name$="emailAddress0"]',
  },
  editing: 'input[name="record"]:not([value=""])',
  defaults: { agent_user_level: '1', agent_user_group: 'AGENTS' },
  saved: { param: 'module=Users&action=DetailView' },
  refused: 'form#EditView .validation-message',
};

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
  matches: () => false,
  markers: MARKERS,
  loginForm: {
    form: 'form#form',
    username: '#user_name',
    password: '#username_password',
    submit: '#bigbutton',
    error: 'form#form .error',
  },
  logoutControl: '#logout_link, a[href*="module=Users&action=Logout"]',
  loggedInSignal: '#toolbar, .desktop-toolbar',
  adminForms: [SUITECRM_USER_FORM],
};
