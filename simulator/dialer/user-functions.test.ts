import { describe, expect, it } from 'vitest';
import { handleElisionApi } from './elision-api';
import { createDialerState, type DialerState, findUser } from './state';

const AGENT = {
  agent_user: '2000',
  agent_pass: '9999',
  agent_user_level: '1',
  agent_full_name: 'New Agent',
  agent_user_group: 'AGENTS',
};

function call(state: DialerState, fields: Record<string, string>, as = 'api'): string {
  const params = new URLSearchParams({ source: 'test', user: as, pass: '1234', ...fields });
  return handleElisionApi(state, params).body;
}

const addUser = (state: DialerState, fields: Record<string, string> = {}, as = 'api') =>
  call(state, { function: 'add_user', ...AGENT, ...fields }, as);

const updateUser = (state: DialerState, fields: Record<string, string>, as = 'api') =>
  call(state, { function: 'update_user', agent_user: '1000', ...fields }, as);

function stored(state: DialerState, user: string) {
  const record = findUser(state, user);
  if (!record) throw new Error(`user ${user} not stored`);
  return record;
}

describe('add_user field rules', () => {
  it.each([
    ['agent_user of 1 character', { agent_user: 'x' }, 'x|'],
    ['empty agent_pass', { agent_pass: '' }, '2000|'],
    ['empty agent_user_level', { agent_user_level: '' }, '2000|'],
    ['empty agent_full_name', { agent_full_name: '' }, '2000|'],
    ['empty agent_user_group', { agent_user_group: '' }, '2000|'],
  ])('rejects %s as a missing required field', (_, fields, data) => {
    expect(addUser(createDialerState(), fields)).toBe(
      `ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS - api|${data}\n`,
    );
  });

  it('accepts the minimum lengths: 2-character user, 1-character password and name', () => {
    const state = createDialerState();
    expect(addUser(state, { agent_user: 'ab', agent_pass: 'p', agent_full_name: 'N' })).toBe(
      'SUCCESS: add_user USER HAS BEEN ADDED - api|ab|p|1|N|AGENTS\n',
    );
    expect(stored(state, 'ab')).toMatchObject({ pass: 'p', full_name: 'N', user_level: 1 });
  });

  it('echoes a 25-character user id in full but stores 20 characters, as real servers do', () => {
    const state = createDialerState();
    const id = 'abcdefghijklmnopqrstuvwxy';
    expect(addUser(state, { agent_user: id })).toContain(`- api|${id}|9999|`);
    expect(stored(state, id.slice(0, 20)).user).toBe('abcdefghijklmnopqrst');
  });

  it('silently strips characters a real server removes from the full name', () => {
    const state = createDialerState();
    expect(addUser(state, { agent_full_name: "O'Brien, José & Co" })).toContain(
      "|O'Brien, José & Co|",
    );
    expect(stored(state, '2000').full_name).toBe('OBrien Jos  Co');
  });

  it('accepts a user level of 15 (no range check), which later blocks updates', () => {
    const state = createDialerState();
    expect(addUser(state, { agent_user_level: '15' })).toMatch(/^SUCCESS/);
    expect(stored(state, '2000').user_level).toBe(15);
  });

  it('stores optional fields filtered and cut to their columns', () => {
    const state = createDialerState();
    addUser(state, {
      phone_login: '1001',
      phone_pass: 'pw; x',
      voicemail_id: '12-34',
      email: `${'a'.repeat(110)}@example.com`,
    });
    const user = stored(state, '2000');
    expect(user).toMatchObject({ phone_login: '1001', phone_pass: 'pwx', voicemail_id: '1234' });
    expect(user.email).toHaveLength(100);
  });

  it('stores the password so the new user can log in (and is refused functions it may not use)', () => {
    const state = createDialerState();
    addUser(state);
    expect(call(state, { function: 'active_lists' }, '2000')).toBe(
      'ERROR: Login incorrect, please try again: |2000|1234|BAD|\n',
    );
    const params = new URLSearchParams({
      source: 'test',
      user: '2000',
      pass: '9999',
      function: 'active_lists',
    });
    expect(handleElisionApi(state, params).body).toBe(
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |2000|active_lists|\n',
    );
  });
});

describe('add_user permissions', () => {
  it.each(['apinomod', 'apiro'])('refuses %s (no "modify users" or level below 8)', (as) => {
    expect(addUser(createDialerState(), {}, as)).toBe(
      `ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS - ${as}|0\n`,
    );
  });

  it('lets a level-8 API user add level 7 but not level 8 or 9', () => {
    const state = createDialerState();
    expect(addUser(state, { agent_user_level: '7' }, 'api8')).toMatch(/^SUCCESS/);
    for (const level of ['8', '9']) {
      expect(addUser(state, { agent_user: `x${level}`, agent_user_level: level }, 'api8')).toBe(
        `ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL - api8|${level}\n`,
      );
    }
  });

  it('lets a level-9 API user add level 9 only with the same-level right', () => {
    const state = createDialerState();
    expect(addUser(state, { agent_user_level: '9' })).toMatch(/^SUCCESS/);
    stored(state, 'api').modify_same_user_level = false;
    expect(addUser(state, { agent_user: '2001', agent_user_level: '9' })).toBe(
      'ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL - api|9\n',
    );
  });
});

