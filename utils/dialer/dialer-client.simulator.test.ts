import { describe, expect, test } from 'vitest';
import type { LeadInput } from './index';
import { simLeads, simUser, simulatorForTests } from './testing/simulator-for-tests';

/**
 * The client against the real simulator over HTTP (see testing/use-simulator.ts): every function of the Elision back end.
 */

const env = simulatorForTests();

describe('Elision back end, every function', () => {
  test('testConnection', async () => {
    expect(await env.client().testConnection()).toMatchObject({
      ok: true,
      value: { backend: 'elision', listCount: 9 },
    });
  });

  test('addUser stores every value exactly as sent', async () => {
    const result = await env.client().addUser(simUser('jsmith'));
    expect(result).toMatchObject({ ok: true, value: { reason: 'USER HAS BEEN ADDED' } });
    expect(env.sim.dialer.state.users.find((u) => u.user === 'jsmith')).toMatchObject({
      pass: 'Pass-1_x',
      full_name: 'Jean-Paul O. Smith_2',
      user_level: 1,
      user_group: 'AGENTS',
      phone_login: '1001',
      voicemail_id: '8001',
      email: 'jp.smith@example.com',
    });
  });

  test("a value the dialer would mangle never reaches it: O'Brien, José & Co", async () => {
    const result = await env.client().addUser({
      ...simUser('obrien'),
      agent_full_name: "O'Brien, José & Co",
    });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', field: 'agent_full_name' });
    expect(env.log()).toHaveLength(0);
  });

  test('exists, upsert, update, deactivate', async () => {
    const dialer = env.client();
    await dialer.addUser(simUser('jsmith'));
    expect(await dialer.addUser(simUser('jsmith'))).toMatchObject({ ok: false, kind: 'exists' });
    expect(
      await dialer.upsertUser({ ...simUser('jsmith'), agent_full_name: 'J Smith', active: 'N' }),
    ).toMatchObject({ ok: true, value: { action: 'updated' } });
    expect(env.sim.dialer.state.users.find((u) => u.user === 'jsmith')).toMatchObject({
      full_name: 'J Smith',
      active: 'N',
    });
    expect(await dialer.updateUser({ agent_user: 'jsmith', active: 'Y' })).toMatchObject({
      ok: true,
    });
    expect(env.sim.dialer.state.users.find((u) => u.user === 'jsmith')?.active).toBe('Y');
    expect(await dialer.upsertUser({ ...simUser('newbie'), active: 'N' })).toMatchObject({
      ok: true,
      value: { action: 'added' },
    });
    expect(env.sim.dialer.state.users.find((u) => u.user === 'newbie')?.active).toBe('N');
  });

  test('user errors: no such user, no such group, level, phone login', async () => {
    const dialer = env.client();
    expect(await dialer.updateUser({ agent_user: 'nobody', active: 'Y' })).toMatchObject({
      ok: false,
      kind: 'not_found',
      field: 'agent_user',
    });
    expect(await dialer.addUser({ ...simUser('x1'), agent_user_group: 'ADFHR' })).toMatchObject({
      ok: false,
      kind: 'not_found',
      field: 'agent_user_group',
    });
    expect(
      await dialer.updateUser({ agent_user: '1000', agent_user_group: 'FAKEGROUP' }),
    ).toMatchObject({ ok: false, kind: 'invalid', field: 'agent_user_group' });
    expect(await dialer.updateUser({ agent_user: '1000', phone_login: 'fakephone' })).toMatchObject(
      { ok: false, kind: 'invalid', field: 'phone_login' },
    );
    expect(
      await env.client({ apiUser: 'api8' }).addUser({ ...simUser('x2'), agent_user_level: '8' }),
    ).toMatchObject({ ok: false, kind: 'permission', field: 'agent_user_level' });
  });

  test('permissions: no user rights, function not allowed', async () => {
    expect(await env.client({ apiUser: 'apinomod' }).addUser(simUser('x3'))).toMatchObject({
      ok: false,
      kind: 'permission',
    });
    expect(await env.client({ apiUser: 'apilimited' }).addUser(simUser('x4'))).toMatchObject({
      ok: false,
      kind: 'permission',
    });
    expect(
      await env.client({ apiUser: 'apinomod' }).addList({
        list_id: '4401',
        list_name: 'My new list',
        campaign_id: 'TESTCAMP',
      }),
    ).toMatchObject({ ok: false, kind: 'permission' });
    expect(env.log()).toHaveLength(3);
  });

  test('addList, exists, unknown campaign, and the new list in activeLists', async () => {
    const dialer = env.client();
    const list = {
      list_id: '4401',
      list_name: 'May leads - web_form',
      campaign_id: 'TESTCAMP',
      active: 'Y',
    };
    expect(await dialer.addList(list)).toMatchObject({
      ok: true,
      value: { listId: '4401', campaignId: 'TESTCAMP' },
    });
    expect(await dialer.addList(list)).toMatchObject({
      ok: false,
      kind: 'exists',
      field: 'list_id',
    });
    expect(await dialer.addList({ ...list, list_id: '4402', campaign_id: 'NOCAMP' })).toMatchObject(
      { ok: false, kind: 'not_found', field: 'campaign_id' },
    );
    const lists = await dialer.activeLists();
    expect(lists.ok && lists.value.lists.at(-1)).toEqual({
      entry: 'TESTCAMP-4401-May leads - web_form',
      campaignId: 'TESTCAMP',
      listId: '4401',
      listName: 'May leads - web_form',
      ambiguous: false,
    });
  });

  test("activeLists with the seed's stray `]}`", async () => {
    env.sim.dialer.setFaults({ activeListsSeedQuirk: true });
    const result = await env.client().activeLists();
    expect(result).toMatchObject({ ok: true, value: { complete: true } });
    expect(result.ok && result.value.lists).toHaveLength(9);
    expect(result.ok && result.notices).toEqual([
      `Ignored 2 stray character(s) after the dialer's reply ("]}").`,
    ]);
  });

  test('addMultiLead: every lead created once, stored as sent', async () => {
    const result = await env.client().addMultiLead(simLeads(3));
    expect(result).toMatchObject({ created: 3, requests: 1 });
    expect(result.rows[0]).toEqual({ row: 0, status: 'created', leadId: '1036' });
    expect(env.stored('7275550000')).toHaveLength(1);
    expect(env.stored('7275550002')[0]).toMatchObject({
      list_id: '1101',
      first_name: "Mary-Ann O'Neil",
      comments: 'Row 2: café ☕',
    });
  });

  test('addMultiLead: per-lead refusals map back to their rows', async () => {
    const result = await env
      .client()
      .addMultiLead([simLeads(1)[0] as LeadInput, { phone_number: '7275559999', list_id: '4242' }]);
    expect(result.rows).toEqual([
      { row: 0, status: 'created', leadId: '1036' },
      {
        row: 1,
        status: 'rejected',
        kind: 'not_found',
        field: 'list_id',
        message: expect.stringContaining('"4242"'),
        retryable: false,
      },
    ]);
  });

  test("600 leads: batches under Apache's limit, each lead exactly once", async () => {
    const result = await env.client().addMultiLead(simLeads(600));
    expect(result.created).toBe(600);
    const batches = env.log().filter((e) => e.function === 'add_multi_lead');
    expect(batches.length).toBe(result.requests);
    expect(batches.every((e) => e.status === 200 && e.requestLineLength <= 8000)).toBe(true);
    expect(new Set(env.sim.dialer.state.leads.map((l) => l.phone_number)).size).toBe(
      env.sim.dialer.state.leads.length,
    );
  });

  test("a limit set above the server's: HTTP 414, split and resent, nothing doubled", async () => {
    const result = await env.client({ maxRequestBytes: 30_000 }).addMultiLead(simLeads(300));
    expect(result.created).toBe(300);
    expect(env.log().some((e) => e.status === 414)).toBe(true);
    for (const l of simLeads(300)) expect(env.stored(l.phone_number)).toHaveLength(1);
  });

  test('a refused login: one request, never retried, and the next call is not sent', async () => {
    const dialer = env.client({ apiPass: 'wrong' });
    expect(await dialer.testConnection()).toMatchObject({ ok: false, kind: 'auth' });
    expect(await dialer.addMultiLead(simLeads(5))).toMatchObject({ rejected: 5, requests: 0 });
    expect(env.log()).toHaveLength(1);
    expect(env.sim.dialer.state.users.find((u) => u.user === 'api')?.failed_login_count).toBe(1);
  });
});
