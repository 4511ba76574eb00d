import type { CrmRoute } from './crm-context';
import { requireUser } from './crm-session';
import { html } from './html';
import { sendHtml, sendText } from './http-util';
import { crmPage } from './layout';
import { reactCrmBundle } from './react-crm-bundle';

export const REACT_BUNDLE_PATH = '/crm/react/app.js';

/**
 * `/crm/react`: the demo contacts in a table that React 19 renders and re-renders (search,
 * sort, shuffle, phone edits, forced re-renders and remounts), behind the CRM login like every
 * app page. `/crm/react/app.js`: its bundle (react-crm-bundle.ts), served without a session,
 * as a CRM serves its static assets. The page's hooks are listed in react-crm/contacts-app.tsx
 * and react-crm/error-log.ts.
 */
export const crmReactRoutes: CrmRoute = async (req, res, url, ctx) => {
  if (url.pathname === REACT_BUNDLE_PATH) {
    let script: string;
    try {
      script = await reactCrmBundle();
    } catch (error) {
      console.error('simulator: building the React CRM bundle failed', error);
      sendText(res, `Building the React CRM bundle failed: ${String(error)}`, 500);
      return true;
    }
    res
      .writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-store',
      })
      .end(script);
    return true;
  }
  if (url.pathname !== '/crm/react') return false;
  const user = requireUser(req, res, url, ctx.state);
  if (!user) return true;
  const body = html`<div id="react-root" data-testid="react-root">
  <p class="muted">Loading the React table…</p>
</div>
<noscript><p class="error">This page needs JavaScript.</p></noscript>
<ol id="react-errors" class="error" data-testid="react-errors" data-count="0" hidden></ol>`;
  sendHtml(
    res,
    crmPage({ title: 'React table', user, active: 'react', body, scriptUrls: [REACT_BUNDLE_PATH] }),
  );
  return true;
};
