import { encodeComponent } from './request-encoding';

/**
 * Passwords out of anything kept for display or logging. Dialer replies echo passwords: the
 * login error prints the API password, add_list's permission error puts it in its JSON data,
 * add_user's SUCCESS line echoes the new agent's password, and request URLs carry `pass=`.
 */

export const MASK = '********';

/** Longest raw reply kept on a result: enough to diagnose, not a whole HTML page. */
export const RAW_LIMIT = 2000;

const STRUCTURAL: ReadonlyArray<[RegExp, string]> = [
  // ERROR: Login incorrect, please try again: |<user>|<pass>|BAD|
  [/(Login incorrect[^|\n]*\|[^|\n]*\|)[^|\n]*/gi, `$1${MASK}`],
  // ERROR: Too many login attempts ...: |<user>|<pass>|LOCK| (lock variants print the same data)
  [/(Too many login attempts[^|\n]*\|[^|\n]*\|)[^|\n]*/gi, `$1${MASK}`],
  // SUCCESS: add_user USER HAS BEEN ADDED - <api>|<user>|<pass>|<level>|…
  [/(add_user USER HAS BEEN ADDED\s*-\s*[^|\n]*\|[^|\n]*\|)[^|\n]*/gi, `$1${MASK}`],
  // JSON keys that carry passwords: {"password":"1234"}
  [
    /("(?:pass|password|agent_pass|phone_pass|api_pass)"\s*:\s*")(?:[^"\\]|\\.)*(")/gi,
    `$1${MASK}$2`,
  ],
  // Query strings and form bodies: pass=1234&…
  [/((?:^|[?&\s])(?:pass|agent_pass|phone_pass)=)[^&\s#"']*/gi, `$1${MASK}`],
];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks the passwords a reply or URL is known to carry, plus every occurrence of the given
 * secret values standing on their own (not inside a longer word). A short secret may mask an
 * innocent field that happens to equal it; showing too little is the safe way to be wrong.
 */
export function maskSecrets(text: string, secrets: readonly string[] = []): string {
  let masked = text;
  for (const [pattern, replacement] of STRUCTURAL) masked = masked.replace(pattern, replacement);
  const values = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    values.add(secret);
    values.add(encodeURIComponent(secret));
    values.add(encodeComponent(secret));
    values.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so a secret containing another is masked whole.
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    const standalone = new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(value)}(?![A-Za-z0-9_-])`, 'g');
    masked = masked.replace(standalone, MASK);
  }
  return masked;
}

/** A reply made safe and small enough to keep on a result or in a log. */
export function rawForDisplay(text: string, secrets: readonly string[] = []): string {
  const masked = maskSecrets(text, secrets);
  if (masked.length <= RAW_LIMIT) return masked;
  return `${masked.slice(0, RAW_LIMIT)}… (${masked.length - RAW_LIMIT} more characters)`;
}
