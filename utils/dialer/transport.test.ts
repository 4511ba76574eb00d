import { describe, expect, test, vi } from 'vitest';
import { fakeFetch, networkError, type Step } from './testing/fake-fetch';
import { errorCode, type FetchLike, networkFailure, sendHttp } from './transport';

const send = (
  step: Step,
  extra: { timeoutMs?: number; signal?: AbortSignal; method?: 'GET' | 'POST' } = {},
) => {
  const fake = fakeFetch([step]);
  const result = sendHttp({
    method: extra.method ?? 'GET',
    url: 'https://dialer.example.com/dialer/elision_api.php',
    query: 'a=1&pass=2',
    timeoutMs: extra.timeoutMs ?? 50,
    signal: extra.signal,
    fetch: fake.fetch,
  });
  return { result, requests: fake.requests };
};

describe('sendHttp', () => {
  test('a reply: status, body and Retry-After', async () => {
    const { result, requests } = send({
      status: 503,
      body: 'busy',
      headers: { 'retry-after': '2' },
    });
    expect(await result).toEqual({ ok: true, status: 503, body: 'busy', retryAfter: '2' });
    expect(requests[0]?.url).toBe('https://dialer.example.com/dialer/elision_api.php?a=1&pass=2');
  });

  test('POST puts the parameters in a form body, not in the URL', async () => {
    const { result, requests } = send({ body: 'ok' }, { method: 'POST' });
    await result;
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://dialer.example.com/dialer/elision_api.php',
    });
    expect(requests[0]?.params.get('pass')).toBe('2');
  });

  test('connection refused: nothing was sent, retryable', async () => {
    expect(await send({ error: 'ECONNREFUSED' }).result).toMatchObject({
      ok: false,
      kind: 'unavailable',
      retryable: true,
      maybeApplied: false,
    });
  });

  test('connection reset: maybe applied', async () => {
    expect(await send({ error: 'ECONNRESET' }).result).toMatchObject({
      ok: false,
      kind: 'unavailable',
      retryable: true,
      maybeApplied: true,
    });
  });

  test('a browser network error has no code: maybe applied', async () => {
    expect(await send({ browserError: true }).result).toMatchObject({
      kind: 'unavailable',
      maybeApplied: true,
    });
  });

  test('a refused certificate: not retried, not sent', async () => {
    expect(await send({ error: 'CERT_HAS_EXPIRED' }).result).toMatchObject({
      kind: 'unavailable',
      retryable: false,
      maybeApplied: false,
    });
  });

  test('no answer within the timeout: maybe applied, retryable', async () => {
    const result = await send({ hang: true }, { timeoutMs: 20 }).result;
    expect(result).toMatchObject({
      ok: false,
      kind: 'unavailable',
      reason: 'TIMEOUT',
      retryable: true,
      maybeApplied: true,
    });
    expect(!result.ok && result.message).toContain('within 20 ms');
  });

  test('the connection drops halfway through the body', async () => {
    expect(await send({ cutBody: '{"lead 1":' }).result).toMatchObject({
      ok: false,
      kind: 'unavailable',
      maybeApplied: true,
      retryable: true,
    });
  });

  test('cancelled before sending, and while waiting', async () => {
    const before = new AbortController();
    before.abort();
    expect(await send({ body: 'x' }, { signal: before.signal }).result).toMatchObject({
      reason: 'CANCELLED',
      maybeApplied: false,
    });
    const during = new AbortController();
    const pending = send({ hang: true }, { signal: during.signal, timeoutMs: 5000 }).result;
    during.abort();
    expect(await pending).toMatchObject({
      reason: 'CANCELLED',
      maybeApplied: true,
      retryable: false,
    });
  });

  test('a fetch that ignores the abort signal still times out', async () => {
    const result = await sendHttp({
      method: 'GET',
      url: 'https://d.example/x.php',
      query: '',
      timeoutMs: 20,
      fetch: () => new Promise(() => {}),
    });
    expect(result).toMatchObject({ reason: 'TIMEOUT' });
  });
});

