import { z } from 'zod';

/**
 * Fault injection for the dialer API paths: the bad days of a real dialer behind Apache or a
 * proxy. Everything is off by default except Apache's request-line limit, which is how a real
 * server behaves anyway.
 *
 * Rates draw one random number per API request (seedable, so a run can be replayed); for tests
 * that must not be flaky, `failNext` queues deterministic faults consumed in order:
 * `{ failNext: { mode: 'hang', count: 2 } }` = the next 2 requests time out, then normal.
 */

export const FAULT_MODES = ['http500', 'hang', 'drop', 'html502', 'truncate', 'malformed'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/**
 * Whether the dialer did the request's work (created the user, list or leads) before the fault
 * hit. Default: only `truncate` did (the reply was cut on the way back); a queued fault can say
 * `commit: true` to model the worst case, e.g. a timeout after the leads were created.
 */
export const COMMITS_BY_DEFAULT: Readonly<Record<FaultMode, boolean>> = {
  http500: false,
  hang: false,
  drop: false,
  html502: false,
  truncate: true,
  malformed: false,
};

/** Which rate field triggers which mode, in the order the random draw is split. */
export const RATE_FIELDS = [
  ['errorRate', 'http500'],
  ['hangRate', 'hang'],
  ['dropRate', 'drop'],
  ['htmlRate', 'html502'],
  ['truncateRate', 'truncate'],
  ['malformedRate', 'malformed'],
] as const;

export const failNextSchema = z.strictObject({
  mode: z.enum(FAULT_MODES),
  count: z.number().int().min(1).default(1),
  commit: z.boolean().optional(),
});
export type FailNext = z.output<typeof failNextSchema>;

const rate = z.number().min(0).max(1);
const fieldSchemas = {
  /** Added delay before every API reply (faulted or not), in ms. */
  latencyMs: z.number().int().min(0).max(600_000),
  /** Share of requests answered HTTP 500 with an empty body (a crashed PHP). */
  errorRate: rate,
  /** Share of requests never answered (the client must time out). */
  hangRate: rate,
  /** Share of requests whose connection is destroyed without a reply. */
  dropRate: rate,
  /** Share of requests answered HTTP 502 with a proxy's HTML error page. */
  htmlRate: rate,
  /** Share of requests whose body is cut in half (Content-Length matches the cut body). */
  truncateRate: rate,
  /** Share of requests answered HTTP 200 with a PHP warning and broken JSON. */
  malformedRate: rate,
  /** Seed for the rate draws; null uses Math.random. */
  seed: z.number().int().nullable(),
  /** Apache's LimitRequestLine: a longer `METHOD SP URL SP HTTP/1.1` gets 414. 0 = no limit. */
  maxRequestLine: z.number().int().min(0),
  /** Deterministic faults for the next requests, consumed in order before any rate applies. */
  failNext: z
    .union([failNextSchema, z.array(failNextSchema)])
    .transform((value) => (Array.isArray(value) ? value : [value])),
  /** Append the stray `]}` the seed's own active_lists example ends with. */
  activeListsSeedQuirk: z.boolean(),
};

const ratesAddUp = (config: Partial<Record<(typeof RATE_FIELDS)[number][0], number>>) =>
  RATE_FIELDS.reduce((sum, [field]) => sum + (config[field] ?? 0), 0) <= 1;

export const faultConfigSchema = z
  .strictObject({
    latencyMs: fieldSchemas.latencyMs.default(0),
    errorRate: rate.default(0),
    hangRate: rate.default(0),
    dropRate: rate.default(0),
    htmlRate: rate.default(0),
    truncateRate: rate.default(0),
    malformedRate: rate.default(0),
    seed: fieldSchemas.seed.default(null),
    maxRequestLine: fieldSchemas.maxRequestLine.default(8190),
    failNext: fieldSchemas.failNext.default([]),
    activeListsSeedQuirk: fieldSchemas.activeListsSeedQuirk.default(false),
  })
  .refine(ratesAddUp, { message: 'The fault rates add up to more than 1' });
export type FaultConfig = z.output<typeof faultConfigSchema>;

/** A change to the current faults: any subset of the fields, unknown fields rejected. */
export const faultPatchSchema = z.strictObject({
  latencyMs: fieldSchemas.latencyMs.optional(),
  errorRate: rate.optional(),
  hangRate: rate.optional(),
  dropRate: rate.optional(),
  htmlRate: rate.optional(),
  truncateRate: rate.optional(),
  malformedRate: rate.optional(),
  seed: fieldSchemas.seed.optional(),
  maxRequestLine: fieldSchemas.maxRequestLine.optional(),
  failNext: fieldSchemas.failNext.optional(),
  activeListsSeedQuirk: fieldSchemas.activeListsSeedQuirk.optional(),
});
export type FaultConfigPatch = z.input<typeof faultPatchSchema>;

export function defaultFaults(): FaultConfig {
  return faultConfigSchema.parse({});
}

export interface FaultDecision {
  mode: FaultMode;
  /** Do the request's work before failing (see COMMITS_BY_DEFAULT). */
  commit: boolean;
}

/** Holds the current fault config and decides, request by request, which fault applies. */
export class FaultInjector {
  private current: FaultConfig = defaultFaults();
  private random: () => number = Math.random;

  get config(): FaultConfig {
    return structuredClone(this.current);
  }

  /** Merges a patch into the current config. Throws a ZodError when the result is invalid. */
  update(patch: unknown): FaultConfig {
    const changes = faultPatchSchema.parse(patch);
    this.current = faultConfigSchema.parse({ ...this.current, ...changes });
    if (changes.seed !== undefined) {
      this.random = changes.seed === null ? Math.random : seededRandom(changes.seed);
    }
    return this.config;
  }

  reset(): void {
    this.current = defaultFaults();
    this.random = Math.random;
  }

  get maxRequestLine(): number {
    return this.current.maxRequestLine;
  }

  get latencyMs(): number {
    return this.current.latencyMs;
  }

  get activeListsSeedQuirk(): boolean {
    return this.current.activeListsSeedQuirk;
  }

  /** The fault for the next API request, or null for a normal reply. */
  next(): FaultDecision | null {
    const queued = this.current.failNext[0];
    if (queued) {
      queued.count -= 1;
      if (queued.count <= 0) this.current.failNext.shift();
      return { mode: queued.mode, commit: queued.commit ?? COMMITS_BY_DEFAULT[queued.mode] };
    }
    if (!RATE_FIELDS.some(([field]) => this.current[field] > 0)) return null;
    const draw = this.random();
    let threshold = 0;
    for (const [field, mode] of RATE_FIELDS) {
      threshold += this.current[field];
      if (draw < threshold) return { mode, commit: COMMITS_BY_DEFAULT[mode] };
    }
    return null;
  }
}

/** mulberry32: a small, fast PRNG, good enough to replay a fault sequence from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
