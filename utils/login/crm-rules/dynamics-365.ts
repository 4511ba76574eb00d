import { hostIs, type LoginRule } from '../login-rule';

/** Microsoft's sign-in hosts: Dynamics 365 signs in there, not on its own host. */
const SIGN_IN_HOSTS = ['login.microsoftonline.com', 'login.microsoft.com'];

/**
 * Microsoft Dynamics 365 (model-driven apps on <org>.crm<N>.dynamics.com).
 * Login is Microsoft's sign-in page, in one `form[name="f1"]` with two views: the user name
 * (`input[name="loginfmt"]`, type=email, id i0116) and the password (`input[name="passwd"]`,
 * id i0118); one button `#idSIButton9` ("Next", then "Sign in"). On the password view the user
 * name stays in the form, moved off-screen (class moveOffScreen). Errors: `#usernameError`,
 * `#passwordError` (role=alert, "Your account or password is incorrect").
 * App (Unified Interface): the top bar `[data-id="topBar"]` and the Microsoft "me control"
 * `#mectrl_main_trigger`; its "Sign out" is `#mectrl_body_signOut`.
 * The user enables login.microsoftonline.com as a CRM site for the login part; the rule ties
 * both hosts together so a login there and the app page count as one site.
 */
export const dynamics365: LoginRule = {
  id: 'dynamics-365',
  name: 'Microsoft Dynamics 365',
  matches: (url) =>
    SIGN_IN_HOSTS.includes(url.hostname.toLowerCase()) || hostIs(url, 'dynamics.com'),
  loginForm: {
    form: 'form[name="f1"]',
    username: 'input[name="loginfmt"]',
    password: 'input[name="passwd"]',
    submit: '#idSIButton9',
    error: '#usernameError, #passwordError',
  },
  logoutControl: '#mectrl_body_signOut, a[href*="/oauth2/logout"], a[href*="/oauth2/v2.0/logout"]',
  loggedInSignal: '#mectrl_main_trigger, [data-id="topBar"]',
};
