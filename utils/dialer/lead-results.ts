import type { DialerFailure, FailureKind, LeadReply, ParsedReply } from './dialer-types';

/**
 * The outcome of every input row of a lead export: created, rejected with a reason, or
 * unconfirmed (sent, but no reply says what happened: check the dialer before sending again).
 */

export type LeadRowResult =
  | { row: number; status: 'created'; leadId?: string }
  | {
      row: number;
      status: 'rejected';
      kind: FailureKind;
      message: string;
      field?: string;
      /** The row was not added and sending it again later may work (server was down). */
      retryable: boolean;
    }
  | { row: number; status: 'unconfirmed'; message: string };

export interface LeadExportResult {
  /** One result per input row, in input order. */
  rows: LeadRowResult[];
  created: number;
  rejected: number;
  unconfirmed: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  largestRequestBytes: number;
  /** The failure that stopped the export before every row was sent, if any. */
  stoppedBy?: DialerFailure;
}

export function rejectedRow(
  row: number,
  failed: Pick<DialerFailure, 'kind' | 'message' | 'field'> & { retryable?: boolean },
): LeadRowResult {
  return {
    row,
    status: 'rejected',
    kind: failed.kind,
    message: failed.message,
    field: failed.field,
    retryable: failed.retryable ?? false,
  };
}

/** Rows of a call that failed as a whole: unconfirmed when it may have been applied. */
export function rowsOfFailure(rows: readonly number[], failed: DialerFailure): LeadRowResult[] {
  if (failed.maybeApplied) {
    return rows.map((row) => ({
      row,
      status: 'unconfirmed',
      message: `${failed.message} Check the dialer before sending this lead again.`,
    }));
  }
  return rows.map((row) => rejectedRow(row, failed));
}

function rowOfLeadReply(row: number, reply: LeadReply): LeadRowResult {
  if (reply.ok) return { row, status: 'created', leadId: reply.leadId };
  // An entry the client cannot read says nothing about whether the lead was added.
  if (reply.failure.kind === 'malformed') {
    return {
      row,
      status: 'unconfirmed',
      message: `${reply.failure.message} Check the dialer before sending this lead again.`,
    };
  }
  return rejectedRow(row, reply.failure);
}

/**
 * add_multi_lead's reply mapped back to the rows of the batch that was sent: `lead N` is the
 * batch's N-th lead. A lead the reply does not mention is unconfirmed.
 */
export function rowsOfBatchReply(
  rows: readonly number[],
  result: ParsedReply<'add_multi_lead'>,
): LeadRowResult[] {
  if (!result.ok) return rowsOfFailure(rows, result);
  // Indexed by position in a plain array (positions are the batch's 0..n-1).
  const byPosition: Array<LeadReply | undefined> = new Array(rows.length);
  for (const lead of result.value.leads)
    if (lead.position >= 0 && lead.position < rows.length) byPosition[lead.position] = lead;
  return rows.map((row, position) => {
    const reply = byPosition[position];
    if (reply) return rowOfLeadReply(row, reply);
    return {
      row,
      status: 'unconfirmed',
      message: result.value.complete
        ? "The dialer's reply does not mention this lead. Check the dialer before sending it again."
        : "The dialer's reply was cut off before this lead. Check the dialer before sending it again.",
    };
  });
}

export function summarize(
  rows: LeadRowResult[],
  requests: number,
  largestRequestBytes: number,
  stoppedBy?: DialerFailure,
): LeadExportResult {
  // One pass counts and checks the order: rows usually arrive in order, and then need no sort.
  const counts = { created: 0, rejected: 0, unconfirmed: 0 };
  let ordered = true;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as LeadRowResult;
    counts[row.status] += 1;
    if (i > 0 && (rows[i - 1] as LeadRowResult).row > row.row) ordered = false;
  }
  return {
    rows: ordered ? [...rows] : [...rows].sort((a, b) => a.row - b.row),
    ...counts,
    requests,
    largestRequestBytes,
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}
