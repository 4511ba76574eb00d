import { describe, expect, it } from 'vitest';
import { handleElisionApi } from './elision-api';
import { createDialerState, type DialerState, findUser } from './state';

/**
 * Every SUCCESS and ERROR example of the seed document, reproduced by a request that triggers
 * it, byte for byte. Where an example needs the dialer in a particular state (an API user
 * without rights, a campaign that does not exist), the test sets that state up first.
 */

const NOW = Date.UTC(2019, 1, 13, 10, 0, 0);
const SEED_QUERY = 'source=test&user=api&pass=1234';

function call(state: DialerState, fields: Record<string, string>): string {
  const params = new URLSearchParams({ source: 'test', user: 'api', pass: '1234', ...fields });
  return handleElisionApi(state, params, { now: NOW }).body;
}

/** The query part of one of the seed's example URLs, exactly as printed. */
function callUrl(state: DialerState, query: string): string {
  return handleElisionApi(state, new URLSearchParams(query), { now: NOW }).body;
}

function apiUser(state: DialerState) {
  const user = findUser(state, 'api');
  if (!user) throw new Error('seeded api user missing');
  return user;
}

describe('seed section 2: add_user', () => {
  it('answers the seed example URL for a new agent with the documented SUCCESS line', () => {
    const body = callUrl(
      createDialerState(),
      `${SEED_QUERY}&function=add_user&agent_user=10000&agent_pass=9999&agent_user_level=1&agent_full_name=Testing+Person&agent_user_group=AGENTS`,
    );
    expect(body).toBe(
      'SUCCESS: add_user USER HAS BEEN ADDED - api|10000|9999|1|Testing Person|AGENTS\n',
    );
  });

  it('refuses an API user without "modify users" with "... PERMISSION TO ADD USERS - api|0"', () => {
    const state = createDialerState();
    apiUser(state).modify_users = false;
    expect(call(state, { function: 'add_user', agent_user: '10000' })).toBe(
      'ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS - api|0\n',
    );
  });

  it('answers "YOU MUST USE ALL REQUIRED FIELDS - api|1000|" when the agent password is missing', () => {
    expect(call(createDialerState(), { function: 'add_user', agent_user: '1000' })).toBe(
      'ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS - api|1000|\n',
    );
  });

  it('refuses a level-8 API user adding a level-8 agent with "... IN THIS USER LEVEL - api|8"', () => {
    const state = createDialerState();
    apiUser(state).user_level = 8;
    const body = call(state, {
      function: 'add_user',
      agent_user: '10000',
      agent_pass: '9999',
      agent_user_level: '8',
      agent_full_name: 'Testing Person',
      agent_user_group: 'AGENTS',
    });
    expect(body).toBe(
      'ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL - api|8\n',
    );
  });

  it('answers "USER GROUP DOES NOT EXIST - api|ADFHR" for an unknown group', () => {
    const body = call(createDialerState(), {
      function: 'add_user',
      agent_user: '10000',
      agent_pass: '9999',
      agent_user_level: '1',
      agent_full_name: 'Testing Person',
      agent_user_group: 'ADFHR',
    });
    expect(body).toBe('ERROR: add_user USER GROUP DOES NOT EXIST - api|ADFHR\n');
  });

  it('answers "USER ALREADY EXISTS - api|api" when adding an existing user id', () => {
    const body = call(createDialerState(), {
      function: 'add_user',
      agent_user: 'api',
      agent_pass: '9999',
      agent_user_level: '1',
      agent_full_name: 'Testing Person',
      agent_user_group: 'AGENTS',
    });
    expect(body).toBe('ERROR: add_user USER ALREADY EXISTS - api|api\n');
  });
});

