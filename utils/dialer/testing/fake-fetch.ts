import type { FetchLike } from '../transport';

/**
 * A scripted `fetch` for tests: each request takes the next step of the script (or asks a
 * function), and every request is recorded with its decoded parameters. Steps can fail the
 * ways real networks do, on cue.
 */

export interface RecordedRequest {
  url: string;
  method: string;
  params: URLSearchParams;
  /** The request line size as Apache counts it (GET) or the body size (POST). */
  size: number;
}

export type Step =
  | { status?: number; body: string; headers?: Record<string, string> }
  /** fetch rejects the way Node's fetch does for this error code (ECONNREFUSED, ECONNRESET…). */
  | { error: string }
  /** fetch rejects the way a browser does: a TypeError without any code. */
  | { browserError: true }
  /** Never answers (until the client's timeout aborts). */
  | { hang: true }
  /** Headers arrive, then the connection drops halfway through the body. */
  | { cutBody: string; status?: number };

export type Script = Step[] | ((request: RecordedRequest, index: number) => Step);

export function networkError(code: string): TypeError {
  const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:80`), { code });
  return Object.assign(new TypeError('fetch failed'), { cause });
}

function record(url: string, init: RequestInit): RecordedRequest {
  const parsed = new URL(url);
  const method = init.method ?? 'GET';
  const body = typeof init.body === 'string' ? init.body : '';
  const params = method === 'GET' ? parsed.searchParams : new URLSearchParams(body);
  const size =
    method === 'GET' ? `GET ${parsed.pathname}${parsed.search} HTTP/1.1`.length : body.length;
  return { url, method, params, size };
}

function respond(step: Step, signal: AbortSignal | null | undefined): Promise<Response> {
  if ('error' in step) return Promise.reject(networkError(step.error));
  if ('browserError' in step) return Promise.reject(new TypeError('Failed to fetch'));
  if ('hang' in step) {
    return new Promise((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
  if ('cutBody' in step) {
    const bytes = new TextEncoder().encode(step.cutBody);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.error(new TypeError('terminated'));
      },
    });
    return Promise.resolve(new Response(stream, { status: step.status ?? 200 }));
  }
  return Promise.resolve(
    new Response(step.body, { status: step.status ?? 200, headers: step.headers }),
  );
}

export function fakeFetch(script: Script) {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = (url, init) => {
    const request = record(url, init);
    const index = requests.length;
    requests.push(request);
    const step = typeof script === 'function' ? script(request, index) : script[index];
    if (!step) return Promise.reject(new Error(`fake fetch: no step for request ${index + 1}`));
    return respond(step, init.signal);
  };
  return { fetch, requests };
}

/** A sleep that returns at once and remembers every delay asked for. */
export function fakeSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
  };
  return { sleep, delays };
}

/** Answers one text line, as PHP does: the line and a newline, HTTP 200. */
export const text = (...lines: string[]): Step => ({ body: lines.map((l) => `${l}\n`).join('') });
export const json = (value: unknown): Step => ({ body: JSON.stringify(value) });
