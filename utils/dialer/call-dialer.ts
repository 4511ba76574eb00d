import {
  type DialerFailure,
  type DialerFunction,
  type FailureKind,
  failure,
  type ParsedReply,
} from './dialer-types';
import { maskSecrets } from './mask-secrets';
import { parseDialerReply, type ReplyContext } from './parse-reply';
import { encodeQuery, type Params, type RequestMethod, requestSize } from './request-encoding';
import { backoffDelay, parseRetryAfter, type RetryPolicy, shouldRetry } from './retry-policy';
import { type FetchLike, sendHttp } from './transport';

/**
 * One dialer function call: build the request, send it, read the reply, retry what may be
 * retried. Every attempt is reported to `onLog` with passwords masked.
 */

export interface CallerSettings {
  /** The API script's full URL, e.g. https://dialer.example.com/dialer/elision_api.php */
  url: string;
  apiUser: string;
  apiPass: string;
  source: string;
  method: RequestMethod;
  timeoutMs: number;
  retry: RetryPolicy;
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  onLog?: (entry: DialerLogEntry) => void;
}

export interface DialerLogEntry {
  fn: DialerFunction;
  attempt: number;
  method: RequestMethod;
  /** The request URL with its query, passwords masked, cut to 300 characters. */
  url: string;
  requestBytes: number;
  durationMs: number;
  httpStatus?: number;
  outcome: 'ok' | FailureKind;
  message?: string;
  /** The reply, passwords masked, cut (see DialerFailure.raw). */
  raw?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the policy's attempts for this call (a connection test tries once). */
  maxAttempts?: number;
  context?: ReplyContext;
}

export interface CallOutcome<F extends DialerFunction> {
  result: ParsedReply<F>;
  /** Requests actually sent (0 when the call was refused before sending). */
  attempts: number;
  requestBytes: number;
}

const PASSWORD_PARAMS = new Set(['pass', 'agent_pass', 'phone_pass']);

export interface Caller {
  call<F extends DialerFunction>(
    fn: F,
    fields: Params,
    options?: CallOptions,
  ): Promise<CallOutcome<F>>;
  /** The size of a request for `fn` with these fields, as it would be sent. */
  size(fn: DialerFunction, fields: Params): number;
  /** Clears the stop that an authentication failure puts on every further call. */
  resetAuthBlock(): void;
}

export function createCaller(settings: CallerSettings): Caller {
  const path = new URL(settings.url).pathname;
  let authBlock: DialerFailure | undefined;

  // `version` needs no credentials (stock VICIdial), so none are sent with it.
  const allParams = (fn: DialerFunction, fields: Params): Params =>
    fn === 'version'
      ? [['source', settings.source], ['function', fn], ...fields]
      : [
          ['source', settings.source],
          ['user', settings.apiUser],
          ['pass', settings.apiPass],
          ['function', fn],
          ...fields,
        ];

  const size = (fn: DialerFunction, fields: Params) =>
    requestSize(settings.method, path, encodeQuery(allParams(fn, fields)));

  async function call<F extends DialerFunction>(
    fn: F,
    fields: Params,
    options: CallOptions = {},
  ): Promise<CallOutcome<F>> {
    const params = allParams(fn, fields);
    const query = encodeQuery(params);
    const requestBytes = requestSize(settings.method, path, query);
    // Never send credentials the dialer has just refused: 10 failures lock the account.
    if (authBlock && fn !== 'version') {
      const blocked = failure(
        'auth',
        `Not sent: the dialer refused the API login on an earlier call. ${authBlock.message}`,
        {
          reason: authBlock.reason,
        },
      );
      return { result: blocked as ParsedReply<F>, attempts: 0, requestBytes };
    }
    const secrets = [
      settings.apiPass,
      ...params
        .filter(([key]) => PASSWORD_PARAMS.has(key))
        .map(([, value]) => (typeof value === 'string' ? value : decodeURIComponent(value.text))),
    ];
    const context: ReplyContext = { ...options.context, secrets };
    const maxAttempts = options.maxAttempts ?? settings.retry.maxAttempts;
    let lostReply = false;
    let attempt = 0;
    for (;;) {
      attempt += 1;
      const started = settings.now();
      const exchange = await sendHttp({
        method: settings.method,
        url: settings.url,
        query,
        timeoutMs: settings.timeoutMs,
        signal: options.signal,
        fetch: settings.fetch,
      });
      let result: ParsedReply<F> = exchange.ok
        ? parseDialerReply(fn, exchange.body, exchange.status, context)
        : (exchange as ParsedReply<F>);
      settings.onLog?.({
        fn,
        attempt,
        method: settings.method,
        url: maskSecrets(`${settings.url}?${query}`, secrets).slice(0, 300),
        requestBytes,
        durationMs: settings.now() - started,
        httpStatus: exchange.ok ? exchange.status : undefined,
        outcome: result.ok ? 'ok' : result.kind,
        message: result.ok ? undefined : result.message,
        raw: result.raw,
      });
      if (result.ok) return { result, attempts: attempt, requestBytes };
      if (result.kind === 'auth' && result.httpStatus === undefined) authBlock = result;
      if (result.kind === 'exists' && lostReply) {
        result = {
          ...result,
          afterLostReply: true,
          message: `${result.message} An earlier attempt whose reply was lost may have created it.`,
        };
      }
      lostReply ||= result.maybeApplied;
      if (attempt >= maxAttempts || !shouldRetry(fn, result) || options.signal?.aborted) {
        return { result, attempts: attempt, requestBytes };
      }
      const retryAfter = exchange.ok
        ? parseRetryAfter(exchange.retryAfter, settings.now())
        : undefined;
      await settings.sleep(backoffDelay(attempt, settings.retry, settings.random, retryAfter));
      if (options.signal?.aborted) return { result, attempts: attempt, requestBytes };
    }
  }

  return {
    call,
    size,
    resetAuthBlock: () => {
      authBlock = undefined;
    },
  };
}
