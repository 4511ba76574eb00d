import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiParams, type ApiReply } from './api-reply';
import { CONTROL_PREFIX, handleControl } from './control-endpoints';
import { handleElisionApi } from './elision-api';
import { apache414Page, MALFORMED_BODY, NGINX_502_PAGE } from './fault-pages';
import {
  type FaultConfig,
  type FaultConfigPatch,
  type FaultDecision,
  FaultInjector,
} from './faults';
import { mergeParams, readFormParams, send, sleep } from './http-io';
import type { RequestLogEntry } from './request-log';
import { createDialerState, type DialerState } from './state';
import { handleVicidialApi } from './vicidial-api';

export type { RequestLogEntry } from './request-log';

/**
 * The dialer part of the simulator server: the emulated API scripts (Elision's
 * /dialer/elision_api.php and stock VICIdial's /vicidial/non_agent_api.php), fault injection in
 * front of them, and the /__sim/dialer/ control endpoints.
 */
export interface DialerHandler {
  /** Answers requests to the paths it owns; false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** The current dialer data (a new object after reset()). */
  readonly state: DialerState;
  /** Every API request so far, oldest first. */
  readonly requestLog: RequestLogEntry[];
  /** The current fault settings (a copy). */
  readonly faults: FaultConfig;
  /** Merges fault settings into the current ones; throws a ZodError if invalid. */
  setFaults(f: FaultConfigPatch): void;
  /** Back to the seeded data, an empty log and no faults. */
  reset(): void;
}

/**
 * An emulated API script. Each back end answers on its own path, over the same state, login
 * counters, faults and request log: Elision's `elision_api.php` and stock VICIdial's
 * `non_agent_api.php` (vicidial-api.ts).
 */
interface ApiBackend {
  name: string;
  path: string;
  answer(state: DialerState, params: URLSearchParams): ApiReply;
  /** Changes a normal reply before it is sent (for configured quirks). */
  decorate?(reply: ApiReply, params: URLSearchParams, faults: FaultInjector): ApiReply;
}

const BACKENDS: readonly ApiBackend[] = [
  {
    name: 'elision',
    path: '/dialer/elision_api.php',
    answer: (state, params) => handleElisionApi(state, params),
    decorate(reply, params, faults) {
      const isActiveLists = new ApiParams(params).get('function') === 'active_lists';
      if (!faults.activeListsSeedQuirk || !isActiveLists || !reply.body.startsWith('{'))
        return reply;
      return { ...reply, body: `${reply.body}]}` };
    },
  },
  {
    name: 'vicidial',
    path: '/vicidial/non_agent_api.php',
    answer: (state, params) => handleVicidialApi(state, params),
  },
];

export function createDialerHandler(): DialerHandler {
  let state = createDialerState();
  const requestLog: RequestLogEntry[] = [];
  const faults = new FaultInjector();

  const reset = () => {
    state = createDialerState();
    requestLog.length = 0;
    faults.reset();
  };
  const control = {
    get state() {
      return state;
    },
    requestLog,
    faults,
    reset,
  };

  async function answerApi(
    backend: ApiBackend,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ) {
    const method = req.method ?? 'GET';
    const requestLine = `${method} ${req.url ?? '/'} HTTP/${req.httpVersion}`;
    const entry: RequestLogEntry = {
      time: new Date().toISOString(),
      method,
      path: url.pathname,
      backend: backend.name,
      params: Object.fromEntries(url.searchParams),
      bodyParams: [],
      function: new ApiParams(url.searchParams).get('function'),
      requestLineLength: requestLine.length,
      fault: null,
      processed: false,
      status: null,
      responseBody: null,
    };
    requestLog.push(entry);
    const reply = (status: number, contentType: string, body: string, headers = {}) => {
      // The client gave up (e.g. timed out during latencyMs): nothing reaches it, log no status.
      if (req.socket.destroyed) return;
      send(res, status, contentType, body, headers);
      entry.status = status;
      entry.responseBody = body;
    };

    // Apache refuses an over-long request line before any script runs.
    if (faults.maxRequestLine > 0 && requestLine.length > faults.maxRequestLine) {
      entry.fault = 'uri-too-long';
      const page = apache414Page(url.hostname, Number(url.port) || 80);
      reply(414, 'text/html; charset=iso-8859-1', page, { connection: 'close' });
      return;
    }

    const form = await readFormParams(req);
    const params = mergeParams(url.searchParams, form);
    entry.params = Object.fromEntries(params);
    entry.bodyParams = [...new Set(form.keys())].filter((key) => !url.searchParams.has(key));
    entry.function = new ApiParams(params).get('function');

    const fault = faults.next();
    entry.fault = fault?.mode ?? null;
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);

    const answer = (): ApiReply => {
      // A fault that does not commit still needs the body it would have cut: use a copy.
      const commit = !fault || fault.commit;
      const target = commit ? state : structuredClone(state);
      entry.processed = commit;
      const answered = backend.answer(target, params);
      return backend.decorate ? backend.decorate(answered, params, faults) : answered;
    };
    if (!fault) {
      const normal = answer();
      reply(normal.status, normal.contentType, normal.body);
      return;
    }
    applyFault(fault, answer, reply, req);
  }

  return {
    async handle(req, res, url) {
      if (url.pathname.startsWith(CONTROL_PREFIX)) {
        await handleControl(control, req, res, url);
        return true;
      }
      const backend = BACKENDS.find((b) => b.path === url.pathname);
      if (!backend) return false;
      await answerApi(backend, req, res, url);
      return true;
    },
    get state() {
      return state;
    },
    requestLog,
    get faults() {
      return faults.config;
    },
    setFaults(f) {
      faults.update(f);
    },
    reset,
  };
}

function applyFault(
  fault: FaultDecision,
  answer: () => ApiReply,
  reply: (status: number, contentType: string, body: string) => void,
  req: IncomingMessage,
) {
  // Commit first when asked, so "the work was done, the reply was lost" is modelled.
  const answered = fault.commit ? answer() : null;
  switch (fault.mode) {
    case 'http500':
      reply(500, 'text/html; charset=utf-8', '');
      return;
    case 'html502':
      reply(502, 'text/html', NGINX_502_PAGE);
      return;
    case 'malformed':
      reply(200, 'text/html; charset=utf-8', MALFORMED_BODY);
      return;
    case 'truncate': {
      const full = answered ?? answer(); // not committed: the body comes from a copy
      reply(full.status, full.contentType, full.body.slice(0, Math.floor(full.body.length / 2)));
      return;
    }
    case 'drop':
      req.socket.destroy();
      return;
    case 'hang':
      // Never answer: the client's timeout is the only way out (or the server closing).
      return;
  }
}
