// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLoginPageGone } from '../login-page-state';
import { dynamics365 } from './dynamics-365';
import { describeCrmRule } from './testing/describe-crm-rule';
import { loadFixture, reveal } from './testing/load-fixture';

describeCrmRule(dynamics365, {
  login: { username: 'input[name="loginfmt"]', password: '#i0118', submit: '#idSIButton9' },
  logout: '#mectrl_body_signOut',
  // The user name moved off-screen stays in the form and is still the only text field.
  generic: 'same fields',
  showError: (doc) => reveal(doc.getElementById('passwordError')),
});

describe('Dynamics 365 signs in on Microsoft’s host', () => {
  it('counts the Dynamics app after a sign-in on login.microsoftonline.com as the same site', () => {
    const { doc, url } = loadFixture('dynamics-365-app');
    const previous = {
      url: 'https://login.microsoftonline.com/common/login',
      ruleId: 'dynamics-365',
    };
    expect(isLoginPageGone(doc, previous, { url, rule: dynamics365 })).toBe(true);
    // Without the rule tying the hosts together, another origin is another site.
    expect(isLoginPageGone(doc, { ...previous, ruleId: null }, { url, rule: null })).toBe(false);
  });

  it('a hidden error inside an always-present alert region is no failure', () => {
    const { doc } = loadFixture('dynamics-365-login');
    expect(doc.querySelector('[role="alert"]')?.textContent).toContain('incorrect');
    expect(
      isLoginPageGone(
        doc,
        { url: 'https://login.microsoftonline.com/', ruleId: null },
        {
          url: new URL('https://login.microsoftonline.com/'),
          rule: dynamics365,
        },
      ),
    ).toBe(false);
  });
});
