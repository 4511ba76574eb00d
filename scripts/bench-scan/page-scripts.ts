import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The URLs the injected detectors' scripts carry (`//# sourceURL`), for attribution. */
export const BASELINE_URL = 'bench-scan/treewalker-baseline.js';
export const C2D_URL = 'bench-scan/ringcentral-c2d.js';

export interface ProbeButton {
  e164: string;
  /** `performance.now()` when the button was first seen not hidden. */
  firstShown: number;
  top: number;
  left: number;
}

export interface ProbeReport {
  now: number;
  scrollY: number;
  innerWidth: number;
  innerHeight: number;
  /** Shown call buttons whose box is inside the viewport. */
  buttons: ProbeButton[];
  /** `data-row` of the table rows intersecting the viewport. */
  visibleRows: number[];
  /** Buttons ever created, shown or not. */
  created: number;
  /**
   * `performance.now()` when the first of our buttons was shown. Until then nothing of ours
   * changes what the page paints: our host either has no box (display: none), or has had one
   * since document_start with the pool's spares (utils/page/call-button-pool.ts), painted with
   * the page's own first frames.
   */
  firstShown: number | undefined;
}

/** `performance.now()` times in the page. */
export interface C2dResult {
  done: boolean;
  found: number;
  created: number;
  passStart: number;
  passEnd: number;
}

declare global {
  interface Window {
    __benchProbe?: { report(): ProbeReport; shown(): number };
    __benchBaseline?: { texts: number; hits: number; started: number; ended: number };
    __benchC2D?: C2dResult;
  }
}

/**
 * Runs in the page's main world at document start (an init script) on the benchmark page:
 * marks the page clock into the trace, and records when each call button of ours is first
 * shown. Our buttons live in an open shadow root on a child of <html>, so two observers do it
 * without ever watching the CRM's table: one on <html>'s own children (not its subtree), one
 * on that shadow root. Their callbacks run right after the task that changed the buttons.
 */
export function installProbe(): void {
  if (location.pathname !== '/crm/big') return;
  performance.mark('bench:probe');
  const firstShown = new Map<Element, number>();
  const note = (el: Element) => {
    // A pooled spare (aria-hidden) is not shown: it is invisible until the scanner takes it.
    if (
      el.localName === 'button' &&
      !el.hasAttribute('hidden') &&
      !el.hasAttribute('aria-hidden') &&
      !firstShown.has(el)
    ) {
      firstShown.set(el, performance.now());
    }
  };
  let shadow: ShadowRoot | null = null;
  const findHost = () => {
    const html = document.documentElement;
    if (shadow || !html) return;
    for (let el = html.lastElementChild; el; el = el.previousElementSibling) {
      if (el.localName !== 'dialer-bridge-ui' || !el.shadowRoot) continue;
      shadow = el.shadowRoot;
      for (const button of shadow.querySelectorAll('button')) note(button);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') note(record.target as Element);
          else {
            for (const node of record.addedNodes) {
              if (node.nodeType !== 1) continue;
              note(node as Element);
              for (const button of (node as Element).querySelectorAll('button')) note(button);
            }
          }
        }
      }).observe(shadow, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden', 'aria-hidden'],
      });
      return;
    }
  };
  const watchHtml = () => {
    const html = document.documentElement;
    if (!html) return false;
    new MutationObserver(findHost).observe(html, { childList: true });
    return true;
  };
  if (!watchHtml()) {
    const early = new MutationObserver(() => {
      if (watchHtml()) early.disconnect();
    });
    early.observe(document, { childList: true });
  }

  window.__benchProbe = {
    /** Buttons shown so far, without reading any layout. */
    shown: () => firstShown.size,
    report() {
      const buttons: ProbeButton[] = [];
      const root = shadow as ShadowRoot | null;
      for (const button of root?.querySelectorAll('button[data-e164]') ?? []) {
        const shownAt = firstShown.get(button);
        if (button.hasAttribute('hidden') || shownAt === undefined) continue;
        const box = button.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
          continue;
        buttons.push({
          e164: (button as HTMLElement).dataset.e164 ?? '',
          firstShown: shownAt,
          top: box.top,
          left: box.left,
        });
      }
      const rows = document.querySelector('table[data-rows]') as HTMLTableElement | null;
      const body = rows?.tBodies[0]?.rows;
      const visibleRows: number[] = [];
      if (body?.length) {
        // Binary search for the first row whose bottom is below the top of the viewport.
        let lo = 0;
        let hi = body.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((body[mid] as HTMLTableRowElement).getBoundingClientRect().bottom <= 0) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo; i < body.length; i++) {
          const row = body[i] as HTMLTableRowElement;
          if (row.getBoundingClientRect().top >= innerHeight) break;
          visibleRows.push(Number(row.dataset.row));
        }
      }
      return {
        now: performance.now(),
        scrollY,
        innerWidth,
        innerHeight,
        buttons,
        visibleRows,
        created: root?.querySelectorAll('button[data-e164]').length ?? 0,
        firstShown: firstShown.size ? Math.min(...firstShown.values()) : undefined,
      };
    },
  };
}

/**
 * The baseline: one TreeWalker pass over every text node of the page with a trivial regex,
 * the least any detector has to do. It finds digit runs, not phone numbers.
 */
export const BASELINE_SOURCE = `(() => {
  const started = performance.now();
  const re = /\\+?\\d[\\d ().-]{6,}\\d/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let texts = 0;
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    texts++;
    const found = node.data.match(re);
    if (found) hits += found.length;
  }
  window.__benchBaseline = { texts, hits, started, ended: performance.now() };
})();`;

/**
 * ringcentral-c2d as RingCentral's README starts it: `new RingCentralC2D()`, i.e. its built-in
 * hover widget and its RangeObserver with LibPhoneNumberMatcher, which queues document.body
 * and matches it after a fixed 1 s delay, then follows mutations. Bundled from the package's
 * own browser build (build/index.js, the file the README loads from a CDN; it exports only the
 * RingCentralC2D class), minified. To see when its first pass over the page ends and what it
 * matched, the instance's matcher gets a wrapper right after construction, before that pass.
 */
const C2D_DRIVER = `
import RingCentralC2D from 'ringcentral-c2d/build/index.js';
const result = { done: false, found: 0, created: performance.now(), passStart: 0, passEnd: 0 };
window.__benchC2D = result;
const c2d = new RingCentralC2D();
const matcher = c2d.observer._props.matcher;
const match = matcher.match;
matcher.match = (props) => {
  const started = performance.now();
  const models = match(props);
  if (!result.done) {
    result.passStart = started;
    result.passEnd = performance.now();
    result.found = models ? models.length : 0;
    result.done = true;
  }
  return models;
};
window.__benchC2DInstance = c2d;
`;

export async function bundleC2d(): Promise<string> {
  const out = await build({
    stdin: { contents: C2D_DRIVER, resolveDir: resolve('.'), sourcefile: 'c2d-driver.js' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    logLevel: 'error',
  });
  const code = out.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no ringcentral-c2d bundle');
  return code;
}

/** Runs `code` in the page's main world as a script element named `url`; marks its start. */
export function injectScript({ code, url, mark }: { code: string; url: string; mark: string }) {
  performance.mark(mark);
  const script = document.createElement('script');
  script.textContent = `${code}\n//# sourceURL=${url}`;
  document.head.append(script);
  script.remove();
}
