import type { IncomingMessage, ServerResponse } from 'node:http';
import { crmAdminRoutes } from './crm-admin-pages';
import { bigRowCount, bigTruth, crmBigRoutes } from './crm-big-pages';
import { crmContactRoutes } from './crm-contacts-pages';
import type { CrmContext } from './crm-context';
import { crmSessionRoutes } from './crm-pages';
import { crmReactRoutes } from './crm-react-pages';
import { currentUser } from './crm-session';
import { type CrmState, createCrmState, resetCrmState } from './crm-state';
import { demoContacts } from './demo-contacts';
import { html } from './html';
import {
  BodyTooLargeError,
  methodNotAllowed,
  readBody,
  redirect,
  sendHtml,
  sendJson,
  sendText,
} from './http-util';
import { crmPage } from './layout';
import { serveStatic } from './static-files';
import { parseWidgetLogEntry, type WidgetLogEntry } from './widget-log';
import { framedPage, parseDelay, widgetPage, widgetPageHeaders } from './widget-page';

export type { CrmList, CrmState, CrmUser } from './crm-state';
export type { WidgetLogEntry } from './widget-log';

export interface PagesHandler {
  /** Answers the request and returns true, or returns false for a path it does not own. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Every message the widget pages received, in order (also at GET /__sim/widget/log). */
  widgetLog: WidgetLogEntry[];
  crm: CrmState;
  /** Empties the widget log and puts the CRM's users, lists and sessions back to the seed. */
  reset(): void;
}

export interface PagesHandlerOptions {
  origins: () => { dialer: string; crm: string };
}

/**
 * The simulator's pages: the widget page and the dialer page that frames the CRM (dialer
 * origin, /widget/...), and the demo CRM (CRM origin, /crm/...: contacts, admin screens, the
 * React table, the big benchmark table). A page asked for on the other origin is redirected
 * to its own, so that origins in tests are always the real ones. /__sim/widget/ and
 * /__sim/crm/ are test endpoints on either origin.
 */
export function createPagesHandler(opts: PagesHandlerOptions): PagesHandler {
  const crm = createCrmState();
  const widgetLog: WidgetLogEntry[] = [];
  const ctx: CrmContext = { state: crm, contacts: demoContacts(), origins: opts.origins };

  /** Redirects to `target` origin when the request came in on `other`; true if it did. */
  const moveTo = (
    res: ServerResponse,
    req: IncomingMessage,
    url: URL,
    target: string,
    other: string,
  ) => {
    if (url.origin !== other || target === other) return false;
    redirect(
      res,
      target + url.pathname + url.search,
      req.method === 'GET' || req.method === 'HEAD' ? 302 : 307,
    );
    return true;
  };

  async function handleSim(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname === '/__sim/crm/big-truth') {
      if (req.method !== 'GET' && req.method !== 'HEAD') methodNotAllowed(res, 'GET');
      else sendJson(res, bigTruth(ctx.contacts, bigRowCount(url.searchParams.get('rows'))));
      return true;
    }
    if (url.pathname === '/__sim/widget/log') {
      if (req.method === 'GET' || req.method === 'HEAD') sendJson(res, widgetLog);
      else methodNotAllowed(res, 'GET');
      return true;
    }
    if (url.pathname === '/__sim/widget/reset') {
      if (req.method !== 'POST') methodNotAllowed(res, 'POST');
      else {
        widgetLog.length = 0;
        sendJson(res, { ok: true });
      }
      return true;
    }
    return false;
  }

  async function receiveLogEntry(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    const entry = parseWidgetLogEntry(await readBody(req));
    if (!entry) return sendJson(res, { ok: false, error: 'not a widget log entry' }, 400);
    widgetLog.push(entry);
    sendJson(res, { ok: true });
  }

  async function handleWidget(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<boolean> {
    const { dialer, crm: crmOrigin } = opts.origins();
    if (moveTo(res, req, url, dialer, crmOrigin)) return true;
    const path = url.pathname;
    if (path === '/widget') {
      redirect(res, `/widget/${url.search}`);
    } else if (path === '/widget/') {
      sendHtml(res, widgetPage(url), 200, widgetPageHeaders(url, crmOrigin));
    } else if (path === '/widget/framed') {
      sendHtml(res, framedPage(url, crmOrigin));
    } else if (path === '/widget/log') {
      await receiveLogEntry(req, res);
    } else if (path.startsWith('/widget/static/')) {
      await delayScript(res, path, url);
      if (!res.destroyed && !(await serveStatic(res, path.slice('/widget/static/'.length)))) {
        sendText(res, 'Not found', 404);
      }
    } else {
      sendText(res, 'Not found', 404);
    }
    return true;
  }

  async function handleCrm(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const { dialer, crm: crmOrigin } = opts.origins();
    if (moveTo(res, req, url, crmOrigin, dialer)) return true;
    const path = url.pathname;
    if (path === '/crm') {
      redirect(res, `/crm/${url.search}`);
      return true;
    }
    if (path.startsWith('/crm/static/')) {
      if (!(await serveStatic(res, path.slice('/crm/static/'.length))))
        sendText(res, 'Not found', 404);
      return true;
    }
    const routes = [
      crmSessionRoutes,
      crmContactRoutes,
      crmAdminRoutes,
      crmReactRoutes,
      crmBigRoutes,
    ];
    for (const route of routes) {
      if (await route(req, res, url, ctx)) return true;
    }
    const body = html`<h1>Page not found</h1><p><a href="/crm/">Back to contacts</a></p>`;
    const user = currentUser(req, crm);
    sendHtml(res, crmPage({ title: 'Not found', user, active: 'contacts', body }), 404);
    return true;
  }

  return {
    widgetLog,
    crm,
    reset() {
      widgetLog.length = 0;
      resetCrmState(crm);
    },
    async handle(req, res, url) {
      const path = url.pathname;
      try {
        if (path.startsWith('/__sim/widget/') || path.startsWith('/__sim/crm/'))
          return await handleSim(req, res, url);
        if (path === '/widget' || path.startsWith('/widget/'))
          return await handleWidget(req, res, url);
        if (path === '/crm' || path.startsWith('/crm/')) return await handleCrm(req, res, url);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        // Drain the rest so the client reads the answer instead of a reset connection.
        req.resume();
        sendText(res, 'Request body too large', 413);
        return true;
      }
      return false;
    },
  };
}

/** Holds the widget script back for `?delay=<ms>` (see widget-page.ts), unless the client leaves. */
function delayScript(res: ServerResponse, path: string, url: URL): Promise<void> {
  const ms = path === '/widget/static/widget.js' ? parseDelay(url.searchParams.get('delay')) : 0;
  if (!ms) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    // The response closes early only when the connection goes (page closed, server stopping).
    res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
