import Papa from 'papaparse';
import { beforeEach, describe, expect, test } from 'vitest';
import { failedRowsCsv, jobList, jobView } from './job-views';
import { fakeJobClient } from './testing/fake-job-client';
import { freshDatabase, jobHarness, leadsOf } from './testing/job-harness';

beforeEach(freshDatabase);

describe('failed-rows CSV', () => {
  test('rejected, unconfirmed and not-sent leads with their input fields, source row, status and reason', async () => {
    const fake = fakeJobClient({ batchSize: 2 });
    fake.failOn(1, 'lost');
    fake.failOn(2, 'down');
    const h = await jobHarness(fake.client);
    const leads = leadsOf(7);
    leads[0] = { phone_number: '12', first_name: 'Too short' };
    await h.runner.start({
      kind: 'lead-export',
      title: 'March export.csv',
      target: { type: 'existing', listId: '1101' },
      leads,
      sourceRows: [2, 3, 4, 5, 6, 7, 8],
    });
    await h.runner.idle();
    const csv = await failedRowsCsv(h.store, 'job-1');
    if (!csv.ok) throw new Error(csv.message);
    expect(csv.filename).toBe('dialer-bridge-march-export-problems.csv');
    const parsed = Papa.parse<Record<string, string>>(csv.csv, { header: true });
    expect(parsed.meta.fields).toEqual([
      'phone_number',
      'first_name',
      'source_row',
      'status',
      'reason',
    ]);
    expect(parsed.data.map((r) => [r.source_row, r.status])).toEqual([
      ['2', 'rejected'],
      ['5', 'unconfirmed'],
      ['6', 'unconfirmed'],
      ['7', 'not-sent'],
      ['8', 'not-sent'],
    ]);
    expect(parsed.data[0]).toMatchObject({
      phone_number: '12',
      reason: 'phone_number: must be 6-16 digits.',
    });
    expect(csv.rows).toBe(5);
  });

  test('a user job’s CSV never has a password column', async () => {
    const fake = fakeJobClient();
    fake.failOn(0, 'down');
    const h = await jobHarness(fake.client);
    await h.runner.start({
      kind: 'user-sync',
      title: 'agents',
      mode: 'add',
      users: [
        { agent_user: '3001', agent_pass: 'Pw-secret1', phone_pass: 'Ph1', agent_full_name: 'A' },
      ],
    });
    await h.runner.idle();
    const csv = await failedRowsCsv(h.store, 'job-1');
    if (!csv.ok) throw new Error(csv.message);
    expect(csv.csv.split(/\r?\n/)[0]).toBe('agent_user,agent_full_name,source_row,status,reason');
    expect(csv.csv).not.toMatch(/Pw-secret1|Ph1|agent_pass|phone_pass/);
  });

  test('a job without problem rows has no CSV to give', async () => {
    const h = await jobHarness(fakeJobClient().client);
    await h.runner.start({
      kind: 'lead-export',
      title: 'ok',
      target: { type: 'existing', listId: '1101' },
      leads: leadsOf(2),
    });
    await h.runner.idle();
    expect(await failedRowsCsv(h.store, 'job-1')).toMatchObject({ ok: false });
    expect(await failedRowsCsv(h.store, 'nope')).toEqual({ ok: false, message: 'No such job.' });
  });
});

describe('views', () => {
  test('a large job shows its first 200 problem rows; the list is newest first without rows', async () => {
    const fake = fakeJobClient({ batchSize: 50 });
    const h = await jobHarness(fake.client);
    const leads = leadsOf(600).map((lead, i) => (i % 2 ? { ...lead, phone_number: 'x' } : lead));
    await h.runner.start({
      kind: 'lead-export',
      title: 'big',
      target: { type: 'existing', listId: '1101' },
      leads,
    });
    await h.runner.start({
      kind: 'list-create',
      title: 'list',
      list: { list_id: '4403', list_name: 'Another list', campaign_id: 'TESTCAMP' },
    });
    await h.runner.idle();
    const view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({ total: 600, created: 300, rejected: 300, done: 600 });
    expect(view?.rows).toHaveLength(200);
    expect(view?.rows.every((r) => r.status === 'rejected' && r.row % 2 === 1)).toBe(true);
    const list = await jobList(h.store);
    expect(list.map((j) => [j.id, j.rows.length])).toEqual([
      ['job-2', 0],
      ['job-1', 0],
    ]);
    expect(await jobView(h.store, 'missing')).toBeNull();
  });

  test('progress is reported at start and end and at most once per interval between', async () => {
    const fake = fakeJobClient({ batchSize: 1 });
    const h = await jobHarness(fake.client, { progressIntervalMs: 1000 });
    const send = fake.client.sendLeadBatch;
    fake.client.sendLeadBatch = (...args) => {
      h.clock.advance(400);
      return send(...args);
    };
    await h.runner.start({
      kind: 'lead-export',
      title: 'slow',
      target: { type: 'existing', listId: '1101' },
      leads: leadsOf(10),
    });
    await h.runner.idle();
    const done = h.progress.map((j) => j.created);
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(10);
    expect(h.progress.length).toBeLessThan(7);
    expect(h.progress.at(-1)?.state).toBe('done');
  });

  test('only the newest ended jobs are kept', async () => {
    const h = await jobHarness(fakeJobClient().client, { keepJobs: 2 });
    for (let i = 0; i < 4; i++) {
      await h.runner.start({
        kind: 'lead-export',
        title: `job ${i}`,
        target: { type: 'existing', listId: '1101' },
        leads: leadsOf(1),
      });
      await h.runner.idle();
      h.clock.advance(1);
    }
    expect((await jobList(h.store)).map((j) => j.title)).toEqual(['job 3', 'job 2', 'job 1']);
  });
});
