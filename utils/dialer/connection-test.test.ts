import { describe, expect, test } from 'vitest';
import { json, text } from './testing/fake-fetch';
import { testClient } from './testing/test-client';

const VERSION =
  'VERSION: 2.14-917a|BUILD: 240210-1013|DATE: 2024-03-01 10:00:00|EPOCH: 1709287200|DST: 0|TZ: -5|TZNOW: -5|';
const REQUIRED = 'ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS - api||';
const LOGIN_BAD = 'ERROR: Login incorrect, please try again: |api|1234|BAD|';

describe('testConnection on Elision', () => {
  test('active_lists proves the URL, the path and the login', async () => {
    const { client, requests } = testClient([
      json({
        success: true,
        message: 'lists are listed successfully',
        data: ['A1-11-first list', 'B2-22-second list'],
      }),
    ]);
    expect(await client.testConnection()).toMatchObject({
      ok: true,
      value: { backend: 'elision', listCount: 2, warnings: [] },
    });
    expect(requests[0]?.params.get('function')).toBe('active_lists');
  });

  test('a refused login is tried once only, even with retries configured', async () => {
    const { client, requests } = testClient([text(LOGIN_BAD), text(LOGIN_BAD)], {
      retry: { maxAttempts: 5 },
    });
    expect(await client.testConnection()).toMatchObject({ ok: false, kind: 'auth' });
    expect(await client.testConnection()).toMatchObject({ ok: false, kind: 'auth' });
    expect(requests).toHaveLength(1);
  });

  test('a server error is not retried either: the person clicks again', async () => {
    const { client, requests } = testClient([{ status: 500, body: '' }]);
    expect(await client.testConnection()).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(requests).toHaveLength(1);
  });

  test('a wrong path', async () => {
    const { client } = testClient([{ status: 404, body: '<title>404 Not Found</title>' }]);
    const result = await client.testConnection();
    expect(!result.ok && result.message).toContain('check the dialer URL and the API path');
  });
});

describe('testConnection on stock VICIdial', () => {
  test('version (without credentials), then a login check that creates nothing', async () => {
    const { client, requests } = testClient([text(VERSION), text(REQUIRED)], {
      backend: 'vicidial',
    });
    expect(await client.testConnection()).toMatchObject({
      ok: true,
      value: { backend: 'vicidial', version: '2.14-917a' },
    });
    expect(requests[0]?.params.get('function')).toBe('version');
    expect(requests[0]?.params.has('pass')).toBe(false);
    expect([...(requests[1]?.params.keys() ?? [])]).toEqual(['source', 'user', 'pass', 'function']);
    expect(requests[1]?.params.get('function')).toBe('add_user');
  });

  test('a refused login', async () => {
    const { client, requests } = testClient([text(VERSION), text(LOGIN_BAD)], {
      backend: 'vicidial',
    });
    expect(await client.testConnection()).toMatchObject({ ok: false, kind: 'auth' });
    expect(requests).toHaveLength(2);
  });

  test('logged in but without the right to add users', async () => {
    const { client } = testClient(
      [text(VERSION), text('ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS - api|0')],
      { backend: 'vicidial' },
    );
    expect(await client.testConnection()).toMatchObject({ ok: false, kind: 'permission' });
  });

  test('no VICIdial API at the address', async () => {
    const { client, requests } = testClient(
      [{ body: '<html><head><title>Welcome</title></head></html>' }],
      { backend: 'vicidial' },
    );
    const result = await client.testConnection();
    expect(result).toMatchObject({ ok: false, kind: 'malformed' });
    expect(!result.ok && result.message).toMatch(/^No VICIdial API answered the version call/);
    expect(requests).toHaveLength(1);
  });

  test('warnings come along with a working connection', async () => {
    const { client } = testClient([text(VERSION), text(REQUIRED)], {
      backend: 'vicidial',
      baseUrl: 'http://dialer.example.com',
      apiPass: 'p@ss',
    });
    const result = await client.testConnection();
    expect(result.ok && result.value.warnings).toHaveLength(2);
  });
});
