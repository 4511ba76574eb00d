import type { LoginRule } from '../login-rule';

/** Zoho's sign-in and CRM hosts in each data centre: zoho.com, zoho.eu, zoho.in, zoho.com.au… */
const ZOHO_HOST = /^(accounts|crm)\.zoho\.(com|eu|in|com\.au|jp|com\.cn|sa|ca|uk)$/i;

/**
 * Zoho CRM. Sign-in is on accounts.zoho.<dc>/signin, in two steps in one page:
 * `form#login` with `input#login_id` (name=LOGIN_ID), then `#password_container` (class hide
 * until "Next") with `input#password` (name=PASSWORD); one button `#nextbtn` reads "Next", then
 * "Sign in". Errors show in `.fielderror` under the field ("Incorrect password…").
 * App (crm.zoho.<dc>/crm/…): the top band `#crm-topband` with the profile panel
 * `#crm-profile`, whose "Sign Out" link goes to /crm/logout.do (data-zcqa="signout").
 */
export const zohoCrm: LoginRule = {
  id: 'zoho-crm',
  name: 'Zoho CRM',
  matches: (url) => ZOHO_HOST.test(url.hostname),
  loginForm: {
    form: 'form#login',
    username: '#login_id',
    password: '#password',
    submit: '#nextbtn',
    error: '.fielderror',
  },
  logoutControl: '[data-zcqa="signout"], a[href*="/logout"]',
  loggedInSignal: '#crm-topband, #crm-profile',
};
