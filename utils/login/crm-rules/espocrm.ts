import type { UserFormRule } from '../../crm-admin/admin-form-rule';
import type { LoginRule } from '../login-rule';

/** EspoCRM is self-hosted: recognised by its client bundle and its login view. */
const MARKERS =
  'script[src*="client/espo"], script[src*="client/lib/espo"], link[href*="client/css/espo"], #login-form #field-userName';

/**
 * Best effort, from EspoCRM's user edit view (#User/create, #User/edit/<id>), a single-page
 * app: fields are `.cell[data-name="userName"] input`, `password`, `firstName`/`lastName`,
 * `emailAddress`; the save button is `button[data-action="save"]` (no form post); success shows
 * the notification `#notification .alert-success`, a refusal marks fields `.has-error`.
 * Edit or create cannot be told from the view: every save is offered as a new user, and the
 * dialer answers USER ALREADY EXISTS for an edit. Lists are not followed (no numeric id).
 */
const ESPOCRM_USER_FORM: UserFormRule = {
  entity: 'user',
  form: '.record .edit, .record-container',
  submit: 'button[data-action="save"]',
  fields: {
    agent_user: '.cell[data-name="userName"] input',
    agent_pass: '.cell[data-name="password"] input',
    agent_full_name: '.cell[data-name="firstName"] input, .cell[data-name="lastName"] input',
    email: '.cell[data-name="emailAddress"] input',
  },
  defaults: { agent_user_level: '1', agent_user_group: 'AGENTS' },
  saved: { selector: '#notification .alert-success' },
  refused: '.record .has-error',
};

/**
 * EspoCRM (a single-page app: the login view and the app replace each other without a load).
 * Login: `form#login-form` with `input#field-userName` (name=username), `input#field-password`
 * and `button#btn-login` ("Log in"); a wrong password shows the notification
 * `#notification .alert-danger` ("Wrong username/password").
 * App: the header navbar `#navbar`; the user menu's "Log Out" is `[data-action="logout"]`
 * (a link with no href, handled by script).
 */
export const espocrm: LoginRule = {
  id: 'espocrm',
  name: 'EspoCRM',
  matches: () => false,
  markers: MARKERS,
  loginForm: {
    form: '#login-form',
    username: '#field-userName',
    password: '#field-password',
    submit: '#btn-login',
    error: '#notification .alert-danger',
  },
  logoutControl: '[data-action="logout"]',
  loggedInSignal: '#navbar',
  adminForms: [ESPOCRM_USER_FORM],
};
