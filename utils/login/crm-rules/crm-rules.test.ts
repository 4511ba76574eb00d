// @vitest-environment happy-dom
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminRuleSelectors } from '../../crm-admin/admin-form-rule';
import { DEMO_CRM_ADMIN_FORMS } from '../../crm-admin/demo-crm-admin';
import { resolveLoginRules, ruleMatches } from '../resolve-login-rules';
import { checkSelectorSyntax } from '../selector-syntax';
import { CRM_RULES } from './index';
import { FIXTURES_DIR, fixturePath, loadFixture } from './testing/load-fixture';

const folder = dirname(fileURLToPath(import.meta.url));
const ruleFiles = readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();
const fixtureNames = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length));

describe('CRM rule conventions', () => {
  it('registers every rule file in index.ts, under the file name as id', () => {
    expect(CRM_RULES.map((rule) => rule.id).sort()).toEqual(ruleFiles);
  });

  it.each(ruleFiles)('%s has a login fixture, an app fixture and a test', (id) => {
    expect(existsSync(fixturePath(`${id}-login`))).toBe(true);
    expect(existsSync(fixturePath(`${id}-app`))).toBe(true);
    expect(existsSync(join(folder, `${id}.test.ts`))).toBe(true);
  });

  it('every fixture belongs to a rule', () => {
    for (const name of fixtureNames) {
      expect(ruleFiles.some((id) => name.startsWith(`${id}-`))).toBe(true);
    }
  });

  it.each(CRM_RULES.map((rule) => [rule.id, rule] as const))(
    '%s has valid selectors for its login form, logout control and signed-in element',
    (_id, rule) => {
      const selectors = [
        ...Object.values(rule.loginForm ?? {}),
        rule.logoutControl,
        rule.loggedInSignal ?? '',
      ];
      expect(rule.loginForm).toBeDefined();
      expect(rule.loggedInSignal).toBeDefined();
      for (const selector of selectors) expect(checkSelectorSyntax(selector)).toEqual({ ok: true });
    },
  );

  it.each([
    ...CRM_RULES.map((rule) => [rule.id, rule.adminForms ?? []] as const),
    ['demo CRM', DEMO_CRM_ADMIN_FORMS] as const,
  ])('%s has valid selectors for its admin forms, and a sign of a save', (_id, forms) => {
    for (const form of forms) {
      expect(form.saved.param ?? form.saved.selector).toBeTruthy();
      for (const selector of adminRuleSelectors(form)) {
        expect(checkSelectorSyntax(selector)).toEqual({ ok: true });
      }
    }
  });

  it.each(fixtureNames)('the fixture %s is claimed by its own rule only', (name) => {
    const { doc, url } = loadFixture(name);
    const owners = CRM_RULES.filter((rule) => ruleMatches(rule, url, doc)).map((rule) => rule.id);
    expect(owners).toEqual([ruleFiles.find((id) => name.startsWith(`${id}-`))]);
    expect(resolveLoginRules(url, doc).source).toBe('built-in');
  });
});
