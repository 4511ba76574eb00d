/**
 * `npm run bench:import`: the import page's work on a generated 100,000-row CRM export.
 *
 * 1. Node, the pure core: papaparse in chunks + column guessing + mapping, phone normalisation
 *    (libphonenumber-js), validation with the client's lead rules and duplicate detection, in
 *    rows per second, next to a bare papaparse parse of the same text in the same run (the
 *    baseline); the ratio bare / full says what the import's own work costs on top of reading.
 *    Best of the rounds, after a warm-up.
 * 2. Real Chromium with the built extension (as e2e/launch-extension.ts loads it): the import
 *    page parses and previews the same file; a PerformanceObserver('longtask') records every
 *    main-thread task over 50 ms meanwhile. The longest one is the figure that matters (the page
 *    must stay responsive), with the time from choosing the file to the preview.
 *
 * Figures only: nothing here asserts a time. Options: --rows N (default 100000), --rounds N
 * (default 3), --no-browser.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/launch-extension';
import { guessColumns } from '../utils/import/guess-columns';
import { ImportSession } from '../utils/import/import-session';
import { parseCsv } from '../utils/import/parse-csv';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
const ROUNDS = arg('rounds', 3);

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', "O'Neil", 'Ken', 'Radia'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Thompson'];
const AREAS = ['201', '212', '312', '415', '617', '646', '702', '818'];

/** A valid US number for row i, written in the given shape (A area, E exchange, L line). */
function usNumber(i: number, shape: string): string {
  const area = AREAS[i % AREAS.length] ?? '415';
  const exchange = String(200 + (Math.floor(i / 10_000) % 700));
  const line = String(i % 10_000).padStart(4, '0');
  return shape.replace('AAA', area).replace('EEE', exchange).replace('LLLL', line);
}

/** A deterministic CRM export: mostly good rows, 1% without phone, 1% invalid, 2% duplicates. */
export function generateCsv(rows: number): string {
  const lines = ['Lead ID,First Name,Last Name,Phone,Mobile,Email,City,Zip,Description'];
  for (let i = 0; i < rows; i += 1) {
    let phone = usNumber(i, '(AAA) EEE-LLLL');
    if (i % 100 === 7) phone = '';
    else if (i % 100 === 13) phone = '555-12';
    else if (i % 50 === 21) phone = usNumber(i - 8, '+1 AAA EEE LLLL');
    else if (i % 10 === 3) phone = `+44 20 7946 ${String(i % 10000).padStart(4, '0')}`;
    const first = FIRST[i % FIRST.length] ?? '';
    const last = LAST[i % LAST.length] ?? '';
    lines.push(
      `L-${i},${first},${last},${phone},,${first.toLowerCase()}.${i}@example.com,Springfield,${String(10000 + (i % 89999))},"Imported, row ${i}"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function bareParse(text: string): number {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data.length;
}

/** What the import worker does with a file: parse in chunks, then map and check every row. */
async function fullImport(text: string): Promise<{ rows: number; problems: number }> {
  const session = new ImportSession();
  let first = true;
  parseCsv(text, {
    rows: (rows) => {
      session.addRows(rows, first);
      first = false;
    },
    done: () => undefined,
    error: (message) => {
      throw new Error(message);
    },
  });
  const summary = await session.analyse(
    {
      mode: 'leads',
      mapping: guessColumns(session.header, 'leads'),
      defaultCountry: 'US',
      backend: 'elision',
    },
    async () => true,
  );
  if (!summary) throw new Error('analysis abandoned');
  return { rows: summary.counts.total, problems: summary.counts.withProblems };
}

async function best(run: () => unknown): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  await run(); // warm-up
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
async function inChromium(text: string) {
  const { context, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    if (process.env.BENCH_DEBUG)
      page.on('console', (message) => console.log('  page:', message.text()));
    await page.goto(`chrome-extension://${extensionId}/import.html`);
    await page.getByLabel('CSV file').waitFor();
    await page.evaluate(() => {
      const tasks: number[] = [];
      Object.assign(window, { __longTasks: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push(entry.duration);
          if (entry.duration > 500)
            console.log(
              `long task at ${entry.startTime.toFixed(0)}: ${entry.duration.toFixed(0)} ms`,
            );
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    // A file on disk, as a user picks it: a buffer would be decoded on the page's own thread.
    const file = join(mkdtempSync(join(tmpdir(), 'bench-import-')), 'crm-export.csv');
    writeFileSync(file, text);
    const start = Date.now();
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByTestId('preview-summary').waitFor({ timeout: 300_000 });
    const previewMs = Date.now() - start;
    // One interaction on the full preview: the next page of rows.
    const clickStart = Date.now();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Page 2 of').waitFor();
    const nextPageMs = Date.now() - clickStart;
    const summary = await page.getByTestId('preview-summary').textContent();
    const tasks =
      (await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)) ??
      [];
    const timeline = (await page.evaluate(
      () => (window as unknown as { __timeline?: unknown }).__timeline,
    )) as unknown;
    return { previewMs, nextPageMs, summary, tasks, timeline };
  } finally {
    await context.close();
  }
}

async function main() {
  const text = generateCsv(ROWS);
  console.log(
    `bench:import: ${ROWS.toLocaleString()} rows, ${(text.length / 1e6).toFixed(1)} MB of CSV`,
  );
  const checked = await fullImport(text);
  if (checked.rows !== ROWS)
    throw new Error(`expected ${ROWS} rows, the import saw ${checked.rows}`);
  const bareMs = await best(() => bareParse(text));
  const fullMs = await best(() => fullImport(text));
  const rate = (ms: number) => Math.round((ROWS / ms) * 1000).toLocaleString();
  console.log(`Node (best of ${ROUNDS}, after a warm-up):`);
  console.log(
    `  bare papaparse parse:                      ${bareMs.toFixed(0)} ms, ${rate(bareMs)} rows/s`,
  );
  console.log(
    `  parse + map + normalise + validate + dups: ${fullMs.toFixed(0)} ms, ${rate(fullMs)} rows/s`,
  );
  console.log(`  ratio full / bare (rows/s):                ${(bareMs / fullMs).toFixed(3)}`);
  console.log(
    `  rows with problems: ${checked.problems.toLocaleString()} (no phone, invalid, duplicates, by design)`,
  );

  if (process.argv.includes('--no-browser')) return;
  console.log(`Chromium, import.html from ${EXTENSION_DIR}:`);
  const result = await inChromium(text);
  const longest = result.tasks.length ? Math.max(...result.tasks) : 0;
  const total = result.tasks.reduce((sum, ms) => sum + ms, 0);
  console.log(`  file chosen → preview shown:  ${result.previewMs} ms (${result.summary?.trim()})`);
  console.log(`  next preview page:            ${result.nextPageMs} ms`);
  console.log(
    `  long tasks (>50 ms):          ${result.tasks.length}, ${total.toFixed(0)} ms in all`,
  );
  console.log(`  longest main-thread task:     ${longest.toFixed(0)} ms`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
