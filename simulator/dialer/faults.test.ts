import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultFaults, FaultInjector, faultConfigSchema, seededRandom } from './faults';

describe('fault config', () => {
  it("turns every fault off by default and keeps Apache's 8,190-byte request-line limit", () => {
    expect(defaultFaults()).toEqual({
      latencyMs: 0,
      errorRate: 0,
      hangRate: 0,
      dropRate: 0,
      htmlRate: 0,
      truncateRate: 0,
      malformedRate: 0,
      seed: null,
      maxRequestLine: 8190,
      failNext: [],
      activeListsSeedQuirk: false,
    });
  });

  it.each([
    ['a rate above 1', { errorRate: 1.5 }],
    ['a negative latency', { latencyMs: -1 }],
    ['an unknown field (a typo)', { errorrate: 0.5 }],
    ['an unknown fault mode', { failNext: { mode: 'explode' } }],
    ['a count of 0', { failNext: { mode: 'hang', count: 0 } }],
    ['rates adding up to more than 1', { errorRate: 0.6, dropRate: 0.6 }],
  ])('rejects %s', (_, patch) => {
    expect(() => new FaultInjector().update(patch)).toThrow(z.ZodError);
  });

  it('merges a patch into the current settings', () => {
    const faults = new FaultInjector();
    faults.update({ latencyMs: 50 });
    faults.update({ errorRate: 0.25 });
    expect(faults.config).toMatchObject({ latencyMs: 50, errorRate: 0.25, maxRequestLine: 8190 });
  });

  it('accepts failNext as one entry or a list, with count defaulting to 1', () => {
    expect(faultConfigSchema.parse({ failNext: { mode: 'drop' } }).failNext).toEqual([
      { mode: 'drop', count: 1 },
    ]);
    expect(faultConfigSchema.parse({ failNext: [{ mode: 'hang', count: 2 }] }).failNext).toEqual([
      { mode: 'hang', count: 2 },
    ]);
  });
});

describe('FaultInjector.next', () => {
  it('applies queued faults in order, then answers normally', () => {
    const faults = new FaultInjector();
    faults.update({ failNext: [{ mode: 'hang', count: 2 }, { mode: 'http500' }] });
    const modes = Array.from({ length: 4 }, () => faults.next()?.mode ?? null);
    expect(modes).toEqual(['hang', 'hang', 'http500', null]);
  });

  it('commits only truncated requests by default, and any queued fault that asks to', () => {
    const faults = new FaultInjector();
    faults.update({
      failNext: [{ mode: 'truncate' }, { mode: 'hang' }, { mode: 'hang', commit: true }],
    });
    expect([faults.next(), faults.next(), faults.next()].map((f) => f?.commit)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('replays the same fault sequence from the same seed', () => {
    const run = () => {
      const faults = new FaultInjector();
      faults.update({ seed: 42, errorRate: 0.3, dropRate: 0.3 });
      return Array.from({ length: 50 }, () => faults.next()?.mode ?? null);
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['http500', 'drop', null]));
  });

  it('applies a rate of 1 to every request', () => {
    const faults = new FaultInjector();
    faults.update({ malformedRate: 1 });
    expect([faults.next(), faults.next()].map((f) => f?.mode)).toEqual(['malformed', 'malformed']);
  });

  it('forgets everything on reset', () => {
    const faults = new FaultInjector();
    faults.update({ errorRate: 1, failNext: { mode: 'drop', count: 5 }, maxRequestLine: 0 });
    faults.reset();
    expect(faults.config).toEqual(defaultFaults());
    expect(faults.next()).toBeNull();
  });

  it('returns a copy of its settings, so callers cannot change them behind its back', () => {
    const faults = new FaultInjector();
    faults.update({ failNext: { mode: 'drop' } });
    faults.config.failNext.length = 0;
    expect(faults.next()?.mode).toBe('drop');
  });
});

describe('seededRandom', () => {
  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
  });
});
