import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { FaultInjector } from './faults';
import { readBody, sendJson } from './http-io';
import type { RequestLogEntry } from './request-log';
import type { DialerState } from './state';

/**
 * The simulator's own endpoints under /__sim/dialer/, for tests and benchmarks. They are never
 * subject to faults and answer JSON. They expose passwords on purpose: this is a test tool
 * that only listens on loopback.
 */

export const CONTROL_PREFIX = '/__sim/dialer/';

export interface ControlTarget {
  readonly state: DialerState;
  readonly requestLog: RequestLogEntry[];
  readonly faults: FaultInjector;
  reset(): void;
}

const MAX_CONTROL_BODY = 1 << 20;

export async function handleControl(
  target: ControlTarget,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const route = url.pathname.slice(CONTROL_PREFIX.length);
  const method = req.method ?? 'GET';
  switch (`${method} ${route}`) {
    case 'GET log':
      return sendJson(res, 200, target.requestLog);
    case 'GET state':
      return sendJson(res, 200, target.state);
    case 'POST reset':
      target.reset();
      return sendJson(res, 200, { ok: true });
    case 'GET faults':
      return sendJson(res, 200, target.faults.config);
    case 'POST faults':
      return setFaults(target, req, res);
  }
  if (KNOWN_ROUTES.includes(route)) {
    return sendJson(res, 405, { error: `${method} is not allowed on ${url.pathname}` });
  }
  sendJson(res, 404, { error: `No simulator endpoint ${url.pathname}` });
}

const KNOWN_ROUTES = ['log', 'state', 'reset', 'faults'];

async function setFaults(target: ControlTarget, req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req, MAX_CONTROL_BODY);
  let patch: unknown;
  try {
    patch = JSON.parse(body ?? '');
  } catch {
    sendJson(res, 400, { error: 'The fault settings must be a JSON object' });
    return;
  }
  try {
    sendJson(res, 200, target.faults.update(patch));
  } catch (error) {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
    sendJson(res, 400, { error: `Invalid fault settings:\n${message}` });
  }
}
