import {
  type BatchLimits,
  BRACKETS_BYTES,
  halveBatch,
  planLeadBatches,
  type SizedLead,
} from './batch-leads';
import type { Caller } from './call-dialer';
import type { DialerBackend, DialerFailure } from './dialer-types';
import {
  type LeadExportResult,
  type LeadRowResult,
  rejectedRow,
  rowsOfBatchReply,
  rowsOfFailure,
  summarize,
} from './lead-results';
import { type LeadInput, validateLead } from './lead-schema';
import { Encoded, encodeComponent, type Params } from './request-encoding';

/**
 * Lead export. Elision: add_multi_lead in batches sized by request length. Stock VICIdial:
 * add_lead once per lead, a bounded number at a time. Both end with a result for every input
 * row, never send an invalid lead, and never resend a request whose reply was lost.
 *
 * The export stops early, leaving the remaining rows "not sent", when going on cannot help:
 * the login or the function is refused, the server stays unreachable after retries, the call
 * is cancelled, or three requests in a row get no usable reply.
 */

export interface LeadExportPlan {
  /** Rows refused before sending: invalid values, or a lead too long for one request. */
  refused: LeadRowResult[];
  /** The rows of each request group, in order. */
  batches: number[][];
  largestRequestBytes: number;
}

export interface BatchOutcome {
  rows: LeadRowResult[];
  requests: number;
  largestRequestBytes: number;
  /** Set when the export should not go on (see above). */
  stop?: DialerFailure;
  /** No usable reply came for this batch: its rows are unconfirmed. */
  lost: boolean;
}

export interface LeadExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number; rows: readonly LeadRowResult[] }) => void;
}

export interface LeadExporterDeps {
  backend: DialerBackend;
  caller: Caller;
  limits: BatchLimits;
  /** add_lead calls in flight at once (stock VICIdial). */
  concurrency: number;
  /** Rows per progress step on stock VICIdial, where each lead is its own request. */
  groupSize: number;
}

const MAX_LOST_IN_A_ROW = 3;

/** Valid leads by input row (undefined for a refused or already sent row). */
type LeadValues = ReadonlyArray<LeadInput | undefined>;

interface Validated {
  values: Array<LeadInput | undefined>;
  /** The valid rows, in order. */
  rows: number[];
  refused: LeadRowResult[];
}

/** Whether a failure of a whole request means the export cannot usefully go on. */
function stopsExport(failed: DialerFailure, wholeBatch: boolean): boolean {
  if (failed.kind === 'auth' || failed.reason === 'CANCELLED') return true;
  if (failed.kind === 'permission' && failed.field === undefined) return true;
  if (failed.kind === 'unavailable' && !failed.maybeApplied) return true;
  // add_multi_lead answers per lead; a whole-request refusal repeats for every batch.
  return wholeBatch && !failed.maybeApplied;
}

function notSent(rows: readonly number[], stop: DialerFailure): LeadRowResult[] {
  return rows.map((row) =>
    rejectedRow(row, {
      kind: stop.kind,
      field: stop.field,
      message: `Not sent: the export stopped. ${stop.message}`,
      retryable: true,
    }),
  );
}

/** One lead as it stands in the encoded `multi_leads` array: what is planned and what is sent. */
const encodeLead = (lead: LeadInput): string => encodeComponent(JSON.stringify(lead));

const paramsOf = (lead: LeadInput): Params =>
  Object.entries(lead).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value] as const] : [],
  );

