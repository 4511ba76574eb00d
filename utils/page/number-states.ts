import { labelCallButton } from './call-button';
import type { ButtonLayer } from './call-button-layer';
import type { PhoneMatch } from './phone-match';
import type { VisibilityWatch } from './visibility';

/** One scanned document (the page, or a same-origin frame) and what is on screen in it. */
export interface DocView {
  readonly doc: Document;
  readonly layer: ButtonLayer;
  readonly watch: VisibilityWatch;
  /** Numbers outside long lists whose element is in (or near) view, per the watch. */
  readonly inView: Set<NumberState>;
  readonly watched: Map<Element, { states: Set<NumberState>; visible: boolean }>;
  /**
   * Long lists and table bodies: the rows on screen are found by position in each frame, so
   * their numbers need no watch (an IntersectionObserver with 40,000 targets costs the browser
   * far more per frame than a binary search over rows).
   */
  readonly lists: Set<Element>;
  readonly rows: WeakMap<Element, Set<NumberState>>;
  /** Numbers measured in the last layout pass: those that drop out get their buttons hidden. */
  measured: Set<NumberState>;
}

/** Where a number is: the element it is drawn in, its document, its row in a long list. */
export interface NumberPlace {
  target: Element;
  view: DocView;
  row: Element | null;
}

/** The numbers found in one text node, or the number of one `tel:` link, and their buttons. */
export interface NumberState extends NumberPlace {
  readonly node: Node;
  readonly link: boolean;
  /** The text (or href) the matches were found in; a change means a new search. */
  data: string;
  matches: readonly PhoneMatch[];
  /** One slot per match, filled when the number first comes into view. */
  buttons: (HTMLButtonElement | undefined)[];
  /** Text direction of the target, read at its first layout: buttons go after the end. */
  direction?: 'ltr' | 'rtl';
}

export interface NumberStore {
  get(node: Node): NumberState | undefined;
  /** True when `node` has numbers found in exactly this text (nodes without are not kept). */
  isCurrent(node: Node, data: string): boolean;
  /** Records the matches for a node: adds, updates (keeping buttons that still fit) or drops. */
  put(
    node: Node,
    data: string,
    matches: readonly PhoneMatch[],
    where: NumberPlace,
    link: boolean,
  ): void;
  drop(state: NumberState): void;
  /**
   * Drops numbers whose node left the page (or whose frame went away). Resumable: returns
   * false when `timeUp` stopped it, and the next call carries on.
   */
  sweep(timeUp: () => boolean): boolean;
  /** Drops every number the predicate picks. */
  dropWhere(pick: (state: NumberState) => boolean): void;
  readonly numbersFound: number;
  clear(): void;
}

function sameNumbers(a: readonly PhoneMatch[], b: readonly PhoneMatch[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.e164 === b[i]?.e164 && m.extension === b[i]?.extension)
  );
}

export function hideButtons(state: NumberState): void {
  for (const button of state.buttons) if (button && !button.hidden) button.hidden = true;
}

/**
 * The scanner's memory. A WeakMap keyed by the page's own nodes is what makes a second visit
 * of a node (a rescan, a mutation re-adding it) a no-op instead of a duplicate button; the Set
 * of live states is what the sweep, the stats and `stop` walk.
 */
/**
 * `requestLayout(known)` asks for a layout pass; `known` says the number is known to be in
 * view, as opposed to "may be" (a row, which only a layout pass can place).
 */
