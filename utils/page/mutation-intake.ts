import { UI_ROOT_TAG } from './mount-ui-root';
import { composedParent, ELEMENT_NODE, TEXT_NODE } from './skip-rules';

/** Attributes that change whether a subtree is scanned, or what a link dials. */
const RESCAN_ATTRIBUTES = new Set([
  'hidden',
  'aria-hidden',
  'contenteditable',
  'role',
  'inert',
  'href',
]);

/** Restyled elements looked at per batch; an animation restyling thousands is not a dialog. */
const MAX_RESTYLED = 64;

/** What a batch of mutation records asks of the scanner. */
export interface Intake {
  /** Added nodes to walk. */
  added: Node[];
  /** Text nodes whose text changed. */
  changed: Text[];
  /** Elements whose skip rules or link may have changed: re-decide their subtree. */
  reconsider: Element[];
  /** Something left the page: drop the numbers that went with it. */
  removals: boolean;
  /** Something may have moved: place the visible buttons again. */
  relayout: boolean;
  /** Classes or inline styles changed: what clips or covers what may have changed too. */
  restyled: Element[];
  /** For a huge batch, instead of all the above: the subtrees to rescan once, later. */
  rescan: Node[];
}

function isOwn(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === UI_ROOT_TAG;
}

/**
 * A record about our own host only: its style (given a box) or its insertion. Such a change
 * is ours, already known, and asks for no rescan or relayout of the page.
 */
export function isOwnRecord(record: MutationRecord): boolean {
  if (record.type === 'attributes') return isOwn(record.target);
  if (record.type !== 'childList') return false;
  for (const node of Array.from(record.addedNodes)) if (!isOwn(node)) return false;
  for (const node of Array.from(record.removedNodes)) if (!isOwn(node)) return false;
  return true;
}

/** Lowest common ancestor; null when the nodes are in different trees. */
export function commonAncestor(a: Node, b: Node): Node | null {
  for (let n: Node | null = a; n; n = n.parentNode) if (n.contains(b)) return n;
  return null;
}

/**
 * Sorts a batch of records into work. Runs in a scan slice, never in the observer callback,
 * which only queues. When a batch adds or touches more than `hugeBatch` nodes (a framework
 * replacing a whole table row by row, a bulk import rendering), per-node work would cost more
 * than one walk of the region they share, so the batch becomes one rescan of that region.
 */
export function readRecords(records: readonly MutationRecord[], hugeBatch: number): Intake {
  const intake: Intake = {
    added: [],
    changed: [],
    reconsider: [],
    removals: false,
    relayout: false,
    restyled: [],
    rescan: [],
  };
  // Counted first, without allocating, so a huge batch never builds per-node lists.
  let touched = 0;
  for (const record of records)
    touched += record.type === 'childList' ? record.addedNodes.length : 1;
  if (touched > hugeBatch) return readHugeBatch(records, intake);
  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      if (target.nodeType === TEXT_NODE) intake.changed.push(target as Text);
    } else if (record.type === 'childList') {
      if (record.removedNodes.length) intake.removals = true;
      for (const node of Array.from(record.addedNodes)) if (!isOwn(node)) intake.added.push(node);
    } else if (isOwn(target)) continue;
    else if (record.attributeName && RESCAN_ATTRIBUTES.has(record.attributeName)) {
      if (target.nodeType === ELEMENT_NODE) intake.reconsider.push(target as Element);
    } else if (target.nodeType === ELEMENT_NODE && intake.restyled.length < MAX_RESTYLED) {
      intake.restyled.push(target as Element);
    }
    intake.relayout = true;
  }
  return intake;
}

/** The smallest subtrees (one per tree: document, shadow root) holding every change. */
function readHugeBatch(records: readonly MutationRecord[], intake: Intake): Intake {
  const byTree = new Map<Node, Node>();
  for (const record of records) {
    if (record.removedNodes.length) intake.removals = true;
    const target = composedParent(record.target) ?? record.target;
    const tree = target.getRootNode();
    const current = byTree.get(tree);
    // Most records of a batch share a parent: the common case is one `contains` call.
    byTree.set(tree, current ? (commonAncestor(current, target) ?? tree) : target);
  }
  intake.relayout = true;
  intake.rescan = [...byTree.values()];
  return intake;
}
