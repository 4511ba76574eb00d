// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOcclusion, HIT_TEST_BUDGET_MS, type Spot } from './occlusion';

function box(el: Element, left: number, top: number, width: number, height: number): void {
  el.getBoundingClientRect = () =>
    ({
      left,
      top,
      width,
      height,
      right: left + width,
      bottom: top + height,
      x: left,
      y: top,
    }) as DOMRect;
}

/** The number's end at (x, y) and its button just after it. */
const spot = (x: number, y: number): Spot => ({
  x,
  y,
  left: x + 2,
  top: y - 8,
  right: x + 18,
  bottom: y + 8,
});

describe('createOcclusion', () => {
  let hits: (x: number, y: number) => Element | null;
  const host = document.createElement('div');

  beforeEach(() => {
    document.body.innerHTML = `
      <div id="modal" style="position: fixed"><p id="inside">A dialog</p></div>
      <div id="scroller"><table><thead><tr>
        <th id="h1" style="position: sticky">Name</th><th id="h2" style="position: sticky">Phone</th>
      </tr></thead><tbody><tr><td id="n1">415 555 0134</td><td id="n2">650 555 0111</td></tr></tbody></table></div>`;
    hits = () => null;
    document.elementFromPoint = vi.fn((x: number, y: number) => hits(x, y));
  });

  const byId = (id: string) => document.getElementById(id) as Element;

  it('hit-tests a number once, then trusts the verdict until the page changes', () => {
    const occlusion = createOcclusion(() => 0);
    hits = () => byId('n1');
    occlusion.nextPass();
    expect(occlusion.covers({}, 0, byId('n1'), spot(100, 100), host)).toBe(false);
    const key = {};
    occlusion.covers(key, 0, byId('n1'), spot(100, 100), host);
    occlusion.covers(key, 0, byId('n1'), spot(100, 140), host);
    expect(document.elementFromPoint).toHaveBeenCalledTimes(2);
    occlusion.invalidate();
    occlusion.covers(key, 0, byId('n1'), spot(100, 140), host);
    expect(document.elementFromPoint).toHaveBeenCalledTimes(3);
  });

  it('remembers what covered a number and hides others under it without hit tests', () => {
    const occlusion = createOcclusion(() => 0);
    box(byId('modal'), 50, 50, 400, 300);
    hits = (x, y) => (x >= 50 && x <= 450 && y >= 50 && y <= 350 ? byId('inside') : byId('n1'));
    occlusion.nextPass();
    expect(occlusion.covers({}, 0, byId('n1'), spot(100, 100), host)).toBe(true);
    const calls = vi.mocked(document.elementFromPoint).mock.calls.length;
    expect(occlusion.covers({}, 0, byId('n2'), spot(300, 200), host)).toBe(true);
    // A button that would stick out over the dialog's edge hides too.
    expect(occlusion.covers({}, 0, byId('n2'), spot(40, 200), host)).toBe(true);
    expect(vi.mocked(document.elementFromPoint).mock.calls.length).toBe(calls);
    // Numbers of another document (a frame) have their own coordinates.
    const frameDoc = document.implementation.createHTMLDocument('frame');
    const inFrame = frameDoc.body.appendChild(frameDoc.createElement('p'));
    frameDoc.elementFromPoint = () => inFrame;
    expect(occlusion.covers({}, 0, inFrame, spot(300, 200), host)).toBe(false);
  });

  it('finds a sticky header by probing the top of the scroll container', () => {
    const occlusion = createOcclusion(() => 0);
    box(byId('scroller'), 0, 100, 600, 400);
    box(byId('h1'), 0, 100, 300, 24);
    box(byId('h2'), 300, 100, 300, 24);
    hits = (x, y) => (y < 124 ? byId('h2') : byId(x < 300 ? 'n1' : 'n2'));
    occlusion.nextPass();
    occlusion.probe(document, byId('scroller'));
    // A row scrolled under the header, in either column.
    expect(occlusion.covers({}, 0, byId('n1'), spot(100, 112), host)).toBe(true);
    expect(occlusion.covers({}, 0, byId('n2'), spot(400, 112), host)).toBe(true);
    expect(occlusion.covers({}, 0, byId('n2'), spot(400, 200), host)).toBe(false);
  });

  it('spends at most its budget on hit tests per pass, and says when it left some', () => {
    let time = 0;
    const occlusion = createOcclusion(() => time);
    hits = () => {
      time += 1;
      return byId('n1');
    };
    occlusion.nextPass();
    for (let i = 0; i < 10; i++) occlusion.covers({}, 0, byId('n1'), spot(100, 100 + i), host);
    // Each test takes 1 ms: tests go on until the budget is passed.
    expect(document.elementFromPoint).toHaveBeenCalledTimes(Math.floor(HIT_TEST_BUDGET_MS) + 1);
    expect(occlusion.pending).toBe(true);
  });

  it('checks its budget before each probe point, and goes on from there in the next pass', () => {
    let time = 0;
    const occlusion = createOcclusion(() => time);
    hits = (_x, y) => {
      time += 5; // one test into a big table is over the whole budget
      return y < 10 ? byId('h1') : byId('n1');
    };
    occlusion.nextPass();
    occlusion.probe(document, null);
    expect(vi.mocked(document.elementFromPoint).mock.calls.map(([, y]) => y)).toEqual([2]);
    expect(occlusion.pending).toBe(true);
    occlusion.nextPass();
    occlusion.probe(document, null);
    // The second point, not the first again.
    expect(vi.mocked(document.elementFromPoint).mock.calls.map(([, y]) => y)).toEqual([
      2,
      innerHeight - 2,
    ]);
    expect(occlusion.pending).toBe(false);
    occlusion.nextPass();
    occlusion.probe(document, null);
    expect(document.elementFromPoint).toHaveBeenCalledTimes(2);
  });

  it('does no hit test in a pass that is told not to, and leaves them pending', () => {
    const occlusion = createOcclusion(() => 0);
    hits = () => byId('modal');
    occlusion.nextPass(false);
    occlusion.probe(document, null);
    expect(occlusion.covers({}, 0, byId('n1'), spot(100, 100), host)).toBe(false);
    expect(document.elementFromPoint).not.toHaveBeenCalled();
    expect(occlusion.pending).toBe(true);
    occlusion.nextPass();
    expect(occlusion.covers({}, 0, byId('n1'), spot(100, 100), host)).toBe(true);
  });

  it('counts only hit tests against its budget, not the rest of the pass', () => {
    let time = 0;
    const occlusion = createOcclusion(() => time);
    hits = () => byId('n1');
    occlusion.nextPass();
    for (let i = 0; i < 5; i++) {
      time += 10; // the layout pass reading rects between two numbers
      occlusion.covers({}, 0, byId('n1'), spot(100, 100 + i), host);
    }
    expect(document.elementFromPoint).toHaveBeenCalledTimes(5);
    expect(occlusion.pending).toBe(false);
  });

  it('treats a number hidden by its styles as covered', () => {
    const occlusion = createOcclusion(() => 0);
    byId('n1').setAttribute('style', 'visibility: hidden');
    hits = () => byId('scroller');
    occlusion.nextPass();
    expect(occlusion.covers({}, 0, byId('n1'), spot(100, 100), host)).toBe(true);
  });
});
