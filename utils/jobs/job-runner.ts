import type { DialerClient } from '../dialer';
import {
  closeBatches,
  closeUnfinished,
  countedWith,
  PASSWORD_LOST,
  rowResult,
  STOPPED_IN_FLIGHT,
} from './job-closing';
import {
  inputProblems,
  newJobRecord,
  type Problem,
  splitInput,
  type UserSecrets,
} from './job-input';
import { listOutcome, planRecords, withList } from './job-lead-export';
import {
  type BatchRecord,
  type JobRecord,
  jobFieldsOf,
  type RowResult,
  type StoredInput,
} from './job-records';
import { leadRowResult, summaryOf } from './job-results';
import { sendListCreate, sendUser } from './job-steps';
import { type JobCommit, JobConflict, type JobStore } from './job-store';
import type { JobInput, JobState } from './job-types';

/**
 * Runs sync jobs one at a time, from the store, so that a job survives the worker stopping:
 * - a batch is stored `sending` before its request goes out, and `acked` with its rows' results
 *   in one transaction after the reply;
 * - on resume a batch found `sending` may have been applied: its rows become unconfirmed and
 *   are never resent; `acked` batches are skipped; `planned` ones are sent;
 * - user passwords exist only in this runner's memory: a user row that had one and was not sent
 *   when the worker stopped is reported not sent, never sent without it.
 */

export type Connect = () => Promise<
  { ok: true; client: DialerClient; key: string } | { ok: false; message: string }
>;

export interface JobRunnerDeps {
  store: JobStore;
  connect: Connect;
  /** The dialer refused the login: nothing more may be sent with these credentials. */
  rememberRefusedLogin(key: string): Promise<void>;
  now(): number;
  newId(): string;
  /** The job as it changes: at start and end, and at most once per progressIntervalMs between. */
  onProgress?(job: JobRecord): void;
  onEnded?(job: JobRecord): void;
  /** true when the runner starts working through the queue, false when it is empty. */
  onBusy?(busy: boolean): void;
  progressIntervalMs?: number;
  /** Ended jobs kept in the store (newest first); older ones are deleted when a job starts. */
  keepJobs?: number;
}

/** After this many requests in a row without a usable reply, the job stops. */
const MAX_LOST_IN_A_ROW = 3;

export interface SendOutcome {
  results: RowResult[];
  lost: boolean;
  /** Why the job cannot usefully go on. */
  stop?: string;
  refusedLogin?: boolean;
  patch?: Partial<JobRecord>;
}

interface Run {
  job: JobRecord;
  input: StoredInput;
  client: DialerClient;
  key: string;
}

