import { describe, expect, test } from 'vitest';
import { createDialerClient } from './index';
import { fakeFetch, json, text } from './testing/fake-fetch';
import { testClient } from './testing/test-client';
import { TEST_USER, USER_ADDED, USER_EXISTS, USER_UPDATED } from './testing/user-fixtures';

const user = TEST_USER;
const ADDED = USER_ADDED;
const UPDATED = USER_UPDATED;
const EXISTS = USER_EXISTS;

describe('requests', () => {
  test("add_user sends the seed's parameters in the seed's order to the Elision path", async () => {
    const { client, requests } = testClient([text(ADDED)]);
    expect(await client.addUser(user)).toMatchObject({
      ok: true,
      value: { reason: 'USER HAS BEEN ADDED' },
    });
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/dialer/elision_api.php');
    expect([...url.searchParams]).toEqual([
      ['source', 'crm'],
      ['user', 'api'],
      ['pass', '1234'],
      ['function', 'add_user'],
      ['agent_user', '1000'],
      ['agent_pass', '9999'],
      ['agent_user_level', '1'],
      ['agent_full_name', 'Testing Person'],
      ['agent_user_group', 'AGENTS'],
    ]);
  });

  test('POST sends the same parameters as a form body', async () => {
    const { client, requests } = testClient([text(ADDED)], { method: 'POST' });
    await client.addUser(user);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url).toBe('https://dialer.example.com/dialer/elision_api.php');
    expect(requests[0]?.params.get('agent_full_name')).toBe('Testing Person');
  });

  test('a base URL with a path prefix and a trailing slash, and a custom API path', async () => {
    const { client, requests } = testClient([json({ success: true, message: 'ok', data: [] })], {
      baseUrl: 'https://host.example/pbx/',
      apiPath: '/api/elision_api.php',
    });
    await client.activeLists();
    expect(requests[0]?.url.startsWith('https://host.example/pbx/api/elision_api.php?')).toBe(true);
  });
});

describe('values the dialer would mangle are refused and nothing is sent', () => {
  test("O'Brien, José & Co", async () => {
    const { client, requests } = testClient([]);
    const result = await client.addUser({ ...user, agent_full_name: "O'Brien, José & Co" });
    expect(result).toMatchObject({ ok: false, kind: 'invalid', field: 'agent_full_name' });
    expect(!result.ok && result.message).toContain('remove "\'", ",", "é", "&"');
    expect(requests).toHaveLength(0);
  });

  test('a lowercase active on update_user', async () => {
    const { client, requests } = testClient([]);
    expect(await client.updateUser({ agent_user: '1000', active: 'y' })).toMatchObject({
      ok: false,
      field: 'active',
    });
    expect(requests).toHaveLength(0);
  });

  test('an update with nothing to update', async () => {
    const { client, requests } = testClient([]);
    const result = await client.updateUser({ agent_user: '1000' });
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!result.ok && result.message).toContain('Nothing to update');
    expect(requests).toHaveLength(0);
  });

  test('a list name that is too short', async () => {
    const { client, requests } = testClient([]);
    expect(
      await client.addList({ list_id: '1101', list_name: 'Test', campaign_id: 'TESTCAMP' }),
    ).toMatchObject({ ok: false, field: 'list_name' });
    expect(requests).toHaveLength(0);
  });
});

describe('functions', () => {
  test('updateUser', async () => {
    const { client, requests } = testClient([text(UPDATED)]);
    expect(
      await client.updateUser({ agent_user: '1000', agent_full_name: 'New Name', active: 'N' }),
    ).toMatchObject({ ok: true });
    expect(requests[0]?.params.get('active')).toBe('N');
  });

  test('addList fills in what the reply does not echo', async () => {
    const { client } = testClient([
      json({ success: true, message: '1101 list created', data: {} }),
    ]);
    expect(
      await client.addList({
        list_id: '1101',
        list_name: 'Test API list',
        campaign_id: 'TESTCAMP',
        active: 'Y',
      }),
    ).toMatchObject({
      ok: true,
      value: {
        message: '1101 list created',
        listId: '1101',
        listName: 'Test API list',
        campaignId: 'TESTCAMP',
      },
    });
  });

  test('addList: the list exists', async () => {
    const { client } = testClient([
      json({ success: false, message: '1101 list already exist', data: {} }),
    ]);
    expect(
      await client.addList({
        list_id: '1101',
        list_name: 'Test API list',
        campaign_id: 'TESTCAMP',
      }),
    ).toMatchObject({ ok: false, kind: 'exists', field: 'list_id' });
  });

  test('activeLists', async () => {
    const { client } = testClient([
      json({
        success: true,
        message: 'lists are listed successfully',
        data: ['NIKHIL-1101-Test API list'],
      }),
    ]);
    expect(await client.activeLists()).toMatchObject({
      ok: true,
      value: { lists: [{ campaignId: 'NIKHIL', listId: '1101', listName: 'Test API list' }] },
    });
  });
});

