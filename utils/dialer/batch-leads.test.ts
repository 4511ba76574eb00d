import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { halveBatch, planLeadBatches, SEPARATOR_BYTES, type SizedLead } from './batch-leads';

const sized = (bytes: number[]): SizedLead[] => bytes.map((b, row) => ({ row, bytes: b }));

describe('planLeadBatches', () => {
  test('fills a batch up to the limit exactly, then starts the next', () => {
    // base 100 + 3 leads of 100 + 2 separators = 406
    const plan = planLeadBatches(sized([100, 100, 100, 100]), 100, {
      maxRequestBytes: 406,
      maxLeadsPerBatch: 100,
    });
    expect(plan.batches).toEqual([
      { rows: [0, 1, 2], bytes: 406 },
      { rows: [3], bytes: 200 },
    ]);
    expect(plan.largestRequestBytes).toBe(406);
  });

  test('one byte less and the third lead moves on', () => {
    const plan = planLeadBatches(sized([100, 100, 100]), 100, {
      maxRequestBytes: 405,
      maxLeadsPerBatch: 100,
    });
    expect(plan.batches.map((b) => b.rows)).toEqual([[0, 1], [2]]);
  });

  test('a lead too long on its own is set apart, the others go on', () => {
    const plan = planLeadBatches(sized([10, 1000, 10]), 100, {
      maxRequestBytes: 500,
      maxLeadsPerBatch: 100,
    });
    expect(plan.tooLong).toEqual([1]);
    expect(plan.batches.map((b) => b.rows)).toEqual([[0, 2]]);
  });

  test('the lead count per batch is capped too', () => {
    const plan = planLeadBatches(sized([1, 1, 1, 1, 1]), 0, {
      maxRequestBytes: 10_000,
      maxLeadsPerBatch: 2,
    });
    expect(plan.batches.map((b) => b.rows)).toEqual([[0, 1], [2, 3], [4]]);
  });

  test('nothing to send, nothing planned', () => {
    expect(planLeadBatches([], 100, { maxRequestBytes: 8000, maxLeadsPerBatch: 10 })).toEqual({
      batches: [],
      tooLong: [],
      largestRequestBytes: 0,
    });
  });

  test('property: every lead in exactly one batch or too long, in order, no batch over the limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 100, max: 9000 }),
        fc.integer({ min: 1, max: 50 }),
        (bytes, base, maxRequestBytes, maxLeadsPerBatch) => {
          const leads = sized(bytes);
          const plan = planLeadBatches(leads, base, { maxRequestBytes, maxLeadsPerBatch });
          const placed = [...plan.batches.flatMap((b) => b.rows), ...plan.tooLong].sort(
            (a, b) => a - b,
          );
          expect(placed).toEqual(leads.map((l) => l.row));
          for (const batch of plan.batches) {
            const size =
              base +
              batch.rows.reduce((sum, row) => sum + (bytes[row] ?? 0), 0) +
              SEPARATOR_BYTES * (batch.rows.length - 1);
            expect(batch.bytes).toBe(size);
            expect(size).toBeLessThanOrEqual(maxRequestBytes);
            expect(batch.rows.length).toBeLessThanOrEqual(maxLeadsPerBatch);
          }
          for (const row of plan.tooLong)
            expect(base + (bytes[row] ?? 0)).toBeGreaterThan(maxRequestBytes);
          const order = plan.batches.flatMap((b) => b.rows);
          expect(order).toEqual([...order].sort((a, b) => a - b));
        },
      ),
    );
  });
});

test('halveBatch splits in two, the first half taking the odd one', () => {
  expect(halveBatch([1, 2, 3])).toEqual([[1, 2], [3]]);
  expect(halveBatch([1, 2])).toEqual([[1], [2]]);
});
