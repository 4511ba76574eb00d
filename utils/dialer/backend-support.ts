import { type DialerFailure, failure } from './dialer-types';

/**
 * Functions a back end does not have. Stock VICIdial's non_agent_api.php has no active_lists
 * (and no add_multi_lead, which the client replaces with add_lead per lead): the client answers
 * `unsupported` without sending anything, so the UI can offer to type the list id instead.
 */
export function unsupportedActiveLists(): DialerFailure {
  return failure(
    'unsupported',
    'Stock VICIdial has no active_lists function, so the dialer cannot list its lists here: type the list id instead.',
  );
}
