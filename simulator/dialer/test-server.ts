import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDialerHandler, type DialerHandler } from './dialer-handler';

/**
 * The dialer handler alone behind a real node:http server on loopback, for tests. Built the
 * way server.ts builds the simulator (large maxHeaderSize, so the handler, not Node, decides
 * what an over-long request line gets).
 */
export interface DialerTestServer {
  handler: DialerHandler;
  /** e.g. http://127.0.0.1:40123 */
  base: string;
  port: number;
  close(): Promise<void>;
}

export async function startDialerTestServer(): Promise<DialerTestServer> {
  const handler = createDialerHandler();
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    if (!(await handler.handle(req, res, url))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    handler,
    port,
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Hung requests never end by themselves: cut them, as server.ts does on close.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The seed's API URL query for `function` with the seed's `source`, `user` and `pass`. */
export function apiQuery(fields: Record<string, string>): string {
  return new URLSearchParams({ source: 'test', user: 'api', pass: '1234', ...fields }).toString();
}
