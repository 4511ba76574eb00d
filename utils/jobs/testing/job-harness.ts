import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { DialerClient } from '../../dialer';
import type { JobRecord } from '../job-records';
import { createJobRunner, type JobRunnerDeps } from '../job-runner';
import { type JobStore, openJobStore } from '../job-store';

/**
 * A runner on a fresh fake-indexeddb (one per test), a fake clock and counted ids. A "worker"
 * is one runner; a second runner on the same store is the worker after a restart.
 */

export async function freshDatabase(): Promise<void> {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
}

/**
 * A store that stops doing anything after `commits` commits, as a stopped worker would;
 * `dead` resolves when the runner reaches that point.
 */
export function dyingStore(store: JobStore, commits: number): JobStore & { dead: Promise<void> } {
  let left = commits;
  let died: () => void = () => {};
  const dead = new Promise<void>((resolve) => {
    died = resolve;
  });
  return {
    ...store,
    dead,
    commit(id, change) {
      if (left <= 0) {
        died();
        return new Promise(() => {});
      }
      left -= 1;
      return store.commit(id, change);
    },
  };
}

/** Waits until `ready()` holds, then lets pending work settle. */
export async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ready(); i++) await new Promise((r) => setTimeout(r, 2));
  if (!ready()) throw new Error('until: condition never held');
  await settle();
}

export function fakeClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

export async function jobHarness(
  client: DialerClient,
  overrides: Partial<JobRunnerDeps> & { store?: JobStore } = {},
) {
  const store = overrides.store ?? (await openJobStore());
  const clock = fakeClock();
  let ids = 0;
  const progress: JobRecord[] = [];
  const ended: JobRecord[] = [];
  const refusedKeys: string[] = [];
  const busy: boolean[] = [];
  const runner = createJobRunner({
    store,
    connect: async () => ({ ok: true, client, key: 'key-1' }),
    rememberRefusedLogin: async (key) => {
      refusedKeys.push(key);
    },
    now: clock.now,
    newId: () => `job-${++ids}`,
    onProgress: (job) => progress.push(job),
    onEnded: (job) => ended.push(job),
    onBusy: (value) => busy.push(value),
    ...overrides,
  });
  return { runner, store, clock, progress, ended, refusedKeys, busy };
}

/** Lets pending promise callbacks and fake-indexeddb's scheduled work run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

export const leadsOf = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    phone_number: String(7275550000 + i),
    first_name: `Lead ${i}`,
  }));
