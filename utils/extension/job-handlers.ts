import { failedRowsCsv, jobList, jobView } from '../jobs/job-views';
import type { Handlers } from '../messaging/router';
import { jobService } from './job-service';

type JobHandlers = Pick<
  Handlers,
  'jobs/start' | 'jobs/get' | 'jobs/list' | 'jobs/cancel' | 'jobs/failed-rows-csv'
>;

/** Sync jobs: the IndexedDB-backed runner in utils/jobs/, one at a time. */
export const jobHandlers: JobHandlers = {
  'jobs/start': async (input) => (await jobService()).runner.start(input),
  'jobs/get': async ({ jobId }) => ({ job: await jobView((await jobService()).store, jobId) }),
  'jobs/list': async () => ({ jobs: await jobList((await jobService()).store) }),
  'jobs/cancel': async ({ jobId }) => (await jobService()).runner.cancel(jobId),
  'jobs/failed-rows-csv': async ({ jobId }) => failedRowsCsv((await jobService()).store, jobId),
};
