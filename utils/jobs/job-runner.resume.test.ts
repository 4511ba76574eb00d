import { openDB } from 'idb';
import { beforeEach, describe, expect, test } from 'vitest';
import { JOB_DB_NAME, openJobStore } from './job-store';
import type { JobInput, JobView } from './job-types';
import { jobView } from './job-views';
import { fakeJobClient } from './testing/fake-job-client';
import { dyingStore, freshDatabase, jobHarness, leadsOf, until } from './testing/job-harness';

/**
 * The worker stopped at every step of a job (before a batch is marked sending, after the mark
 * and before the request, after the request before its ack, after the ack), then a new worker
 * resumes it: every row ends created exactly once or reported, and no batch is sent twice.
 */

beforeEach(freshDatabase);

const LEADS = 7;
const newListExport: JobInput = {
  kind: 'lead-export',
  title: 'resume.csv',
  target: {
    type: 'new',
    list: { list_id: '4401', list_name: 'Resume list', campaign_id: 'TESTCAMP' },
  },
  leads: leadsOf(LEADS),
};

function expectEveryLeadOnceOrReported(
  view: JobView | null,
  fake: ReturnType<typeof fakeJobClient>,
) {
  expect(view?.state).toMatch(/done|stopped/);
  expect(view?.done).toBe(LEADS);
  const sent = fake.requests.flatMap((r) => r.rows ?? []);
  expect(new Set(sent).size).toBe(sent.length); // no row sent twice
  for (const row of view?.rows ?? []) {
    const phone = String(7275550000 + row.row);
    const stored = fake.dialer.leads.filter((l) => l.phone_number === phone).length;
    if (row.status === 'created') expect(stored).toBe(1);
    else if (row.status === 'unconfirmed') expect(stored).toBeLessThanOrEqual(1);
    else expect([row.status, stored]).toEqual(['not-sent', 0]);
  }
  expect(fake.requests.filter((r) => r.fn === 'add_list').length).toBeLessThanOrEqual(2);
}

describe('worker stopped, then resumed', () => {
  test('at every commit of a lead export (new list first)', async () => {
    let finishedUndisturbed = false;
    for (let commits = 0; !finishedUndisturbed; commits++) {
      await freshDatabase();
      const store = await openJobStore();
      const fake = fakeJobClient({ batchSize: 2 });
      const dying = dyingStore(store, commits);
      let dead = false;
      void dying.dead.then(() => {
        dead = true;
      });
      const first = await jobHarness(fake.client, { store: dying });
      await first.runner.start(newListExport);
      await until(() => dead || first.ended.length > 0);
      finishedUndisturbed = first.ended.length > 0;
      const second = await jobHarness(fake.client, { store });
      await second.runner.resume();
      const view = await jobView(store, 'job-1');
      expectEveryLeadOnceOrReported(view, fake);
      expect(view?.listId).toBe('4401');
      expect(fake.dialer.leads.every((l) => l.list_id === '4401')).toBe(true);
      expect(commits).toBeLessThan(30);
    }
  });

  test('while a request is out (applied or not): its rows are unconfirmed, never resent', async () => {
    for (const cue of ['hang', 'apply-hang'] as const) {
      for (let request = 0; request <= 4; request++) {
        await freshDatabase();
        const store = await openJobStore();
        const fake = fakeJobClient({ batchSize: 2 });
        fake.failOn(request, cue);
        const first = await jobHarness(fake.client, { store });
        await first.runner.start(newListExport);
        await until(() => fake.requests.length > request);
        const second = await jobHarness(fake.client, { store });
        await second.runner.resume();
        const view = await jobView(store, 'job-1');
        if (request === 0) {
          // add_list itself was in flight: asked again, "exists" is taken as our own list.
          expect(view?.message).not.toMatch(/already exists/);
        } else {
          const batch = fake.requests[request]?.rows ?? [];
          for (const row of batch) expect(view?.rows[row]?.status).toBe('unconfirmed');
          expect(view?.rows[batch[0] ?? 0]?.message).toMatch(/browser stopped the job/);
        }
        expectEveryLeadOnceOrReported(view, fake);
      }
    }
  });

  test('a queued job behind a running one is run after the resume', async () => {
    const store = await openJobStore();
    const fake = fakeJobClient({ batchSize: 2 });
    const dying = dyingStore(store, 3);
    const first = await jobHarness(fake.client, { store: dying });
    await first.runner.start({ ...newListExport, target: { type: 'existing', listId: '1101' } });
    await first.runner.start({ ...newListExport, target: { type: 'existing', listId: '1102' } });
    await dying.dead;
    const second = await jobHarness(fake.client, { store });
    await second.runner.resume();
    expect((await jobView(store, 'job-1'))?.state).toBe('done');
    expect(await jobView(store, 'job-2')).toMatchObject({ state: 'done', created: LEADS });
  });
});

