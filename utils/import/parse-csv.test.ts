import { expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

it('parses in batches, keeps every cell as written and drops the byte order mark', async () => {
  const lines = ['\uFEFFName,Phone', ...Array.from({ length: 500 }, (_, i) => `" N ${i}",007`)];
  const batches: string[][][] = [];
  const done = await new Promise<{ rows: number; errors: unknown[] }>((resolve, reject) =>
    parseCsv(
      lines.join('\n'),
      {
        rows: (rows) => batches.push(rows),
        done: (rows, errors) => resolve({ rows, errors }),
        error: (message) => reject(new Error(message)),
      },
      1024,
    ),
  );
  expect(batches.length).toBeGreaterThan(1);
  const rows = batches.flat();
  expect(rows).toHaveLength(501);
  expect(rows[0]).toEqual(['Name', 'Phone']);
  expect(rows[1]).toEqual([' N 0', '007']);
  expect(done).toEqual({ rows: 501, errors: [] });
});
