import Papa from 'papaparse';
import { FORMULA_START } from '../import/csv-formula';
import { SECRET_FIELDS } from './job-input';
import type { JobRecord, RowResult } from './job-records';
import type { JobStore } from './job-store';
import type { JobRowView, JobView } from './job-types';

/** What the pages see of a job (jobs/get, jobs/list) and the CSV of its problem rows. */

export const MAX_VIEW_ROWS = 200;

export function viewOf(job: JobRecord, rows: JobRowView[] = []): JobView {
  return {
    id: job.id,
    kind: job.kind,
    title: job.title,
    state: job.state,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    total: job.total,
    done: job.created + job.updated + job.rejected + job.unconfirmed + job.notSent,
    created: job.created,
    updated: job.updated,
    rejected: job.rejected,
    unconfirmed: job.unconfirmed,
    notSent: job.notSent,
    ...(job.message !== undefined && { message: job.message }),
    ...(job.listId !== undefined && { listId: job.listId }),
    ...(job.resumes !== undefined && { resumes: job.resumes }),
    rows,
  };
}

const rowView = ({
  row,
  sourceRow,
  status,
  message,
  field,
  reason,
  leadId,
}: RowResult): JobRowView => ({
  row,
  ...(sourceRow !== undefined && { sourceRow }),
  status,
  message,
  ...(field !== undefined && { field }),
  ...(reason !== undefined && { reason }),
  ...(leadId !== undefined && { leadId }),
});

/**
 * Every row of a small job (pending ones included); for a larger job the first problem rows,
 * read from their own store so a poll never reads 100,000 results.
 */
export async function jobView(store: JobStore, id: string): Promise<JobView | null> {
  const job = await store.getJob(id);
  if (!job) return null;
  if (job.total > MAX_VIEW_ROWS)
    return viewOf(job, (await store.getProblems(id, MAX_VIEW_ROWS)).map(rowView));
  const [batches, input] = await Promise.all([store.getBatches(id), store.getInput(id)]);
  const results = new Map<number, RowResult>();
  for (const batch of batches)
    for (const result of batch.results ?? []) results.set(result.row, result);
  const rows: JobRowView[] = [];
  for (let row = 0; row < job.total; row++) {
    const found = results.get(row);
    const sourceRow = input?.sourceRows?.[row];
    rows.push(
      found
        ? rowView(found)
        : { row, ...(sourceRow !== undefined && { sourceRow }), status: 'pending', message: '' },
    );
  }
  return viewOf(job, rows);
}

export async function jobList(store: JobStore, limit = 20): Promise<JobView[]> {
  const jobs = await store.listJobs();
  return jobs
    .reverse()
    .slice(0, limit)
    .map((job) => viewOf(job));
}

const slug = (title: string) =>
  title
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase() || 'job';

export type FailedRowsCsv =
  | { ok: true; filename: string; csv: string; rows: number }
  | { ok: false; message: string };

/**
 * Rejected, unconfirmed and not-sent rows: the row's input fields (never a password) and
 * `source_row`, `status`, `reason`, so the file can be fixed and imported again.
 */
export async function failedRowsCsv(store: JobStore, id: string): Promise<FailedRowsCsv> {
  const job = await store.getJob(id);
  if (!job) return { ok: false, message: 'No such job.' };
  const [problems, input] = await Promise.all([store.getProblems(id), store.getInput(id)]);
  if (problems.length === 0)
    return { ok: false, message: 'No row was rejected, unconfirmed or left unsent.' };
  const secret = new Set<string>(SECRET_FIELDS);
  const columns: string[] = [];
  const seen = new Set<string>();
  const fieldsOf = (row: number) => input?.rows[row] ?? {};
  for (const problem of problems)
    for (const key of Object.keys(fieldsOf(problem.row)))
      if (!seen.has(key) && !secret.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  const fields = [...columns, 'source_row', 'status', 'reason'];
  const data = problems.map((problem) => {
    const values = fieldsOf(problem.row);
    return [
      ...columns.map((column) => values[column] ?? ''),
      String(problem.sourceRow ?? input?.sourceRows?.[problem.row] ?? ''),
      problem.status,
      problem.message,
    ];
  });
  return {
    ok: true,
    filename: `dialer-bridge-${slug(job.title)}-problems.csv`,
    csv: Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START }),
    rows: problems.length,
  };
}
