// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  customRuleSchema,
  MAX_SELECTOR_LENGTH,
  ruleFromCustom,
  validateCustomRule,
} from './custom-rule-schema';
import { findLoginForm } from './find-login-form';

const GOOD = {
  name: 'Acme CRM',
  urlPattern: 'https://crm.acme.test',
  usernameSelector: '#user',
  passwordSelector: '#pass',
  submitSelector: 'button.login',
  logoutSelector: 'a.sign-off',
  loggedInSelector: '#user-menu',
};

describe('validateCustomRule', () => {
  it('accepts a complete rule', () => {
    expect(validateCustomRule(GOOD)).toEqual({ ok: true, rule: GOOD });
  });

  it('trims the fields and leaves out empty optional ones', () => {
    const result = validateCustomRule({
      ...GOOD,
      name: ' Acme CRM ',
      submitSelector: '  ',
      loggedInSelector: '',
    });
    expect(result).toEqual({
      ok: true,
      rule: { ...GOOD, submitSelector: undefined, loggedInSelector: undefined },
    });
    if (result.ok) expect('submitSelector' in result.rule).toBe(false);
  });

  it('refuses a selector that is not valid CSS, naming the field and the rule', () => {
    expect(validateCustomRule({ ...GOOD, passwordSelector: 'input[type=password' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'passwordSelector',
          message: 'Rule "Acme CRM": Password field selector ends too early: "]" expected',
        },
      ],
    });
  });

  it('refuses empty required fields, each named', () => {
    const result = validateCustomRule({
      ...GOOD,
      usernameSelector: ' ',
      logoutSelector: undefined,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'usernameSelector', message: 'Rule "Acme CRM": Username field selector is empty' },
      { field: 'logoutSelector', message: 'Rule "Acme CRM": Logout control selector is required' },
    ]);
  });

  it('refuses a selector that is too long', () => {
    const long = `#a${' .b'.repeat(MAX_SELECTOR_LENGTH)}`;
    const result = validateCustomRule({ ...GOOD, loggedInSelector: long });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: 'loggedInSelector',
        message: `Rule "Acme CRM": Signed-in element selector must be at most ${MAX_SELECTOR_LENGTH} characters`,
      },
    ]);
  });

  it('refuses a bad page pattern and a missing name', () => {
    const result = validateCustomRule({ ...GOOD, name: '', urlPattern: 'crm.acme.test' });
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.message])).toEqual([
      ['name', 'New rule: Name is required'],
      [
        'urlPattern',
        'New rule: Pages must look like https://crm.example.com, https://crm.example.com/app/* or https://*.example.com/*',
      ],
    ]);
  });

  it('refuses what is not a rule at all', () => {
    const result = validateCustomRule('nope');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toContain('name');
  });

  it('with a DOM, also asks the browser’s parser', () => {
    // Browsers accept the case-insensitivity flag; happy-dom's parser does not. The DOM check
    // reports what the DOM at hand says, which on the options page is the user's own browser.
    const result = validateCustomRule(
      { ...GOOD, usernameSelector: 'input[name=user i]' },
      { dom: document },
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: 'usernameSelector',
        message: 'Rule "Acme CRM": Username field selector is not accepted by this browser',
      },
    ]);
    expect(validateCustomRule({ ...GOOD, usernameSelector: 'input[name=user i]' }).ok).toBe(true);
  });

  it('the schema alone gives the same verdict without a DOM (background worker)', () => {
    expect(customRuleSchema.safeParse(GOOD).success).toBe(true);
    expect(customRuleSchema.safeParse({ ...GOOD, logoutSelector: 'a::after' }).success).toBe(false);
  });
});

describe('ruleFromCustom', () => {
  it('gives a rule that matches its pages and finds the fields by its selectors', () => {
    const rule = ruleFromCustom(GOOD);
    expect(rule.matches(new URL('https://crm.acme.test/login'), document)).toBe(true);
    expect(rule.matches(new URL('https://other.test/login'), document)).toBe(false);
    document.body.innerHTML = `<div><input id="user"><input id="pass" type="password"><button class="login">Go</button></div>`;
    const form = findLoginForm(document, rule);
    expect(form?.username?.id).toBe('user');
    expect(form?.submit?.className).toBe('login');
  });
});
