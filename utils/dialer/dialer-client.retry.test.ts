import { describe, expect, test } from 'vitest';
import { createDialerClient, type DialerLogEntry } from './index';
import { fakeFetch, text } from './testing/fake-fetch';
import { testClient } from './testing/test-client';
import { TEST_USER, USER_ADDED, USER_EXISTS, USER_UPDATED } from './testing/user-fixtures';

const user = TEST_USER;
const ADDED = USER_ADDED;
const UPDATED = USER_UPDATED;
const EXISTS = USER_EXISTS;
const LOGIN_BAD = 'ERROR: Login incorrect, please try again: |api|1234|BAD|';

describe('retries', () => {
  test('5xx is retried with exponential backoff and jitter, then succeeds', async () => {
    const { client, requests, delays } = testClient([
      { status: 500, body: '' },
      { status: 502, body: '' },
      text(UPDATED),
    ]);
    expect(await client.updateUser({ agent_user: '1000', active: 'Y' })).toMatchObject({
      ok: true,
    });
    expect(requests).toHaveLength(3);
    // base 500 ms, random 0.5: 250 + 125, then 500 + 250
    expect(delays).toEqual([375, 750]);
  });

  test('gives up after maxAttempts with the last failure', async () => {
    const { client, requests, delays } = testClient(() => ({ status: 503, body: '' }), {
      retry: { maxAttempts: 3, baseDelayMs: 10 },
    });
    expect(await client.activeLists()).toMatchObject({
      ok: false,
      kind: 'unavailable',
      httpStatus: 503,
    });
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  test('network errors and timeouts are retried', async () => {
    const { client, requests } = testClient([
      { error: 'ECONNREFUSED' },
      { hang: true },
      { error: 'ECONNRESET' },
      text(ADDED),
    ]);
    expect(await client.addUser(user)).toMatchObject({ ok: true });
    expect(requests).toHaveLength(4);
  });

  test('Retry-After is honoured', async () => {
    const { client, delays } = testClient([
      { status: 503, body: '', headers: { 'retry-after': '3' } },
      text(UPDATED),
    ]);
    await client.updateUser({ agent_user: '1000', active: 'Y' });
    expect(delays).toEqual([3000]);
  });

  test.each([
    ['permission', 'ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS - api|0'],
    ['invalid', 'ERROR: update_user YOU MUST USE A VALID EMAIL, THIS IS AN OPTIONAL FIELD - api'],
    ['not_found', 'ERROR: update_user USER DOES NOT EXIST - api|1000'],
  ])('%s is never retried', async (kind, reply) => {
    const { client, requests } = testClient([text(reply), text(UPDATED)]);
    expect(await client.updateUser({ agent_user: '1000', email: 'a@b.co' })).toMatchObject({
      ok: false,
      kind,
    });
    expect(requests).toHaveLength(1);
  });

  test('an HTML page instead of a reply is not retried', async () => {
    const { client, requests } = testClient([
      { body: '<html><head><title>Login</title></head></html>' },
      text(UPDATED),
    ]);
    expect(await client.updateUser({ agent_user: '1000', active: 'Y' })).toMatchObject({
      ok: false,
      kind: 'malformed',
    });
    expect(requests).toHaveLength(1);
  });

  test('add_user whose reply was lost, then "exists": reported with afterLostReply', async () => {
    const { client } = testClient([{ hang: true }, text(EXISTS)]);
    const result = await client.addUser(user);
    expect(result).toMatchObject({ ok: false, kind: 'exists', afterLostReply: true });
    expect(!result.ok && result.message).toContain(
      'An earlier attempt whose reply was lost may have created it.',
    );
  });

  test('cancelling stops the retries', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(() => {
      controller.abort();
      return { status: 500, body: '' };
    });
    const client = createDialerClient({
      baseUrl: 'https://d.example',
      apiUser: 'api',
      apiPass: '1234',
      source: 'crm',
      fetch: fake.fetch,
      sleep: async () => {},
      random: () => 0,
    });
    await client.activeLists({ signal: controller.signal });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('authentication failures', () => {
  test('are never retried, and block every later call until reset', async () => {
    const { client, requests } = testClient([text(LOGIN_BAD), text(UPDATED)]);
    const first = await client.updateUser({ agent_user: '1000', active: 'Y' });
    expect(first).toMatchObject({ ok: false, kind: 'auth' });
    expect(requests).toHaveLength(1);
    const second = await client.activeLists();
    expect(second).toMatchObject({ ok: false, kind: 'auth' });
    expect(!second.ok && second.message).toMatch(/^Not sent: the dialer refused the API login/);
    expect(requests).toHaveLength(1);
    client.resetAuthBlock();
    expect(await client.updateUser({ agent_user: '1000', active: 'Y' })).toMatchObject({
      ok: true,
    });
    expect(requests).toHaveLength(2);
  });

  test('the password never appears in a result or a log entry', async () => {
    const log: DialerLogEntry[] = [];
    const { client } = testClient(
      [text('ERROR: Login incorrect, please try again: |api|1234|BAD|')],
      { onLog: (e) => log.push(e) },
    );
    const result = await client.addUser({ ...user, agent_pass: 'agentSecret' });
    expect(JSON.stringify(result)).not.toContain('1234');
    expect(JSON.stringify(log)).not.toContain('1234');
    expect(JSON.stringify(log)).not.toContain('agentSecret');
    expect(log[0]).toMatchObject({ fn: 'add_user', attempt: 1, outcome: 'auth', method: 'GET' });
  });
});
