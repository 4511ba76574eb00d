import { describe, expect, it } from 'vitest';
import { checkListForm, checkUserForm } from './validate-forms';

const user = {
  agent_user: '1000',
  agent_pass: '9999',
  agent_user_level: '1',
  agent_full_name: 'Testing Person',
  agent_user_group: 'AGENTS',
  phone_login: '',
  email: '',
  active: 'Y',
};

describe('popup forms, checked with the client rules', () => {
  it('a new user with the seed example passes; empty optional fields and active are left out', () => {
    expect(checkUserForm('add', user)).toEqual({
      ok: true,
      fields: {
        agent_user: '1000',
        agent_pass: '9999',
        agent_user_level: '1',
        agent_full_name: 'Testing Person',
        agent_user_group: 'AGENTS',
      },
    });
  });

  it('names the field and the rule it breaks', () => {
    const checked = checkUserForm('add', { ...user, agent_user: 'x', agent_pass: '' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.agent_user).toMatch(/^agent_user: .*2-20/);
    expect(checked.errors.agent_pass).toBe('agent_pass: required.');
  });

  it('an update needs the username only, and takes active Y or N', () => {
    expect(checkUserForm('update', { agent_user: '1000', active: 'N' })).toEqual({
      ok: true,
      fields: { agent_user: '1000', active: 'N' },
    });
    const checked = checkUserForm('update', { agent_user: '1000', voicemail_id: 'abc' });
    expect(checked.ok ? null : checked.errors.voicemail_id).toMatch(/^voicemail_id: /);
  });

  it('a list needs a numeric id, a 6-30 character name and a campaign', () => {
    expect(
      checkListForm({ list_id: '1101', list_name: 'Test API list', campaign_id: 'TESTCAMP' }).ok,
    ).toBe(true);
    const checked = checkListForm({ list_id: '11a', list_name: 'short', campaign_id: '' });
    expect(checked.ok ? {} : Object.keys(checked.errors).sort()).toEqual([
      'campaign_id',
      'list_id',
      'list_name',
    ]);
  });
});