export function createNumberStore(requestLayout: (known: boolean) => void): NumberStore {
  // Nodes with numbers only. A key keeps the node's wrapper (its object in our world) alive, and
  // in a content script's world the cost of live wrappers shows up in DOM calls: with the
  // ~90,000 texts of digits of a 20,000-row table kept here too, single TreeWalker steps took
  // 30-44 ms late in the scan (24 ms at most without them). Walking a page while keeping every
  // node stalls at each doubling of the count (31 ms at 2^17, 60-80 ms at 2^19): a table of
  // wrappers growing, most likely. A text without numbers visited again costs a lookup in the
  // match cache, by its text, instead.
  const byNode = new WeakMap<Node, NumberState>();
  const live = new Set<NumberState>();
  let numbersFound = 0;
  let sweeping: { states: NumberState[]; at: number } | undefined;

  function watch(state: NumberState): void {
    const { view, target, row } = state;
    if (row) {
      const states = view.rows.get(row) ?? new Set();
      view.rows.set(row, states);
      states.add(state);
      // A new row may be on screen already; only a layout pass can tell.
      requestLayout(false);
      return;
    }
    let entry = view.watched.get(target);
    if (!entry) {
      entry = { states: new Set([state]), visible: false };
      view.watched.set(target, entry);
      view.watch.observe(target);
    } else entry.states.add(state);
    // Placed when the watch says it is in view, not now: most numbers never are.
    if (entry.visible) {
      view.inView.add(state);
      requestLayout(true);
    }
  }

  function unwatch(state: NumberState): void {
    const { view, target, row } = state;
    if (row) view.rows.get(row)?.delete(state);
    else {
      const entry = view.watched.get(target);
      entry?.states.delete(state);
      if (entry && entry.states.size === 0) {
        view.watched.delete(target);
        view.watch.unobserve(target);
      }
      view.inView.delete(state);
    }
    view.measured.delete(state);
    hideButtons(state);
  }

  function removeButtons(state: NumberState): void {
    for (const button of state.buttons) if (button) state.view.layer.remove(button);
    state.buttons = [];
  }

  function drop(state: NumberState): void {
    if (!live.delete(state)) return;
    numbersFound -= state.matches.length;
    unwatch(state);
    removeButtons(state);
    byNode.delete(state.node);
  }

  return {
    get(node) {
      return byNode.get(node);
    },
    isCurrent(node, data) {
      return byNode.get(node)?.data === data;
    },
    put(node, data, matches, where, link) {
      const state = byNode.get(node);
      if (!matches.length) {
        if (state) drop(state);
        return;
      }
      if (!state) {
        const fresh: NumberState = { node, link, data, matches, buttons: [], ...where };
        byNode.set(node, fresh);
        live.add(fresh);
        numbersFound += matches.length;
        watch(fresh);
        return;
      }
      numbersFound += matches.length - state.matches.length;
      if (sameNumbers(state.matches, matches)) {
        // Same numbers, maybe moved within the text: keep the buttons (and any focus on them).
        state.buttons.forEach((button, i) => {
          const match = matches[i];
          if (button && match) labelCallButton(button, match);
        });
      } else removeButtons(state);
      state.data = data;
      state.matches = matches;
      if (state.target !== where.target || state.view !== where.view || state.row !== where.row) {
        unwatch(state);
        Object.assign(state, where);
        watch(state);
      }
      // Its text changed: its buttons are for the old numbers or in the old place.
      requestLayout(true);
    },
    drop,
    sweep(timeUp) {
      sweeping ??= { states: [...live], at: 0 };
      const { states } = sweeping;
      while (sweeping.at < states.length) {
        const state = states[sweeping.at++] as NumberState;
        if (!state.node.isConnected || !state.node.ownerDocument?.defaultView) drop(state);
        if ((sweeping.at & 255) === 0 && timeUp()) return false;
      }
      sweeping = undefined;
      return true;
    },
    dropWhere(pick) {
      for (const state of live) if (pick(state)) drop(state);
    },
    get numbersFound() {
      return numbersFound;
    },
    clear() {
      for (const state of live) drop(state);
    },
  };
}

/** Called by a document's visibility watch: numbers in that element enter or leave view. */
export function onElementVisibility(view: DocView, el: Element, visible: boolean): void {
  const entry = view.watched.get(el);
  if (!entry) return;
  entry.visible = visible;
  for (const state of entry.states) {
    if (visible) view.inView.add(state);
    else {
      view.inView.delete(state);
      hideButtons(state);
    }
  }
}
