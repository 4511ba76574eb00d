import type { AddListValue, DialerResult, LeadExportPlan } from '../dialer';
import type { BatchRecord } from './job-records';
import { leadRowResult } from './job-results';

/** The lead export's own decisions: what add_list's answer means, and the stored plan. */

export type ListOutcome =
  | { ok: true; listId: string }
  | { ok: false; stop: string; refusedLogin: boolean };

/**
 * `exists` is trusted only when our own earlier add_list may have made the list: its reply was
 * lost (the client retried), or the worker stopped while it was out. Otherwise the id belongs
 * to a list someone else made, and adding leads to it is the user's call, not ours.
 */
export function listOutcome(
  made: DialerResult<AddListValue>,
  wanted: string,
  wasInFlight: boolean,
): ListOutcome {
  if (made.ok) return { ok: true, listId: made.value.listId ?? wanted };
  if (made.kind === 'exists' && (made.afterLostReply || wasInFlight))
    return { ok: true, listId: wanted };
  const stop =
    made.kind === 'exists'
      ? `List ${wanted} already exists on the dialer. No lead was sent: to add them to that list, choose it as an existing list; otherwise give a new list id.`
      : `The new list could not be created, so no lead was sent: ${made.message}`;
  return { ok: false, stop, refusedLogin: made.kind === 'auth' };
}

/** The plan as stored: rows refused before sending (closed, index -1), then each request. */
export function planRecords(
  jobId: string,
  plan: LeadExportPlan,
  sourceRows?: readonly number[],
): BatchRecord[] {
  const refused = plan.refused.map((r) => leadRowResult(r, sourceRows?.[r.row]));
  return [
    { jobId, index: -1, rows: refused.map((r) => r.row), state: 'closed', results: refused },
    ...plan.batches.map((rows, index) => ({ jobId, index, rows, state: 'planned' as const })),
  ];
}

export const withList = (rows: readonly Record<string, string>[], listId: string) =>
  rows.map((lead) => ({ ...lead, list_id: listId }));
