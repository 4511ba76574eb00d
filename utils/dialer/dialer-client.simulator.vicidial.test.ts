import { describe, expect, test } from 'vitest';
import { simLeads, simUser, simulatorForTests } from './testing/simulator-for-tests';

/**
 * The client against the real simulator over HTTP (see testing/use-simulator.ts): the stock VICIdial back end (non_agent_api.php).
 */

const env = simulatorForTests();
const vicidial = { backend: 'vicidial' as const };

describe('stock VICIdial back end', () => {
  test('testConnection: version, then a login check that creates nothing', async () => {
    const result = await env.client(vicidial).testConnection();
    expect(result).toMatchObject({ ok: true, value: { backend: 'vicidial', version: '2.14-123' } });
    expect(env.log().map((e) => [e.path, e.function])).toEqual([
      ['/vicidial/non_agent_api.php', 'version'],
      ['/vicidial/non_agent_api.php', 'add_user'],
    ]);
    expect(await env.client({ ...vicidial, apiPass: 'nope' }).testConnection()).toMatchObject({
      ok: false,
      kind: 'auth',
    });
  });

  test('users and lists', async () => {
    const dialer = env.client(vicidial);
    expect(await dialer.upsertUser(simUser('vuser'))).toMatchObject({
      ok: true,
      value: { action: 'added' },
    });
    expect(
      await dialer.upsertUser({ ...simUser('vuser'), agent_full_name: 'V User' }),
    ).toMatchObject({
      ok: true,
      value: { action: 'updated' },
    });
    expect(
      await dialer.addList({ list_id: '5501', list_name: 'Stock list', campaign_id: 'TESTCAMP' }),
    ).toMatchObject({ ok: true, value: { listId: '5501' } });
    expect(
      await dialer.addList({ list_id: '5501', list_name: 'Stock list', campaign_id: 'TESTCAMP' }),
    ).toMatchObject({ ok: false, kind: 'exists' });
  });

  test('activeLists is unsupported and sends nothing', async () => {
    expect(await env.client(vicidial).activeLists()).toMatchObject({
      ok: false,
      kind: 'unsupported',
    });
    expect(env.log()).toHaveLength(0);
  });

  test('leads one add_lead each, a list that does not exist refused instead of filed silently', async () => {
    const result = await env
      .client(vicidial)
      .addMultiLead([...simLeads(20), { phone_number: '7275558888', list_id: '5555' }]);
    expect(result).toMatchObject({ created: 20, rejected: 1, requests: 21 });
    expect(result.rows[20]).toMatchObject({
      status: 'rejected',
      kind: 'not_found',
      field: 'list_id',
    });
    expect(env.stored('7275558888')).toHaveLength(0);
    expect(env.stored('7275550019')[0]).toMatchObject({
      list_id: '1101',
      comments: 'Row 19: café ☕',
    });
    expect(result.rows[0]).toMatchObject({
      status: 'created',
      leadId: String(env.stored('7275550000')[0]?.lead_id),
    });
  });

  test('no right to add leads stops the export', async () => {
    const result = await env
      .client({
        ...vicidial,
        apiUser: 'apinomod',
        leadConcurrency: 1,
      })
      .addMultiLead(simLeads(5));
    expect(result).toMatchObject({ rejected: 5, stoppedBy: { kind: 'permission' } });
    expect(env.log()).toHaveLength(1);
  });

  test('a lost add_lead reply and a proxy 502: unconfirmed, never resent', async () => {
    env.sim.dialer.setFaults({ failNext: [{ mode: 'hang', commit: true }, { mode: 'html502' }] });
    const result = await env
      .client({ ...vicidial, leadConcurrency: 1, timeoutMs: 1000 })
      .addMultiLead(simLeads(3));
    expect(result.rows.map((r) => r.status)).toEqual(['unconfirmed', 'unconfirmed', 'created']);
    expect(env.stored('7275550000')).toHaveLength(1);
    expect(env.stored('7275550001')).toHaveLength(0);
    expect(env.log()).toHaveLength(3);
  });
});
