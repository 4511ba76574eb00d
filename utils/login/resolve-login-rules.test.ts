// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
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

  describe('self-hosted products, recognised by markers in the page', () => {
    const marked = (id: string, markers: string): LoginRule => ({
      id,
      name: id,
      matches: () => false,
      markers,
      logoutControl: 'a',
    });
    const rules = [marked('first', '.first-app'), marked('second', 'link[href*="second/"]')];
    const url = new URL('https://crm.example.com/');

    it('a page with no marker is looked at once, not once per rule', () => {
      document.body.innerHTML = '<table><tr><td>4155550134</td></tr></table>';
      const walk = vi.spyOn(document, 'createTreeWalker');
      expect(resolveLoginRules(url, document, [], rules).rule).toBeNull();
      expect(walk).toHaveBeenCalledTimes(1);
      walk.mockRestore();
    });

    it('looks for markers around a long table, never among its rows', () => {
      const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${i}</td></tr>`).join('');
      document.body.innerHTML = `<table><tbody>${rows}</tbody></table><link href="/second/a.css">`;
      const matches = vi.spyOn(Element.prototype, 'matches');
      expect(resolveLoginRules(url, document, [], rules).rule?.id).toBe('second');
      // <html>, <head>, <body>, <table>, <tbody>, <link>, then the winning rule's own check.
      expect(matches.mock.calls.length).toBeLessThan(20);
      matches.mockRestore();
    });

    it('the rule whose marker is on the page, in rule order', () => {
      document.body.innerHTML = '<link rel="stylesheet" href="/second/app.css"><p>x</p>';
      expect(resolveLoginRules(url, document, [], rules).rule?.id).toBe('second');
      document.body.innerHTML = '<div class="first-app"></div><link href="/second/a.css">';
      expect(resolveLoginRules(url, document, [], rules).rule?.id).toBe('first');
    });

    it('a marker the browser cannot parse spoils no other rule', () => {
      document.body.innerHTML = '<div class="first-app"></div>';
      const broken = marked('broken', 'div:unknown-pseudo(');
      expect(resolveLoginRules(url, document, [], [broken, ...rules]).rule?.id).toBe('first');
    });
  });
});
