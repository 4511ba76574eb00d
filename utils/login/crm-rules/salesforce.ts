import { hostIs, type LoginRule } from '../login-rule';

/**
 * Salesforce, Lightning and Classic.
 * Login (login.salesforce.com, test.salesforce.com and every My Domain serve the same page):
 * `form#login_form` with `input#username` (type=email, name=username), `input#password`
 * (name=pw) and `input#Login` (type=submit, "Log In"); a failed login shows `div#error.loginError`,
 * which is in the page from the start with display:none.
 * Lightning (<org>.lightning.force.com): the global header `.slds-global-header` and the nav
 * `one-appnav`; the profile card's "Log Out" is `a.logout` to /secur/logout.jsp.
 * Classic (<org>.my.salesforce.com): header `#phHeader`, user menu `#userNavButton` whose
 * `#userNav-menuItems` holds `a[title="Logout"]` to /secur/logout.jsp.
 */
export const salesforce: LoginRule = {
  id: 'salesforce',
  name: 'Salesforce',
  matches: (url) => ['salesforce.com', 'force.com'].some((domain) => hostIs(url, domain)),
  loginForm: {
    form: '#login_form',
    username: '#username',
    password: '#password',
    submit: '#Login',
    error: '#error',
  },
  logoutControl: 'a[href*="/secur/logout.jsp"], a.logout',
  loggedInSignal: '.slds-global-header, one-appnav, #oneHeader, #phHeader, #userNavButton',
};
