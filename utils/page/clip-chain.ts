import { composedParent, ELEMENT_NODE } from './skip-rules';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The parent an element is drawn in: the slot it is assigned to, else its (composed) parent. */
function flatParent(el: Element): Element | null {
  const slot = el.assignedSlot;
  if (slot) return slot;
  const parent = composedParent(el);
  return parent?.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

const CLIPS = /^(?:hidden|clip|scroll|auto|overlay)$/;

function clipsContent(el: Element): boolean {
  const doc = el.ownerDocument;
  // Overflow on <html> and <body> applies to the viewport, which is checked on its own.
  if (el === doc.documentElement || el === doc.body) return false;
  const style = doc.defaultView?.getComputedStyle(el);
  if (!style) return false;
  // The longhands, and the shorthand for engines that only keep that (happy-dom).
  const overflow = `${style.overflowX} ${style.overflowY} ${style.overflow}`.split(' ');
  return overflow.some((value) => CLIPS.test(value)) || /paint|strict|content/.test(style.contain);
}

/**
 * The ancestors that clip what a number's element shows: scroll containers, `overflow: hidden`
 * cells, `contain: paint`. Their boxes are where its button may appear; a number scrolled out
 * of its container keeps its place in the document, so without this its button would float
 * over whatever is next to the container.
 */
export interface ClipChain {
  ancestors(el: Element): readonly Element[];
  /** The inner box (inside borders and scrollbars) of a clipping element, read once per pass. */
  box(el: Element): Box;
  /** True when the point is inside every clipping ancestor of `el`. */
  shows(el: Element, x: number, y: number): boolean;
  /** New pass: positions may have changed. */
  nextPass(): void;
  /** Styles may have changed (class and style mutations): forget which ancestors clip. */
  reset(): void;
}

export function createClipChain(): ClipChain {
  // Memoised per element, so siblings share their parent's chain: one style read per element.
  let chains = new WeakMap<Element, readonly Element[]>();
  let boxes = new Map<Element, Box>();

  function ancestors(el: Element): readonly Element[] {
    const known = chains.get(el);
    if (known) return known;
    const parent = flatParent(el);
    const above = parent ? ancestors(parent) : [];
    const chain = parent && clipsContent(parent) ? [parent, ...above] : above;
    chains.set(el, chain);
    return chain;
  }

  function box(el: Element): Box {
    let found = boxes.get(el);
    if (!found) {
      const r = el.getBoundingClientRect();
      const left = r.left + el.clientLeft;
      const top = r.top + el.clientTop;
      found = { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
      boxes.set(el, found);
    }
    return found;
  }

  return {
    ancestors,
    box,
    shows(el, x, y) {
      for (const clip of ancestors(el)) {
        const b = box(clip);
        if (x < b.left || x > b.right || y < b.top || y > b.bottom) return false;
      }
      return true;
    },
    nextPass() {
      boxes = new Map();
    },
    reset() {
      chains = new WeakMap();
      boxes = new Map();
    },
  };
}
