import { hasMarker, type LoginRule } from '../login-rule';

/** EspoCRM is self-hosted: recognised by its client bundle and its login view. */
const MARKERS =
  'script[src*="client/espo"], script[src*="client/lib/espo"], link[href*="client/css/espo"], #login-form #field-userName';

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
  matches: (_url, doc) => hasMarker(doc, MARKERS),
  loginForm: {
    form: '#login-form',
    username: '#field-userName',
    password: '#field-password',
    submit: '#btn-login',
    error: '#notification .alert-danger',
  },
  logoutControl: '[data-action="logout"]',
  loggedInSignal: '#navbar',
};
