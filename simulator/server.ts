import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDialerHandler, type DialerHandler } from './dialer/dialer-handler';
import { createPagesHandler, type PagesHandler } from './pages/pages-handler';

export interface SimulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only: the simulator is never reachable from another machine. */
  host?: string;
}

export interface Simulator {
  port: number;
  /** The dialer's origin: the API, the widget page and the dialer page that frames the CRM. */
  dialerOrigin: string;
  /** The demo CRM's origin: another origin on the same server, as in a real deployment. */
  crmOrigin: string;
  dialer: DialerHandler;
  pages: PagesHandler;
  /** Back to the seeded state: dialer data, request log, faults, widget log, CRM data. */
  reset(): void;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  let port = 0;
  const origins = () => ({ dialer: `http://127.0.0.1:${port}`, crm: `http://localhost:${port}` });
  const dialer = createDialerHandler();
  const pages = createPagesHandler({ origins });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
    try {
      if (await dialer.handle(req, res, url)) return;
      if (await pages.handle(req, res, url)) return;
      if (url.pathname === '/') {
        res.writeHead(302, { location: `${origins().crm}/crm/` }).end();
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    } catch (error) {
      console.error('simulator: request failed', req.method, req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    }
  };

  // Large maxHeaderSize so that the dialer handler, not Node, decides what an over-long
  // request line gets (HTTP 414 past 8,190 bytes, as Apache answers).
  const servers: Server[] = [];
  const listen = (server: Server, address: string, wantedPort: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wantedPort, address, () => resolve((server.address() as AddressInfo).port));
    });
  const main = createServer({ maxHeaderSize: 1 << 20 }, handle);
  port = await listen(main, host, options.port ?? 0);
  servers.push(main);
  // Chromium may resolve `localhost` to ::1 first; answer there too when the machine has IPv6.
  const v6 = createServer({ maxHeaderSize: 1 << 20 }, handle);
  await listen(v6, '::1', port).then(
    () => servers.push(v6),
    () => undefined,
  );

  return {
    port,
    dialerOrigin: origins().dialer,
    crmOrigin: origins().crm,
    dialer,
    pages,
    reset() {
      dialer.reset();
      pages.reset();
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
