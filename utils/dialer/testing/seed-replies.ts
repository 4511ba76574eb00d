/**
 * Every reply the seed document prints, verbatim (the PDF's line breaks included), with what
 * the client must make of it. Used as recorded replies by the parser tests.
 */

export interface RecordedReply {
  fn: 'add_user' | 'update_user' | 'add_list' | 'active_lists' | 'add_multi_lead';
  body: string;
  expect: { ok: true } | { ok: false; kind: string; field?: string };
}

const err = (
  fn: RecordedReply['fn'],
  body: string,
  kind: string,
  field?: string,
): RecordedReply => ({
  fn,
  body,
  expect: { ok: false, kind, ...(field ? { field } : {}) },
});

export const SEED_REPLIES: RecordedReply[] = [
  err(
    'add_user',
    'ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS - api|0',
    'permission',
  ),
  err('add_user', 'ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS - api|1000|', 'invalid'),
  err(
    'add_user',
    'ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL - api|8',
    'permission',
    'agent_user_level',
  ),
  err(
    'add_user',
    'ERROR: add_user USER GROUP DOES NOT EXIST - api|ADFHR',
    'not_found',
    'agent_user_group',
  ),
  err('add_user', 'ERROR: add_user USER ALREADY EXISTS - api|api', 'exists', 'agent_user'),
  {
    fn: 'add_user',
    body: 'SUCCESS: add_user USER HAS BEEN ADDED - api|10000|9999|1|Testing Person|AGENTS',
    expect: { ok: true },
  },
  err(
    'update_user',
    'ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS - api|0',
    'permission',
  ),
  err('update_user', 'ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS - api||', 'invalid'),
  err(
    'update_user',
    'ERROR: update_user USER DOES NOT EXIST - api|78789',
    'not_found',
    'agent_user',
  ),
  err(
    'update_user',
    'ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER - api| 7878',
    'permission',
    'agent_user',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID FULL NAME, THIS IS AN OPTIONAL FIELD - api|',
    'invalid',
    'agent_full_name',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD - api|0|9|1',
    'invalid',
    'agent_user_level',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID USER GROUP, THIS IS AN OPTIONAL FIELD - api|FAKEGROUP|0',
    'invalid',
    'agent_user_group',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID PHONE LOGIN, THIS IS AN OPTIONAL FIELD - api|fakephone|0|0',
    'invalid',
    'phone_login',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD - api|0',
    'invalid',
    'phone_pass',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID VOICEMAIL ID, THIS IS AN OPTIONAL FIELD - api',
    'invalid',
    'voicemail_id',
  ),
  err(
    'update_user',
    'ERROR: update_user YOU MUST USE A VALID EMAIL, THIS IS AN OPTIONAL FIELD - api',
    'invalid',
    'email',
  ),
  err(
    'update_user',
    'ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD - api',
    'invalid',
    'active',
  ),
  {
    fn: 'update_user',
    body: 'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000',
    expect: { ok: true },
  },
  err(
    'add_list',
    '{"success":false,"message":"api User does not have permission to add list in the system","data":{"user":"api","password":"1234"}}',
    'permission',
  ),
  err(
    'add_list',
    '{"success":false,"message":"Please send list id , campaign id and list name","data":{"list_id":"","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    'invalid',
  ),
  err(
    'add_list',
    '{"success":false,"message":"TESTCAMP campaign does not exist","data":{"list_id":"1101","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    'not_found',
    'campaign_id',
  ),
  err(
    'add_list',
    '{"success":false,"message":"1101 list already exist","data":{"list_id":"1101","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    'exists',
    'list_id',
  ),
  {
    fn: 'add_list',
    body: '{"success":true,"message":"1101 list created","data":  \n{"list_id":"1101","list_name":"Test API list","campaign_id":"TESTCAMP"}}',
    expect: { ok: true },
  },
  {
    fn: 'active_lists',
    body: '{"success":true,"message":"lists are listed successfully","data":["NIKHIL-1101-Test API list","kartik-2018-kartik jagani","TESTING-20042018-20042018-hardik","NIKHIL-26042018-26042018_custom-form","TESTING-6547-testA","radhika-522018-522018","testcmp-1652018-1652018","Elision-2352018-2352018","test_plk-260518-260518 test"]}]}',
    expect: { ok: true },
  },
  err(
    'add_multi_lead',
    '["ERROR","add_multi_lead YOU MUST USE ALL REQUIRED FIELDS","api",""]',
    'invalid',
  ),
  {
    fn: 'add_multi_lead',
    body: '{"lead 1":{"success":false,"message":"Invalid phone number","data":"1293"}}',
    expect: { ok: true },
  },
  {
    fn: 'add_multi_lead',
    body: '{"lead 1":{"success":true,"message":"Record(s)\nCreated","data":"1234567893| 1101|1036||NEW|"}}',
    expect: { ok: true },
  },
];

/** The seed's active_lists entries, split as a person reads them. */
export const SEED_ACTIVE_LISTS = [
  ['NIKHIL', '1101', 'Test API list'],
  ['kartik', '2018', 'kartik jagani'],
  ['TESTING', '20042018', '20042018-hardik'],
  ['NIKHIL', '26042018', '26042018_custom-form'],
  ['TESTING', '6547', 'testA'],
  ['radhika', '522018', '522018'],
  ['testcmp', '1652018', '1652018'],
  ['Elision', '2352018', '2352018'],
  ['test_plk', '260518', '260518 test'],
] as const;
