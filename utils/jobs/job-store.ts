import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import {
  type BatchRecord,
  COUNTER_OF,
  isProblem,
  type JobRecord,
  type RowResult,
  type StoredInput,
} from './job-records';

/**
 * The IndexedDB store of sync jobs. Every change a job goes through is one `commit`: batches
 * written, their results counted into the job and copied to the problem rows, the job patched,
 * all in one transaction, so a worker stopped at any moment leaves either all of it or none.
 */

export const JOB_DB_NAME = 'dialer-bridge-jobs';
const DB_VERSION = 1;

interface ProblemRecord extends RowResult {
  jobId: string;
}

interface JobDb extends DBSchema {
  jobs: { key: string; value: JobRecord; indexes: { createdAt: number } };
  inputs: { key: string; value: StoredInput };
  batches: { key: [string, number]; value: BatchRecord };
  problems: { key: [string, number]; value: ProblemRecord };
}

export interface JobCommit {
  /** Written as given; results are counted into the job once, so give a batch's results once. */
  batches?: BatchRecord[];
  patch?: Partial<JobRecord>;
  /** Checked inside the transaction: when false nothing is written and JobConflict is thrown. */
  when?: (job: JobRecord) => boolean;
}

/** A guarded commit found the job changed (ended, cancelled, started) by someone else. */
export class JobConflict extends Error {}

export interface JobStore {
  createJob(job: JobRecord, input: StoredInput): Promise<void>;
  getJob(id: string): Promise<JobRecord | undefined>;
  /** Oldest first. */
  listJobs(): Promise<JobRecord[]>;
  getInput(id: string): Promise<StoredInput | undefined>;
  getBatches(id: string): Promise<BatchRecord[]>;
  /** Problem rows in row order, at most `limit`. */
  getProblems(id: string, limit?: number): Promise<RowResult[]>;
  commit(id: string, change: JobCommit): Promise<JobRecord>;
  deleteJob(id: string): Promise<void>;
}

const rangeOf = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

export async function openJobStore(name = JOB_DB_NAME): Promise<JobStore> {
  const db: IDBPDatabase<JobDb> = await openDB<JobDb>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('jobs', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
        database.createObjectStore('inputs', { keyPath: 'jobId' });
        database.createObjectStore('batches', { keyPath: ['jobId', 'index'] });
        database.createObjectStore('problems', { keyPath: ['jobId', 'row'] });
      }
    },
  });

  return {
    async createJob(job, input) {
      const tx = db.transaction(['jobs', 'inputs'], 'readwrite');
      await Promise.all([tx.objectStore('jobs').put(job), tx.objectStore('inputs').put(input)]);
      await tx.done;
    },
    getJob: (id) => db.get('jobs', id),
    listJobs: () => db.getAllFromIndex('jobs', 'createdAt'),
    getInput: (id) => db.get('inputs', id),
    getBatches: (id) => db.getAll('batches', rangeOf(id)),
    async getProblems(id, limit) {
      const found = await db.getAll('problems', rangeOf(id), limit);
      return found.map(({ jobId: _, ...row }) => row);
    },
    async commit(id, { batches = [], patch = {}, when }) {
      const tx = db.transaction(['jobs', 'batches', 'problems'], 'readwrite');
      const jobs = tx.objectStore('jobs');
      const job = await jobs.get(id);
      if (!job || (when && !when(job))) {
        tx.abort();
        await tx.done.catch(() => {});
        throw job ? new JobConflict(`job ${id} changed`) : new Error(`job ${id} not found`);
      }
      const next: JobRecord = { ...job, ...patch };
      const writes: Promise<unknown>[] = [];
      for (const batch of batches) {
        writes.push(tx.objectStore('batches').put(batch));
        for (const result of batch.results ?? []) {
          const counter = COUNTER_OF[result.status] as 'created';
          next[counter] += 1;
          if (isProblem(result.status))
            writes.push(tx.objectStore('problems').put({ jobId: id, ...result }));
        }
      }
      writes.push(jobs.put(next));
      await Promise.all(writes);
      await tx.done;
      return next;
    },
    async deleteJob(id) {
      const tx = db.transaction(['jobs', 'inputs', 'batches', 'problems'], 'readwrite');
      await Promise.all([
        tx.objectStore('jobs').delete(id),
        tx.objectStore('inputs').delete(id),
        tx.objectStore('batches').delete(rangeOf(id)),
        tx.objectStore('problems').delete(rangeOf(id)),
      ]);
      await tx.done;
    },
  };
}
