// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLogoutControls } from '../find-logout-controls';
import { isLoginPageGone, readLoginPageState } from '../login-page-state';
import { resolveLoginRules } from '../resolve-login-rules';
import { salesforce } from './salesforce';
import { describeCrmRule } from './testing/describe-crm-rule';
import { loadFixture, reveal } from './testing/load-fixture';

describeCrmRule(salesforce, {
  login: { username: '#username', password: '#password', submit: '#Login' },
  logout: 'a.logout',
  generic: 'same fields',
  showError: (doc) => reveal(doc.getElementById('error')),
});

describe('Salesforce Classic and the login host', () => {
  it('finds the Classic user menu logout and header', () => {
    const { doc, url } = loadFixture('salesforce-classic-app');
    expect(resolveLoginRules(url, doc).rule).toBe(salesforce);
    expect(findLogoutControls(doc, salesforce)).toContain(doc.querySelector('a[title="Logout"]'));
    expect(readLoginPageState(doc, salesforce).kind).toBe('signed-in');
  });

  it('counts the org page after a login on login.salesforce.com as the same site', () => {
    const { doc, url } = loadFixture('salesforce-app');
    const previous = { url: 'https://login.salesforce.com/', ruleId: 'salesforce' };
    expect(isLoginPageGone(doc, previous, { url, rule: salesforce })).toBe(true);
  });
});
