import { describe, expect, test } from 'vitest';
import { simLeads, simUser, simulatorForTests } from './testing/simulator-for-tests';

/**
 * The client against the real simulator over HTTP (see testing/use-simulator.ts): the simulator's faults switched on.
 */

const env = simulatorForTests();
/** Long enough for any real reply on loopback, short enough to wait out a hang. */
const HANG_TIMEOUT = { timeoutMs: 1000 };

describe('Elision back end with faults on', () => {
  test('HTTP 500, HTML 502 and a hang are retried for a safe call', async () => {
    env.sim.dialer.setFaults({
      failNext: [{ mode: 'http500' }, { mode: 'html502' }, { mode: 'hang' }],
    });
    expect(
      await env.client(HANG_TIMEOUT).updateUser({ agent_user: '1000', agent_full_name: 'Tester' }),
    ).toMatchObject({ ok: true });
    expect(env.log().map((e) => e.fault)).toEqual(['http500', 'html502', 'hang', null]);
  });

  test('a malformed body and a dropped connection are retried for add_list', async () => {
    env.sim.dialer.setFaults({ failNext: [{ mode: 'malformed' }, { mode: 'drop' }] });
    expect(
      await env
        .client()
        .addList({ list_id: '4401', list_name: 'Retry list', campaign_id: 'TESTCAMP' }),
    ).toMatchObject({ ok: true });
    expect(env.log()).toHaveLength(3);
  });

  test('add_user done but its reply lost: the retry says "exists", flagged; upsert still ends updated', async () => {
    env.sim.dialer.setFaults({ failNext: { mode: 'hang', commit: true } });
    const result = await env.client(HANG_TIMEOUT).addUser(simUser('lost1'));
    expect(result).toMatchObject({ ok: false, kind: 'exists', afterLostReply: true });
    env.sim.dialer.setFaults({ failNext: { mode: 'drop', commit: true } });
    expect(await env.client(HANG_TIMEOUT).upsertUser(simUser('lost2'))).toMatchObject({
      ok: true,
      value: { action: 'updated' },
    });
  });

  test.each([
    ['hang', true],
    ['drop', true],
    ['http500', false],
  ] as const)(
    'a lead batch whose reply never arrived (%s, commit %s): unconfirmed, never resent',
    async (mode, commit) => {
      env.sim.dialer.setFaults({ failNext: { mode, commit } });
      const result = await env
        .client({ ...HANG_TIMEOUT, maxLeadsPerBatch: 2 })
        .addMultiLead(simLeads(6));
      expect(result.rows.map((r) => r.status)).toEqual([
        'unconfirmed',
        'unconfirmed',
        'created',
        'created',
        'created',
        'created',
      ]);
      expect(env.log().filter((e) => e.function === 'add_multi_lead')).toHaveLength(3);
      expect(env.stored('7275550000')).toHaveLength(commit ? 1 : 0);
    },
  );

  test('a truncated per-lead map: the leads it mentions are created, the rest unconfirmed, none doubled', async () => {
    env.sim.dialer.setFaults({ failNext: { mode: 'truncate' } });
    const result = await env.client(HANG_TIMEOUT).addMultiLead(simLeads(10));
    expect(result.created).toBeGreaterThan(0);
    expect(result.created + result.unconfirmed).toBe(10);
    expect(env.log()).toHaveLength(1);
    for (const l of simLeads(10)) expect(env.stored(l.phone_number)).toHaveLength(1);
  });

  test('random faults over a large export: every row accounted for, nothing doubled, no rejected row stored', async () => {
    env.sim.dialer.setFaults({
      seed: 7,
      errorRate: 0.1,
      hangRate: 0.05,
      dropRate: 0.05,
      htmlRate: 0.05,
      truncateRate: 0.05,
      malformedRate: 0.05,
    });
    const input = simLeads(400);
    const result = await env
      .client({
        maxLeadsPerBatch: 20,
        timeoutMs: 200,
        retry: { maxAttempts: 4 },
      })
      .addMultiLead(input);
    expect(result.rows).toHaveLength(400);
    result.rows.forEach((row, i) => {
      const copies = env.stored(input[i]?.phone_number ?? '').length;
      if (row.status === 'created') expect(copies).toBe(1);
      if (row.status === 'rejected') expect(copies).toBe(0);
      if (row.status === 'unconfirmed') expect(copies).toBeLessThanOrEqual(1);
    });
  }, 30_000);
});
