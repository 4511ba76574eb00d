import type {
  DialerCampaign,
  DialerLead,
  DialerList,
  DialerPhone,
  DialerUser,
  DialerUserGroup,
} from './state';
import { ALL_FUNCTIONS, emptyLead } from './tables';

/**
 * The seeded dialer. Everything here comes from the seed document's examples, plus the API
 * users needed to make every documented permission error reachable:
 *
 * | user        | pass | level | modify users/lists/leads | may call      | reaches                           |
 * | ----------- | ---- | ----- | ------------------------ | ------------- | --------------------------------- |
 * | api         | 1234 | 9     | yes (+ same level)       | all           | every SUCCESS example             |
 * | api8        | 1234 | 8     | yes                      | all           | "... IN THIS USER LEVEL - api8|8" |
 * | apinomod    | 1234 | 8     | no                       | all           | "... PERMISSION TO ADD USERS"     |
 * | apiro       | 1234 | 7     | no                       | all           | read-only: active_lists, leads    |
 * | apilimited  | 1234 | 9     | yes                      | active_lists  | "auth ... USE THIS FUNCTION"      |
 * | 1000        | 1234 | 1     | no                       | none          | the seed's existing agent         |
 *
 * The same users serve stock VICIdial's non_agent_api.php (vicidial-api.ts): apinomod also
 * reaches "add_lead USER DOES NOT HAVE PERMISSION TO ADD LEADS TO THE SYSTEM".
 */

function apiUser(user: string, level: number, rights: boolean, functions: string[]): DialerUser {
  return {
    user,
    pass: '1234',
    full_name: `API user ${user}`,
    user_level: level,
    user_group: 'ADMIN',
    phone_login: '',
    phone_pass: '',
    voicemail_id: '',
    email: '',
    active: 'Y',
    modify_users: rights,
    modify_lists: rights,
    modify_leads: rights,
    modify_same_user_level: level === 9,
    api_allowed_functions: functions,
    failed_login_count: 0,
    last_failed_login: null,
  };
}

export function seedUsers(): DialerUser[] {
  return [
    apiUser('api', 9, true, [ALL_FUNCTIONS]),
    apiUser('api8', 8, true, [ALL_FUNCTIONS]),
    apiUser('apinomod', 8, false, [ALL_FUNCTIONS]),
    apiUser('apiro', 7, false, [ALL_FUNCTIONS]),
    apiUser('apilimited', 9, true, ['active_lists']),
    {
      user: '1000',
      pass: '1234',
      full_name: 'Testing Person',
      user_level: 1,
      user_group: 'AGENTS',
      phone_login: '1000',
      phone_pass: 'test',
      voicemail_id: '1000',
      email: 'agent1000@example.com',
      active: 'Y',
      modify_users: false,
      modify_lists: false,
      modify_leads: false,
      modify_same_user_level: false,
      api_allowed_functions: [],
      failed_login_count: 0,
      last_failed_login: null,
    },
  ];
}

export function seedUserGroups(): DialerUserGroup[] {
  return [
    { user_group: 'ADMIN', group_name: 'Administrators' },
    { user_group: 'AGENTS', group_name: 'Agents' },
    { user_group: 'SUPERVISORS', group_name: 'Supervisors' },
  ];
}

/** TESTCAMP from the add_list example, and every campaign of the active_lists example. */
export function seedCampaigns(): DialerCampaign[] {
  const ids = [
    'TESTCAMP',
    'NIKHIL',
    'kartik',
    'TESTING',
    'radhika',
    'testcmp',
    'Elision',
    'test_plk',
  ];
  return ids.map((id) => ({ campaign_id: id, campaign_name: `${id} campaign`, active: 'Y' }));
}

/**
 * The active_lists example read back into lists, in the example's order, so a fresh
 * simulator's active_lists data equals the example's. Names keep their own `-` and `_`
 * (`20042018-hardik`), which is what makes the `<campaign>-<list>-<name>` entries ambiguous.
 * One inactive list shows that active_lists leaves inactive lists out.
 */
export function seedLists(): DialerList[] {
  const active: [string, string, string][] = [
    ['NIKHIL', '1101', 'Test API list'],
    ['kartik', '2018', 'kartik jagani'],
    ['TESTING', '20042018', '20042018-hardik'],
    ['NIKHIL', '26042018', '26042018_custom-form'],
    ['TESTING', '6547', 'testA'],
    ['radhika', '522018', '522018'],
    ['testcmp', '1652018', '1652018'],
    ['Elision', '2352018', '2352018'],
    ['test_plk', '260518', '260518 test'],
  ];
  return [
    ...active.map(([campaign_id, list_id, list_name]) => ({
      list_id,
      list_name,
      campaign_id,
      active: 'Y' as const,
    })),
    { list_id: '9999', list_name: 'Old inactive list', campaign_id: 'TESTCAMP', active: 'N' },
  ];
}

/** Phone logins update_user accepts; 1000 belongs to the seeded agent. */
export function seedPhones(): DialerPhone[] {
  return ['1000', '1001', '1002', '1003', '8001', '8002'].map((login) => ({
    login,
    pass: 'test',
    extension: login,
  }));
}

/**
 * A few leads already in list 1101, numbered so the next lead id is 1036: the first lead a
 * fresh simulator adds then answers exactly as the seed's add_multi_lead SUCCESS example.
 */
export function seedLeads(): DialerLead[] {
  const rows: [number, string, string, string][] = [
    [1033, '9876543210', 'Asha', 'Patel'],
    [1034, '9876543211', 'Ravi', 'Shah'],
    [1035, '9876543212', 'Meera', 'Desai'],
  ];
  return rows.map(([lead_id, phone_number, first_name, last_name]) => ({
    ...emptyLead(),
    lead_id,
    list_id: '1101',
    status: 'NEW',
    entry_date: '2019-02-13T10:00:00.000Z',
    user: 'api',
    phone_code: '91',
    phone_number,
    first_name,
    last_name,
    city: 'Ahmedabad',
  }));
}
