import type { JobInput, JobKind, JobState, LeadExportTarget, RowStatus } from './job-types';

/**
 * What the job store keeps. A job is four kinds of record:
 * - the job itself (state, counters, where it is), small, read on every poll;
 * - its input rows, written once (user rows without their passwords);
 * - its batches, each the rows of one request and, once answered, each row's result;
 * - its problem rows (rejected, unconfirmed, not sent), so a view or the CSV of a 100,000-row
 *   job reads only those instead of every batch.
 */

export type FinalRowStatus = Exclude<RowStatus, 'pending'>;

export interface RowResult {
  row: number;
  /** The input's own row number (CSV line), copied here so views never read the input. */
  sourceRow?: number;
  status: FinalRowStatus;
  message: string;
  field?: string;
  /** The dialer's own reason text, as it answered (e.g. `USER GROUP DOES NOT EXIST`). */
  reason?: string;
  leadId?: string;
}

/**
 * - list: a new list's add_list is about to be sent or in flight (lead export) or the job's
 *   one add_list is (list create).
 * - planned: the batches are stored; send those not yet acknowledged.
 */
export type JobPhase = 'new' | 'list-sending' | 'planned' | 'ended';

export interface JobRecord {
  id: string;
  kind: JobKind;
  title: string;
  state: JobState;
  createdAt: number;
  updatedAt: number;
  startedAt?: number;
  endedAt?: number;
  phase: JobPhase;
  total: number;
  created: number;
  updated: number;
  rejected: number;
  unconfirmed: number;
  notSent: number;
  message?: string;
  listId?: string;
  resumes?: number;
  /** Set by jobs/cancel; honoured after the batch in flight, also by a restarted worker. */
  cancelRequested?: boolean;
  /** user-sync */
  mode?: 'add' | 'update' | 'upsert';
  /** lead-export */
  target?: LeadExportTarget;
  /** list-create */
  list?: Record<string, string>;
}

export interface StoredInput {
  jobId: string;
  /** Lead, user (passwords removed) or list fields, one record per input row. */
  rows: Record<string, string>[];
  sourceRows?: number[];
  /** user-sync: which rows came with a password (held in the worker's memory only). */
  hadSecret?: boolean[];
}

/**
 * planned → sending (stored before the request goes out) → acked (its reply's results stored
 * in the same transaction). closed: finished without a reply (not sent, or found `sending`
 * after a worker stop: unconfirmed).
 */
export type BatchState = 'planned' | 'sending' | 'acked' | 'closed';

export interface BatchRecord {
  jobId: string;
  /** Request order; -1 holds the rows refused before any request (invalid values). */
  index: number;
  rows: number[];
  state: BatchState;
  results?: RowResult[];
}

export const COUNTER_OF: Record<FinalRowStatus, keyof JobRecord & string> = {
  created: 'created',
  updated: 'updated',
  rejected: 'rejected',
  unconfirmed: 'unconfirmed',
  'not-sent': 'notSent',
};

export const isProblem = (status: RowStatus) =>
  status === 'rejected' || status === 'unconfirmed' || status === 'not-sent';

/** The input minus what lives in other records (rows) or nowhere on disk (passwords). */
export function jobFieldsOf(input: JobInput): Pick<JobRecord, 'mode' | 'target' | 'list'> {
  if (input.kind === 'user-sync') return { mode: input.mode };
  if (input.kind === 'lead-export') return { target: input.target };
  return { list: input.list };
}