export function createJobRunner(deps: JobRunnerDeps) {
  const { store, now } = deps;
  const secrets = new Map<string, Map<number, UserSecrets>>();
  const cancels = new Set<string>();
  const interval = deps.progressIntervalMs ?? 500;
  let lastReport = Number.NEGATIVE_INFINITY;
  let pumping: Promise<void> | undefined;
  let again = false;

  function report(job: JobRecord, force = false) {
    const time = now();
    if (!force && time - lastReport < interval) return;
    lastReport = time;
    deps.onProgress?.(job);
  }

  const commit = (id: string, change: JobCommit) =>
    store.commit(id, { ...change, patch: { updatedAt: now(), ...change.patch } });

  /** Every row without a result yet becomes not sent; the job takes its final state. */
  async function end(
    job: JobRecord,
    input: StoredInput | undefined,
    state: JobState,
    reason?: string,
  ) {
    const why =
      state === 'cancelled' ? 'the job was cancelled.' : `the job stopped. ${reason ?? ''}`;
    const message = `Not sent: ${why}`.trim();
    const closing = closeUnfinished(
      job,
      await store.getBatches(job.id),
      message,
      input?.sourceRows,
    );
    const summary = summaryOf(countedWith((await store.getJob(job.id)) ?? job, closing));
    let ended: JobRecord;
    try {
      ended = await commit(job.id, {
        batches: closing,
        patch: {
          state,
          phase: 'ended',
          endedAt: now(),
          message: state === 'done' ? summary : `${reason ?? 'Cancelled.'} ${summary}`.trim(),
        },
        // Ended once: a cancel and the queue can both reach a queued job.
        when: (current) => current.phase !== 'ended',
      });
    } catch (error) {
      if (error instanceof JobConflict) return;
      throw error;
    }
    secrets.delete(job.id);
    cancels.delete(job.id);
    report(ended, true);
    deps.onEnded?.(ended);
  }

  async function sendAll(run: Run, send: (batch: BatchRecord) => Promise<SendOutcome>) {
    const { input } = run;
    let job = run.job;
    const batches = (await store.getBatches(job.id)).sort((a, b) => a.index - b.index);
    // Found in flight: the worker stopped while the request was out. It may have been applied.
    const inFlight = batches.filter((batch) => batch.state === 'sending');
    if (inFlight.length > 0)
      job = await commit(job.id, {
        batches: closeBatches(inFlight, 'unconfirmed', STOPPED_IN_FLIGHT, input.sourceRows),
      });
    let lostInARow = 0;
    for (const batch of batches) {
      if (batch.state !== 'planned') continue;
      if (cancels.has(job.id)) return end(job, input, 'cancelled');
      job = await commit(job.id, { batches: [{ ...batch, state: 'sending' }], strict: true });
      const outcome = await send(batch);
      const answered = new Set(outcome.results.map((r) => r.row));
      const missing = batch.rows
        .filter((row) => !answered.has(row))
        .map((row) =>
          rowResult(
            input.sourceRows,
            row,
            'unconfirmed',
            'No result came back for this row. Check the dialer.',
          ),
        );
      job = await commit(job.id, {
        batches: [{ ...batch, state: 'acked', results: [...outcome.results, ...missing] }],
        patch: outcome.patch,
      });
      report(job);
      if (outcome.refusedLogin) await deps.rememberRefusedLogin(run.key);
      lostInARow = outcome.lost ? lostInARow + 1 : 0;
      const stop =
        outcome.stop ??
        (lostInARow >= MAX_LOST_IN_A_ROW
          ? `${MAX_LOST_IN_A_ROW} requests in a row got no usable reply from the dialer.`
          : undefined);
      if (stop) return end(job, input, 'stopped', stop);
    }
    return end(job, input, 'done');
  }

  async function runLeadExport(run: Run) {
    const { input, client } = run;
    let job = run.job;
    const target = job.target;
    if (!target) return end(job, input, 'stopped', 'The job has no target list.');
    let listId = job.listId ?? (target.type === 'existing' ? target.listId : undefined);
    const planned = job.phase === 'planned';
    if (!planned && target.type === 'new' && listId === undefined) {
      // Cancelled while connecting: no list is made for leads that will not be sent.
      if (cancels.has(job.id)) return end(job, input, 'cancelled');
      const wasInFlight = job.phase === 'list-sending';
      job = await commit(job.id, { patch: { phase: 'list-sending' }, strict: true });
      const made = await client.addList(target.list as never);
      const outcome = listOutcome(made, target.list.list_id ?? '', wasInFlight);
      if (!outcome.ok) {
        if (outcome.refusedLogin) await deps.rememberRefusedLogin(run.key);
        return end(job, input, 'stopped', outcome.stop);
      }
      listId = outcome.listId;
    }
    // Built once: a job holds up to 200,000 leads.
    const leads = withList(input.rows, listId ?? '');
    if (!planned) {
      const batches = planRecords(job.id, client.planLeadExport(leads), input.sourceRows);
      job = await commit(job.id, { batches, patch: { phase: 'planned', listId } });
    }
    return sendAll({ ...run, job }, async (batch) => {
      const outcome = await client.sendLeadBatch(leads, batch.rows);
      return {
        results: outcome.rows.map((r) => leadRowResult(r, input.sourceRows?.[r.row])),
        lost: outcome.lost,
        stop: outcome.stop?.message,
        refusedLogin: outcome.stop?.kind === 'auth',
      };
    });
  }

  /** One batch per user (each is its own request), or the one list. */
  async function planRows(run: Run): Promise<JobRecord> {
    if (run.job.phase === 'planned') return run.job;
    const batches: BatchRecord[] = run.input.rows.map((_, row) => ({
      jobId: run.job.id,
      index: row,
      rows: [row],
      state: 'planned',
    }));
    return commit(run.job.id, { batches, patch: { phase: 'planned' } });
  }

  async function runUserSync(run: Run) {
    const { input } = run;
    let job = await planRows(run);
    const held = secrets.get(job.id);
    // Passwords died with the worker that was given them: never send these rows without them.
    const orphaned = (await store.getBatches(job.id)).filter(
      (batch) =>
        batch.state === 'planned' &&
        batch.rows.some((row) => input.hadSecret?.[row] && !held?.has(row)),
    );
    if (orphaned.length > 0)
      job = await commit(job.id, {
        batches: closeBatches(orphaned, 'not-sent', PASSWORD_LOST, input.sourceRows),
      });
    const mode = job.mode ?? 'upsert';
    return sendAll({ ...run, job }, (batch) =>
      sendUser(run.client, mode, input, batch.rows[0] ?? 0, held),
    );
  }

  async function runListCreate(run: Run) {
    const job = await planRows(run);
    return sendAll({ ...run, job }, () => sendListCreate(run.client, run.input));
  }

  async function runJob(initial: JobRecord) {
    let job = initial;
    const input = await store.getInput(job.id);
    if (job.state === 'queued') {
      try {
        job = await commit(job.id, {
          patch: { state: 'running', startedAt: now() },
          when: (current) => current.state === 'queued' && !current.cancelRequested,
        });
      } catch (error) {
        if (!(error instanceof JobConflict)) throw error;
        // Cancelled while queued (jobs/cancel ends it too; ending is done once).
        return end(job, input, 'cancelled');
      }
    } else {
      // Found running: the worker that ran it stopped. This one takes over.
      job = await commit(job.id, { patch: { resumes: (job.resumes ?? 0) + 1 } });
    }
    report(job, true);
    if (!input) return end(job, input, 'stopped', 'The job input is missing from the store.');
    if (job.cancelRequested) cancels.add(job.id);
    if (cancels.has(job.id)) return end(job, input, 'cancelled');
    const made = await deps.connect();
    if (!made.ok) return end(job, input, 'stopped', made.message);
    const run: Run = { job, input, client: made.client, key: made.key };
    if (job.kind === 'lead-export') return runLeadExport(run);
    if (job.kind === 'user-sync') return runUserSync(run);
    return runListCreate(run);
  }

  async function pump() {
    deps.onBusy?.(true);
    // A queue that failed (the store would not open or write) may still hold a running job:
    // the wake-up alarm stays, so the next wake tries again.
    let idle = false;
    try {
      while (again) {
        again = false;
        for (;;) {
          const jobs = await store.listJobs();
          const next =
            jobs.find((job) => job.state === 'running') ??
            jobs.find((job) => job.state === 'queued');
          if (!next) break;
          try {
            await runJob(next);
          } catch (error) {
            const reason = `The job failed: ${error instanceof Error ? error.message : String(error)}`;
            // If even this fails the store is unusable: stop pumping rather than loop.
            await end(next, await store.getInput(next.id), 'stopped', reason);
          }
        }
      }
      idle = true;
    } finally {
      if (idle) deps.onBusy?.(false);
    }
  }

  /** Works through the queue (resuming a job a stopped worker left running); one at a time. */
  function resume(): Promise<void> {
    again = true;
    pumping ??= pump().finally(() => {
      pumping = undefined;
    });
    return pumping;
  }

  async function prune() {
    const keep = deps.keepJobs ?? 50;
    const ended = (await store.listJobs()).filter((job) => job.phase === 'ended').reverse();
    for (const job of ended.slice(keep)) await store.deleteJob(job.id);
  }

  async function start(
    input: JobInput,
  ): Promise<{ ok: true; jobId: string } | { ok: false; problems: Problem[] }> {
    const problems = inputProblems(input);
    if (problems.length > 0) return { ok: false, problems };
    const id = deps.newId();
    const split = splitInput(id, input);
    if (split.secrets && split.secrets.size > 0) secrets.set(id, split.secrets);
    await store.createJob(
      { ...newJobRecord(id, input, now()), ...jobFieldsOf(input) },
      split.stored,
    );
    await prune();
    void resume().catch((error: unknown) =>
      console.warn('[dialer-bridge] the job queue stopped; the next wake-up resumes it', error),
    );
    return { ok: true, jobId: id };
  }

  async function cancel(id: string): Promise<{ ok: boolean; message: string }> {
    const job = await store.getJob(id);
    if (!job) return { ok: false, message: 'No such job.' };
    if (job.phase === 'ended') return { ok: false, message: 'The job has already ended.' };
    cancels.add(id);
    let flagged: JobRecord;
    try {
      flagged = await commit(id, {
        patch: { cancelRequested: true },
        when: (current) => current.phase !== 'ended',
      });
    } catch (error) {
      if (error instanceof JobConflict) return { ok: false, message: 'The job has already ended.' };
      throw error;
    }
    if (flagged.state === 'queued') {
      await end(flagged, await store.getInput(id), 'cancelled');
      return { ok: true, message: 'Cancelled before anything was sent.' };
    }
    return {
      ok: true,
      message: 'Cancelling: the request in flight finishes first; rows not sent are reported.',
    };
  }

  return { start, resume, cancel, idle: () => pumping ?? Promise.resolve() };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