export function createLeadExporter(deps: LeadExporterDeps) {
  const { backend, caller } = deps;

  function validate(leads: readonly unknown[]): Validated {
    // Arrays indexed by row rather than Maps: an export can hold 100,000 leads.
    const values: Array<LeadInput | undefined> = new Array(leads.length);
    const rows: number[] = [];
    const refused: LeadRowResult[] = [];
    for (let row = 0; row < leads.length; row += 1) {
      const checked = validateLead(leads[row], backend);
      if (checked.ok) {
        values[row] = checked.value;
        rows.push(row);
      } else refused.push(rejectedRow(row, checked));
    }
    return { values, rows, refused };
  }

  /** `encoded` receives each valid lead's encoded text (Elision), for the send to reuse. */
  function planValidated(
    { values, rows, refused }: Validated,
    encoded: Array<string | undefined> = [],
  ): LeadExportPlan {
    if (backend === 'vicidial') {
      const batches: number[][] = [];
      for (let i = 0; i < rows.length; i += deps.groupSize)
        batches.push(rows.slice(i, i + deps.groupSize));
      let largest = 0;
      for (const row of rows)
        largest = Math.max(largest, caller.size('add_lead', paramsOf(values[row] as LeadInput)));
      return { refused, batches, largestRequestBytes: largest };
    }
    const sized: SizedLead[] = new Array(rows.length);
    rows.forEach((row, at) => {
      const text = encodeLead(values[row] as LeadInput);
      encoded[row] = text;
      // The encoded text is what is sent: drop the value, so that a large export does not hold
      // every lead twice until its batch goes.
      values[row] = undefined;
      sized[at] = { row, bytes: text.length };
    });
    const baseBytes = caller.size('add_multi_lead', [['multi_leads', '']]) + BRACKETS_BYTES;
    const batchPlan = planLeadBatches(sized, baseBytes, deps.limits);
    for (const row of batchPlan.tooLong) {
      const bytes = baseBytes + (encoded[row]?.length ?? 0);
      refused.push(
        rejectedRow(row, {
          kind: 'invalid',
          message: `This lead alone makes a request of ${bytes} bytes, over the limit of ${deps.limits.maxRequestBytes}: shorten its longest fields (e.g. comments).`,
        }),
      );
    }
    return {
      refused,
      batches: batchPlan.batches.map((batch) => batch.rows),
      largestRequestBytes: batchPlan.largestRequestBytes,
    };
  }

  /** Validates every lead and groups the valid ones into requests. */
  function plan(leads: readonly unknown[]): LeadExportPlan {
    return planValidated(validate(leads));
  }

  /**
   * `encoded` holds leads already encoded by the plan, so each is encoded once and the request
   * is the size planned: encodeComponent maps character by character, so the encoded array is
   * `%5B`, the encoded leads joined by `%2C`, and `%5D` (the bytes batch-leads.ts counts).
   */
  async function sendMultiLead(
    leads: LeadValues,
    rows: readonly number[],
    signal?: AbortSignal,
    encoded?: ReadonlyArray<string | undefined>,
  ): Promise<BatchOutcome> {
    const pieces = rows.map((row) => encoded?.[row] ?? encodeLead(leads[row] as LeadInput));
    const multiLeads = new Encoded(`%5B${pieces.join('%2C')}%5D`);
    const { result, attempts, requestBytes } = await caller.call(
      'add_multi_lead',
      [['multi_leads', multiLeads]],
      { signal },
    );
    const sent = { requests: attempts, largestRequestBytes: attempts > 0 ? requestBytes : 0 };
    // HTTP 414: the server's limit is lower than planned. Nothing was applied: split and resend.
    if (!result.ok && result.httpStatus === 414 && rows.length > 1) {
      const [left, right] = halveBatch(rows);
      const first = await sendMultiLead(leads, left, signal, encoded);
      const second: BatchOutcome = first.stop
        ? { rows: notSent(right, first.stop), requests: 0, largestRequestBytes: 0, lost: false }
        : await sendMultiLead(leads, right, signal, encoded);
      return {
        rows: [...first.rows, ...second.rows],
        requests: sent.requests + first.requests + second.requests,
        largestRequestBytes: Math.max(
          sent.largestRequestBytes,
          first.largestRequestBytes,
          second.largestRequestBytes,
        ),
        stop: first.stop ?? second.stop,
        lost: first.lost && second.lost,
      };
    }
    if (result.ok) return { ...sent, rows: rowsOfBatchReply(rows, result), lost: false };
    const stop = result.httpStatus !== 414 && stopsExport(result, true) ? result : undefined;
    return { ...sent, rows: rowsOfFailure(rows, result), stop, lost: result.maybeApplied };
  }

  async function sendAddLeads(
    leads: LeadValues,
    rows: readonly number[],
    signal?: AbortSignal,
  ): Promise<BatchOutcome> {
    const results: LeadRowResult[] = [];
    let requests = 0;
    let largest = 0;
    let stop: DialerFailure | undefined;
    let lostInARow = 0;
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++] as number;
        const lead = leads[row];
        if (stop || !lead) {
          if (stop) results.push(...notSent([row], stop));
          continue;
        }
        const params: Params = [...paramsOf(lead), ['list_exists_check', 'Y']];
        const outcome = await caller.call('add_lead', params, {
          signal,
          context: { listId: lead.list_id },
        });
        requests += outcome.attempts;
        if (outcome.attempts > 0) largest = Math.max(largest, outcome.requestBytes);
        const { result } = outcome;
        if (result.ok) {
          lostInARow = 0;
          results.push({ row, status: 'created', leadId: result.value.leadId });
          continue;
        }
        results.push(...rowsOfFailure([row], result));
        lostInARow = result.maybeApplied ? lostInARow + 1 : 0;
        if (stopsExport(result, false)) stop ??= result;
        else if (lostInARow >= MAX_LOST_IN_A_ROW) stop ??= result;
      }
    };
    const workers = Math.max(1, Math.min(deps.concurrency, rows.length));
    await Promise.all(Array.from({ length: workers }, worker));
    const lost = results.length > 0 && results.every((r) => r.status === 'unconfirmed');
    return { rows: results, requests, largestRequestBytes: largest, stop, lost };
  }

  const sendValidated = (
    valid: LeadValues,
    rows: readonly number[],
    signal?: AbortSignal,
    encoded?: ReadonlyArray<string | undefined>,
  ) =>
    backend === 'vicidial'
      ? sendAddLeads(valid, rows, signal)
      : sendMultiLead(valid, rows, signal, encoded);

  /**
   * Sends one group of rows of a plan (rows index into `leads`), for a job runner that records
   * each group as it is acknowledged. Rows that fail validation are rejected, not sent.
   */
  async function sendBatch(
    leads: readonly unknown[],
    rows: readonly number[],
    signal?: AbortSignal,
  ): Promise<BatchOutcome> {
    const valid: Array<LeadInput | undefined> = [];
    const validRows: number[] = [];
    const early: LeadRowResult[] = [];
    for (const row of rows) {
      const checked = validateLead(leads[row], backend);
      if (checked.ok) {
        valid[row] = checked.value;
        validRows.push(row);
      } else early.push(rejectedRow(row, checked));
    }
    const sent = await sendValidated(valid, validRows, signal);
    return { ...sent, rows: [...early, ...sent.rows] };
  }

  async function exportLeads(
    leads: readonly unknown[],
    options: LeadExportOptions = {},
  ): Promise<LeadExportResult> {
    const validated = validate(leads);
    const valid = validated.values;
    const encoded: Array<string | undefined> = new Array(leads.length);
    const planned = planValidated(validated, encoded);
    const rows: LeadRowResult[] = [...planned.refused];
    let requests = 0;
    let largest = 0;
    let stop: DialerFailure | undefined;
    let lostInARow = 0;
    for (const batch of planned.batches) {
      if (stop) {
        rows.push(...notSent(batch, stop));
        continue;
      }
      const outcome = await sendValidated(valid, batch, options.signal, encoded);
      // A sent batch's leads are not needed again: let them go, so a long export does not hold
      // every lead until its end.
      for (const row of batch) {
        valid[row] = undefined;
        encoded[row] = undefined;
      }
      rows.push(...outcome.rows);
      requests += outcome.requests;
      largest = Math.max(largest, outcome.largestRequestBytes);
      lostInARow = outcome.lost ? lostInARow + 1 : 0;
      stop = outcome.stop ?? (lostInARow >= MAX_LOST_IN_A_ROW ? lostFailure(outcome) : undefined);
      options.onProgress?.({ done: rows.length, total: leads.length, rows });
    }
    return summarize(rows, requests, largest, stop);
  }

  return { plan, sendBatch, exportLeads };
}

function lostFailure(outcome: BatchOutcome): DialerFailure {
  const first = outcome.rows.find((row) => row.status === 'unconfirmed');
  return {
    ok: false,
    kind: 'unavailable',
    message: `${MAX_LOST_IN_A_ROW} requests in a row got no usable reply${first && 'message' in first ? ` (${first.message})` : ''}.`,
    retryable: true,
    maybeApplied: false,
  };
}
