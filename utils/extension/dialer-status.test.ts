import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DialerClient } from '../dialer';
import type { ClientFromSettings } from './dialer-from-settings';
import { dialerStatus, STATUS_TTL_MS } from './dialer-status';

type TestResult = Awaited<ReturnType<DialerClient['testConnection']>>;

function deps(results: TestResult[], made?: ClientFromSettings) {
  let time = 10_000;
  const testConnection = vi.fn(async () => (results.length > 1 ? results.shift() : results[0]));
  const client = { testConnection } as unknown as DialerClient;
  return {
    testConnection,
    advance: (ms: number) => (time += ms),
    deps: {
      clientFromSettings: async () => made ?? { ok: true as const, client, key: 'k1' },
      isConfigured: async () => true,
      now: () => time,
    },
  };
}
const answers: TestResult = {
  ok: true,
  value: { backend: 'elision', listCount: 3, warnings: [] },
  notices: [],
  raw: '',
};

describe('dialer/status', () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks once and reuses the answer for a minute; refresh checks again', async () => {
    const { deps: d, testConnection, advance } = deps([answers]);
    const first = await dialerStatus({}, d);
    expect(first).toMatchObject({ configured: true, answers: 'yes', checkedAt: 10_000 });
    expect(first.message).toContain('3 active lists');
    advance(STATUS_TTL_MS - 1);
    expect(await dialerStatus({}, d)).toEqual(first);
    expect(testConnection).toHaveBeenCalledTimes(1);
    expect((await dialerStatus({ refresh: true }, d)).checkedAt).toBe(10_000 + STATUS_TTL_MS - 1);
    advance(STATUS_TTL_MS);
    await dialerStatus({}, d);
    expect(testConnection).toHaveBeenCalledTimes(3);
  });

  it('new credentials are checked at once, not answered from the cache', async () => {
    const first = deps([answers]);
    await dialerStatus({}, first.deps);
    const other = deps([answers]);
    const changed = {
      ...other.deps,
      clientFromSettings: async () => ({
        ok: true as const,
        client: { testConnection: other.testConnection } as unknown as DialerClient,
        key: 'k2',
      }),
    };
    await dialerStatus({}, changed);
    expect(other.testConnection).toHaveBeenCalledTimes(1);
  });

  it('a refused login is remembered, and then nothing is sent even on refresh', async () => {
    const refused: TestResult = {
      ok: false,
      kind: 'auth',
      message: 'LOGIN INCORRECT',
      retryable: false,
      maybeApplied: false,
    };
    const { deps: d } = deps([refused]);
    expect(await dialerStatus({}, d)).toMatchObject({ answers: 'no', message: 'LOGIN INCORRECT' });
    expect(await fakeBrowser.storage.session.get('dialerLoginRefused')).toEqual({
      dialerLoginRefused: 'k1',
    });
    const blocked = deps([], { ok: false, message: 'The dialer refused this API user' });
    const status = await dialerStatus({ refresh: true }, blocked.deps);
    expect(status).toEqual({
      configured: true,
      answers: 'no',
      message: 'The dialer refused this API user',
      checkedAt: null,
    });
    expect(blocked.testConnection).not.toHaveBeenCalled();
  });

  it('says when the extension is not configured, without asking the dialer', async () => {
    const { deps: d, testConnection } = deps([answers]);
    const status = await dialerStatus({}, { ...d, isConfigured: async () => false });
    expect(status).toMatchObject({ configured: false, answers: 'unknown', checkedAt: null });
    expect(testConnection).not.toHaveBeenCalled();
  });
});
