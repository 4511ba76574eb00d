import type { ApiFunction } from './api-function';
import { ApiParams, type ApiReply, textReply } from './api-reply';
import { authenticate, checkSource, functionNotAllowed, mayUseFunction } from './auth';
import type { ApiCallOptions } from './elision-api';
import type { DialerState } from './state';
import { addUser, updateUser } from './user-functions';
import { addLead } from './vicidial-add-lead';
import { addListText } from './vicidial-add-list';
import { serverClock } from './vicidial-clock';

/**
 * Stock VICIdial's `/vicidial/non_agent_api.php`, the script Elision's `elision_api.php` is
 * built on. It shares the dialer state, the login counter and lock (auth.ts) and the user
 * functions with the Elision path; it answers in text lines only. Modelled on VICIdial 2.14's
 * source and its NON-AGENT_API.txt:
 *
 * - `version` runs before any login check and needs no credentials:
 *   `VERSION: 2.14-123|BUILD: 200502-0858|DATE: 2024-07-01 08:00:00|EPOCH: 1719835200|DST: 1|TZ: -5.00|TZNOW: -4|`
 *   (DATE is the server's local time; the simulated server is a US dialer on New York time, see
 *   vicidial-clock.ts). The version and build are those of a real 2.14 copy of the script.
 * - Then the login, for every other function: a wrong login is the same line as Elision's
 *   (`ERROR: Login incorrect, please try again: |<user>|<pass>|BAD|`), but a locked account
 *   gets stock VICIdial's own line, without the password:
 *   `ERROR: Too many login attempts, try again in 15 minutes: |<user>|LOCK|`.
 * - A function this script does not have (`active_lists`, `add_multi_lead`, a typo, none at
 *   all) gets `ERROR: NO FUNCTION SPECIFIED`, the script's last line, after a good login and
 *   without any `source` check. (Elision answers the "auth ... PERMISSION TO USE THIS FUNCTION"
 *   line instead.)
 * - `function` loses characters outside `[-_0-9a-zA-Z]` first, as the script filters it.
 * - For a function it has: `source` (the two "Invalid Source" lines), then the API user's
 *   allowed functions (`ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |<user>|<function>|`),
 *   then the function's own rules.
 * - add_user and update_user are the Elision path's functions (the seed's text replies come from
 *   stock VICIdial); add_list and add_lead are this script's own text versions (their files
 *   list their replies).
 * - Not emulated: the other 50-odd functions (they answer NO FUNCTION SPECIFIED), the teapot
 *   reply to `function=coffee`, IP blocking, and allowed-list restrictions.
 */

export const VICIDIAL_FUNCTIONS: ReadonlyMap<string, ApiFunction> = new Map([
  ['add_user', addUser],
  ['update_user', updateUser],
  ['add_list', addListText],
  ['add_lead', addLead],
]);

export const VICIDIAL_VERSION = '2.14-123';
export const VICIDIAL_BUILD = '200502-0858';

export function versionLine(now: number): string {
  const clock = serverClock(now);
  return [
    `VERSION: ${VICIDIAL_VERSION}`,
    `BUILD: ${VICIDIAL_BUILD}`,
    `DATE: ${clock.localTime}`,
    `EPOCH: ${Math.floor(now / 1000)}`,
    `DST: ${clock.dst ? 1 : 0}`,
    `TZ: ${clock.standardGmt}`,
    `TZNOW: ${clock.gmtNow}`,
    '',
  ].join('|');
}

/** Answers one request to non_agent_api.php. Changes only the given state; never throws. */
export function handleVicidialApi(
  state: DialerState,
  params: URLSearchParams,
  options: ApiCallOptions = {},
): ApiReply {
  const now = options.now ?? Date.now();
  const read = new ApiParams(params);
  const fn = read.get('function').replace(/[^-_0-9a-zA-Z]/g, '');
  if (fn === 'version') return textReply(versionLine(now));

  const user = read.get('user');
  const pass = read.get('pass');
  const auth = authenticate(state, user, pass, now);
  if (!auth.ok) {
    if (auth.reason === 'BAD') return auth.reply;
    return textReply(`ERROR: Too many login attempts, try again in 15 minutes: |${user}|LOCK|`);
  }
  const apiFunction = VICIDIAL_FUNCTIONS.get(fn);
  if (!apiFunction) return textReply('ERROR: NO FUNCTION SPECIFIED');
  const badSource = checkSource(read.get('source'));
  if (badSource) return badSource;
  if (!mayUseFunction(auth.user, fn)) return functionNotAllowed(user, fn);
  return apiFunction({ state, params: read, apiUser: auth.user, user, pass, now });
}
