// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adminFormsFor } from '../extension/crm-admin-follow';
import { loadFixture } from '../login/crm-rules/testing/load-fixture';
import { resolveLoginRules } from '../login/resolve-login-rules';
import { findAdminForm, hasAdminForm, readAdminForm, readSaveOutcome } from './read-admin-form';

describe('admin forms of real CRMs (best effort, on fixtures)', () => {
  it('SuiteCRM: a new user from the Users EditView, full name from first and last name', () => {
    const { doc, url } = loadFixture('suitecrm-admin-user');
    const { rule } = resolveLoginRules(url, doc);
    expect(rule?.id).toBe('suitecrm');
    const forms = adminFormsFor(rule);
    expect(hasAdminForm(doc, forms)).toBe(true);
    const set = (selector: string, value: string) => {
      const input = doc.querySelector<HTMLInputElement>(selector);
      if (input) input.value = value;
    };
    set('#user_name', 'jdoe');
    set('#first_name', 'Jane');
    set('#last_name', 'Doe');
    set('#new_password', 'S3cret pw');
    set('#Users0emailAddress0', 'jdoe@example.com');
    const button = doc.querySelector('#SAVE_HEADER');
    const found = button && findAdminForm(button, forms);
    expect(found && readAdminForm(found.form, found.rule)).toEqual({
      entity: 'user',
      isNew: true,
      user: {
        agent_user: 'jdoe',
        agent_pass: 'S3cret pw',
        agent_full_name: 'Jane Doe',
        email: 'jdoe@example.com',
        agent_user_level: '1',
        agent_user_group: 'AGENTS',
      },
    });
  });

  // From review: the defaults went into update_user too, resetting the dialer user's level.
  it('SuiteCRM: an existing user is an update without the defaults for level and group', () => {
    const { doc, url } = loadFixture('suitecrm-admin-user');
    const forms = adminFormsFor(resolveLoginRules(url, doc).rule);
    doc.querySelector('input[name="record"]')?.setAttribute('value', 'a1b2');
    const user = doc.querySelector<HTMLInputElement>('#user_name');
    if (user) user.value = 'jdoe';
    const found = user && findAdminForm(user, forms);
    expect(found && readAdminForm(found.form, found.rule)).toMatchObject({
      entity: 'user',
      isNew: false,
      user: { agent_user: 'jdoe' },
    });
    const save = found && readAdminForm(found.form, found.rule);
    expect(save?.entity === 'user' && Object.keys(save.user)).not.toContain('agent_user_level');
    expect(save?.entity === 'user' && Object.keys(save.user)).not.toContain('agent_user_group');
  });

  it('SuiteCRM: the DetailView after the save is a save; the EditView itself is not', () => {
    const { doc, url } = loadFixture('suitecrm-admin-user');
    const forms = adminFormsFor(resolveLoginRules(url, doc).rule);
    expect(readSaveOutcome(doc, url, forms)).toBe('none');
    const detail = new URL(
      'https://crm.example.com/index.php?module=Users&action=DetailView&record=1',
    );
    expect(readSaveOutcome(doc, detail, forms)).toBe('saved');
    // Any other module's detail view (a contact opened next) is not a saved user.
    const contact = new URL(
      'https://crm.example.com/index.php?module=Contacts&action=DetailView&record=7',
    );
    expect(readSaveOutcome(doc, contact, forms)).toBe('none');
  });

  it('the demo CRM forms are not looked for where a CRM rule has its own', () => {
    const { doc, url } = loadFixture('suitecrm-admin-user');
    const forms = adminFormsFor(resolveLoginRules(url, doc).rule);
    expect(forms.every((form) => !form.form.includes('data-testid'))).toBe(true);
  });
});
