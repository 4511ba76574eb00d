import { DOCUMENT_NODE, ELEMENT_NODE, FRAGMENT_NODE, TEXT_NODE } from './skip-rules';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

export interface WalkVisitor {
  /** Looks at an element; false skips everything inside it. */
  element(el: Element): boolean;
  /** Looks at a text node; true when that cost real work (a search), so time is checked. */
  text(node: Text): boolean;
}

/** A walk over one subtree that can stop when its time slice is up and resume later. */
export interface WalkJob {
  readonly root: Node;
  /**
   * A walk of a whole document or region, whose rows on screen were queued first: what it
   * finds is off screen, so it asks for no layout pass.
   */
  readonly quiet?: boolean;
  walker?: TreeWalker;
  skipChildren?: boolean;
}

/** Next node after the current one's subtree: its sibling, or an ancestor's, within the root. */
export function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Whether `el` has at least `count` (1 or more) child elements, counting no further.
 * `childElementCount`, and `children` after any change among them, go through every child:
 * 4-15 ms on the body of a 20,000-row table, against microseconds for the first few hundred.
 */
export function hasChildrenAtLeast(el: Element, count: number): boolean {
  let child = el.firstElementChild;
  for (let seen = 1; child && seen < count; seen++) child = child.nextElementSibling;
  return child !== null;
}

/**
 * Advances a walk until it is done (true) or `timeUp` says the slice is over (false). The
 * TreeWalker has no filter callback: skipping a subtree is done by jumping past it, which spares
 * a call from native code into script for every node of the page.
 */
export function runWalk(job: WalkJob, visitor: WalkVisitor, timeUp: () => boolean): boolean {
  const root = job.root;
  if (!root.isConnected) return true;
  let walker = job.walker;
  if (!walker) {
    if (root.nodeType === TEXT_NODE) {
      visitor.text(root as Text);
      return true;
    }
    if (root.nodeType === ELEMENT_NODE && !visitor.element(root as Element)) return true;
    const type = root.nodeType;
    if (type !== ELEMENT_NODE && type !== DOCUMENT_NODE && type !== FRAGMENT_NODE) return true;
    const doc = type === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    if (!doc) return true;
    walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    job.walker = walker;
  } else if (walker.currentNode !== root && !root.contains(walker.currentNode)) {
    // The page removed the node we stopped at: from there the walker would wander in the
    // detached subtree and never come back. Start over; nodes already seen cost a lookup.
    walker.currentNode = root;
    job.skipChildren = false;
  }
  let count = 0;
  for (;;) {
    const node = job.skipChildren ? nextOutside(walker) : walker.nextNode();
    job.skipChildren = false;
    if (!node) return true;
    let heavy = false;
    if (node.nodeType === TEXT_NODE) heavy = visitor.text(node as Text);
    else job.skipChildren = !visitor.element(node as Element);
    // After every search (one can take milliseconds on a long note), else every 64 nodes.
    if ((heavy || ++count % 64 === 0) && timeUp()) return false;
  }
}

/** A FIFO of walks; shifting an array of thousands of jobs one by one would be quadratic. */
export class JobQueue {
  private items: WalkJob[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(job: WalkJob): void {
    this.items.push(job);
  }

  peek(): WalkJob | undefined {
    return this.items[this.head];
  }

  shift(): void {
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}
