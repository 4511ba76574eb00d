// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  hasLoginFailed,
  isLoginPage,
  isLoginPageGone,
  isSameLoginSite,
  readLoginPageState,
} from './login-page-state';

const page = (body: string) => {
  document.body.innerHTML = body;
  return document;
};
const here = { url: new URL('https://crm.example.com/crm/'), rule: null };
const previous = { url: 'https://crm.example.com/crm/login', ruleId: null };

/** The simulator's demo login page after a wrong password. */
const FAILED_LOGIN = `<section class="card narrow"><h1>Sign in to Acme CRM</h1>
  <p class="error" role="alert">Invalid username or password.</p>
  <form method="post" action="/crm/login"><label>Username <input name="username" value="agent2"></label>
  <label>Password <input type="password" name="password"></label><button type="submit">Sign in</button></form></section>`;

describe('after a login was sent: the next page', () => {
  it('without a login form, on the same site, means logged in', () => {
    page(
      '<header><a href="/crm/logout">Log out</a></header><table><tr><td>Grace</td></tr></table>',
    );
    expect(isLoginPageGone(document, previous, here)).toBe(true);
    expect(readLoginPageState(document).kind).toBe('no-login-form');
  });

  it('with the login form and an error means the login failed', () => {
    page(FAILED_LOGIN);
    expect(isLoginPageGone(document, previous, here)).toBe(false);
    expect(hasLoginFailed(document)).toBe(true);
  });

  it.each([
    ['an element with class error', '<div class="login-error">Login failed</div>'],
    ['wording only', '<div><span>The password you entered is incorrect.</span></div>'],
    ['German wording', '<p>Benutzername oder Passwort ungültig</p>'],
    ['aria-invalid on the field', ''],
  ])('tells a failed login by %s', (_how, message) => {
    const invalid = message === '' ? ' aria-invalid="true"' : '';
    page(`<main>${message}<form><input name="user"><input type="password"${invalid}>
      <button>Log in</button></form></main>`);
    expect(hasLoginFailed(document)).toBe(true);
  });

  it('with the login form and no error is the login page again, not a failure yet', () => {
    page(FAILED_LOGIN.replace(/<p class="error"[^<]*<\/p>/, ''));
    expect(isLoginPage(document)).toBe(true);
    expect(hasLoginFailed(document)).toBe(false);
    expect(isLoginPageGone(document, previous, here)).toBe(false);
  });

  it('a hidden error element is no failure', () => {
    page(FAILED_LOGIN.replace('role="alert"', 'role="alert" hidden'));
    expect(hasLoginFailed(document)).toBe(false);
  });

  it('with a one-time code step is not logged in yet', () => {
    page(
      `<form><label>Verification Code <input name="emc" inputmode="numeric"></label><button>Verify</button></form>`,
    );
    expect(readLoginPageState(document).kind).toBe('verification');
    expect(isLoginPageGone(document, previous, here)).toBe(false);
  });

  it('an app form with a code field and many others is not a verification step', () => {
    const fields = ['name', 'street', 'city', 'postal code', 'country code'];
    page(`<form>${fields.map((f) => `<label>${f} <input name="${f}"></label>`).join('')}</form>`);
    expect(readLoginPageState(document).kind).toBe('no-login-form');
  });

  it('on another origin with no rule tying them together is not this site', () => {
    page('<p>Welcome</p>');
    const elsewhere = { url: new URL('https://other.example.com/'), rule: null };
    expect(isLoginPageGone(document, previous, elsewhere)).toBe(false);
    expect(isSameLoginSite(previous, new URL('https://crm.example.com/x'), null)).toBe(true);
  });
});
