import * as z from 'zod/mini';

/**
 * The shape of every sync job, shared by the pages that start and watch jobs (popup, import
 * page, the CRM-screen follower) and the background that runs them. Every sync is a job: its
 * input, its batches, which were acknowledged and each row's result are kept in IndexedDB
 * (see job-store.ts), so a job survives the popup closing and the service worker stopping.
 *
 * User jobs are the exception for one field: passwords are held in the service worker's memory
 * only, never written to IndexedDB. A user job interrupted by a worker stop reports the rows it
 * could not finish instead of resending them without their password.
 */

export const JOB_KINDS = ['lead-export', 'user-sync', 'list-create'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** A lead as the import page maps it: lead field name → text (list_id is set by the job). */
const leadFieldsSchema = z.record(z.string(), z.string());

const userFieldsSchema = z.record(z.string(), z.string());

const listFieldsSchema = z.record(z.string(), z.string());

export const leadExportTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('existing'), listId: z.string() }),
  /** A new list, created with add_list before the first batch is sent. */
  z.object({ type: z.literal('new'), list: listFieldsSchema }),
]);
export type LeadExportTarget = z.infer<typeof leadExportTargetSchema>;

export const jobInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lead-export'),
    /** Shown in the popup, the badge tooltip and the notification, e.g. the file name. */
    title: z.string(),
    target: leadExportTargetSchema,
    leads: z.array(leadFieldsSchema),
    /** Where each lead came from (CSV line number, page row), for the failed-rows CSV. */
    sourceRows: z.optional(z.array(z.number())),
  }),
  z.object({
    kind: z.literal('user-sync'),
    title: z.string(),
    /** add: add_user; update: update_user; upsert: add, then update when it exists. */
    mode: z.enum(['add', 'update', 'upsert']),
    users: z.array(userFieldsSchema),
    sourceRows: z.optional(z.array(z.number())),
  }),
  z.object({
    kind: z.literal('list-create'),
    title: z.string(),
    list: listFieldsSchema,
  }),
]);
export type JobInput = z.infer<typeof jobInputSchema>;

export const JOB_STATES = ['queued', 'running', 'done', 'cancelled', 'stopped'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const ROW_STATUSES = [
  'pending',
  'created',
  'updated',
  'rejected',
  'unconfirmed',
  'not-sent',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export const jobRowViewSchema = z.object({
  /** 0-based index into the job's input rows. */
  row: z.number(),
  /** The input's own row number (CSV line), when the input gave one. */
  sourceRow: z.optional(z.number()),
  status: z.enum(ROW_STATUSES),
  /** The dialer's reply or our reason, in words a person can act on. */
  message: z.string(),
  field: z.optional(z.string()),
  /** The dialer's own reason text, as it answered (e.g. `USER GROUP DOES NOT EXIST`). */
  reason: z.optional(z.string()),
  leadId: z.optional(z.string()),
});
export type JobRowView = z.infer<typeof jobRowViewSchema>;

export const jobViewSchema = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  title: z.string(),
  state: z.enum(JOB_STATES),
  createdAt: z.number(),
  updatedAt: z.number(),
  total: z.number(),
  /** Rows with a final status. */
  done: z.number(),
  created: z.number(),
  updated: z.number(),
  rejected: z.number(),
  unconfirmed: z.number(),
  notSent: z.number(),
  /** Why the job stopped early, or a one-line summary once it is done. */
  message: z.optional(z.string()),
  /** The list the leads went to (a new list once add_list succeeded). */
  listId: z.optional(z.string()),
  /** How many times a restarted service worker picked the job up where a stopped one left it. */
  resumes: z.optional(z.number()),
  /**
   * Row details: every row when the job has at most 200 (pending ones included), else the first
   * 200 problem rows (rejected, unconfirmed, not-sent; pending rows are left out). The full
   * list of problem rows comes as CSV (jobs/failed-rows-csv).
   */
  rows: z.array(jobRowViewSchema),
});
export type JobView = z.infer<typeof jobViewSchema>;
