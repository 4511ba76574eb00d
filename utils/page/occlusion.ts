import { containsComposed } from './dom-order';
import type { Intake } from './mutation-intake';
import { composedParent, ELEMENT_NODE, FRAGMENT_NODE, isStyleHidden } from './skip-rules';

/**
 * Time for hit tests in one layout pass. Hit tests that land in a 20,000-row table cost 5-12 ms
 * each, and the first one after the page's first full paint 11-41 ms (bench:scan; the browser
 * walks the table's rows to find the one hit, and the table's collapsed borders make each row
 * dearer: 2-4 ms each with separate borders). So the budget is checked before each test: a pass
 * does one such test at most. Only the hit tests count: when the pass's rect reads counted too,
 * a pass over a screenful of numbers left room for one test or none, and the 27 numbers on
 * screen of the bench:scan table took 20-odd passes (each re-reading every rect) to be confirmed.
 */
export const HIT_TEST_BUDGET_MS = 3;
const MAX_OCCLUDERS = 32;
/**
 * Page changes re-open verdicts at most this often: a page animating a class or an inline
 * style on every frame must not buy a round of hit tests on every frame.
 */
const INVALIDATE_EVERY_MS = 250;

export interface Spot {
  x: number;
  y: number;
  /** The button's box. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Verdict {
  generation: number;
  covered: boolean;
}

/**
 * Whether something of the page's is drawn over a number (a sticky table header, a fixed top
 * bar, a dialog, a menu). Our layer sits above everything, so a button must hide itself there.
 *
 * A hit test per number per frame would be exact but too slow on big tables. Instead, elements
 * that cover things are found and then checked geometrically for every number in every frame,
 * at the cost of one rect read each: pinned headers by probing the top edge of each scroll
 * container and the viewport's edges once per page change; dialogs and menus from the
 * positioned elements that mutations add or restyle; and anything else by one hit test per
 * number when it first shows and after each page change, within a time budget per pass.
 */
export interface Occlusion {
  /**
   * Start of a layout pass: the hit-test budget starts over, occluder boxes are re-read. With
   * `hitTests` false the pass does none (they stay pending for the next pass).
   */
  nextPass(hitTests?: boolean): void;
  /** The page changed: verdicts and occluders are confirmed again, edges probed again. */
  invalidate(): void;
  /** A positioned element a mutation added or restyled: it may cover numbers. */
  suspect(el: Element): void;
  /** Looks for a pinned header at the top of `container` (or the viewport's edges). */
  probe(doc: Document, container: Element | null): void;
  /**
   * Whether the number's end (`x`, `y`) or its button's box (viewport coordinates) is under
   * something. `key` and `index` name the number, for remembering verdicts.
   */
  covers(key: object, index: number, target: Element, at: Spot, host: Element): boolean;
  /** Hit tests were left for lack of time: another pass should follow. */
  readonly pending: boolean;
}

function parentElementOf(el: Element): Element | null {
  const parent = composedParent(el);
  return parent?.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

/** The largest ancestor of `hit` that does not also contain the number: the covering box. */
function coveringBox(hit: Element, target: Element): Element {
  let box = hit;
  for (let p = parentElementOf(box); p && !containsComposed(p, target); p = parentElementOf(p))
    box = p;
  return box;
}

function positionOf(el: Element): string | undefined {
  return el.ownerDocument.defaultView?.getComputedStyle(el).position;
}

/**
 * The sticky or fixed boxes a probe hit is part of. Sticky header cells are pinned one by one
 * (their row box stays where it was), so a stuck cell brings its stuck siblings along.
 */
function pinnedBoxes(hit: Element, stopAt: Element | null): Element[] {
  for (let el: Element | null = hit; el && el !== stopAt; el = parentElementOf(el)) {
    const position = positionOf(el);
    if (position !== 'sticky' && position !== 'fixed') continue;
    if (el.localName !== 'th' && el.localName !== 'td') return [el];
    return Array.from(el.parentElement?.children ?? [el]).filter(
      (cell) => positionOf(cell) === position,
    );
  }
  return [];
}

export function createOcclusion(now: () => number): Occlusion {
  const occluders = new Map<Element, number>(); // element -> generation it was last confirmed
  const suspects = new Set<Element>();
  const verdicts = new WeakMap<object, Verdict[]>();
  // Per container (or document): the generation probed, and how many of its points are done.
  let probed = new WeakMap<object, { generation: number; done: number }>();
  let rects = new Map<Element, DOMRect>();
  let generation = 0;
  let passStart = 0;
  let spent = 0;
  let pending = false;
  let invalidatedAt = -Infinity;
  let stale = false;

  function bump(): void {
    generation++;
    probed = new WeakMap();
    invalidatedAt = now();
    stale = false;
  }

  const hasTime = () => spent <= HIT_TEST_BUDGET_MS;

  function rectOf(el: Element): DOMRect {
    let rect = rects.get(el);
    if (!rect) {
      rect = el.getBoundingClientRect();
      rects.set(el, rect);
    }
    return rect;
  }

  /** Hit test in the element's own tree, so a hit inside a shadow root is not retargeted. */
  function hitNear(el: Element, x: number, y: number): Element | null {
    const root = el.getRootNode() as Document | ShadowRoot;
    const from = typeof root.elementFromPoint === 'function' ? root : el.ownerDocument;
    if (typeof from.elementFromPoint !== 'function') return null;
    const started = now();
    const hit = from.elementFromPoint(x, y);
    spent += now() - started;
    return hit;
  }

  function remember(el: Element): void {
    occluders.delete(el);
    occluders.set(el, generation);
    if (occluders.size > MAX_OCCLUDERS) occluders.delete(occluders.keys().next().value as Element);
  }

  /** Is `el` really on top at its centre? Keeps it as an occluder if so, forgets it if not. */
  function confirm(el: Element): boolean {
    const r = rectOf(el);
    const hit =
      r.width > 0 && r.height > 0 && hitNear(el, r.left + r.width / 2, r.top + r.height / 2);
    const onTop = Boolean(hit && containsComposed(el, hit));
    if (onTop) remember(el);
    else occluders.delete(el);
    return onTop;
  }

  function hitTestNumber(target: Element, x: number, y: number, host: Element): boolean {
    const hit = hitNear(target, x, y);
    // Off screen, our own button, or the number itself (or something inside its element).
    if (!hit || hit === host || containsComposed(target, hit)) return false;
    // The test went through the number to an ancestor: pointer-events: none, or hidden by style.
    if (containsComposed(hit, target)) return isStyleHidden(target);
    remember(coveringBox(hit, target));
    return true;
  }

  return {
    nextPass(hitTests = true) {
      rects = new Map();
      passStart = now();
      spent = hitTests ? 0 : Number.POSITIVE_INFINITY;
      pending = false;
      if (stale) {
        if (passStart - invalidatedAt >= INVALIDATE_EVERY_MS) bump();
        else pending = true; // another pass will come round to it
      }
      for (const el of suspects) {
        if (!hasTime()) break;
        suspects.delete(el);
        if (el.isConnected) confirm(el);
      }
    },
    invalidate() {
      if (now() - invalidatedAt >= INVALIDATE_EVERY_MS) bump();
      else stale = true;
    },
    suspect(el) {
      suspects.add(el);
    },
    probe(doc, container) {
      const key = container ?? doc;
      let progress = probed.get(key);
      if (progress?.generation !== generation) {
        progress = { generation, done: 0 };
        probed.set(key, progress);
      }
      const win = doc.defaultView;
      if (!win) return;
      const points: [number, number][] = [];
      if (container) {
        const r = rectOf(container);
        points.push([r.left + r.width / 2, r.top + container.clientTop + 2]);
      } else points.push([win.innerWidth / 2, 2], [win.innerWidth / 2, win.innerHeight - 2]);
      // The budget is checked before each point: a point that lands in a 20,000-row table costs
      // 5-41 ms, so one such test is all a pass gets; the next pass goes on from there.
      while (progress.done < points.length) {
        if (!hasTime()) {
          pending = true;
          return;
        }
        const [x, y] = points[progress.done++] as [number, number];
        const hit = hitNear(container ?? doc.documentElement, x, y);
        if (hit) for (const pinned of pinnedBoxes(hit, container)) remember(pinned);
      }
    },
    covers(key, index, target, at, host) {
      for (const [occluder, confirmed] of occluders) {
        if (!occluder.isConnected) {
          occluders.delete(occluder);
          continue;
        }
        // Rects are in their own document's viewport: a frame's numbers meet only its occluders.
        if (occluder.ownerDocument !== target.ownerDocument) continue;
        const r = rectOf(occluder);
        const overlaps =
          at.right > r.left && at.left < r.right && at.bottom > r.top && at.top < r.bottom;
        const overNumber = at.x >= r.left && at.x <= r.right && at.y >= r.top && at.y <= r.bottom;
        if ((!overlaps && !overNumber) || containsComposed(occluder, target)) continue;
        if (confirmed === generation || !hasTime() || confirm(occluder)) return true;
      }
      let list = verdicts.get(key);
      const last = list?.[index];
      if (last?.generation === generation) return last.covered;
      if (!hasTime()) {
        pending = true;
        return last?.covered ?? false;
      }
      const covered = hitTestNumber(target, at.x, at.y, host);
      if (!list) {
        list = [];
        verdicts.set(key, list);
      }
      list[index] = { generation, covered };
      return covered;
    },
    get pending() {
      return pending;
    },
  };
}

const MAX_CANDIDATES = 64;

/**
 * Elements a mutation batch suggests may now cover numbers: positioned elements added at the
 * top of a tree (a dialog or menu portal appended to <body>), or restyled, or re-shown.
 */
export function overlayCandidates(intake: Intake): Element[] {
  const candidates: Element[] = [...intake.restyled, ...intake.reconsider.slice(0, MAX_CANDIDATES)];
  for (const node of intake.added) {
    const parent = node.parentNode;
    const topLevel = parent?.nodeType === FRAGMENT_NODE || parent === node.ownerDocument?.body;
    if (node.nodeType === ELEMENT_NODE && topLevel) candidates.push(node as Element);
    if (candidates.length >= 2 * MAX_CANDIDATES) break;
  }
  return candidates.filter((el) => {
    const position = el.isConnected ? positionOf(el) : undefined;
    return position === 'fixed' || position === 'absolute' || position === 'sticky';
  });
}