describe('upsertUser', () => {
  test('adds a new user', async () => {
    const { client, requests } = testClient([text(ADDED)]);
    expect(await client.upsertUser(user)).toMatchObject({ ok: true, value: { action: 'added' } });
    expect(requests).toHaveLength(1);
  });

  test('updates a user that already exists, with every field', async () => {
    const { client, requests } = testClient([text(EXISTS), text(UPDATED)]);
    expect(await client.upsertUser({ ...user, email: 'a@b.co', active: 'Y' })).toMatchObject({
      ok: true,
      value: { action: 'updated' },
    });
    expect(requests.map((r) => r.params.get('function'))).toEqual(['add_user', 'update_user']);
    expect(Object.fromEntries(requests[1]?.params ?? [])).toMatchObject({
      ...user,
      email: 'a@b.co',
      active: 'Y',
    });
  });

  test('a user added inactive is deactivated right after', async () => {
    const { client, requests } = testClient([text(ADDED), text(UPDATED)]);
    expect(await client.upsertUser({ ...user, active: 'N' })).toMatchObject({
      ok: true,
      value: { action: 'added' },
    });
    expect(requests[1]?.params.get('active')).toBe('N');
  });

  test('checks every field before sending anything', async () => {
    const { client, requests } = testClient([]);
    expect(await client.upsertUser({ ...user, active: 'n' })).toMatchObject({
      ok: false,
      field: 'active',
    });
    expect(requests).toHaveLength(0);
  });

  test('other add failures are returned as they are', async () => {
    const { client, requests } = testClient([
      text('ERROR: add_user USER GROUP DOES NOT EXIST - api|ADFHR'),
    ]);
    expect(await client.upsertUser(user)).toMatchObject({
      ok: false,
      kind: 'not_found',
      field: 'agent_user_group',
    });
    expect(requests).toHaveLength(1);
  });

  test('an add whose reply was lost, then "exists": updated, and the notice says why', async () => {
    const { client, requests } = testClient([{ hang: true }, text(EXISTS), text(UPDATED)]);
    const result = await client.upsertUser(user);
    expect(result).toMatchObject({ ok: true, value: { action: 'updated' } });
    expect(result.ok && result.notices[0]).toContain('may have been added by it');
    expect(requests).toHaveLength(3);
  });
});

describe('configuration', () => {
  test('invalid settings: every call answers the problem, nothing is sent', async () => {
    const fake = fakeFetch([]);
    const client = createDialerClient({
      baseUrl: 'dialer',
      apiUser: '',
      apiPass: 'x',
      source: 'a',
      fetch: fake.fetch,
      sleep: async () => {},
      random: () => 0,
    });
    const result = await client.addUser(user);
    expect(result).toMatchObject({ ok: false, kind: 'invalid', field: 'baseUrl' });
    expect(!result.ok && result.issues?.map((i) => i.field)).toEqual([
      'baseUrl',
      'apiUser',
      'source',
    ]);
    const leads = await client.addMultiLead([{ phone_number: '7275551212', list_id: '1101' }]);
    expect(leads).toMatchObject({
      rejected: 1,
      requests: 0,
      rows: [{ row: 0, status: 'rejected' }],
    });
    expect(await client.testConnection()).toMatchObject({ ok: false });
    expect(fake.requests).toHaveLength(0);
  });

  test('plain http to a remote dialer is warned about; loopback is not', () => {
    const make = (baseUrl: string) =>
      createDialerClient({
        baseUrl,
        apiUser: 'api',
        apiPass: '1234',
        source: 'crm',
        fetch: fakeFetch([]).fetch,
        sleep: async () => {},
        random: () => 0,
      });
    expect(make('http://dialer.example.com').warnings[0]).toMatch(/plain http/);
    expect(make('http://127.0.0.1:8080').warnings).toEqual([]);
    expect(make('https://dialer.example.com').warnings).toEqual([]);
  });
});