describe('one timer per request covers the answer and the body', () => {
  /** A response whose body sends `first` and then stalls (or fails when `fail` is set). */
  const stalling = (first: string, fail?: Error) => {
    let signalSeen: AbortSignal | undefined;
    const fetch = async (_url: string, init: RequestInit) => {
      signalSeen = init.signal ?? undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(first));
          if (fail) controller.error(fail);
        },
      });
      return new Response(body);
    };
    return { fetch, signal: () => signalSeen };
  };
  const request = (fetch: FetchLike, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
    sendHttp({
      method: 'GET',
      url: 'https://d.example/x.php',
      query: 'a=1',
      timeoutMs: extra.timeoutMs ?? 30,
      signal: extra.signal,
      fetch,
    });

  test('a body that stops coming: timed out while reading, and the fetch is aborted', async () => {
    const fake = stalling('{"lead 1":');
    const result = await request(fake.fetch);
    expect(result).toMatchObject({ ok: false, reason: 'TIMEOUT', maybeApplied: true });
    expect(!result.ok && result.message).toContain('did not finish its reply within 30 ms');
    expect(fake.signal()?.aborted).toBe(true);
  });

  test('cancelled while reading the body', async () => {
    const fake = stalling('{"lead 1":');
    const cancel = new AbortController();
    const pending = request(fake.fetch, { signal: cancel.signal, timeoutMs: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    cancel.abort();
    expect(await pending).toMatchObject({ reason: 'CANCELLED', maybeApplied: true });
    expect(fake.signal()?.aborted).toBe(true);
  });

  test('a body that fails halfway: cut, maybe applied', async () => {
    const fake = stalling('{"lead 1":', Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    expect(await request(fake.fetch)).toMatchObject({ reason: 'ECONNRESET', maybeApplied: true });
  });

  test('a fetch that throws instead of rejecting is a network failure', async () => {
    const result = await request(() => {
      throw Object.assign(new TypeError('bad'), { code: 'ECONNREFUSED' });
    });
    expect(result).toMatchObject({ ok: false, reason: 'ECONNREFUSED', maybeApplied: false });
  });

  test('after a reply no timer and no abort listener is left behind', async () => {
    vi.useFakeTimers();
    try {
      const cancel = new AbortController();
      const listeners = vi.spyOn(cancel.signal, 'removeEventListener');
      const result = await request(async () => new Response('ok'), {
        signal: cancel.signal,
        timeoutMs: 60_000,
      });
      expect(result).toMatchObject({ ok: true, body: 'ok' });
      expect(vi.getTimerCount()).toBe(0);
      expect(listeners).toHaveBeenCalledWith('abort', expect.any(Function));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('error codes', () => {
  test('found along the cause chain and inside an AggregateError', () => {
    expect(errorCode(networkError('ECONNREFUSED'))).toBe('ECONNREFUSED');
    const aggregate = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('x'), { code: 'ENETUNREACH' })]),
    });
    expect(errorCode(aggregate)).toBe('ENETUNREACH');
    expect(errorCode('nope')).toBeUndefined();
  });

  test.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])(
    '%s means not sent',
    (code) => {
      expect(networkFailure(networkError(code)).maybeApplied).toBe(false);
    },
  );

  test.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])('%s means maybe sent', (code) => {
    expect(networkFailure(networkError(code)).maybeApplied).toBe(true);
  });
});

test("the query is sent byte for byte as built: fetch's URL parser changes nothing", async () => {
  const { encodeQuery } = await import('./request-encoding');
  const query = encodeQuery([
    ['first_name', "Mary-Ann O'Neil (Jr.)*!"],
    ['c', 'café ☕ a+b&c=d'],
  ]);
  let sent = '';
  await sendHttp({
    method: 'GET',
    url: 'https://d.example/x.php',
    query,
    timeoutMs: 100,
    fetch: async (url) => {
      sent = new URL(url).search.slice(1);
      return new Response('');
    },
  });
  expect(sent).toBe(query);
  expect(new URLSearchParams(sent).get('first_name')).toBe("Mary-Ann O'Neil (Jr.)*!");
});
