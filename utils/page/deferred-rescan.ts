import { commonAncestor } from './mutation-intake';
import type { Cancel, Scheduler } from './schedule';

/**
 * Collects the regions of huge mutation batches and rescans them once the page has been quiet
 * for `quietMs` (at most `maxWaitMs` after the first): a page rendering 5,000 rows in chunks
 * gets one walk of the table at the end, not one per chunk.
 */
export interface DeferredRescan {
  add(root: Node): void;
  /** True when `node` will be covered by a pending rescan, so its own work can be skipped. */
  covers(node: Node): boolean;
  readonly pending: boolean;
  cancel(): void;
}

export function createDeferredRescan(
  scheduler: Scheduler,
  run: (roots: Node[]) => void,
  quietMs = 120,
  maxWaitMs = 600,
): DeferredRescan {
  const roots = new Set<Node>();
  let cancelTimer: Cancel | undefined;
  let firstAt = 0;

  function fire(): void {
    cancelTimer = undefined;
    const due = [...roots];
    roots.clear();
    run(due);
  }

  return {
    add(root) {
      let merged: Node | null = root;
      for (const existing of roots) {
        if (existing.contains(root)) {
          merged = null;
          break;
        }
        const shared: Node | null =
          merged && merged.getRootNode() === existing.getRootNode()
            ? commonAncestor(existing, merged)
            : null;
        if (shared) {
          roots.delete(existing);
          merged = shared;
        }
      }
      if (merged) roots.add(merged);
      // Every new batch pushes the rescan back, up to the limit: wait for the page to settle.
      const now = scheduler.now();
      if (!cancelTimer) firstAt = now;
      cancelTimer?.();
      const wait = Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now));
      cancelTimer = scheduler.after(wait, fire);
    },
    covers(node) {
      for (const root of roots) if (root.contains(node)) return true;
      return false;
    },
    get pending() {
      return roots.size > 0;
    },
    cancel() {
      cancelTimer?.();
      cancelTimer = undefined;
      roots.clear();
    },
  };
}
