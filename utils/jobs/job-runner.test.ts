import { beforeEach, describe, expect, test } from 'vitest';
import { jobView } from './job-views';
import { fakeJobClient } from './testing/fake-job-client';
import { freshDatabase, jobHarness, leadsOf } from './testing/job-harness';

beforeEach(freshDatabase);

const exportJob = (n: number, listId = '1101') => ({
  kind: 'lead-export' as const,
  title: 'leads.csv',
  target: { type: 'existing' as const, listId },
  leads: leadsOf(n),
});

describe('lead export', () => {
  test('sends every batch once, in order, list_id filled in, and ends with a summary', async () => {
    const fake = fakeJobClient({ batchSize: 3 });
    const h = await jobHarness(fake.client);
    const started = await h.runner.start(exportJob(7));
    expect(started).toEqual({ ok: true, jobId: 'job-1' });
    await h.runner.idle();
    expect(fake.requests.map((r) => r.rows)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(fake.dialer.leads.every((lead) => lead.list_id === '1101')).toBe(true);
    const view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({
      state: 'done',
      total: 7,
      done: 7,
      created: 7,
      listId: '1101',
      message: '7 created.',
    });
    expect(view?.rows.map((r) => r.status)).toEqual(Array(7).fill('created'));
    expect(h.ended).toHaveLength(1);
    expect(h.busy).toEqual([true, false]);
  });

  test('a lead the client refuses is rejected with its reason and never sent', async () => {
    const fake = fakeJobClient();
    const h = await jobHarness(fake.client);
    const job = exportJob(4);
    job.leads[1] = { phone_number: 'abc', first_name: 'Bad' };
    await h.runner.start({ ...job, sourceRows: [2, 3, 4, 5] });
    await h.runner.idle();
    const view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({ state: 'done', created: 3, rejected: 1 });
    expect(view?.rows[1]).toEqual({
      row: 1,
      sourceRow: 3,
      status: 'rejected',
      message: 'phone_number: must be 6-16 digits.',
      field: 'phone_number',
    });
    expect(fake.requests.flatMap((r) => r.rows)).not.toContain(1);
  });

  test('a batch whose reply was lost is unconfirmed and not resent; three in a row stop the job', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    fake.failOn(0, 'lost');
    const h = await jobHarness(fake.client);
    await h.runner.start(exportJob(6));
    await h.runner.idle();
    let view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({ state: 'done', created: 4, unconfirmed: 2 });
    expect(fake.requests).toHaveLength(3);

    const again = fakeJobClient({ batchSize: 1 });
    for (const n of [0, 1, 2]) again.failOn(n, 'lost');
    const h2 = await jobHarness(again.client, { store: h.store, newId: () => 'job-2' });
    await h2.runner.start(exportJob(5));
    await h2.runner.idle();
    view = await jobView(h.store, 'job-2');
    expect(view).toMatchObject({ state: 'stopped', unconfirmed: 3, notSent: 2 });
    expect(view?.message).toMatch(/3 requests in a row got no usable reply/);
    expect(again.requests).toHaveLength(3);
  });

  test('a refused login stops the job at once, is remembered, and the rest is not sent', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    fake.failOn(1, 'auth');
    const h = await jobHarness(fake.client);
    await h.runner.start(exportJob(6));
    await h.runner.idle();
    const view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({ state: 'stopped', created: 2, notSent: 4, rejected: 0 });
    expect(view?.message).toMatch(/refused the API user/);
    expect(h.refusedKeys).toEqual(['key-1']);
    expect(fake.requests).toHaveLength(2);
  });

  test('a server that stays down stops the job; its rows are not sent, not rejected', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    fake.failOn(0, 'down');
    const h = await jobHarness(fake.client);
    await h.runner.start(exportJob(4));
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({ state: 'stopped', notSent: 4 });
    expect(fake.requests).toHaveLength(1);
  });

  test('no configured dialer: the job stops with the reason, every row not sent', async () => {
    const fake = fakeJobClient();
    const h = await jobHarness(fake.client, {
      connect: async () => ({ ok: false, message: 'Not configured: set the dialer URL.' }),
    });
    await h.runner.start(exportJob(3));
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({
      state: 'stopped',
      notSent: 3,
      message: 'Not configured: set the dialer URL. 0 created, 3 not sent.',
    });
  });
});

