import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies here are small forms and log entries; anything larger is a mistake. */
const MAX_BODY_BYTES = 1 << 20;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A urlencoded form as a plain map; a repeated field keeps its last value. */
export async function readForm(req: IncomingMessage): Promise<Map<string, string>> {
  return new Map(new URLSearchParams(await readBody(req)));
}

export function parseCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      // A malformed cookie from some other page on the same host: not ours, skip it.
    }
  }
  return cookies;
}

// Every response is uncacheable: tests reset state between cases and must see it at once.
const NO_STORE = { 'cache-control': 'no-store' };

export function sendHtml(
  res: ServerResponse,
  body: string,
  status = 200,
  headers: Record<string, string | string[]> = {},
): void {
  res
    .writeHead(status, { ...NO_STORE, 'content-type': 'text/html; charset=utf-8', ...headers })
    .end(body);
}

export function sendJson(
  res: ServerResponse,
  value: unknown,
  status = 200,
  headers: Record<string, string | string[]> = {},
): void {
  res
    .writeHead(status, {
      ...NO_STORE,
      'content-type': 'application/json; charset=utf-8',
      ...headers,
    })
    .end(JSON.stringify(value));
}

export function sendText(res: ServerResponse, body: string, status: number): void {
  res.writeHead(status, { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

/** 303 after a form POST (the browser follows with GET); 302 for a plain GET. */
export function redirect(
  res: ServerResponse,
  location: string,
  status: 302 | 303 | 307 = 302,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, { ...NO_STORE, location, ...headers }).end();
}

export function methodNotAllowed(res: ServerResponse, allow: string): void {
  res
    .writeHead(405, { ...NO_STORE, allow, 'content-type': 'text/plain; charset=utf-8' })
    .end('Method not allowed');
}
