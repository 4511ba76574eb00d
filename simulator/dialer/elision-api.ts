import type { ApiFunction } from './api-function';
import { ApiParams, type ApiReply } from './api-reply';
import { authenticate, checkSource, functionNotAllowed, mayUseFunction } from './auth';
import { addMultiLead } from './lead-functions';
import { activeLists, addList } from './list-functions';
import type { DialerState } from './state';
import { addUser, updateUser } from './user-functions';

/**
 * Elision's `elision_api.php`: the five functions of the seed document, answering byte for
 * byte as the seed shows (text lines for users, JSON for lists and leads).
 *
 * Where the seed is silent, the simulator follows stock VICIdial (`non_agent_api.php`, which
 * Elision's script is built on) and the probed behaviour in dialer-api-reality.md:
 * - Order of checks: login first (for every function), then an unknown function name gets the
 *   "auth ... PERMISSION TO USE THIS FUNCTION" line, then `source` (2+ characters; the seed's
 *   maximum of 20 is not enforced), then the API user's allowed functions, then the function's
 *   own permission and field rules.
 * - A repeated parameter keeps its last value, as PHP does.
 * - Every reply is HTTP 200 with PHP's default text/html content type, JSON included.
 * - JSON is written as PHP's json_encode writes it (`\/` and `\uXXXX` escapes).
 * - Each function file (user-, list-, lead-functions.ts) lists its own choices.
 */

export const ELISION_FUNCTIONS: ReadonlyMap<string, ApiFunction> = new Map([
  ['add_user', addUser],
  ['update_user', updateUser],
  ['add_list', addList],
  ['active_lists', activeLists],
  ['add_multi_lead', addMultiLead],
]);

export interface ApiCallOptions {
  /** Epoch ms used for login locks and lead entry dates; defaults to Date.now(). */
  now?: number;
}

/**
 * Answers one API request. Pure apart from the state it is given, which it changes as the
 * dialer would (users, lists, leads, failed-login counters). Never throws.
 */
export function handleElisionApi(
  state: DialerState,
  params: URLSearchParams,
  options: ApiCallOptions = {},
): ApiReply {
  const now = options.now ?? Date.now();
  const read = new ApiParams(params);
  const user = read.get('user');
  const pass = read.get('pass');
  const fn = read.get('function');

  const auth = authenticate(state, user, pass, now);
  if (!auth.ok) return auth.reply;
  const apiFunction = ELISION_FUNCTIONS.get(fn);
  if (!apiFunction) return functionNotAllowed(user, fn);
  const badSource = checkSource(read.get('source'));
  if (badSource) return badSource;
  if (!mayUseFunction(auth.user, fn)) return functionNotAllowed(user, fn);
  return apiFunction({ state, params: read, apiUser: auth.user, user, pass, now });
}
