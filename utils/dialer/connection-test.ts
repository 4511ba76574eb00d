import type { Caller } from './call-dialer';
import { type DialerBackend, type DialerResult, failure, success } from './dialer-types';

/**
 * "Test connection": one cheap call that proves the URL, the API path and the credentials,
 * tried once — never in a loop, never retried on a refused login (10 failures in 15 minutes
 * lock the account, even for the right password afterwards).
 *
 * - Elision: active_lists reads and needs a login, and the export screen needs it anyway.
 * - Stock VICIdial has no active_lists. `version` (no login needed) proves the URL and path;
 *   then add_user without any agent field proves the login: the dialer checks the login and
 *   the "modify users" right before the fields, and answers "YOU MUST USE ALL REQUIRED FIELDS"
 *   without creating anything. That answer is the success.
 */

export interface ConnectionInfo {
  backend: DialerBackend;
  /** Stock VICIdial's version, e.g. `2.14-917a`. */
  version?: string;
  /** Elision: how many active lists the dialer reported. */
  listCount?: number;
  warnings: string[];
}

const LOOPBACK = /^(localhost|127(?:\.\d+){3}|\[::1\])$/i;

/** Advice about the configuration that does not stop it from working. */
export function configWarnings(url: string, apiPass: string): string[] {
  const warnings: string[] = [];
  const parsed = new URL(url);
  if (parsed.protocol === 'http:' && !LOOPBACK.test(parsed.hostname)) {
    warnings.push(
      'The dialer URL is plain http://: the API password travels unencrypted, and the dialer writes every request URL, password included, to its API log. Use https:// if the dialer supports it.',
    );
  }
  if (/[^-_0-9a-zA-Z]/.test(apiPass)) {
    warnings.push(
      'The API password has characters other than letters, digits, - and _: stock VICIdial removes them before checking the password, so this login may always fail there.',
    );
  }
  return warnings;
}

export async function testConnection(
  backend: DialerBackend,
  caller: Caller,
  warnings: string[],
  signal?: AbortSignal,
): Promise<DialerResult<ConnectionInfo>> {
  const once = { maxAttempts: 1, signal };
  if (backend === 'elision') {
    const { result } = await caller.call('active_lists', [], once);
    if (!result.ok) return result;
    return success(
      { backend, listCount: result.value.lists.length, warnings },
      result.raw,
      result.notices,
    );
  }
  const version = await caller.call('version', [], once);
  if (!version.result.ok) {
    const failed = version.result;
    return { ...failed, message: `No VICIdial API answered the version call: ${failed.message}` };
  }
  const info = { backend, version: version.result.value.version, warnings };
  const login = await caller.call('add_user', [], once);
  const probe = login.result;
  if (probe.ok) return success(info, probe.raw, probe.notices);
  if (probe.kind === 'invalid' && /REQUIRED FIELDS/i.test(probe.reason ?? '')) {
    return success(info, probe.raw ?? '', []);
  }
  if (probe.kind === 'malformed' || probe.kind === 'unavailable') return probe;
  if (probe.kind === 'auth' || probe.kind === 'permission') return probe;
  return failure('malformed', `The login check got an unexpected answer: ${probe.message}`, {
    raw: probe.raw,
  });
}
