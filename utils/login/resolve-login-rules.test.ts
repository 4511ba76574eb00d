// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CustomRule } from './custom-rule-schema';
import type { LoginRule } from './login-rule';
import { resolveLoginRules } from './resolve-login-rules';

const custom: CustomRule = {
  name: 'Our Salesforce tweaks',
  urlPattern: 'https://acme.my.salesforce.com',
  usernameSelector: '#username',
  passwordSelector: '#password',
  logoutSelector: '#logout',
};

describe('resolveLoginRules', () => {
  it('the user’s own rule comes before a built-in one for the same pages', () => {
    const resolved = resolveLoginRules(new URL('https://acme.my.salesforce.com/home'), document, [
      custom,
    ]);
    expect(resolved).toMatchObject({ source: 'custom', rule: { name: 'Our Salesforce tweaks' } });
  });

  it('a built-in rule by host when no custom rule fits', () => {
    const resolved = resolveLoginRules(new URL('https://other.my.salesforce.com/home'), document, [
      custom,
    ]);
    expect(resolved).toMatchObject({ source: 'built-in', rule: { id: 'salesforce' } });
  });

  it('no rule (generic heuristics) for an unknown CRM', () => {
    document.body.innerHTML = '<form><input name="user"><input type="password"></form>';
    expect(resolveLoginRules(new URL('https://crm.example.com/'), document)).toEqual({
      rule: null,
      source: 'generic',
    });
  });

  it('a rule whose matcher throws is skipped', () => {
    const throwing: LoginRule = {
      id: 'broken',
      name: 'Broken',
      matches: () => {
        throw new Error('boom');
      },
      logoutControl: 'a',
    };
    expect(
      resolveLoginRules(new URL('https://crm.example.com/'), document, [], [throwing]).rule,
    ).toBeNull();
  });
});
