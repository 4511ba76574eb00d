import type { IncomingMessage, ServerResponse } from 'node:http';

/** PHP's default post_max_size: a larger POST body reaches the script as an empty $_POST. */
export const PHP_POST_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Reads the whole body; past `limit` bytes it keeps draining (so the client is not stuck
 * writing) but returns null, which callers treat as "no body", as PHP does.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size <= limit) chunks.push(buf);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

/** A urlencoded POST body as PHP's $_POST would see it; other content types give nothing. */
export async function readFormParams(req: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(req, PHP_POST_MAX_BYTES);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (body === null || !type.startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams();
  }
  return new URLSearchParams(body);
}

/**
 * The parameters a VICIdial script reads: for each name the query string's value if it has
 * one, otherwise the POST body's (`isset($_GET[x]) ... elseif isset($_POST[x])`).
 */
export function mergeParams(query: URLSearchParams, form: URLSearchParams): URLSearchParams {
  const merged = new URLSearchParams(query);
  for (const [key, value] of form) {
    if (!query.has(key)) merged.append(key, value);
  }
  return merged;
}

export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(value, null, 2)}\n`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
