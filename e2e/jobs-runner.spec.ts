import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Sync jobs in real Chromium against the simulator: a job started from an extension page runs
 * in the background to its end, and a job whose service worker is stopped mid-way resumes
 * when the worker wakes, with every lead in the dialer exactly once or reported.
 */

// biome-ignore lint/suspicious/noExplicitAny: chrome.* runs inside the page (toolchain.md).
declare const chrome: any;

// biome-ignore lint/suspicious/noExplicitAny: replies are checked by the test, field by field.
type Reply = { ok: true; data: any } | { ok: false; error: string };

/** Sends a protocol message from an extension page, as the import page and popup do. */
function send(page: Page, type: string, payload: unknown): Promise<Reply> {
  return page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }), [
    type,
    payload,
  ] as const);
}

async function data(page: Page, type: string, payload: unknown) {
  const reply = await send(page, type, payload);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

const leads = (n: number, start: number) =>
  Array.from({ length: n }, (_, i) => ({
    phone_number: String(start + i),
    first_name: 'Job',
    last_name: `Lead ${i}`,
    comments: 'Sent by the jobs e2e test with a little text to fill the request',
  }));

// The pages that send jobs/* here are options pages: the popup polls jobs/list every second
// while a job runs, and a worker that busy is not closed over CDP.

/** Stops the extension's service worker the way the browser does when it is idle. */
async function stopServiceWorker(context: BrowserContext, extensionId: string) {
  const browser = context.browser();
  if (!browser) throw new Error('no browser for a CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error('the extension has no running service worker');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await expect
    .poll(async () => {
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      return now.some((t) => t.targetId === worker.targetId);
    })
    .toBe(false);
  await cdp.detach();
}

test('a lead export started from an extension page runs to its end in the background', async ({
  context,
  options,
  simulatorSetup,
  simulator,
  extensionId,
}) => {
  await options.configure(simulatorSetup);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const input = leads(30, 7276660000);
  const started = await data(page, 'jobs/start', {
    kind: 'lead-export',
    title: 'e2e-small.csv',
    target: {
      type: 'new',
      list: { list_id: '4601', list_name: 'Jobs e2e list', campaign_id: 'TESTCAMP' },
    },
    leads: input,
  });
  expect(started.ok).toBe(true);
  // The page that started it goes away; the job goes on.
  await page.close();

  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${extensionId}/options.html`);
  await expect
    .poll(async () => (await data(watcher, 'jobs/get', { jobId: started.jobId })).job.state)
    .toBe('done');
  const { job } = await data(watcher, 'jobs/get', { jobId: started.jobId });
  expect(job).toMatchObject({ total: 30, done: 30, created: 30, listId: '4601' });
  expect(job.message).toBe('30 created.');
  const stored = simulator.dialer.state.leads.filter((l) => l.list_id === '4601');
  expect(stored).toHaveLength(30);

  expect(await watcher.evaluate(() => chrome.action.getBadgeText({}))).toBe('✓');
  expect(await watcher.evaluate(() => chrome.action.getTitle({}))).toContain('e2e-small.csv');
  const listed = await data(watcher, 'jobs/list', {});
  expect(listed.jobs[0]).toMatchObject({ id: started.jobId, state: 'done', rows: [] });
  expect(await watcher.evaluate(() => chrome.alarms.get('dialer-bridge-jobs'))).toBeFalsy();
});

test('the service worker stopped mid-export: the job resumes and every lead is in the dialer once or reported', async ({
  context,
  options,
  simulatorSetup,
  simulator,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await options.configure(simulatorSetup);
  const list = { list_id: '4602', list_name: 'Jobs e2e stopped', campaign_id: 'TESTCAMP' };
  const input = leads(400, 7277770000);
  // Slow replies, so the job is mid-way when the worker is stopped.
  simulator.dialer.setFaults({ latencyMs: 400 });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const started = await data(page, 'jobs/start', {
    kind: 'lead-export',
    title: 'e2e-stopped.csv',
    target: { type: 'new', list },
    leads: input,
  });
  const jobId: string = started.jobId;
  await page.close();

  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${extensionId}/options.html`);
  const current = async () => (await data(watcher, 'jobs/get', { jobId })).job;
  await expect.poll(async () => (await current()).done, { timeout: 30_000 }).toBeGreaterThan(60);
  expect(await watcher.evaluate(() => chrome.alarms.get('dialer-bridge-jobs'))).toBeTruthy();
  expect(await watcher.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^\d+%$/);

  await stopServiceWorker(context, extensionId);
  const storedAtStop = simulator.dialer.state.leads.filter((l) => l.list_id === '4602').length;
  simulator.dialer.setFaults({ latencyMs: 0 });

  // The watching page's next poll wakes the worker, whose start resumes the job.
  await expect.poll(async () => (await current()).state, { timeout: 60_000 }).toBe('done');
  const job = await current();
  expect(job.done).toBe(400);
  // Picked up again by the restarted worker, not finished by the stopped one.
  expect(job.resumes).toBeGreaterThanOrEqual(1);
  for (const row of job.rows)
    if (row.status === 'unconfirmed') expect(row.message).toMatch(/browser stopped the job/);
  expect(job.created).toBeGreaterThanOrEqual(storedAtStop - 60);

  const stored = simulator.dialer.state.leads.filter((l) => l.list_id === '4602');
  const copies = new Map<string, number>();
  for (const lead of stored)
    copies.set(lead.phone_number, (copies.get(lead.phone_number) ?? 0) + 1);
  expect([...copies.values()].every((n) => n === 1)).toBe(true);

  const problems = new Map<string, string>();
  const csv = await data(watcher, 'jobs/failed-rows-csv', { jobId });
  if (csv.ok) {
    expect(csv.filename).toBe('dialer-bridge-e2e-stopped-problems.csv');
    const lines: string[] = csv.csv.split(/\r?\n/).slice(1);
    for (const line of lines) {
      const [phone, , , , , status] = line.split(',');
      if (phone && status) problems.set(phone, status);
    }
    expect(problems.size).toBe(job.unconfirmed + job.notSent + job.rejected);
  }
  expect(job.rejected).toBe(0);
  for (const lead of input) {
    const status = problems.get(lead.phone_number) ?? 'created';
    const n = copies.get(lead.phone_number) ?? 0;
    if (status === 'created') expect(n, lead.phone_number).toBe(1);
    else if (status === 'unconfirmed') expect(n).toBeLessThanOrEqual(1);
    else expect([status, n]).toEqual(['not-sent', 0]);
  }
  expect(job.created).toBe(input.length - problems.size);
  expect(await watcher.evaluate(() => chrome.action.getBadgeText({}))).toBe(
    problems.size > 0 ? '!' : '✓',
  );
  // One add_list only: the list was made before the stop and never asked for again.
  const addLists = simulator.dialer.requestLog.filter((e) => e.params.function === 'add_list');
  expect(addLists).toHaveLength(1);
});

test('with no page open, the job alarm wakes the stopped worker and the job finishes', async ({
  context,
  options,
  simulatorSetup,
  simulator,
  extensionId,
}) => {
  test.setTimeout(150_000);
  await options.configure(simulatorSetup);
  await options.page.close();
  simulator.dialer.setFaults({ latencyMs: 400 });
  const input = leads(300, 7278880000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const { jobId } = await data(page, 'jobs/start', {
    kind: 'lead-export',
    title: 'e2e-alarm.csv',
    target: { type: 'existing', listId: '1101' },
    leads: input,
  });
  const inList = () =>
    simulator.dialer.state.leads.filter((l) => input.some((i) => i.phone_number === l.phone_number))
      .length;
  await expect.poll(inList, { timeout: 30_000 }).toBeGreaterThan(40);
  // Nothing of the extension is left to send it a message: only the alarm can wake it.
  await page.close();
  await stopServiceWorker(context, extensionId);
  simulator.dialer.setFaults({ latencyMs: 0 });
  const atStop = inList();
  await expect.poll(inList, { timeout: 90_000, intervals: [2000] }).toBeGreaterThan(atStop + 100);

  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${extensionId}/options.html`);
  await expect
    .poll(async () => (await data(watcher, 'jobs/get', { jobId })).job.state)
    .toBe('done');
  const { job } = await data(watcher, 'jobs/get', { jobId });
  expect(job).toMatchObject({ done: 300, resumes: 1 });
  expect(job.created + job.unconfirmed).toBe(300);
});
