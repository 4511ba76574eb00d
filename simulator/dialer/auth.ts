import { type ApiReply, textReply } from './api-reply';
import { type DialerState, type DialerUser, findUser } from './state';
import { ALL_FUNCTIONS } from './tables';

/**
 * The checks every VICIdial-family API function runs before its own work, with their exact
 * replies. Shared by Elision's elision_api.php and stock VICIdial's non_agent_api.php
 * (vicidial-api.ts), so both paths count failed logins and lock accounts the same way.
 */

/** Real servers lock an account after 10 failed logins within 15 minutes, for 15 minutes. */
export const MAX_FAILED_LOGINS = 10;
export const LOCK_MS = 15 * 60 * 1000;

export type AuthResult =
  | { ok: true; user: DialerUser }
  | { ok: false; reason: 'BAD' | 'LOCK'; reply: ApiReply };

/**
 * `user_authorization()`: BAD for a wrong or too-short user or password or an inactive user,
 * LOCK while the account is locked (even with the right password). The reply echoes the
 * password as sent, as real servers do (which is why clients must mask logged replies).
 * Choice: a locked account answers with the same "Login incorrect" line ending in `|LOCK|`, so
 * a client that handles auth failures handles the lock too.
 */
export function authenticate(
  state: DialerState,
  user: string,
  pass: string,
  now: number,
): AuthResult {
  const fail = (reason: 'BAD' | 'LOCK'): AuthResult => ({
    ok: false,
    reason,
    reply: textReply(`ERROR: Login incorrect, please try again: |${user}|${pass}|${reason}|`),
  });
  const record = findUser(state, user);
  if (user.length < 2 || pass.length < 2 || !record) return fail('BAD');

  const lockedUntil = (record.last_failed_login ?? 0) + LOCK_MS;
  if (record.failed_login_count >= MAX_FAILED_LOGINS) {
    if (now < lockedUntil) return fail('LOCK');
    record.failed_login_count = 0;
  }
  if (record.pass !== pass || record.active !== 'Y') {
    record.failed_login_count += 1;
    record.last_failed_login = now;
    return fail('BAD');
  }
  record.failed_login_count = 0;
  return { ok: true, user: record };
}

/** `source` must be at least 2 characters; real servers do not enforce the seed's maximum of 20. */
export function checkSource(source: string): ApiReply | null {
  if (source.length >= 2) return null;
  return textReply(`ERROR: Invalid Source - ${source}`, `ERROR: Invalid Source: |${source}|`);
}

export function mayUseFunction(user: DialerUser, fn: string): boolean {
  return (
    user.api_allowed_functions.includes(ALL_FUNCTIONS) || user.api_allowed_functions.includes(fn)
  );
}

/** Also the answer to an unknown function name. */
export function functionNotAllowed(user: string, fn: string): ApiReply {
  return textReply(
    `ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |${user}|${fn}|`,
  );
}

/** "api user must have user_level set to 8 or higher and 'modify users' enabled". */
export function canModifyUsers(user: DialerUser): boolean {
  return user.user_level >= 8 && user.modify_users && user.active === 'Y';
}

/** "api user must have user_level set to 8 or higher and 'modify lists' enabled". */
export function canModifyLists(user: DialerUser): boolean {
  return user.user_level >= 8 && user.modify_lists && user.active === 'Y';
}

/** Stock add_lead: "user_level above 7 and 'modify leads' enabled" (non_agent_api.php's query). */
export function canModifyLeads(user: DialerUser): boolean {
  return user.user_level >= 8 && user.modify_leads && user.active === 'Y';
}
