import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

const STATIC_DIR = new URL('./static/', import.meta.url);

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * Serves one file of static/. Names are checked against a strict pattern before any file system
 * access, so no request can climb out of the folder. Files are read on each request: editing
 * a script while the simulator runs shows at the next reload.
 */
export async function serveStatic(res: ServerResponse, name: string): Promise<boolean> {
  const match = /^[a-z0-9][a-z0-9-]*\.(js|css)$/.exec(name);
  const type = match?.[1] ? CONTENT_TYPES[match[1]] : undefined;
  if (!type) return false;
  let body: Buffer;
  try {
    body = await readFile(new URL(name, STATIC_DIR));
  } catch {
    return false;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  return true;
}
