import { type DialerFailure, failure } from './dialer-types';
import type { RequestMethod } from './request-encoding';

/**
 * One HTTP exchange with the dialer through the `fetch` the caller passes in, with a timeout
 * and cancellation, and every way it can fail turned into a `DialerFailure` that says whether
 * the request may have reached the dialer.
 *
 * "Was it sent?" is what decides whether adding leads may be retried. Errors that happen
 * before a byte leaves (connection refused, unknown host, a connect timeout, a refused
 * certificate) mean not sent. Anything later — a timeout while waiting, a connection reset, a
 * reply that stops halfway — may come after the dialer did the work. Browsers report every
 * network error as the same TypeError, so there an error without a code counts as "maybe sent".
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpRequest {
  method: RequestMethod;
  /** The API script's URL, without a query. */
  url: string;
  /** Encoded parameters: the query string for GET, the form body for POST. */
  query: string;
  timeoutMs: number;
  signal?: AbortSignal;
  fetch: FetchLike;
}

export interface HttpExchange {
  ok: true;
  status: number;
  body: string;
  retryAfter: string | null;
}

/** Node/undici error codes that mean the request never left this machine. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const CERTIFICATE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i;

/** The first `code` along an error's `cause` chain (and inside an AggregateError). */
export function errorCode(error: unknown, depth = 0): string | undefined {
  if (depth > 6 || typeof error !== 'object' || error === null) return undefined;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string') return record.code;
  const fromCause = errorCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record.errors)) {
    for (const inner of record.errors) {
      const code = errorCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return undefined;
}

export function networkFailure(error: unknown): DialerFailure {
  const code = errorCode(error);
  if (code && NOT_SENT.has(code)) {
    return failure(
      'unavailable',
      `Could not connect to the dialer (${code}): check the dialer URL and that the server is up. Nothing was sent.`,
      { retryable: true, reason: code },
    );
  }
  if (code && CERTIFICATE.test(code)) {
    return failure(
      'unavailable',
      `The dialer's HTTPS certificate was refused (${code}): the server needs a valid certificate for this address. Nothing was sent.`,
      { reason: code },
    );
  }
  return failure(
    'unavailable',
    `The connection to the dialer failed${code ? ` (${code})` : ''}; the request may or may not have been carried out.`,
    { retryable: true, maybeApplied: true, reason: code },
  );
}

function timeoutFailure(timeoutMs: number, reading: boolean): DialerFailure {
  const shown = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 100) / 10} s`;
  return failure(
    'unavailable',
    `The dialer did not ${reading ? 'finish its reply' : 'answer'} within ${shown}; the request may or may not have been carried out.`,
    { retryable: true, maybeApplied: true, reason: 'TIMEOUT' },
  );
}

function cancelledFailure(sent: boolean): DialerFailure {
  return failure(
    'unavailable',
    sent
      ? 'The call was cancelled before the dialer answered; it may or may not have been carried out.'
      : 'The call was cancelled before it was sent.',
    { maybeApplied: sent, reason: 'CANCELLED' },
  );
}

/**
 * One promise per request, settled by whichever comes first: the reply read whole, a failure,
 * the timeout, or the caller's cancel. One timer covers both the wait for the answer and the
 * reading of the body; a timeout or a cancel also aborts the fetch, and settles the call at
 * once even with a fetch that ignores its signal.
 */
export function sendHttp(request: HttpRequest): Promise<HttpExchange | DialerFailure> {
  const { signal, timeoutMs } = request;
  if (signal?.aborted) return Promise.resolve(cancelledFailure(false));
  const controller = new AbortController();
  const get = request.method === 'GET';
  const init: RequestInit = get
    ? {
        method: 'GET',
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
      }
    : {
        method: request.method,
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        body: request.query,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      };
  const url = get ? `${request.url}?${request.query}` : request.url;

  return new Promise((resolve) => {
    let settled = false;
    let reading = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onCancel = () => {
      finish(cancelledFailure(true));
      controller.abort(signal?.reason);
    };
    const finish = (outcome: HttpExchange | DialerFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCancel);
      resolve(outcome);
    };
    const failed = (error: unknown) => {
      if (!reading) return finish(networkFailure(error));
      finish(
        failure(
          'unavailable',
          'The connection dropped while the dialer was replying; the request may or may not have been carried out.',
          { retryable: true, maybeApplied: true, reason: errorCode(error) ?? 'CUT' },
        ),
      );
    };
    timer = setTimeout(() => {
      finish(timeoutFailure(timeoutMs, reading));
      controller.abort(new Error('timeout'));
    }, timeoutMs);
    signal?.addEventListener('abort', onCancel, { once: true });

    const read = (response: Response) => {
      if (settled) return;
      reading = true;
      response.text().then(
        (body) =>
          finish({
            ok: true,
            status: response.status,
            body,
            retryAfter: response.headers.get('retry-after'),
          }),
        failed,
      );
    };
    try {
      request.fetch(url, init).then((response) => {
        try {
          read(response);
        } catch (error) {
          failed(error);
        }
      }, failed);
    } catch (error) {
      failed(error);
    }
  });
}
