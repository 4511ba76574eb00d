// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { startPageScanner } from './page-scanner';
import { fakeFinder } from './testing/fake-finder';
import { manualScheduler } from './testing/manual-scheduler';
import {
  mutationsDelivered,
  row,
  scannerPage,
  stopScannersAfterEach,
  stopWith,
} from './testing/scanner-page';
import { everythingVisible, type VisibilityWatchFactory } from './visibility';

stopScannersAfterEach();

describe('startPageScanner on a page that changes', () => {
  it('scans open shadow roots, nested ones, and what is added inside them later', async () => {
    const page = scannerPage('<x-card id="card"></x-card>');
    const card = document.getElementById('card') as HTMLElement;
    const outer = card.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>415 555 0134</p><x-inner></x-inner>';
    const inner = (outer.querySelector('x-inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>212 555 0199</span>';
    page.scanner.rescan();
    page.clock.flush();
    expect(page.numbers()).toEqual(['+14155550134', '+12125550199']);
    inner.append(document.createTextNode(' or 650 555 0111'));
    await page.settle();
    expect(page.numbers()).toEqual(['+14155550134', '+12125550199', '+16505550111']);
  });

  it('adds buttons for added rows, removes them with removed rows, follows text changes', async () => {
    const page = scannerPage(
      '<table><tbody id="rows"><tr><td>415 555 0134</td></tr></tbody></table>',
    );
    const rows = document.getElementById('rows') as HTMLElement;
    rows.append(row('212 555 0199'), row('650 555 0111'));
    await page.settle();
    expect(page.numbers()).toEqual(['+14155550134', '+12125550199', '+16505550111']);

    rows.children[1]?.remove();
    await page.settle();
    expect(page.numbers()).toEqual(['+14155550134', '+16505550111']);

    const text = rows.querySelector('td')?.firstChild as Text;
    text.data = '408 555 0123';
    await page.settle();
    expect(page.numbers()).toEqual(['+14085550123', '+16505550111']);

    text.data = 'no number any more';
    await page.settle();
    expect(page.numbers()).toEqual(['+16505550111']);
  });

  it('keeps one button per number through repeated mutations, re-renders and rescans', async () => {
    const page = scannerPage('<ul id="list"><li>415 555 0134</li><li>212 555 0199</li></ul>');
    const list = document.getElementById('list') as HTMLElement;
    for (let i = 0; i < 5; i++) {
      // A framework moving its own nodes around: the same text nodes leave and come back.
      list.append(...Array.from(list.children).reverse());
      page.scanner.rescan();
      page.scanner.rescan(list);
      await page.settle();
    }
    expect(page.numbers().sort()).toEqual(['+12125550199', '+14155550134']);
    expect(page.scanner.stats().numbersFound).toBe(2);
  });

  it('keeps buttons in the page order of their numbers, for Tab', async () => {
    const page = scannerPage('<ul id="list"><li>415 555 0134</li></ul>');
    document.getElementById('list')?.insertAdjacentHTML('afterbegin', '<li>212 555 0199</li>');
    await page.settle();
    expect(page.numbers()).toEqual(['+12125550199', '+14155550134']);
  });

  it('turns a huge mutation batch into one deferred rescan of the affected subtree', async () => {
    const page = scannerPage('<table><tbody id="rows"></tbody></table><p>408 555 0123</p>', {
      hugeBatch: 50,
    });
    const rows = document.getElementById('rows') as HTMLElement;
    for (let i = 0; i < 300; i++) rows.append(row(`415 555 ${1000 + i}`));
    await mutationsDelivered();
    page.clock.flush(false);
    expect(page.buttons()).toHaveLength(1);
    expect(page.clock.pendingTimers).toBe(1);
    page.clock.flush();
    expect(page.scanner.stats().deferredRescans).toBe(1);
    expect(page.buttons()).toHaveLength(301);
  });

  // Reading positions in an animation frame forces the layout a changed page owes into our
  // task; waiting for the browser's own layout costs a layout of its own on a settled page.
  it('lays out after the browser when the page changed, in an animation frame when not', async () => {
    let report: ((el: Element, visible: boolean) => void) | undefined;
    const visibility: VisibilityWatchFactory = (_doc, onChange) => {
      report = onChange;
      return { observe() {}, unobserve() {}, disconnect() {}, visibleRows: () => [] };
    };
    const page = scannerPage('<p id="a">415 555 0134</p>', { visibility });
    const timings = page.clock.frameTimings;
    // A scroll brings the number into view: the page's layout is clean.
    report?.(document.getElementById('a') as Element, true);
    expect(timings.at(-1)).toBe('animation-frame');
    page.clock.flush();
    expect(page.numbers()).toEqual(['+14155550134']);
    // The page changes the number's text: it owes a layout.
    ((document.getElementById('a') as Element).firstChild as Text).data = '415 555 0199';
    const asked = timings.length;
    await page.settle();
    expect(timings.slice(asked)).toContain('after-layout');
    expect(page.numbers()).toEqual(['+14155550199']);
  });

  it('does the work in small slices instead of one long task', () => {
    const rows = Array.from(
      { length: 400 },
      (_, i) => `<tr><td>415 555 ${1000 + i}</td></tr>`,
    ).join('');
    document.documentElement.innerHTML = `<body><table>${rows}</table></body>`;
    const finder = fakeFinder();
    const clock = manualScheduler(0.2);
    const ctl = new AbortController();
    stopWith(ctl);
    const scanner = startPageScanner({
      root: document,
      ...finder,
      onCall() {},
      signal: ctl.signal,
      scheduler: clock.scheduler,
      visibility: everythingVisible,
    });
    clock.flush();
    const stats = scanner.stats();
    expect(stats.numbersFound).toBe(400);
    expect(stats.slices).toBeGreaterThan(3);
    expect(stats.longestSliceMs).toBeLessThan(10);
  });

  it('scans same-origin frames into a layer of their own', async () => {
    const page = scannerPage('<iframe id="f"></iframe>');
    const frame = document.getElementById('f') as HTMLIFrameElement;
    const doc = frame.contentDocument as Document;
    doc.body.innerHTML = '<p>415 555 0134</p>';
    page.scanner.rescan();
    page.clock.flush();
    expect(page.numbers(doc)).toEqual(['+14155550134']);
    expect(page.numbers()).toEqual([]);
    doc.body.insertAdjacentHTML('beforeend', '<p>212 555 0199</p>');
    await page.settle();
    expect(page.numbers(doc)).toEqual(['+14155550134', '+12125550199']);
  });

  it('drops the button of a row that gets hidden, and brings it back when shown', async () => {
    const page = scannerPage('<ul><li id="a">415 555 0134</li><li>650 555 0111</li></ul>');
    const a = document.getElementById('a') as HTMLElement;
    a.hidden = true;
    await page.settle();
    expect(page.numbers()).toEqual(['+16505550111']);
    a.hidden = false;
    await page.settle();
    expect(page.numbers().sort()).toEqual(['+14155550134', '+16505550111']);
  });

  it('follows a tel: link whose href changes', async () => {
    const page = scannerPage('<a id="l" href="tel:+14155550134">Call the office</a>');
    const link = document.getElementById('l') as HTMLAnchorElement;
    link.href = 'tel:+16505550111';
    await page.settle();
    expect(page.numbers()).toEqual(['+16505550111']);
    link.href = 'https://example.com/';
    await page.settle();
    expect(page.numbers()).toEqual([]);
  });

  it('keeps one button when a framework replaces a cell with an identical one', async () => {
    // React re-rendering a row: new text node, same text; the old one leaves.
    const page = scannerPage('<table><tbody id="rows"></tbody></table>');
    const rows = document.getElementById('rows') as HTMLElement;
    rows.append(row('415 555 0134'));
    await page.settle();
    for (let i = 0; i < 3; i++) {
      rows.replaceChildren(row('415 555 0134'));
      await page.settle();
    }
    expect(page.numbers()).toEqual(['+14155550134']);
    page.buttons()[0]?.click();
    expect(page.called[0]?.element.isConnected).toBe(true);
  });

  it('finds the rows on screen of long lists by position instead of watching each one', async () => {
    const observed: Element[] = [];
    const rowsOnScreen = (list: Element) => Array.from(list.children).slice(10, 12);
    const page = scannerPage(
      '<table><tbody id="rows"></tbody></table><p id="note">212 555 0199</p>',
      {
        visibility: (_doc, onChange) => ({
          observe(el) {
            observed.push(el);
            onChange(el, true);
          },
          unobserve() {},
          disconnect() {},
          visibleRows: rowsOnScreen,
        }),
      },
    );
    const rows = document.getElementById('rows') as HTMLElement;
    rows.append(...Array.from({ length: 150 }, (_, i) => row(`415 555 ${1000 + i}`)));
    await page.settle();
    expect(page.scanner.stats().numbersFound).toBe(151);
    expect(page.numbers().sort()).toEqual(['+12125550199', '+14155551010', '+14155551011']);
    expect(observed.map((el) => el.id)).toEqual(['note']);
  });

  it('leaves frames alone when told to (a content script runs in each of them)', () => {
    const page = scannerPage('<iframe id="f"></iframe>', { frames: false });
    const doc = (document.getElementById('f') as HTMLIFrameElement).contentDocument as Document;
    doc.body.innerHTML = '<p>415 555 0134</p>';
    page.scanner.rescan();
    page.clock.flush();
    expect(page.scanner.stats().documents).toBe(1);
  });
});
