/** The seed's example agent and the replies the client tests script for it. */
export const TEST_USER = {
  agent_user: '1000',
  agent_pass: '9999',
  agent_user_level: '1',
  agent_full_name: 'Testing Person',
  agent_user_group: 'AGENTS',
};
export const USER_ADDED =
  'SUCCESS: add_user USER HAS BEEN ADDED - api|1000|9999|1|Testing Person|AGENTS';
export const USER_UPDATED = 'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000';
export const USER_EXISTS = 'ERROR: add_user USER ALREADY EXISTS - api|1000';
