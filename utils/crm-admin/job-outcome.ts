import type { JobView } from '../jobs/job-types';

export interface JobOutcome {
  done: boolean;
  ok: boolean;
  text: string;
}

const FINAL_STATES = new Set(['done', 'cancelled', 'stopped']);

/**
 * A one-row job (one user, one list) in a sentence: the row's own message, which for a refusal
 * is the dialer's reply (e.g. "USER GROUP DOES NOT EXIST"), or why the job stopped.
 */
export function describeJobOutcome(job: JobView | null, subject: string): JobOutcome {
  if (!job) return { done: true, ok: false, text: `${subject}: the job is gone.` };
  if (!FINAL_STATES.has(job.state)) {
    return { done: false, ok: false, text: `${subject}: sending to the dialer…` };
  }
  const row = job.rows[0];
  const ok = job.state === 'done' && job.rejected + job.unconfirmed + job.notSent === 0;
  const detail = row?.message || job.message || job.state;
  if (ok) {
    const verb = job.updated > 0 ? 'updated' : 'created';
    return { done: true, ok, text: `${subject} ${verb} in the dialer: ${detail}` };
  }
  const field = row?.field ? ` (${row.field})` : '';
  // The dialer's own words too, so an admin can match them with the dialer's documentation.
  const said =
    row?.reason && !detail.includes(row.reason) ? ` The dialer said: ${row.reason}.` : '';
  return { done: true, ok, text: `${subject} not synced${field}: ${detail}${said}` };
}

/** Polls jobs/get until the job is final or the time is up (then `done` is false). */
export async function waitForJob(
  get: (jobId: string) => Promise<JobView | null>,
  jobId: string,
  subject: string,
  { timeoutMs = 30_000, intervalMs = 300, sleep = defaultSleep, now = Date.now } = {},
): Promise<JobOutcome> {
  const deadline = now() + timeoutMs;
  for (;;) {
    const outcome = describeJobOutcome(await get(jobId), subject);
    if (outcome.done || now() >= deadline) return outcome;
    await sleep(intervalMs);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
