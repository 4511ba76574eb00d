// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLoginForm } from '../find-login-form';
import { isLoginPage, isLoginPageGone } from '../login-page-state';
import { describeCrmRule } from './testing/describe-crm-rule';
import { loadFixture, reveal } from './testing/load-fixture';
import { zohoCrm } from './zoho-crm';

// Zoho asks for the user name, then reveals the password field in the same form.
const toPasswordStep = (doc: Document) => reveal(doc.getElementById('password_container'));

describeCrmRule(zohoCrm, {
  login: { username: '#login_id', password: '#password', submit: '#nextbtn' },
  logout: '[data-zcqa="signout"]',
  generic: 'same fields',
  toPasswordStep,
  showError: (doc) => {
    const error = doc.querySelector('#password_container .fielderror');
    if (error) error.textContent = 'Incorrect password. Please try again.';
  },
});

describe('Zoho sign-in in two steps', () => {
  it('the user-name step is a login page with no password field yet', () => {
    const { doc } = loadFixture('zoho-crm-login');
    expect(findLoginForm(doc, zohoCrm)).toBeNull();
    expect(isLoginPage(doc, zohoCrm)).toBe(true);
    // Without the rule, a page with no password field is not a login page.
    expect(isLoginPage(doc)).toBe(false);
  });

  it('counts crm.zoho.com after a sign-in on accounts.zoho.com as the same site', () => {
    const { doc, url } = loadFixture('zoho-crm-app');
    const previous = { url: 'https://accounts.zoho.com/signin', ruleId: 'zoho-crm' };
    expect(isLoginPageGone(doc, previous, { url, rule: zohoCrm })).toBe(true);
  });
});
