import * as z from 'zod/mini';
import { jobInputSchema, jobViewSchema } from '../jobs/job-types';
import type { SenderKind } from './sender';

const problemsSchema = z.array(z.object({ field: z.string(), message: z.string() }));

/** Sync jobs: started and watched by extension pages, run by the background. */
export const jobMessages = {
  'jobs/start': {
    from: ['extension-page'],
    request: jobInputSchema,
    /** Refused before anything is stored when the input breaks a rule (field named). */
    response: z.union([
      z.object({ ok: z.literal(true), jobId: z.string() }),
      z.object({ ok: z.literal(false), problems: problemsSchema }),
    ]),
  },
  'jobs/get': {
    from: ['extension-page'],
    request: z.object({ jobId: z.string() }),
    response: z.object({ job: z.nullable(jobViewSchema) }),
  },
  'jobs/list': {
    from: ['extension-page'],
    request: z.object({}),
    /** Newest first, at most 20, without row details. */
    response: z.object({ jobs: z.array(jobViewSchema) }),
  },
  'jobs/cancel': {
    from: ['extension-page'],
    request: z.object({ jobId: z.string() }),
    response: z.object({ ok: z.boolean(), message: z.string() }),
  },
  'jobs/failed-rows-csv': {
    from: ['extension-page'],
    request: z.object({ jobId: z.string() }),
    /** Rejected, unconfirmed and not-sent rows with their reason, ready to fix and import. */
    response: z.union([
      z.object({ ok: z.literal(true), filename: z.string(), csv: z.string(), rows: z.number() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
