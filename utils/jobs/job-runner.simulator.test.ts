import { beforeEach, describe, expect, test } from 'vitest';
import type { DialerClientConfig } from '../dialer';
import { simLeads, simulatorForTests } from '../dialer/testing/simulator-for-tests';
import { openJobStore } from './job-store';
import type { JobInput, JobView } from './job-types';
import { jobView } from './job-views';
import { dyingStore, freshDatabase, jobHarness, until } from './testing/job-harness';

/**
 * The job runner with the real client against the real simulator over HTTP, with the
 * simulator's faults on (5xx, hangs, malformed replies) and a worker stopped mid-job: every
 * lead ends up in the dialer exactly once, or is reported.
 */

const env = simulatorForTests();
beforeEach(freshDatabase);

const leads = simLeads(60).map(({ list_id: _, ...lead }) => lead);
const exportJob: JobInput = {
  kind: 'lead-export',
  title: 'sim.csv',
  target: {
    type: 'new',
    list: { list_id: '4501', list_name: 'Job runner list', campaign_id: 'TESTCAMP' },
  },
  leads,
};
const config: Partial<DialerClientConfig> = { maxLeadsPerBatch: 10, timeoutMs: 300 };

function expectOnceOrReported(view: JobView | null) {
  expect(view?.done).toBe(leads.length);
  for (const row of view?.rows ?? []) {
    const copies = env.stored(leads[row.row]?.phone_number ?? '');
    if (row.status === 'created') expect(copies).toHaveLength(1);
    else if (row.status === 'unconfirmed') expect(copies.length).toBeLessThanOrEqual(1);
    else expect([row.status, copies.length]).toEqual([row.status, 0]);
    for (const copy of copies) expect(copy.list_id).toBe('4501');
  }
}

describe('job runner against the simulator', () => {
  test('add_list answered HTTP 500 is retried, then the leads go to the new list', async () => {
    env.sim.dialer.setFaults({ failNext: { mode: 'http500' } });
    const h = await jobHarness(env.client(config));
    await h.runner.start(exportJob);
    await h.runner.idle();
    const view = await jobView(h.store, 'job-1');
    expect(view).toMatchObject({ state: 'done', listId: '4501', created: 60 });
    expectOnceOrReported(view);
    expect(env.log().filter((e) => e.params.function === 'add_list')).toHaveLength(2);
  }, 20_000);

  test.each([
    ['a hang after the leads were stored, then a malformed reply', 2, 'done'],
    ['three replies lost in a row (hang, malformed, HTML 502) stop the job', 3, 'stopped'],
  ] as const)(
    '%s: each lead once or reported',
    async (_, faults, state) => {
      const list = { list_id: '4501', list_name: 'Job runner list', campaign_id: 'TESTCAMP' };
      const h = await jobHarness(env.client(config));
      await h.runner.start({ kind: 'list-create', title: 'list', list });
      await h.runner.idle();
      env.sim.dialer.setFaults({
        failNext: [
          { mode: 'hang', commit: true },
          { mode: 'malformed' },
          { mode: 'html502' },
        ].slice(0, faults),
      });
      await h.runner.start({ ...exportJob, target: { type: 'existing', listId: '4501' } });
      await h.runner.idle();
      const view = await jobView(h.store, 'job-2');
      expect(view).toMatchObject({ state, listId: '4501' });
      expect(view?.unconfirmed).toBe(faults * 10);
      expect(view?.created).toBe(state === 'done' ? 40 : 0);
      if (state === 'stopped') expect(view?.message).toMatch(/3 requests in a row/);
      expectOnceOrReported(view);
    },
    20_000,
  );

  test('random faults over the whole export', async () => {
    await env
      .client()
      .addList({ list_id: '4501', list_name: 'Job runner list', campaign_id: 'TESTCAMP' });
    env.sim.dialer.setFaults({ seed: 11, errorRate: 0.15, hangRate: 0.05, malformedRate: 0.1 });
    const h = await jobHarness(env.client({ ...config, retry: { maxAttempts: 4 } }));
    await h.runner.start({ ...exportJob, target: { type: 'existing', listId: '4501' } });
    await h.runner.idle();
    expectOnceOrReported(await jobView(h.store, 'job-1'));
  }, 30_000);

  test('the worker stopped after the third batch was stored sending, then resumed', async () => {
    const store = await openJobStore();
    // running, list-sending, planned, then batch 1 sending+acked, batch 2 sending+acked, batch 3 sending.
    const dying = dyingStore(store, 8);
    const first = await jobHarness(env.client(config), { store: dying });
    await first.runner.start(exportJob);
    await dying.dead;
    await until(() => true);
    const second = await jobHarness(env.client(config), { store });
    await second.runner.resume();
    const view = await jobView(store, 'job-1');
    expect(view).toMatchObject({ state: 'done', created: 50, unconfirmed: 10 });
    expectOnceOrReported(view);
    const batches = env.log().filter((e) => e.params.function === 'add_multi_lead');
    expect(batches).toHaveLength(6);
  }, 20_000);
});
