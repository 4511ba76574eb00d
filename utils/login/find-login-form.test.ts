// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLoginForm } from './find-login-form';
import type { LoginRule } from './login-rule';

const page = (body: string) => {
  document.body.innerHTML = body;
  return document;
};
const byId = (id: string) => document.getElementById(id);

describe('findLoginForm: the generic heuristics', () => {
  it('finds the password field, the username field by autocomplete, and the submit button', () => {
    page(`<form id="f"><input id="u" autocomplete="username"><input id="p" type="password">
      <button id="s">Sign in</button></form>`);
    const form = findLoginForm(document);
    expect(form).toEqual({
      container: byId('f'),
      username: byId('u'),
      password: byId('p'),
      submit: byId('s'),
    });
  });

  // The decoy text field sits right before the password, where "nearest" would pick it.
  it.each([
    ['type=email', '<input type="email" data-expected><input name="company">'],
    ['a name that says user', '<input name="user_login" data-expected><input name="company">'],
    ['an id that says email', '<input id="email" name="f1" data-expected><input name="company">'],
    [
      'the nearest text field before the password',
      '<input name="a1"><input name="a2" data-expected>',
    ],
  ])('finds the username field by %s', (_how, fields) => {
    page(`<form>${fields}<input type="password"><button>Log in</button></form>`);
    expect(findLoginForm(document)?.username).toBe(document.querySelector('[data-expected]'));
  });

  it('ignores a password field the user cannot see', () => {
    page(`<form><input name="user"><div hidden><input type="password"></div></form>
      <form style="display:none"><input name="user"><input type="password"></form>`);
    expect(findLoginForm(document)).toBeNull();
  });

  it('finds the login form in a single-page app without <form>, not the field wrapper', () => {
    page(`<div id="app"><div id="login"><label>Email <input id="u" name="email"></label>
      <div class="pw"><input id="p" type="password"><button type="button">Show</button></div>
      <div role="button" id="go">Sign in</div></div></div>`);
    const form = findLoginForm(document);
    expect(form?.container).toBe(byId('login'));
    expect(form?.username).toBe(byId('u'));
    expect(form?.submit).toBe(byId('go'));
  });

  it('picks the login form when a sign-up form shares the page', () => {
    page(`<form id="signup"><input type="email" name="email"><input type="password" name="password">
        <input type="password" name="password_confirm"><button>Create account</button></form>
      <form id="login"><input type="email" name="email"><input type="password" name="password">
        <button>Log in</button></form>`);
    expect(findLoginForm(document)?.container).toBe(byId('login'));
  });
});

describe('findLoginForm: sign-up and change-password forms are not logins', () => {
  it.each([
    [
      'password + confirm',
      '<input name="email"><input type="password" name="pw"><input type="password" name="pw2">',
    ],
    [
      'autocomplete=new-password',
      '<input name="email"><input type="password" autocomplete="new-password">',
    ],
    [
      'a field named new_password',
      '<input name="email"><input type="password" name="new_password">',
    ],
    [
      'a field labelled Confirm password',
      '<label>Confirm password <input type="password" name="p"></label>',
    ],
    [
      'a "Create account" button',
      '<input name="email"><input type="password" name="p"><button>Create account</button>',
    ],
    [
      'a "Sign up" button',
      '<input name="email"><input type="password" name="p"><button>Sign up</button>',
    ],
    [
      'change password (current, new, repeat)',
      '<input type="password" autocomplete="current-password"><input type="password" name="new"><input type="password" name="repeat">',
    ],
  ])('%s', (_kind, fields) => {
    page(`<form>${fields}<button>Submit</button></form>`);
    expect(findLoginForm(document)).toBeNull();
  });

  it('a form id that says register, with no login wording on its button', () => {
    page(
      `<form id="register-form"><input name="email"><input type="password" name="p"><button>Go</button></form>`,
    );
    expect(findLoginForm(document)).toBeNull();
  });

  it('a user form behind a visible "Log out" is an admin screen, not a login', () => {
    page(`<header><a href="/crm/logout">Log out</a></header>
      <form><input name="username"><input type="password" name="password"><button>Save user</button></form>`);
    expect(findLoginForm(document)).toBeNull();
  });
});

describe('findLoginForm with a rule', () => {
  const rule: LoginRule = {
    id: 'test-crm',
    name: 'Test CRM',
    matches: () => true,
    loginForm: { username: '#who', password: '#secret', submit: '#enter' },
    logoutControl: '#bye',
  };

  it('uses the rule selectors before the heuristics', () => {
    page(`<form><input id="decoy" autocomplete="username"><input id="who" name="q">
      <input id="secret" type="password"><button id="other">Log in</button><a id="enter">Go</a></form>`);
    const form = findLoginForm(document, rule);
    expect(form?.username).toBe(byId('who'));
    expect(form?.submit).toBe(byId('enter'));
  });

  it('falls back to the heuristics when the rule finds no password field', () => {
    page(
      `<form><input id="u" name="login"><input id="p" type="password"><button>Log in</button></form>`,
    );
    expect(findLoginForm(document, rule)?.password).toBe(byId('p'));
  });

  it('treats a broken rule selector as finding nothing', () => {
    page(
      `<form><input id="u" name="login"><input id="p" type="password"><button>Log in</button></form>`,
    );
    const broken = { ...rule, loginForm: { username: 'a[', password: '#p)', submit: '' } };
    expect(findLoginForm(document, broken)?.password).toBe(byId('p'));
  });
});
