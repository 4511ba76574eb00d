import type { LoginRule } from '../login-rule';

/** app.hubspot.com and its regional copies (app-eu1.hubspot.com, app-na2.hubspot.com…). */
const APP_HOST = /^app(-[a-z0-9]+)?\.hubspot\.com$/i;

/**
 * HubSpot (a React app on app.hubspot.com).
 * Login (/login): `input#username` (type=email), `input#password`, `button#loginBtn` ("Log in");
 * a failed login shows an alert (`.private-alert--danger`, role=alert) above the fields.
 * App: the global navigation `#hs-nav-v4` with the account menu `#navAccount`; its "Sign out"
 * is `a#signout` (class navAccount-signout) to /logout. HubSpot reworks its navigation from time
 * to time, so the generic "Sign out" and /logout heuristics remain the fallback here.
 */
export const hubspot: LoginRule = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: (url) => APP_HOST.test(url.hostname),
  loginForm: {
    username: 'input#username',
    password: 'input#password',
    submit: '#loginBtn',
    error: '.private-alert--danger',
  },
  logoutControl: '#signout, .navAccount-signout, a[href$="/logout"]',
  loggedInSignal: '#hs-nav-v4, #navAccount',
};