const users = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    agent_user: `${2000 + i}`,
    agent_pass: `Secret-${i}x`,
    agent_user_level: '1',
    agent_full_name: `Agent ${i}`,
    agent_user_group: 'AGENTS',
    phone_pass: `PhonePw${i}`,
  }));

async function everythingStored(): Promise<string> {
  const db = await openDB(JOB_DB_NAME);
  const dump: unknown[] = [];
  for (const name of db.objectStoreNames) dump.push(await db.getAll(name));
  db.close();
  return JSON.stringify(dump);
}

describe('user sync', () => {
  const input: JobInput = { kind: 'user-sync', title: 'users', mode: 'upsert', users: users(4) };

  test('passwords reach the dialer but are never written to the job store', async () => {
    const fake = fakeJobClient();
    const h = await jobHarness(fake.client);
    await h.runner.start(input);
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({ state: 'done', created: 4 });
    expect(fake.dialer.users.get('2001')?.agent_pass).toBe('Secret-1x');
    const stored = await everythingStored();
    expect(stored).toContain('2001');
    expect(stored).not.toMatch(/Secret-|PhonePw|agent_pass|phone_pass/);
  });

  test('after a worker stop, users not yet sent are reported not sent, the one in flight unconfirmed', async () => {
    const store = await openJobStore();
    const fake = fakeJobClient();
    fake.failOn(1, 'apply-hang');
    const first = await jobHarness(fake.client, { store });
    await first.runner.start(input);
    await until(() => fake.requests.length > 1);
    expect(await everythingStored()).not.toMatch(/Secret-|PhonePw/);
    const second = await jobHarness(fake.client, { store });
    await second.runner.resume();
    const view = await jobView(store, 'job-1');
    expect(view?.rows.map((r) => r.status)).toEqual([
      'created',
      'unconfirmed',
      'not-sent',
      'not-sent',
    ]);
    expect(view?.rows[2]?.message).toMatch(/passwords are never stored: import this user again/);
    expect(fake.requests).toHaveLength(2);
  });

  test('users without a password go on after a worker stop', async () => {
    const store = await openJobStore();
    const fake = fakeJobClient();
    for (const u of users(3)) fake.dialer.users.set(u.agent_user, u);
    fake.failOn(0, 'hang');
    const first = await jobHarness(fake.client, { store });
    const renames = users(3).map((u) => ({ agent_user: u.agent_user, agent_full_name: 'Renamed' }));
    await first.runner.start({
      kind: 'user-sync',
      title: 'rename',
      mode: 'update',
      users: renames,
    });
    await until(() => fake.requests.length > 0);
    const second = await jobHarness(fake.client, { store });
    await second.runner.resume();
    const view = await jobView(store, 'job-1');
    expect(view?.rows.map((r) => r.status)).toEqual(['unconfirmed', 'updated', 'updated']);
  });

  test('a refused login stops the sync after the first user and is remembered', async () => {
    const fake = fakeJobClient();
    fake.failOn(0, 'auth');
    const h = await jobHarness(fake.client);
    await h.runner.start(input);
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({ state: 'stopped', notSent: 4 });
    expect(h.refusedKeys).toEqual(['key-1']);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('list create', () => {
  test('one add_list; the dialer refusing it is a rejected row with its reason', async () => {
    const fake = fakeJobClient();
    const h = await jobHarness(fake.client);
    const list = { list_id: '4402', list_name: 'Made by job', campaign_id: 'TESTCAMP' };
    await h.runner.start({ kind: 'list-create', title: 'list 4402', list });
    await h.runner.start({ kind: 'list-create', title: 'list 4402 again', list });
    await h.runner.idle();
    expect(await jobView(h.store, 'job-1')).toMatchObject({
      state: 'done',
      created: 1,
      listId: '4402',
      rows: [{ status: 'created', message: '4402 list created' }],
    });
    expect(await jobView(h.store, 'job-2')).toMatchObject({
      state: 'done',
      rejected: 1,
      rows: [{ status: 'rejected', message: '4402 list already exist', field: 'list_id' }],
    });
  });
});
