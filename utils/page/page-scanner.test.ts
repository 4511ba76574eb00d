// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DOCK_ROOT_TAG, UI_ROOT_TAG } from './mount-ui-root';
import { HIT_TEST_BUDGET_MS } from './occlusion';
import { startPageScanner } from './page-scanner';
import { fakeFinder } from './testing/fake-finder';
import { manualScheduler } from './testing/manual-scheduler';
import { scannerPage, stopScannersAfterEach, stopWith } from './testing/scanner-page';
import { everythingVisible, type VisibilityWatchFactory } from './visibility';

stopScannersAfterEach();

/** A scanner of the current document, driven step by step by `clock`, with the fake finder. */
function startStepped(
  clock: ReturnType<typeof manualScheduler>,
  visibility: VisibilityWatchFactory,
) {
  const ctl = new AbortController();
  stopWith(ctl);
  const finder = fakeFinder();
  const scanner = startPageScanner({
    root: document,
    find: finder.find,
    parseTel: finder.parseTel,
    onCall() {},
    signal: ctl.signal,
    scheduler: clock.scheduler,
    visibility,
  });
  return { finder, scanner };
}

describe('startPageScanner on a page as it loads', () => {
  it('gives each number in the text a button that says what it does', () => {
    const { buttons } = scannerPage('<p>Call 415 555 0134 or (212) 555-0199 today</p>');
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Call +1 415 555 0134',
      'Call +1 212 555 0199',
    ]);
    const [first] = buttons();
    expect(first?.title).toBe('Call +1 415 555 0134');
    expect(first?.type).toBe('button');
    expect(first?.dataset.e164).toBe('+14155550134');
  });

  it('calls onCall with the match and the element holding it when a button is pressed', () => {
    const { buttons, called } = scannerPage('<p><span id="n">415 555 0134</span></p>');
    buttons()[0]?.click();
    expect(called).toHaveLength(1);
    expect(called[0]?.match.nationalNumber).toBe('4155550134');
    expect(called[0]?.element.id).toBe('n');
  });

  it('skips code, form fields, editable content, input roles, hidden content and scripts', () => {
    const { numbers, finder } = scannerPage(`
      <script>var tel = '415 555 0101';</script><style>/* 415 555 0102 */</style>
      <noscript>415 555 0103</noscript><textarea>415 555 0104</textarea>
      <select><option>415 555 0105</option></select><code>415 555 0106</code>
      <pre>415 555 0107</pre><div contenteditable="true"><p>415 555 0108</p></div>
      <div role="textbox">415 555 0109</div><div role="combobox">415 555 0110</div>
      <div hidden><span>415 555 0111</span></div><div aria-hidden="true">415 555 0112</div>
      <svg><text>415 555 0113</text></svg><input value="415 555 0114">
      <p>415 555 0199</p>`);
    expect(numbers()).toEqual(['+14155550199']);
    expect(finder.calls.map((c) => c.text)).toEqual(['415 555 0199']);
  });

  it('treats tel: and callto: links as one number each, their text included', () => {
    const { numbers, finder } = scannerPage(`
      <a href="tel:+14155550134">415 555 0134</a>
      <a href="callto:+12125550199">Ring the office</a>
      <a href="tel:not-a-number">650 555 0111</a>`);
    expect(numbers()).toEqual(['+14155550134', '+12125550199', '+16505550111']);
    expect(finder.calls.map((c) => c.text)).toEqual(['650 555 0111']);
  });

  it('passes column headers to the finder, so an Order # column stays without buttons', () => {
    const { numbers, finder } = scannerPage(`
      <table><thead><tr><th>Name</th><th colspan="2">Order #</th><th>Phone</th></tr></thead>
      <tbody><tr><td>Ann</td><td>4155550134</td><td>x</td><td>415 555 0199</td></tr></tbody></table>`);
    expect(finder.calls.map((c) => [c.text, c.context.header])).toEqual([
      ['4155550134', 'Order #'],
      ['415 555 0199', 'Phone'],
    ]);
    expect(numbers()).toEqual(['+14155550199']);
  });

  it('passes ARIA grid column headers too', () => {
    const { finder } = scannerPage(`
      <div role="grid"><div role="row"><span role="columnheader">Mobile</span><span role="columnheader">Invoice</span></div>
      <div role="row"><span role="gridcell">415 555 0134</span><span role="gridcell">650 555 0111</span></div></div>`);
    expect(finder.calls.map((c) => c.context.header)).toEqual(['Mobile', 'Invoice']);
  });

  it('passes the label in front of a number: label for, aria-label, dt/dd, label-like siblings', () => {
    const { finder } = scannerPage(`
      <label for="f1">Phone</label><span id="f1">415 555 0101</span>
      <span aria-label="Fax number">415 555 0102</span>
      <dl><dt>Mobile</dt><dd>415 555 0103</dd></dl>
      <div><span class="field-label">Order ID</span><div><span>415 555 0104</span></div></div>
      <p><b>Invoice:</b> 415 555 0105</p>
      <table><tr><th>Work phone</th><td>415 555 0106</td></tr></table>
      <p>Notes: call 415 555 0107</p>`);
    expect(finder.calls.map((c) => c.context.label)).toEqual([
      'Phone',
      'Fax number',
      'Mobile',
      'Order ID',
      'Invoice:',
      'Work phone',
      undefined,
    ]);
  });

  it('leaves the page DOM byte for byte as it was', async () => {
    const app = `<div id="app"><table><thead><tr><th>Phone</th></tr></thead><tbody>
      <tr><td>415 555 0134</td></tr><tr><td><a href="tel:+12125550199">212 555 0199</a></td></tr>
      </tbody></table><p>Notes: call 650 555 0111 after 5pm</p></div>`;
    const page = scannerPage(app);
    const before = document.getElementById('app')?.outerHTML;
    page.buttons()[0]?.click();
    document.getElementById('app')?.insertAdjacentHTML('beforeend', '<p>408 555 0123</p>');
    await page.settle();
    expect(page.buttons()).toHaveLength(4);
    const after = document.getElementById('app')?.outerHTML;
    expect(after).toBe(before?.replace('</p></div>', '</p><p>408 555 0123</p></div>'));
    expect(document.body.childNodes).toHaveLength(1);
  });

  it('shows buttons only once the number is in view', () => {
    let report: ((el: Element, visible: boolean) => void) | undefined;
    const watched: Element[] = [];
    const visibility: VisibilityWatchFactory = (_doc, onChange) => {
      report = onChange;
      return {
        observe: (el) => watched.push(el),
        unobserve() {},
        disconnect() {},
        visibleRows: () => [],
      };
    };
    const page = scannerPage('<p id="p">415 555 0134</p>', { visibility });
    expect(page.buttons()).toHaveLength(0);
    expect(watched.map((el) => el.id)).toEqual(['p']);
    report?.(watched[0] as Element, true);
    page.clock.flush();
    expect(page.numbers()).toEqual(['+14155550134']);
  });

  it('removes every button, host and observer on abort', async () => {
    document.documentElement.innerHTML = '<head></head><body><p>415 555 0134</p></body>';
    const before = document.documentElement.outerHTML;
    const page = scannerPage('<p>415 555 0134</p>');
    expect(page.buttons()).toHaveLength(1);
    page.ctl.abort();
    expect(document.documentElement.outerHTML).toBe(before);
    document.body.insertAdjacentHTML('beforeend', '<p>212 555 0199</p>');
    await page.settle();
    expect(document.querySelector(UI_ROOT_TAG)).toBeNull();
    await expect(page.scanner.whenIdle()).resolves.toBeUndefined();
  });

  it('keeps a UI host it was given when stopping', () => {
    const host = document.createElement(UI_ROOT_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const page = scannerPage('<p>415 555 0134</p>', () => {
      document.documentElement.append(host);
      return { ui: { host, shadow } };
    });
    expect(shadow.querySelectorAll('button')).toHaveLength(1);
    page.scanner.stop();
    expect(host.isConnected).toBe(true);
    expect(shadow.childElementCount).toBe(0);
  });

  // From a bug: the docked widget's panel (our own shadow root) was walked and scanned.
  it('never scans the docked widget panel, added before or after it starts', async () => {
    const dockWith = (text: string) => {
      const host = document.createElement(DOCK_ROOT_TAG);
      host.attachShadow({ mode: 'open' }).innerHTML = `<p>${text}</p>`;
      document.documentElement.append(host);
    };
    const page = scannerPage('<p>415 555 0134</p>', () => {
      dockWith('Dock at 212 555 0199');
      return {};
    });
    dockWith('Dock at 650 555 0111');
    await page.settle();
    expect(page.numbers()).toEqual(['+14155550134']);
    expect(page.finder.calls.map((c) => c.text)).toEqual(['415 555 0134']);
  });

  it('shows the rows on screen of a long table found while the page loads', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `<tr><td>415 555 ${1000 + i}</td></tr>`);
    const page = scannerPage(`<table><tbody>${rows.join('')}</tbody></table>`, {
      visibility: (_doc, onChange) => ({
        observe: (el) => onChange(el, true),
        unobserve() {},
        disconnect() {},
        visibleRows: (list) => Array.from(list.children).slice(40, 42),
      }),
    });
    expect(page.scanner.stats().numbersFound).toBe(150);
    expect(page.numbers()).toEqual(['+14155551040', '+14155551041']);
  });

  it('scans the rows on screen in tasks of their own, the rest of the page in idle time', () => {
    document.documentElement.innerHTML = `<head></head><body><table><tbody>${Array.from(
      { length: 150 },
      (_, i) => `<tr><td>415 555 ${1000 + i}</td></tr>`,
    ).join('')}</tbody></table></body>`;
    // Every clock read takes 2 ms: a slice of 8 ms runs out after a few nodes.
    const clock = manualScheduler(2, { tasks: true });
    const { finder, scanner } = startStepped(clock, (_doc, onChange) => ({
      observe: (el) => onChange(el, true),
      unobserve() {},
      disconnect() {},
      visibleRows: (list) => Array.from(list.children).slice(40, 46),
    }));
    // The first slice, a task of its own: the page walk meets the long table. Which of its rows
    // are on screen is a layout read, left for after the page's own frame.
    expect(clock.pendingTasks).toBe(1);
    clock.runTasks();
    expect(clock.pendingTasks).toBe(0);
    clock.runFrames(); // the page's own frame: the rows on screen are queued, as tasks
    expect(clock.pendingTasks).toBe(1);
    for (let round = 0; round < 50 && clock.pendingTasks > 0; round++) clock.runTasks();
    // The six rows on screen are done without one more idle period; the rest waits for idle.
    const onScreen = Array.from({ length: 6 }, (_, i) => `415 555 ${1040 + i}`);
    expect(finder.calls.map((c) => c.text)).toEqual(expect.arrayContaining(onScreen));
    expect(scanner.stats().numbersFound).toBeLessThan(150);
    clock.flush();
    expect(scanner.stats().numbersFound).toBe(150);
  });

  // Every box added to a big page repaints it whole: the host's box comes with the buttons.
  it('keeps its host without a box until the first buttons are shown', async () => {
    const page = scannerPage('<p>No number here</p>');
    page.clock.flush();
    const host = document.querySelector<HTMLElement>(UI_ROOT_TAG);
    expect(host?.style.display).toBe('none');
    document.body.insertAdjacentHTML('beforeend', '<p>415 555 0134</p>');
    await page.settle();
    expect(host?.style.display).toBe('');
    expect(page.numbers()).toEqual(['+14155550134']);
  });

  // A page can owe a layout and a paint of its own when we start: neither may be forced inside
  // our first slice nor land in the frame that shows our first buttons.
  it('shows its first buttons in a frame after one of the page’s own', () => {
    document.documentElement.innerHTML = '<head></head><body><p>415 555 0134</p></body>';
    const clock = manualScheduler(0, { tasks: true });
    const { finder, scanner } = startStepped(clock, everythingVisible);
    const host = document.querySelector<HTMLElement>(UI_ROOT_TAG);
    clock.runTasks(); // the first slice finds the number at once, and reads no layout
    expect(finder.calls.map((c) => c.text)).toEqual(['415 555 0134']);
    expect(host?.style.display).toBe('none');
    // The page's own frame: it does the page's pending layout and paint, with nothing of ours.
    expect(clock.runFrames()).toBe(1);
    expect(host?.style.display).toBe('none');
    // The buttons and our host's box come in a task of their own right after it, so the next
    // frame, which paints them, runs no pass of ours: only a callback that queues the owed hit
    // tests for after it.
    expect(clock.runTasks()).toBe(1);
    expect(host?.style.display).toBe('');
    expect(host?.shadowRoot?.querySelectorAll('button')).toHaveLength(1);
    const passes = scanner.stats().layouts;
    expect(clock.runFrames()).toBe(1);
    expect(scanner.stats().layouts).toBe(passes);
    expect(clock.runTasks()).toBe(1);
    expect(scanner.stats().layouts).toBe(passes + 1);
  });

  // Hit tests are the costliest reads (milliseconds each on a big table): the pass that reveals
  // the first buttons does none, and those left over for lack of time wait until the next frame
  // is over, and run in a task of their own after it.
  it('leaves hit tests over its budget to a task after the next frame', () => {
    const numbers = Array.from({ length: 8 }, (_, i) => `<p>415 555 ${1000 + i}</p>`).join('');
    document.documentElement.innerHTML = `<head></head><body>${numbers}</body>`;
    const rects = Range.prototype.getClientRects;
    Range.prototype.getClientRects = () =>
      [DOMRect.fromRect({ x: 100, y: 100, width: 80, height: 16 })] as unknown as DOMRectList;
    const doc = document as Document & { elementFromPoint(x: number, y: number): Element | null };
    const hitTest = vi.fn(() => document.body);
    doc.elementFromPoint = hitTest;
    try {
      // Every clock read takes 1 ms: each hit test costs 1 ms of the 3 ms budget.
      const clock = manualScheduler(1, { tasks: true });
      startStepped(clock, everythingVisible);
      for (let i = 0; i < 20 && clock.pendingTasks > 0; i++) clock.runTasks();
      clock.runFrames(); // the page's own frame
      for (let i = 0; i < 20 && clock.pendingTasks > 0; i++) clock.runTasks();
      const buttons = () =>
        document.querySelector(UI_ROOT_TAG)?.shadowRoot?.querySelectorAll('button');
      expect(buttons()).toHaveLength(8);
      expect(hitTest).not.toHaveBeenCalled();
      // Hit tests are owed; the next frame runs none of our passes, and queues one after it.
      expect(clock.pendingTasks).toBe(0);
      const frames = clock.frameTimings.length;
      expect(clock.runFrames()).toBe(1);
      expect(clock.frameTimings.length).toBe(frames);
      expect(clock.pendingTasks).toBe(1);
      // That pass spends the budget, and leaves the rest for after the frame that follows.
      clock.runTasks();
      expect(hitTest.mock.calls.length).toBeGreaterThan(0);
      expect(hitTest.mock.calls.length).toBeLessThanOrEqual(HIT_TEST_BUDGET_MS + 1);
      expect(clock.pendingTasks).toBe(0);
      expect(clock.runFrames()).toBe(1);
      expect(clock.pendingTasks).toBe(1);
    } finally {
      Range.prototype.getClientRects = rects;
      Reflect.deleteProperty(doc, 'elementFromPoint');
    }
  });

  // A number found on a settled page needs no layout of the page's to be placed; after a
  // scroll, buttons move in the frame that shows the scroll.
  it('places found numbers in a task of their own, scrolled ones in the frame', () => {
    document.documentElement.innerHTML = '<head></head><body><p>415 555 0134</p></body>';
    const clock = manualScheduler(0, { tasks: true });
    startStepped(clock, everythingVisible);
    clock.runTasks();
    clock.runFrames();
    clock.runTasks();
    document.dispatchEvent(new Event('scroll'));
    expect(clock.pendingTasks).toBe(0);
    expect(clock.frameTimings.at(-1)).toBe('animation-frame');
    expect(clock.runFrames()).toBe(1);
  });
});
