import * as z from 'zod/mini';
import { PROBLEM_KINDS } from './analyse-rows';

/**
 * The import worker's messages, parsed on each side. The worker holds the table and its
 * analysis; the page asks for counts, one preview page, the job input or the problem rows.
 */

const problemKind = z.enum(PROBLEM_KINDS);
const rowFilter = z.union([z.literal('all'), z.literal('problems'), problemKind]);
const targetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('existing'), listId: z.string() }),
  z.object({ type: z.literal('new'), list: z.record(z.string(), z.string()) }),
]);

export const toCsvWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('parse'), id: z.number(), file: z.instanceof(Blob) }),
  /** A table that did not come from a file (the contacts on a CRM page), header first. */
  z.object({ type: z.literal('load'), id: z.number(), table: z.array(z.array(z.string())) }),
  z.object({
    type: z.literal('analyse'),
    id: z.number(),
    mode: z.enum(['leads', 'users']),
    mapping: z.array(z.string()),
    defaultCountry: z.string(),
    backend: z.enum(['elision', 'vicidial']),
  }),
  z.object({
    type: z.literal('page'),
    id: z.number(),
    filter: rowFilter,
    page: z.number(),
    size: z.number(),
  }),
  z.object({
    type: z.literal('job'),
    id: z.number(),
    title: z.string(),
    skipProblemRows: z.boolean(),
    target: z.optional(targetSchema),
  }),
  z.object({ type: z.literal('problem-csv'), id: z.number() }),
]);
export type ToCsvWorker = z.infer<typeof toCsvWorkerSchema>;

const analysedRowSchema = z.object({
  row: z.number(),
  fields: z.record(z.string(), z.string()),
  problems: z.array(z.object({ kind: problemKind, field: z.string(), message: z.string() })),
  phone: z.optional(z.string()),
});

export const fromCsvWorkerSchema = z.discriminatedUnion('type', [
  /** Reading a file: bytes read so far. */
  z.object({
    type: z.literal('progress'),
    id: z.number(),
    bytes: z.number(),
    total: z.number(),
    rows: z.number(),
  }),
  z.object({
    type: z.literal('parsed'),
    id: z.number(),
    header: z.array(z.string()),
    sample: z.array(z.array(z.string())),
    rows: z.number(),
    /** Papaparse's own remarks (unclosed quote, ...), with the row they are on. */
    errors: z.array(z.object({ row: z.number(), message: z.string() })),
  }),
  z.object({ type: z.literal('analysing'), id: z.number(), done: z.number(), total: z.number() }),
  z.object({
    type: z.literal('analysed'),
    id: z.number(),
    counts: z.object({
      total: z.number(),
      ok: z.number(),
      withProblems: z.number(),
      byKind: z.record(problemKind, z.number()),
    }),
    blank: z.number(),
    columns: z.array(z.string()),
  }),
  z.object({
    type: z.literal('page'),
    id: z.number(),
    rows: z.array(analysedRowSchema),
    matching: z.number(),
    page: z.number(),
    pages: z.number(),
  }),
  z.object({
    type: z.literal('job'),
    id: z.number(),
    /** The job input as jobs/start takes it (parsed there), or why there is none. */
    input: z.optional(z.unknown()),
    sent: z.optional(z.number()),
    skipped: z.optional(z.number()),
    message: z.optional(z.string()),
  }),
  z.object({ type: z.literal('problem-csv'), id: z.number(), csv: z.string() }),
  z.object({ type: z.literal('error'), id: z.number(), message: z.string() }),
]);
export type FromCsvWorker = z.infer<typeof fromCsvWorkerSchema>;
