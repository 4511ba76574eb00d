// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLogoutControls, isLogoutControl } from './find-logout-controls';
import type { LoginRule } from './login-rule';

const only = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as Element;
};

describe('isLogoutControl', () => {
  it.each([
    'Log out',
    'Logout',
    'LOG OFF',
    'Sign out',
    'Sign Off',
    'Abmelden',
    'Déconnexion',
    'Se déconnecter',
    'Cerrar sesión',
    'Uitloggen',
    'Esci',
    'Выйти',
    'ログアウト',
  ])('by its text: %s', (text) => {
    expect(isLogoutControl(only(`<button type="button">${text}</button>`))).toBe(true);
  });

  it('by its text around an icon and spacing', () => {
    expect(
      isLogoutControl(only('<a role="button"><i class="fa fa-sign-out"></i>\n  Sign out →</a>')),
    ).toBe(true);
  });

  it.each([
    ['aria-label', '<button aria-label="Sign out"><svg></svg></button>'],
    ['title', '<a title="Logout" href="#"><img src="x.png" alt=""></a>'],
    ['value', '<input type="submit" value="Log out">'],
    ['image alt text', '<button><img src="door.png" alt="Abmelden"></button>'],
  ])('by its %s', (_how, html) => {
    expect(isLogoutControl(only(html))).toBe(true);
  });

  it.each([
    '/logout',
    '/secur/logout.jsp',
    'index.php?module=Users&action=Logout',
    '/users/sign_out',
    '/account/signout?next=/',
    '/auth/log_out',
    '/session/logoff',
    '/web/session/logout',
  ])('by its href: %s', (href) => {
    expect(isLogoutControl(only(`<a href="${href}">Me</a>`))).toBe(true);
  });

  it.each([
    '<button>Log in</button>',
    '<a href="/login">Sign in</a>',
    '<a href="/logbook">Logbook</a>',
    '<a href="/signup">Sign up</a>',
    '<a href="/settings">Logout settings</a>',
    '<button>Log out of widget and close all other tabs</button>',
  ])('not: %s', (html) => {
    expect(isLogoutControl(only(html))).toBe(false);
  });

  it('by the rule’s selector, whatever its text', () => {
    const rule: LoginRule = {
      id: 'x',
      name: 'X',
      matches: () => true,
      logoutControl: '[data-action="logout"]',
    };
    const control = only(
      '<a role="button" data-action="logout"><span class="fas fa-power-off"></span></a>',
    );
    expect(isLogoutControl(control)).toBe(false);
    expect(isLogoutControl(control, rule)).toBe(true);
  });
});

describe('findLogoutControls', () => {
  it('finds the controls in a closed user menu as well as visible ones', () => {
    document.body.innerHTML = `<a id="a" href="/crm/logout">Log out</a>
      <ul hidden><li><a id="b" role="menuitem" href="#">Sign out</a></li></ul>
      <a href="/crm/contacts">Contacts</a>`;
    expect(findLogoutControls(document).map((c) => c.id)).toEqual(['a', 'b']);
  });
});