describe('seed section 2: update_user', () => {
  const update = (fields: Record<string, string>, state = createDialerState()) =>
    call(state, { function: 'update_user', agent_user: '1000', ...fields });

  it('answers the seed example URL with "USER HAS BEEN UPDATED - api|1000"', () => {
    const body = callUrl(
      createDialerState(),
      `${SEED_QUERY}&function=update_user&agent_user=1000&agent_pass=9876&agent_user_level=5&agent_full_name=Testing+Person&agent_user_group=AGENTS`,
    );
    expect(body).toBe('SUCCESS: update_user USER HAS BEEN UPDATED - api|1000\n');
  });

  it('refuses an API user without "modify users" with "... PERMISSION TO UPDATE USERS - api|0"', () => {
    const state = createDialerState();
    apiUser(state).modify_users = false;
    expect(update({}, state)).toBe(
      'ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS - api|0\n',
    );
  });

  it('answers "YOU MUST USE ALL REQUIRED FIELDS - api||" without agent_user', () => {
    expect(call(createDialerState(), { function: 'update_user' })).toBe(
      'ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS - api||\n',
    );
  });

  it('answers "USER DOES NOT EXIST - api|78789" for an unknown agent', () => {
    expect(update({ agent_user: '78789' })).toBe(
      'ERROR: update_user USER DOES NOT EXIST - api|78789\n',
    );
  });

  it('answers "... UPDATE THIS USER - api| 7878" for a user above the API user (level 15, accepted by add_user)', () => {
    const state = createDialerState();
    const added = call(state, {
      function: 'add_user',
      agent_user: '7878',
      agent_pass: '9999',
      agent_user_level: '15',
      agent_full_name: 'Too High',
      agent_user_group: 'AGENTS',
    });
    expect(added).toMatch(/^SUCCESS: add_user USER HAS BEEN ADDED/);
    expect(update({ agent_user: '7878', agent_full_name: 'Fixed' }, state)).toBe(
      'ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER - api| 7878\n',
    );
  });

  it.each([
    [{ agent_full_name: '' }, 'YOU MUST USE A VALID FULL NAME, THIS IS AN OPTIONAL FIELD - api|'],
    [
      { agent_user_level: '0' },
      'YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD - api|0|9|1',
    ],
    [
      { agent_user_group: 'FAKEGROUP' },
      'YOU MUST USE A VALID USER GROUP, THIS IS AN OPTIONAL FIELD - api|FAKEGROUP|0',
    ],
    [
      { phone_login: 'fakephone' },
      'YOU MUST USE A VALID PHONE LOGIN, THIS IS AN OPTIONAL FIELD - api|fakephone|0|0',
    ],
    [{ phone_pass: '' }, 'YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD - api|0'],
    [{ voicemail_id: '' }, 'YOU MUST USE A VALID VOICEMAIL ID, THIS IS AN OPTIONAL FIELD - api'],
    [{ email: '' }, 'YOU MUST USE A VALID EMAIL, THIS IS AN OPTIONAL FIELD - api'],
    [{ active: '' }, 'ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD - api'],
  ])('answers the documented optional-field error for %o', (fields, line) => {
    expect(update(fields)).toBe(`ERROR: update_user ${line}\n`);
  });
});

