import type { ApiFunctionContext } from './api-function';
import { type ApiReply, textReply } from './api-reply';
import { canModifyUsers } from './auth';
import { phpInt, storeField } from './sanitize';
import { type DialerUser, findUser } from './state';
import { USER_COLUMNS as SIZE } from './tables';

/**
 * add_user and update_user, answering with the seed's text lines (`- api|data` form).
 *
 * Where the seed is silent, real VICIdial behaviour is followed:
 * - add_user checks only the minimum lengths; over-long values are accepted, echoed as sent
 *   in the SUCCESS line, and cut to the column on storage (a 25-character id is stored as 20).
 *   The level is not range-checked (15 is accepted); only the API user's own level limits it.
 * - Characters outside a field's set are silently removed on storage (sanitize.ts).
 * - update_user validates an optional field when it is sent, even empty (the seed's
 *   `... FULL NAME ... - api|` is what an empty name gets), but a value the character filter
 *   empties (e.g. `active=y`) counts as not sent: the update silently changes nothing.
 *   `--BLANK--` clears a field, as in VICIdial. With nothing to change it still answers SUCCESS.
 * - Error data: the level error echoes `level|api level|same-level right`, the group error
 *   `group|valid`, the phone login error `login|valid login|valid alias` (as stock VICIdial);
 *   the phone password error echoes the password's length, never the password.
 * - "UPDATE THIS USER - api| 7878" keeps the seed's space after the pipe.
 */

const fail = (fn: string, reason: string, user: string, data?: string): ApiReply =>
  textReply(`ERROR: ${fn} ${reason} - ${user}${data === undefined ? '' : `|${data}`}`);

export function addUser(ctx: ApiFunctionContext): ApiReply {
  const { state, params, apiUser, user } = ctx;
  const error = (reason: string, data?: string) => fail('add_user', reason, user, data);
  if (!canModifyUsers(apiUser)) return error('USER DOES NOT HAVE PERMISSION TO ADD USERS', '0');

  const agentUser = params.get('agent_user');
  const agentPass = params.get('agent_pass');
  const level = params.get('agent_user_level');
  const fullName = params.get('agent_full_name');
  const group = params.get('agent_user_group');
  const storedId = storeField(agentUser, 'id', SIZE.user);
  const missing =
    agentUser.length < 2 ||
    storedId.length < 2 ||
    agentPass.length < 1 ||
    level.length < 1 ||
    fullName.length < 1 ||
    group.length < 1;
  if (missing) return error('YOU MUST USE ALL REQUIRED FIELDS', `${agentUser}|`);

  const levelNumber = phpInt(level);
  const apiLevel = apiUser.user_level;
  const levelTooHigh =
    (apiLevel < 9 && apiLevel <= levelNumber) ||
    (!apiUser.modify_same_user_level && apiLevel >= 9 && apiLevel === levelNumber);
  if (levelTooHigh)
    return error('USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL', level);
  if (!state.userGroups.some((g) => g.user_group === group)) {
    return error('USER GROUP DOES NOT EXIST', group);
  }
  if (findUser(state, storedId)) return error('USER ALREADY EXISTS', agentUser);

  state.users.push({
    user: storedId,
    pass: storeField(agentPass, 'password', SIZE.pass),
    full_name: storeField(fullName, 'name', SIZE.full_name),
    user_level: levelNumber,
    user_group: group,
    phone_login: storeField(params.get('phone_login'), 'id', SIZE.phone_login),
    phone_pass: storeField(params.get('phone_pass'), 'password', SIZE.phone_pass),
    voicemail_id: storeField(params.get('voicemail_id'), 'digits', SIZE.voicemail_id),
    email: storeField(params.get('email'), 'email', SIZE.email),
    active: 'Y',
    modify_users: false,
    modify_lists: false,
    modify_leads: false,
    modify_same_user_level: false,
    api_allowed_functions: [],
    failed_login_count: 0,
    last_failed_login: null,
  });
  return textReply(
    `SUCCESS: add_user USER HAS BEEN ADDED - ${user}|${agentUser}|${agentPass}|${level}|${fullName}|${group}`,
  );
}

type UserChanges = Partial<Omit<DialerUser, 'user'>>;

