import { describe, expect, it } from 'vitest';
import { LOCK_MS, MAX_FAILED_LOGINS } from './auth';
import { createDialerState, type DialerState, findUser } from './state';
import { handleVicidialApi, VICIDIAL_BUILD, VICIDIAL_VERSION, versionLine } from './vicidial-api';

const WINTER = Date.UTC(2024, 0, 15, 15, 30, 5); // 10:30:05 in New York (EST)
const SUMMER = Date.UTC(2024, 6, 1, 12, 0, 0); // 08:00:00 in New York (EDT)

function call(state: DialerState, query: Record<string, string>, now = WINTER) {
  const params = new URLSearchParams({ source: 'test', user: 'api', pass: '1234', ...query });
  return handleVicidialApi(state, params, { now });
}
const text = (state: DialerState, query: Record<string, string>, now = WINTER) =>
  call(state, query, now).body;

describe('version', () => {
  it('answers without credentials, with the server time and time zone', () => {
    const reply = handleVicidialApi(createDialerState(), new URLSearchParams('function=version'), {
      now: WINTER,
    });
    expect(reply).toEqual({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `VERSION: ${VICIDIAL_VERSION}|BUILD: ${VICIDIAL_BUILD}|DATE: 2024-01-15 10:30:05|EPOCH: 1705332605|DST: 0|TZ: -5.00|TZNOW: -5.00|\n`,
    });
  });

  it('prints the offset as a plain number during daylight saving time', () => {
    expect(versionLine(SUMMER)).toBe(
      'VERSION: 2.14-123|BUILD: 200502-0858|DATE: 2024-07-01 08:00:00|EPOCH: 1719835200|DST: 1|TZ: -5.00|TZNOW: -4|',
    );
  });

  it('answers even with a wrong password or a locked account, and counts no failed login', () => {
    const state = createDialerState();
    expect(text(state, { function: 'version', pass: 'wrong' })).toMatch(/^VERSION: /);
    expect(findUser(state, 'api')?.failed_login_count).toBe(0);
  });
});

describe('login and lock, shared with the Elision path', () => {
  it('refuses a wrong login with the same line as Elision, password echoed', () => {
    expect(text(createDialerState(), { function: 'add_lead', pass: 'nope' })).toBe(
      'ERROR: Login incorrect, please try again: |api|nope|BAD|\n',
    );
  });

  it("locks after 10 failures with stock VICIdial's own line, which does not echo the password", () => {
    const state = createDialerState();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      text(state, { function: 'add_lead', pass: 'wrong' }, WINTER + i);
    }
    expect(text(state, { function: 'add_lead' }, WINTER + 100)).toBe(
      'ERROR: Too many login attempts, try again in 15 minutes: |api|LOCK|\n',
    );
    expect(text(state, { function: 'version' }, WINTER + 100)).toMatch(/^VERSION: /);
    const after = text(
      state,
      { function: 'add_lead', phone_number: '4155550134' },
      WINTER + LOCK_MS + 9,
    );
    expect(after).toMatch(/^SUCCESS: add_lead/);
  });

  it('checks the login before it looks at the function name', () => {
    expect(text(createDialerState(), { function: 'active_lists', pass: 'x1' })).toMatch(
      /^ERROR: Login incorrect/,
    );
  });
});

describe('functions stock VICIdial does not have', () => {
  it.each([
    ['active_lists', { function: 'active_lists' }],
    ['add_multi_lead', { function: 'add_multi_lead', multi_leads: '[]' }],
    ['an unknown name', { function: 'add_leads' }],
    ['an empty function', { function: '' }],
    ['no function at all', {}],
    ['no source either', { function: 'active_lists', source: '' }],
  ])('answers %s with NO FUNCTION SPECIFIED after a good login', (_, query) => {
    expect(text(createDialerState(), query)).toBe('ERROR: NO FUNCTION SPECIFIED\n');
  });

  it('filters the function name to [-_0-9a-zA-Z] before matching it', () => {
    expect(text(createDialerState(), { function: 'add_list!', list_id: '1101' })).toMatch(
      /^ERROR: add_list YOU MUST USE ALL REQUIRED FIELDS/,
    );
    expect(text(createDialerState(), { function: 'ver sion' })).toMatch(/^VERSION: /);
  });
});

describe('checks before a known function', () => {
  it('refuses a missing or 1-character source with the two Invalid Source lines', () => {
    expect(text(createDialerState(), { function: 'add_lead', source: 'x' })).toBe(
      'ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n',
    );
  });

  it("refuses a function outside the API user's allowed functions", () => {
    expect(text(createDialerState(), { function: 'add_lead', user: 'apilimited' })).toBe(
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |apilimited|add_lead|\n',
    );
  });
});

describe('add_user and update_user', () => {
  const NEW_AGENT = {
    function: 'add_user',
    agent_user: '2000',
    agent_pass: '9999',
    agent_user_level: '1',
    agent_full_name: 'New Agent',
    agent_user_group: 'AGENTS',
  };

  it('answers with the same text lines as the Elision path', () => {
    const state = createDialerState();
    expect(text(state, NEW_AGENT)).toBe(
      'SUCCESS: add_user USER HAS BEEN ADDED - api|2000|9999|1|New Agent|AGENTS\n',
    );
    expect(text(state, NEW_AGENT)).toBe('ERROR: add_user USER ALREADY EXISTS - api|2000\n');
    expect(text(state, { function: 'update_user', agent_user: '2000', active: 'N' })).toBe(
      'SUCCESS: update_user USER HAS BEEN UPDATED - api|2000\n',
    );
    expect(findUser(state, '2000')?.active).toBe('N');
    expect(text(state, { ...NEW_AGENT, user: 'apinomod', agent_user: '2001' })).toBe(
      'ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS - apinomod|0\n',
    );
  });

  it('creates users without the modify leads right', () => {
    const state = createDialerState();
    text(state, NEW_AGENT);
    expect(findUser(state, '2000')?.modify_leads).toBe(false);
  });
});
