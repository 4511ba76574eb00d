import * as z from 'zod/mini';

/** The CSV worker's messages; each side parses what it receives. */
export const toCsvWorkerSchema = z.object({ type: z.literal('parse'), file: z.instanceof(Blob) });

export const fromCsvWorkerSchema = z.discriminatedUnion('type', [
  /** Rows parsed so far (the header is the first row of the first batch). */
  z.object({
    type: z.literal('rows'),
    rows: z.array(z.array(z.string())),
    bytes: z.number(),
    total: z.number(),
  }),
  z.object({
    type: z.literal('done'),
    rows: z.number(),
    /** Papaparse's own remarks (unclosed quote, ...), with the row they are on. */
    errors: z.array(z.object({ row: z.number(), message: z.string() })),
  }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type FromCsvWorker = z.infer<typeof fromCsvWorkerSchema>;
