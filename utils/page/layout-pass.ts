import type { ClipChain } from './clip-chain';
import { type DocView, hideButtons, type NumberState } from './number-states';
import type { Occlusion } from './occlusion';
import type { PhoneMatch } from './phone-match';
import {
  BUTTON_SIZE,
  lastLineRect,
  type Placement,
  placeCallButton,
  type RectLike,
} from './place-call-button';

export interface LayoutDeps {
  clips: ClipChain;
  occlusion: Occlusion;
  /**
   * False for a pass that must not hit-test: one that gives our host its box. That pass makes
   * a screenful of buttons and the frame after it paints our new layer over the whole page, the
   * costliest of ours (29-73 ms on the 20,000-row table, bench:scan), while one hit test there
   * can cost 11-41 ms: they wait for the next pass.
   */
  hitTests?: boolean;
  createButton(state: NumberState, index: number): HTMLButtonElement;
}

interface Move {
  state: NumberState;
  index: number;
  placement: Placement | typeof UNSEEN | null;
}

const NO_RECTS: RectLike[] = [];

function numberRects(range: Range, state: NumberState, match: PhoneMatch): ArrayLike<RectLike> {
  if (state.link) return (state.node as Element).getClientRects();
  const text = state.node as Text;
  // The text changed since it was searched: its mutation record is queued, wait for it.
  if (text.data !== state.data || match.end > text.length) return NO_RECTS;
  range.setStart(text, match.start);
  range.setEnd(text, match.end);
  return range.getClientRects();
}

function directionOf(state: NumberState): 'ltr' | 'rtl' {
  if (!state.direction) {
    const style = state.target.ownerDocument.defaultView?.getComputedStyle(state.target);
    state.direction = style?.direction === 'rtl' ? 'rtl' : 'ltr';
  }
  return state.direction;
}

/** A number that has a box but cannot be seen: clipped by a scroll container, or covered. */
const UNSEEN = 'unseen';

/**
 * Where a number's button goes; UNSEEN when the user could not see the number's end (outside
 * its scroll containers, or under something the page draws on top of it); null when the
 * number has no box at all.
 */
function place(
  view: DocView,
  state: NumberState,
  index: number,
  rects: ArrayLike<RectLike>,
  origin: { x: number; y: number },
  deps: LayoutDeps,
): Placement | typeof UNSEEN | null {
  const line = lastLineRect(rects);
  if (!line) return null;
  const direction = directionOf(state);
  const placement = placeCallButton(rects, origin, direction);
  if (!placement) return null;
  // The number's last character, where the button sits beside it.
  const x = direction === 'rtl' ? line.left + 1.5 : line.left + line.width - 1.5;
  const y = line.top + line.height / 2;
  if (!deps.clips.shows(state.target, x, y)) return UNSEEN;
  const win = view.doc.defaultView;
  // Beyond the viewport: nothing covers it yet, and its button is ready when it scrolls in.
  if (!win || y < 0 || y > win.innerHeight || x < 0 || x > win.innerWidth) return placement;
  deps.occlusion.probe(view.doc, deps.clips.ancestors(state.target)[0] ?? null);
  const left = placement.x + origin.x;
  const top = placement.y + origin.y;
  const spot = { x, y, left, top, right: left + BUTTON_SIZE, bottom: top + BUTTON_SIZE };
  if (deps.occlusion.covers(state, index, state.target, spot, view.layer.host)) return UNSEEN;
  return placement;
}

/**
 * One pass of positioning: every read first (origins, rects, clip boxes, hit tests), then every
 * write; it runs when the page's layout is clean (after the browser's own, or on a settled
 * page), so reading lays out nothing of the page's. Only numbers
 * in view are measured. A button is created the first time its number is seen, and hidden
 * while the number is clipped or covered; a number with no box at all still gets its (hidden)
 * button, which is what happens in tests, where there is no layout. Returns the number of
 * buttons shown.
 */
export function layoutButtons(views: readonly DocView[], deps: LayoutDeps): number {
  deps.clips.nextPass();
  deps.occlusion.nextPass(deps.hitTests ?? true);
  const moves: Move[] = [];
  for (const view of views) {
    const candidates = inViewNumbers(view, deps.clips);
    // Numbers that left the view since the last pass: hide, no need to measure.
    for (const state of view.measured) if (!candidates.has(state)) hideButtons(state);
    view.measured = candidates;
    if (candidates.size === 0) continue;
    deps.occlusion.probe(view.doc, null);
    const origin = view.layer.origin();
    const range = view.doc.createRange();
    for (const state of candidates) {
      if (!state.node.isConnected) continue;
      state.matches.forEach((match, index) => {
        const rects = numberRects(range, state, match);
        moves.push({ state, index, placement: place(view, state, index, rects, origin, deps) });
      });
    }
    range.detach();
  }
  let shown = 0;
  for (const { state, index, placement } of moves) {
    let button = state.buttons[index];
    if (placement === UNSEEN) {
      // Not created for a number nobody can see yet: rows scrolled out of an inner container.
      if (button && !button.hidden) button.hidden = true;
      continue;
    }
    if (!button) {
      button = deps.createButton(state, index);
      state.buttons[index] = button;
      state.view.layer.insert(button, state.node, index, placement?.x, placement?.y);
    }
    if (!placement) {
      button.hidden = true;
      continue;
    }
    // Unchanged values are not written again: a write can cost a style pass even when equal.
    if (button.style.transform !== placement.style.transform) {
      button.style.transform = placement.style.transform;
    }
    if (button.hidden) button.hidden = false;
    state.view.layer.placed(button, placement.x, placement.y);
    shown++;
  }
  return shown;
}

/** Numbers the watch reports in view, plus those in rows of long lists found on screen. */
function inViewNumbers(view: DocView, clips: ClipChain): Set<NumberState> {
  const found = new Set(view.inView);
  for (const list of view.lists) {
    if (!list.isConnected) {
      view.lists.delete(list);
      continue;
    }
    for (const row of view.watch.visibleRows(list, clips)) {
      const states = view.rows.get(row);
      if (states) for (const state of states) found.add(state);
    }
  }
  return found;
}
