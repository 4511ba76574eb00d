import { expect, it } from 'vitest';
import type { FromCsvWorker } from './csv-messages';
import { parseCsv } from './parse-csv';

it('parses in batches, keeps every cell as written and drops the byte order mark', async () => {
  const lines = ['\uFEFFName,Phone', ...Array.from({ length: 500 }, (_, i) => `" N ${i}",007`)];
  const messages: FromCsvWorker[] = [];
  await new Promise<void>((resolve) =>
    parseCsv(
      lines.join('\n'),
      (message) => {
        messages.push(message);
        if (message.type !== 'rows') resolve();
      },
      1024,
    ),
  );
  const batches = messages.filter((message) => message.type === 'rows');
  expect(batches.length).toBeGreaterThan(1);
  const rows = batches.flatMap((batch) => batch.rows);
  expect(rows).toHaveLength(501);
  expect(rows[0]).toEqual(['Name', 'Phone']);
  expect(rows[1]).toEqual([' N 0', '007']);
  expect(messages.at(-1)).toEqual({ type: 'done', rows: 501, errors: [] });
});
