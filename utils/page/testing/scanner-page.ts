import { afterEach } from 'vitest';
import { UI_ROOT_TAG } from '../mount-ui-root';
import { type PageScannerOptions, startPageScanner } from '../page-scanner';
import type { PhoneMatch } from '../phone-match';
import { everythingVisible } from '../visibility';
import { fakeFinder } from './fake-finder';
import { manualScheduler } from './manual-scheduler';

const stops: AbortController[] = [];

/** Registers a scanner a test started by hand, to be stopped after the test. */
export function stopWith(ctl: AbortController): void {
  stops.push(ctl);
}

/** Stops every scanner a test started; call once per test file. */
export function stopScannersAfterEach(): void {
  afterEach(() => {
    for (const ctl of stops.splice(0)) ctl.abort();
  });
}

/** A table row built node by node (happy-dom parses `<tr>` strings outside a table as text). */
export function row(text: string): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const td = document.createElement('td');
  td.textContent = text;
  tr.append(td);
  return tr;
}

/** Lets the MutationObserver deliver its records. */
export const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A page with `body`, scanned with the fake finder, a hand-driven scheduler and every element
 * in view. `extra` may be a function, run after the page is in place.
 */
export function scannerPage(
  body: string,
  extra: Partial<PageScannerOptions> | (() => Partial<PageScannerOptions>) = {},
) {
  document.documentElement.innerHTML = `<head></head><body>${body}</body>`;
  const more = typeof extra === 'function' ? extra() : extra;
  const finder = fakeFinder();
  const clock = manualScheduler();
  const ctl = new AbortController();
  stops.push(ctl);
  const called: { match: PhoneMatch; element: Element }[] = [];
  const scanner = startPageScanner({
    root: document,
    find: finder.find,
    parseTel: finder.parseTel,
    onCall: (match, element) => called.push({ match, element }),
    signal: ctl.signal,
    scheduler: clock.scheduler,
    visibility: everythingVisible,
    ...more,
  });
  const buttons = (doc: Document = document) =>
    Array.from(doc.querySelector(UI_ROOT_TAG)?.shadowRoot?.querySelectorAll('button') ?? []);
  const numbers = (doc: Document = document) => buttons(doc).map((b) => b.dataset.e164);
  async function settle() {
    await mutationsDelivered();
    clock.flush();
  }
  clock.flush();
  return { finder, clock, ctl, scanner, called, buttons, numbers, settle };
}
