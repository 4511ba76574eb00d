import browser from 'webextension-polyfill';
import type { JobRecord } from '../jobs/job-records';
import { createJobRunner, type JobRunner } from '../jobs/job-runner';
import { type JobStore, openJobStore } from '../jobs/job-store';
import { dialerClientFromSettings, rememberRefusedLogin } from './dialer-from-settings';

/**
 * The background's one job runner on the IndexedDB store, and what the browser shows of it:
 * the toolbar badge while a job runs and when it ends, a notification when a long job ends, and
 * an alarm that wakes a stopped worker so the job goes on.
 */

export const JOB_ALARM = 'dialer-bridge-jobs';
/** A job that took longer than this gets a notification when it ends. */
const NOTIFY_AFTER_MS = 10_000;

interface JobService {
  store: JobStore;
  runner: JobRunner;
}

let service: Promise<JobService> | undefined;

/** Badge and notification calls must never break a job (e.g. a browser without `action`). */
const quietly = (work: () => Promise<unknown> | undefined) => {
  try {
    void work()?.catch(() => {});
  } catch {
    // nothing to do: the job goes on without the badge
  }
};

export function showJobProgress(job: JobRecord) {
  const done = job.created + job.updated + job.rejected + job.unconfirmed + job.notSent;
  if (job.phase !== 'ended') {
    const percent = job.total > 0 ? Math.floor((done / job.total) * 100) : 0;
    quietly(() => browser.action.setBadgeBackgroundColor({ color: '#2563eb' }));
    quietly(() => browser.action.setBadgeText({ text: `${percent}%` }));
    quietly(() => browser.action.setTitle({ title: `${job.title}: ${done} of ${job.total} rows` }));
    return;
  }
  const clean = job.state === 'done' && job.rejected + job.unconfirmed + job.notSent === 0;
  const text = job.state === 'cancelled' ? '' : clean ? '✓' : '!';
  quietly(() => browser.action.setBadgeBackgroundColor({ color: clean ? '#16a34a' : '#dc2626' }));
  quietly(() => browser.action.setBadgeText({ text }));
  quietly(() => browser.action.setTitle({ title: `${job.title}: ${job.message ?? job.state}` }));
}

const ENDED_AS: Record<string, string> = {
  done: 'finished',
  cancelled: 'cancelled',
  stopped: 'stopped',
};

export function notifyJobEnd(job: JobRecord) {
  const took = (job.endedAt ?? 0) - (job.startedAt ?? job.createdAt);
  if (took <= NOTIFY_AFTER_MS) return;
  quietly(() =>
    browser.notifications.create(`job-${job.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `Dialer Bridge: ${job.title} ${ENDED_AS[job.state] ?? job.state}`,
      message: job.message ?? '',
    }),
  );
}

function keepAwake(busy: boolean) {
  // Each alarm wakes (or keeps) the worker, whose start resumes the job where it stopped.
  if (busy) quietly(() => browser.alarms.create(JOB_ALARM, { periodInMinutes: 0.5 }));
  else quietly(() => browser.alarms.clear(JOB_ALARM));
}

async function createService(): Promise<JobService> {
  const store = await openJobStore();
  const runner = createJobRunner({
    store,
    connect: dialerClientFromSettings,
    rememberRefusedLogin,
    now: Date.now,
    newId: () => crypto.randomUUID(),
    onProgress: showJobProgress,
    onEnded: notifyJobEnd,
    onBusy: keepAwake,
    progressIntervalMs: 500,
  });
  return { store, runner };
}

export function jobService(): Promise<JobService> {
  // A store that failed to open (blocked, quota) is tried again on the next call, not cached.
  service ??= createService().catch((error: unknown) => {
    service = undefined;
    throw error;
  });
  return service;
}

/**
 * Called from the background's main on every worker start, and on each job alarm: picks up any
 * job a stopped worker left running or queued.
 */
export function resumeJobs(): void {
  jobService()
    .then(({ runner }) => runner.resume())
    .catch((error) => console.warn('[dialer-bridge] resuming jobs failed', error));
}

/** Registers the alarm listener (synchronously, so a wake-up by the alarm is delivered). */
export function startJobService(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOB_ALARM) resumeJobs();
  });
  resumeJobs();
}
