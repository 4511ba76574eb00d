import { html, htmlDocument, type SafeHtml } from './html';

/** The longest readiness delay a test may ask for; past it the page would just look broken. */
export const MAX_READY_DELAY_MS = 60_000;

/** A delay in ms from a query value: 0 when absent or not a positive number, capped. */
export function parseDelay(value: string | null): number {
  const ms = Number(value ?? 0);
  return Number.isFinite(ms) && ms > 0 ? Math.min(Math.floor(ms), MAX_READY_DELAY_MS) : 0;
}

/** `?ready=<ms>`: how long the widget script is held back, so the page loads late. */
export function readyDelay(url: URL): number {
  return parseDelay(url.searchParams.get('ready'));
}

/**
 * The widget script tag. A delay is served by the server holding the script back: the page's
 * message listener then starts late AND its load event fires late, as with a slow real widget,
 * so whoever waits for `load` before posting is right and whoever posts at once loses messages.
 */
function widgetScript(url: URL): SafeHtml {
  const delay = readyDelay(url);
  const query = delay ? `?delay=${delay}` : '';
  return html`<script src="/widget/static/widget.js${query}"></script>`;
}

const head = html`<link rel="stylesheet" href="/widget/static/widget.css">`;

/** Placeholder shown until the script runs; widget.js replaces it with the live panel. */
const loading = html`<div class="w-loading" data-testid="widget-loading">Loading dialer widget…</div>`;

/** `/widget/`: the Elision dialer widget, as the extension's dialer window or docked frame shows it. */
export function widgetPage(url: URL): string {
  return htmlDocument({
    title: 'Elision Dialer · Widget',
    head,
    bodyAttrs: html`class="widget-page" data-page="widget"`,
    body: html`<div id="widget-root" class="w-root">${loading}</div>
${widgetScript(url)}`,
  });
}

/**
 * The widget page's framing rule, as a real dialer would send it: the dialer itself and the
 * CRM origin may frame it (the extension's docked panel lives in the CRM page). `?frame=deny`
 * refuses every framer, so tests can see what the dock says to a widget that will not be framed.
 */
export function widgetPageHeaders(url: URL, crmOrigin: string): Record<string, string> {
  const ancestors = url.searchParams.get('frame') === 'deny' ? "'none'" : `'self' ${crmOrigin}`;
  return { 'content-security-policy': `frame-ancestors ${ancestors}` };
}

/** Only a path on the CRM origin may be framed: `?crm=` can never point at another site. */
export function framedCrmPath(url: URL): string {
  const path = url.searchParams.get('crm') ?? '/crm/';
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') ? path : '/crm/';
}

/**
 * `/widget/framed`: Elision's own layout from the seed, where the dialer page is the parent
 * and frames the CRM. The panel accepts messages from the CRM frame and the CRM origin only.
 */
export function framedPage(url: URL, crmOrigin: string): string {
  const src = crmOrigin + framedCrmPath(url);
  return htmlDocument({
    title: 'Elision Dialer · Agent screen',
    head,
    bodyAttrs: html`class="framed-page" data-page="framed" data-crm-origin="${crmOrigin}"`,
    body: html`<header class="f-top">
  <span class="w-brand"><span class="w-logo">E</span> Elision Dialer</span>
  <span class="f-sub">Agent screen · CRM framed from <code>${crmOrigin}</code></span>
</header>
<div class="f-layout">
  <iframe id="crm-frame" class="f-crm" src="${src}" title="CRM" data-testid="crm-frame"
    allow="microphone; autoplay"></iframe>
  <aside id="widget-root" class="w-root f-panel">${loading}</aside>
</div>
${widgetScript(url)}`,
  });
}
