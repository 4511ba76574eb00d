import {
  type BatchRecord,
  COUNTER_OF,
  type FinalRowStatus,
  type JobRecord,
  type RowResult,
} from './job-records';

/** Results given by the runner itself: rows closed without a reply of their own. */

export const STOPPED_IN_FLIGHT =
  'The browser stopped the job while this row was being sent: it may or may not have reached the dialer. Check the dialer before sending it again.';

export const PASSWORD_LOST =
  'The browser stopped the job before this user was sent, and passwords are never stored: import this user again.';

export function rowResult(
  sourceRows: readonly number[] | undefined,
  row: number,
  status: FinalRowStatus,
  message: string,
): RowResult {
  const sourceRow = sourceRows?.[row];
  return { row, ...(sourceRow !== undefined && { sourceRow }), status, message };
}

/** The batches closed, every row with the same status and message. */
export function closeBatches(
  batches: readonly BatchRecord[],
  status: FinalRowStatus,
  message: string,
  sourceRows?: readonly number[],
): BatchRecord[] {
  return batches.map((batch) => ({
    ...batch,
    state: 'closed',
    results: batch.rows.map((row) => rowResult(sourceRows, row, status, message)),
  }));
}

/**
 * What ending a job writes: planned batches not sent, any still `sending` unconfirmed, and rows
 * no batch holds (the job ended before it was planned) in one more batch, not sent.
 */
export function closeUnfinished(
  job: Pick<JobRecord, 'id' | 'total'>,
  batches: readonly BatchRecord[],
  message: string,
  sourceRows?: readonly number[],
): BatchRecord[] {
  const covered = new Set<number>();
  let last = -1;
  for (const batch of batches) {
    last = Math.max(last, batch.index);
    for (const row of batch.rows) covered.add(row);
  }
  const planned = batches.filter((batch) => batch.state === 'planned');
  const sending = batches.filter((batch) => batch.state === 'sending');
  const closing = [
    ...closeBatches(planned, 'not-sent', message, sourceRows),
    ...closeBatches(sending, 'unconfirmed', STOPPED_IN_FLIGHT, sourceRows),
  ];
  const rest: number[] = [];
  for (let row = 0; row < job.total; row++) if (!covered.has(row)) rest.push(row);
  if (rest.length > 0) {
    const extra: BatchRecord = { jobId: job.id, index: last + 1, rows: rest, state: 'planned' };
    closing.push(...closeBatches([extra], 'not-sent', message, sourceRows));
  }
  return closing;
}

/** The job's counters once these batches' results are counted (what the store's commit does). */
export function countedWith(job: JobRecord, batches: readonly BatchRecord[]): JobRecord {
  const next = { ...job };
  for (const batch of batches)
    for (const result of batch.results ?? []) next[COUNTER_OF[result.status] as 'created'] += 1;
  return next;
}
