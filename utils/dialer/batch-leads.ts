/**
 * add_multi_lead batches sized by the encoded request, so that no request passes the server's
 * limit (Apache answers HTTP 414, or a proxy cuts the URL, past 8,190 bytes of request line).
 * Pure: it works on sizes only, which keeps it exact and easy to test.
 */

/** Safely under Apache's default 8,190 bytes: room for a proxy that adds to the line. */
export const DEFAULT_MAX_REQUEST_BYTES = 8000;
/** Keeps one request's work on the dialer short enough to answer well before a timeout. */
export const DEFAULT_MAX_LEADS_PER_BATCH = 500;

/** `%2C`: the comma between two leads in the encoded `multi_leads` JSON array. */
export const SEPARATOR_BYTES = 3;
/** `%5B` and `%5D`: the brackets around the encoded array. */
export const BRACKETS_BYTES = 6;

export interface BatchLimits {
  maxRequestBytes: number;
  maxLeadsPerBatch: number;
}

export interface SizedLead {
  /** The lead's index in the caller's input. */
  row: number;
  /** encodeComponent(JSON.stringify(lead)).length (request-encoding.ts) */
  bytes: number;
}

export interface LeadBatch {
  rows: number[];
  /** The request's size as it will be sent. */
  bytes: number;
}

export interface BatchPlan {
  batches: LeadBatch[];
  /** Rows whose lead alone makes a request over the limit. */
  tooLong: number[];
  largestRequestBytes: number;
}

/**
 * Greedy, in input order: a lead goes into the current batch while the request stays within
 * the limit, else it starts the next batch. `baseBytes` is the size of the request with an
 * empty `multi_leads` array. Every row ends up in exactly one batch or in `tooLong`.
 */
export function planLeadBatches(
  leads: readonly SizedLead[],
  baseBytes: number,
  limits: BatchLimits,
): BatchPlan {
  const batches: LeadBatch[] = [];
  const tooLong: number[] = [];
  let current: LeadBatch | null = null;
  const maxLeads = Math.max(1, Math.floor(limits.maxLeadsPerBatch));
  for (const lead of leads) {
    const alone = baseBytes + lead.bytes;
    if (alone > limits.maxRequestBytes) {
      tooLong.push(lead.row);
      continue;
    }
    const grown = current ? current.bytes + SEPARATOR_BYTES + lead.bytes : alone;
    if (current && current.rows.length < maxLeads && grown <= limits.maxRequestBytes) {
      current.rows.push(lead.row);
      current.bytes = grown;
    } else {
      current = { rows: [lead.row], bytes: alone };
      batches.push(current);
    }
  }
  const largestRequestBytes = batches.reduce((max, batch) => Math.max(max, batch.bytes), 0);
  return { batches, tooLong, largestRequestBytes };
}

/** Splits a batch in two halves (for a server whose limit turned out lower than planned). */
export function halveBatch(rows: readonly number[]): [number[], number[]] {
  const middle = Math.ceil(rows.length / 2);
  return [rows.slice(0, middle), rows.slice(middle)];
}