export function updateUser(ctx: ApiFunctionContext): ApiReply {
  const { state, params, apiUser, user } = ctx;
  const error = (reason: string, data?: string) => fail('update_user', reason, user, data);
  if (!canModifyUsers(apiUser)) return error('USER DOES NOT HAVE PERMISSION TO UPDATE USERS', '0');

  const agentUser = params.get('agent_user');
  if (agentUser.length < 2 || agentUser.length > 20) {
    return error('YOU MUST USE ALL REQUIRED FIELDS', `${agentUser}|`);
  }
  const target = findUser(state, agentUser);
  if (!target) return error('USER DOES NOT EXIST', agentUser);
  const apiLevel = apiUser.user_level;
  const mayUpdate =
    target.user_level < apiLevel ||
    (apiUser.modify_same_user_level && target.user_level <= apiLevel);
  if (!mayUpdate)
    return error('USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER', ` ${agentUser}`);

  const result = collectChanges(ctx);
  if ('reason' in result) return error(result.reason, result.data);
  Object.assign(target, result.changes, { failed_login_count: 0 });
  return textReply(`SUCCESS: update_user USER HAS BEEN UPDATED - ${user}|${agentUser}`);
}

interface Invalid {
  reason: string;
  data?: string;
}

const invalid = (what: string, data?: string): Invalid => ({
  reason: `YOU MUST USE A VALID ${what}, THIS IS AN OPTIONAL FIELD`,
  data,
});
const BLANK = '--BLANK--';

/** Validates every optional field in stock VICIdial's order; the first failure wins. */
function collectChanges(ctx: ApiFunctionContext): { changes: UserChanges } | Invalid {
  const { state, params, apiUser } = ctx;
  const changes: UserChanges = {};
  const sent = (key: string) => params.raw(key);

  const pass = sent('agent_pass');
  if (pass !== undefined && storeField(pass, 'password', SIZE.pass) !== '') {
    changes.pass = storeField(pass, 'password', SIZE.pass);
  }

  const fullName = sent('agent_full_name');
  if (fullName === BLANK) changes.full_name = '';
  else if (fullName !== undefined) {
    if (fullName.length < 1 || fullName.length > 50) return invalid('FULL NAME', fullName);
    const stored = storeField(fullName, 'name', SIZE.full_name);
    if (stored !== '') changes.full_name = stored;
  }

  const level = sent('agent_user_level');
  if (level !== undefined) {
    const n = phpInt(level);
    const api = apiUser.user_level;
    const same = apiUser.modify_same_user_level;
    if (level === '' || n > 9 || n < 1 || n > api || (n === api && !same)) {
      return invalid('USER LEVEL', `${level}|${api}|${same ? 1 : 0}`);
    }
    changes.user_level = n;
  }

  const group = sent('agent_user_group');
  if (group !== undefined) {
    const valid = state.userGroups.some((g) => g.user_group === group) ? 1 : 0;
    if (group.length < 1 || group.length > 20 || !valid) {
      return invalid('USER GROUP', `${group}|${valid}`);
    }
    changes.user_group = group;
  }

  const login = sent('phone_login');
  if (login === BLANK) changes.phone_login = '';
  else if (login !== undefined) {
    const valid = state.phones.some((p) => p.login === login) ? 1 : 0;
    if (login.length < 1 || login.length > 20 || !valid) {
      return invalid('PHONE LOGIN', `${login}|${valid}|0`);
    }
    changes.phone_login = login;
  }

  const phonePass = sent('phone_pass');
  if (phonePass === BLANK) changes.phone_pass = '';
  else if (phonePass !== undefined) {
    if (phonePass.length < 1 || phonePass.length > 20) {
      return invalid('PHONE PASSWORD', String(phonePass.length));
    }
    const stored = storeField(phonePass, 'password', SIZE.phone_pass);
    if (stored !== '') changes.phone_pass = stored;
  }

  const voicemail = sent('voicemail_id');
  if (voicemail === BLANK) changes.voicemail_id = '';
  else if (voicemail !== undefined) {
    const digits = storeField(voicemail, 'digits', 1000);
    if (voicemail === '' || digits.length > 10) return invalid('VOICEMAIL ID');
    if (digits !== '') changes.voicemail_id = digits;
  }

  const email = sent('email');
  if (email === BLANK) changes.email = '';
  else if (email !== undefined) {
    if (email.length < 1 || email.length > 100) return invalid('EMAIL');
    const stored = storeField(email, 'email', SIZE.email);
    if (stored !== '') changes.email = stored;
  }

  const active = sent('active');
  if (active !== undefined) {
    const kept = storeField(active, 'yesNo', 1000);
    if (active === '' || (kept !== '' && kept !== 'Y' && kept !== 'N')) {
      return { reason: 'ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD' };
    }
    if (kept === 'Y' || kept === 'N') changes.active = kept;
  }
  return { changes };
}