describe('update_user field rules', () => {
  it.each([
    ['a 1-character agent_user', 'x'],
    ['a 21-character agent_user', 'u'.repeat(21)],
  ])('rejects %s as a missing required field', (_, agentUser) => {
    expect(updateUser(createDialerState(), { agent_user: agentUser })).toBe(
      `ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS - api|${agentUser}|\n`,
    );
  });

  it('accepts user levels 1 and 9 and rejects 10 and non-numbers', () => {
    const state = createDialerState();
    expect(updateUser(state, { agent_user_level: '1' })).toMatch(/^SUCCESS/);
    expect(updateUser(state, { agent_user_level: '9' })).toMatch(/^SUCCESS/);
    expect(stored(state, '1000').user_level).toBe(9);
    for (const level of ['10', 'abc']) {
      expect(updateUser(state, { agent_user_level: level })).toBe(
        `ERROR: update_user YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD - api|${level}|9|1\n`,
      );
    }
  });

  it('keeps a level-8 API user below its own level', () => {
    const state = createDialerState();
    expect(updateUser(state, { agent_user_level: '7' }, 'api8')).toMatch(/^SUCCESS/);
    expect(updateUser(state, { agent_user_level: '8' }, 'api8')).toBe(
      'ERROR: update_user YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD - api8|8|8|0\n',
    );
    expect(updateUser(state, { agent_user: 'api', agent_full_name: 'X' }, 'api8')).toBe(
      'ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER - api8| api\n',
    );
  });

  it.each([
    ['agent_full_name', 'n'.repeat(50), 'n'.repeat(51), 'FULL NAME', 'n'.repeat(51)],
    ['phone_pass', 'p'.repeat(20), 'p'.repeat(21), 'PHONE PASSWORD', '21'],
  ])(
    'accepts %s at its maximum and rejects one character more',
    (field, ok, tooLong, what, data) => {
      const state = createDialerState();
      expect(updateUser(state, { [field]: ok })).toMatch(/^SUCCESS/);
      expect(updateUser(state, { [field]: tooLong })).toBe(
        `ERROR: update_user YOU MUST USE A VALID ${what}, THIS IS AN OPTIONAL FIELD - api|${data}\n`,
      );
    },
  );

  it.each([
    ['voicemail_id', '1'.repeat(10), '1'.repeat(11), 'VOICEMAIL ID'],
    ['email', `${'e'.repeat(88)}@example.com`, `${'e'.repeat(89)}@example.com`, 'EMAIL'],
  ])('accepts %s at its maximum and rejects one character more', (field, ok, tooLong, what) => {
    const state = createDialerState();
    expect(updateUser(state, { [field]: ok })).toMatch(/^SUCCESS/);
    expect(updateUser(state, { [field]: tooLong })).toBe(
      `ERROR: update_user YOU MUST USE A VALID ${what}, THIS IS AN OPTIONAL FIELD - api\n`,
    );
  });

  it('accepts an existing phone login and a known user group', () => {
    const state = createDialerState();
    expect(updateUser(state, { phone_login: '1001', agent_user_group: 'SUPERVISORS' })).toMatch(
      /^SUCCESS/,
    );
    expect(stored(state, '1000')).toMatchObject({ phone_login: '1001', user_group: 'SUPERVISORS' });
  });

  it('clears a field sent as --BLANK--', () => {
    const state = createDialerState();
    updateUser(state, { email: '--BLANK--', voicemail_id: '--BLANK--' });
    expect(stored(state, '1000')).toMatchObject({ email: '', voicemail_id: '' });
  });

  it('deactivates with active=N, after which the user cannot log in', () => {
    const state = createDialerState();
    expect(updateUser(state, { agent_user: 'apiro', active: 'N' })).toMatch(/^SUCCESS/);
    expect(call(state, { function: 'active_lists' }, 'apiro')).toBe(
      'ERROR: Login incorrect, please try again: |apiro|1234|BAD|\n',
    );
  });

  it('answers SUCCESS to active=y but changes nothing, as real servers do', () => {
    const state = createDialerState();
    stored(state, '1000').active = 'N';
    expect(updateUser(state, { active: 'y' })).toBe(
      'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000\n',
    );
    expect(stored(state, '1000').active).toBe('N');
  });

  it('rejects active=NY (two letters left after filtering) and reads active=YES as Y', () => {
    const state = createDialerState();
    expect(updateUser(state, { active: 'NY' })).toBe(
      'ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD - api\n',
    );
    stored(state, '1000').active = 'N';
    updateUser(state, { active: 'YES' });
    expect(stored(state, '1000').active).toBe('Y');
  });

  it('changes nothing when one field is invalid, even if others are valid', () => {
    const state = createDialerState();
    expect(updateUser(state, { agent_full_name: 'Renamed', email: '' })).toMatch(/^ERROR/);
    expect(stored(state, '1000').full_name).toBe('Testing Person');
  });

  it('changes the password: the old one stops working, the new one logs in', () => {
    const state = createDialerState();
    updateUser(state, { agent_user: 'apiro', agent_pass: 'newpass' });
    expect(call(state, { function: 'active_lists' }, 'apiro')).toMatch(/^ERROR: Login incorrect/);
    const params = new URLSearchParams({
      source: 'test',
      user: 'apiro',
      pass: 'newpass',
      function: 'active_lists',
    });
    expect(handleElisionApi(state, params).body).toMatch(/^\{"success":true/);
  });

  it.each(['apinomod', 'apiro'])('refuses %s with "... PERMISSION TO UPDATE USERS"', (as) => {
    expect(updateUser(createDialerState(), { agent_full_name: 'X' }, as)).toBe(
      `ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS - ${as}|0\n`,
    );
  });
});