describe('seed section 4: add_list', () => {
  const TEST_API_LIST = { list_id: '1101', list_name: 'Test API list', campaign_id: 'TESTCAMP' };
  const withoutList1101 = () => {
    const state = createDialerState();
    state.lists = state.lists.filter((list) => list.list_id !== '1101');
    return state;
  };

  it('answers the seed example URL with the documented SUCCESS JSON', () => {
    const body = callUrl(
      withoutList1101(),
      `${SEED_QUERY}&function=add_list&list_id=1101&list_name=Test+API+list&campaign_id=TESTCAMP`,
    );
    expect(body).toBe(
      '{"success":true,"message":"1101 list created","data":{"list_id":"1101","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    );
  });

  it('refuses an API user without "modify lists", echoing user and password', () => {
    const state = withoutList1101();
    apiUser(state).modify_lists = false;
    expect(call(state, { function: 'add_list', ...TEST_API_LIST })).toBe(
      '{"success":false,"message":"api User does not have permission to add list in the system","data":{"user":"api","password":"1234"}}',
    );
  });

  it('asks for all three fields when the list id is missing', () => {
    const { list_name, campaign_id } = TEST_API_LIST;
    expect(call(withoutList1101(), { function: 'add_list', list_name, campaign_id })).toBe(
      '{"success":false,"message":"Please send list id , campaign id and list name","data":{"list_id":"","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    );
  });

  it('answers "TESTCAMP campaign does not exist" when that campaign is gone', () => {
    const state = withoutList1101();
    state.campaigns = state.campaigns.filter((c) => c.campaign_id !== 'TESTCAMP');
    expect(call(state, { function: 'add_list', ...TEST_API_LIST })).toBe(
      '{"success":false,"message":"TESTCAMP campaign does not exist","data":{"list_id":"1101","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    );
  });

  it('answers "1101 list already exist" for the seeded list 1101', () => {
    expect(call(createDialerState(), { function: 'add_list', ...TEST_API_LIST })).toBe(
      '{"success":false,"message":"1101 list already exist","data":{"list_id":"1101","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    );
  });
});

describe('seed section 5: active_lists and add_multi_lead', () => {
  const SEED_ACTIVE_LISTS =
    '{"success":true,"message":"lists are listed successfully","data":["NIKHIL-1101-Test API list","kartik-2018-kartik jagani","TESTING-20042018-20042018-hardik","NIKHIL-26042018-26042018_custom-form","TESTING-6547-testA","radhika-522018-522018","testcmp-1652018-1652018","Elision-2352018-2352018","test_plk-260518-260518 test"]}]}';

  it('answers active_lists with the seed example, minus the example\'s stray "]}"', () => {
    const body = callUrl(createDialerState(), `${SEED_QUERY}&function=active_lists`);
    expect(`${body}]}`).toBe(SEED_ACTIVE_LISTS);
    expect(() => JSON.parse(body)).not.toThrow();
  });

  it('answers the seed add_multi_lead example URL with lead id 1036, as documented', () => {
    const body = callUrl(
      createDialerState(),
      `${SEED_QUERY}&function=add_multi_lead&multi_leads=[{"city":"Ahmedabad","email":"","phone_number":1234567893,"first_name":"test","last_name":"test","vendor_lead_code":1236,"list_id":"1101","postal_code":91}]`,
    );
    expect(body).toBe(
      '{"lead 1":{"success":true,"message":"Record(s) Created","data":"1234567893| 1101|1036||NEW|"}}',
    );
  });

  it('answers the documented JSON array when multi_leads is missing', () => {
    expect(call(createDialerState(), { function: 'add_multi_lead' })).toBe(
      '["ERROR","add_multi_lead YOU MUST USE ALL REQUIRED FIELDS","api",""]',
    );
  });

  it('answers "Invalid phone number" with the number for a 4-digit phone', () => {
    const multi_leads = JSON.stringify([{ phone_number: '1293', list_id: '1101' }]);
    expect(call(createDialerState(), { function: 'add_multi_lead', multi_leads })).toBe(
      '{"lead 1":{"success":false,"message":"Invalid phone number","data":"1293"}}',
    );
  });
});

describe('checks every function shares (dialer-api-reality.md)', () => {
  it('answers a wrong password with the Login incorrect line, echoing the password', () => {
    const params = new URLSearchParams('source=test&user=api&pass=wrong&function=active_lists');
    expect(handleElisionApi(createDialerState(), params).body).toBe(
      'ERROR: Login incorrect, please try again: |api|wrong|BAD|\n',
    );
  });

  it('answers an unknown function with the auth permission line', () => {
    expect(call(createDialerState(), { function: 'delete_everything' })).toBe(
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |api|delete_everything|\n',
    );
  });

  it('answers a too-short source with two lines beginning "ERROR: Invalid Source"', () => {
    expect(call(createDialerState(), { function: 'active_lists', source: 'x' })).toBe(
      'ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n',
    );
  });

  it("answers every reply with HTTP 200 and PHP's text/html content type", () => {
    const reply = handleElisionApi(createDialerState(), new URLSearchParams('user=nobody'));
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/html; charset=utf-8');
  });
});
