import type { Handlers } from '../messaging/router';

type JobHandlers = Pick<
  Handlers,
  'jobs/start' | 'jobs/get' | 'jobs/list' | 'jobs/cancel' | 'jobs/failed-rows-csv'
>;

const notYet = () => Promise.reject(new Error('sync jobs are not built yet'));

/** Sync jobs (IndexedDB-backed runner in utils/jobs/). */
export const jobHandlers: JobHandlers = {
  'jobs/start': notYet,
  'jobs/get': notYet,
  'jobs/list': notYet,
  'jobs/cancel': notYet,
  'jobs/failed-rows-csv': notYet,
};
