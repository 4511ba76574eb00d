import type { DialerFailure, DialerResult, LeadRowResult } from '../dialer';
import type { RowResult } from './job-records';

/** The dialer client's answers turned into job row results, and when a job must stop. */

/** A lead the dialer did not take: rejected with its reason, or not sent when nothing was wrong with it. */
export function leadRowResult(result: LeadRowResult, sourceRow?: number): RowResult {
  const at = sourceRow === undefined ? {} : { sourceRow };
  if (result.status === 'created')
    return {
      row: result.row,
      ...at,
      status: 'created',
      message: '',
      ...(result.leadId && { leadId: result.leadId }),
    };
  if (result.status === 'unconfirmed')
    return { row: result.row, ...at, status: 'unconfirmed', message: result.message };
  // The dialer never judged the lead (down, login refused, the export stopped): send it again.
  const unjudged =
    result.retryable ||
    result.kind === 'auth' ||
    (result.kind === 'permission' && result.field === undefined);
  return {
    row: result.row,
    ...at,
    status: unjudged ? 'not-sent' : 'rejected',
    message: result.message,
    ...(result.field && { field: result.field }),
  };
}

/** One call that did one row's work (add_user, update_user, upsert, add_list). */
export function callRowResult(
  row: number,
  result: DialerResult<unknown>,
  done: 'created' | 'updated',
  sourceRow?: number,
): RowResult {
  const at = sourceRow === undefined ? {} : { sourceRow };
  if (result.ok) return { row, ...at, status: done, message: result.notices.join(' ') };
  if (result.maybeApplied)
    return {
      row,
      ...at,
      status: 'unconfirmed',
      message: `${result.message} Check the dialer before sending this row again.`,
    };
  if (result.kind === 'exists' && result.afterLostReply)
    return {
      row,
      ...at,
      status: 'unconfirmed',
      message: `An attempt lost its reply and the dialer now says this already exists: most likely that attempt did it. Check the dialer. (${result.message})`,
    };
  return {
    row,
    ...at,
    status: result.retryable || stopsJob(result) ? 'not-sent' : 'rejected',
    message: result.message,
    ...(result.field && { field: result.field }),
    ...(result.reason && { reason: result.reason }),
  };
}

/** A failure after which every further request would fail the same way (or lock the account). */
export function stopsJob(failed: DialerFailure): boolean {
  if (failed.kind === 'auth') return true;
  if (failed.kind === 'permission' && failed.field === undefined) return true;
  return failed.kind === 'unavailable' && !failed.maybeApplied;
}

export function summaryOf(job: {
  created: number;
  updated: number;
  rejected: number;
  unconfirmed: number;
  notSent: number;
}): string {
  const parts = [
    `${job.created} created`,
    job.updated > 0 && `${job.updated} updated`,
    job.rejected > 0 && `${job.rejected} rejected`,
    job.unconfirmed > 0 && `${job.unconfirmed} unconfirmed`,
    job.notSent > 0 && `${job.notSent} not sent`,
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}
