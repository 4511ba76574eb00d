import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPagesHandler, type PagesHandler } from './pages-handler';

/**
 * The pages handler alone on a loopback server, for tests: no dialer handler needed. Requests
 * go to 127.0.0.1 with the Host header of the origin asked for, so "localhost" (the CRM
 * origin) needs no name lookup and the handler sees the same URLs as under server.ts.
 */
export interface PagesTestServer {
  pages: PagesHandler;
  dialer: string;
  crm: string;
  request(url: string, init?: RequestInit): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface RequestInit {
  method?: string;
  /** A urlencoded form body. */
  form?: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A raw body. */
  body?: string;
  cookie?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface TestResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** `name=value` of every Set-Cookie, joined for a Cookie header (expired ones left out). */
  cookie: string;
  setCookies: string[];
}

/** Marks answers the pages handler declined, so tests can tell them from its own 404s. */
export const NOT_OWNED = 'not owned by the pages handler';

export async function startPagesTestServer(): Promise<PagesTestServer> {
  let port = 0;
  const origins = () => ({ dialer: `http://127.0.0.1:${port}`, crm: `http://localhost:${port}` });
  const pages = createPagesHandler({ origins });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    if (!(await pages.handle(req, res, url))) res.writeHead(404).end(NOT_OWNED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  const request = (url: string, init: RequestInit = {}) =>
    new Promise<TestResponse>((resolve, reject) => {
      const target = new URL(url);
      let body = init.body;
      const headers: Record<string, string> = { host: target.host, ...init.headers };
      if (init.form) {
        body = new URLSearchParams(init.form).toString();
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else if (init.json !== undefined) {
        body = JSON.stringify(init.json);
        headers['content-type'] = 'application/json';
      }
      if (init.cookie) headers.cookie = init.cookie;
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: target.pathname + target.search,
          method: init.method ?? (body === undefined ? 'GET' : 'POST'),
          headers,
          signal: init.signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const setCookies = res.headers['set-cookie'] ?? [];
            const cookie = setCookies
              .filter((c) => !/max-age=0/i.test(c))
              .map((c) => c.split(';')[0])
              .join('; ');
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
              cookie,
              setCookies,
            });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  return {
    pages,
    dialer: origins().dialer,
    crm: origins().crm,
    request,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