describe('a new list is created first', () => {
  const newListJob = (listId: string) => ({
    kind: 'lead-export' as const,
    title: 'new.csv',
    target: {
      type: 'new' as const,
      list: { list_id: listId, list_name: 'Spring leads', campaign_id: 'TESTCAMP' },
    },
    leads: leadsOf(4),
  });

  test('add_list, then the leads go to the new list', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    const h = await jobHarness(fake.client);
    await h.runner.start(newListJob('4401'));
    await h.runner.idle();
    expect(fake.requests.map((r) => r.fn)).toEqual([
      'add_list',
      'add_multi_lead',
      'add_multi_lead',
    ]);
    expect(fake.dialer.leads.map((l) => l.list_id)).toEqual(Array(4).fill('4401'));
    expect(await jobView(h.store, 'job-1')).toMatchObject({
      state: 'done',
      listId: '4401',
      created: 4,
    });
  });

  test('a list id that already exists stops the job before any lead is sent', async () => {
    const fake = fakeJobClient();
    const h = await jobHarness(fake.client);
    await h.runner.start(newListJob('999'));
    await h.runner.idle();
    const view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({ state: 'stopped', notSent: 4 });
    expect(view?.message).toMatch(/List 999 already exists.*choose it as an existing list/);
    expect(fake.requests.map((r) => r.fn)).toEqual(['add_list']);
  });

  test('jobs/start refuses a new list that breaks a rule, naming the field, and stores nothing', async () => {
    const fake = fakeJobClient();
    const h = await jobHarness(fake.client);
    const started = await h.runner.start(newListJob('1'));
    expect(started).toMatchObject({ ok: false, problems: [{ field: 'list.list_id' }] });
    expect(await h.store.listJobs()).toEqual([]);
  });
});

describe('cancel', () => {
  test('stops after the batch in flight; unsent rows are reported not sent', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    const h = await jobHarness(fake.client);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const send = fake.client.sendLeadBatch;
    let inFlight = false;
    fake.client.sendLeadBatch = async (...args) => {
      inFlight = true;
      await gate;
      return send(...args);
    };
    await h.runner.start(exportJob(6));
    while (!inFlight) await new Promise((r) => setTimeout(r, 5));
    const cancelled = await h.runner.cancel('job-1');
    expect(cancelled.ok).toBe(true);
    release();
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({
      state: 'cancelled',
      created: 2,
      notSent: 4,
    });
    expect(fake.requests).toHaveLength(1);
    expect(await h.runner.cancel('job-1')).toEqual({
      ok: false,
      message: 'The job has already ended.',
    });
  });

  // From review: a cancel that came while the runner connected still created the new list.
  test('cancelled before its new list is made: no add_list, every lead not sent', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let connecting = false;
    const h = await jobHarness(fake.client, {
      connect: async () => {
        connecting = true;
        await gate;
        return { ok: true, client: fake.client, key: 'key-1' };
      },
    });
    await h.runner.start({
      kind: 'lead-export',
      title: 'leads.csv',
      target: {
        type: 'new',
        list: { list_id: '4401', list_name: 'Spring leads', campaign_id: 'TESTCAMP' },
      },
      leads: leadsOf(3),
    });
    while (!connecting) await new Promise((r) => setTimeout(r, 5));
    expect(await h.runner.cancel('job-1')).toMatchObject({ ok: true });
    release();
    await h.runner.idle();
    expect(fake.requests).toEqual([]);
    expect(await jobView(h.store, 'job-1')).toMatchObject({ state: 'cancelled', notSent: 3 });
  });

  test('a queued job is cancelled before anything of it is sent', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    const h = await jobHarness(fake.client);
    await h.runner.start(exportJob(2));
    await h.runner.start(exportJob(2));
    expect(await h.runner.cancel('job-2')).toMatchObject({ ok: true });
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({ state: 'done', created: 2 });
    expect(await jobView(h.store, 'job-2')).toMatchObject({ state: 'cancelled', notSent: 2 });
    expect(fake.requests).toHaveLength(1);
  });
});
