import { hostIs, type LoginRule } from '../login-rule';

/** Odoo runs on odoo.com or self-hosted: recognised by its login form and its web client. */
const MARKERS = 'form.oe_login_form, .o_web_client, .o_main_navbar';

/**
 * Odoo (CRM app included), versions 14-17. Login (/web/login): `form.oe_login_form` with
 * `input#login` (name=login), `input#password` (name=password) and a submit button
 * ("Log in") in `.oe_login_buttons`; a failed login re-renders the form with
 * `p.alert.alert-danger` ("Wrong login/password").
 * App (/web, /odoo): `body.o_web_client` with the navbar `.o_main_navbar` and the user menu
 * `.o_user_menu`, whose "Log out" is `a[data-menu="logout"]` to /web/session/logout.
 * No admin forms: Odoo's user form has no password (it is set in a separate "Change Password"
 * wizard), and add_user needs the same password as the CRM; its lists have no numeric id.
 */
export const odoo: LoginRule = {
  id: 'odoo',
  name: 'Odoo',
  matches: (url) => hostIs(url, 'odoo.com'),
  markers: MARKERS,
  loginForm: {
    form: 'form.oe_login_form',
    username: 'input[name="login"]',
    password: 'input[name="password"]',
    submit: '.oe_login_buttons button[type="submit"]',
    error: 'form.oe_login_form .alert-danger',
  },
  logoutControl: 'a[href*="/web/session/logout"], [data-menu="logout"]',
  loggedInSignal: '.o_main_navbar, .o_user_menu',
};
