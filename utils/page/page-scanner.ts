import { createCallButton } from './call-button';
import { createClipChain } from './clip-chain';
import { createDeferredRescan } from './deferred-rescan';
import { createLayoutHold } from './layout-hold';
import { layoutButtons } from './layout-pass';
import { createLayoutRequests, type LayoutTiming } from './layout-requests';
import { createMatchCache } from './match-cache';
import { isUiRootShown, revealUiRoot } from './mount-ui-root';
import { isOwnRecord, readRecords } from './mutation-intake';
import { createNumberStore, type NumberState } from './number-states';
import { createOcclusion, overlayCandidates } from './occlusion';
import { createPageDocuments } from './page-documents';
import type { PageScanner, PageScannerOptions } from './page-scanner-api';
import type { PhoneMatch } from './phone-match';
import { createScanStats } from './scan-stats';
import { createScanVisitor } from './scan-visitor';
import { JobQueue, runWalk } from './scan-walk';
import { browserScheduler, type Cancel } from './schedule';
import { composedParent, isInSkippedSubtree } from './skip-rules';
import { newHeaderCache } from './text-context';
import { intersectionVisibility, ROW_MARGIN_PX } from './visibility';
import { visibleChildren } from './visible-children';

export type { PageScanner, PageScannerOptions, ScanStats } from './page-scanner-api';

/**
 * The first slice runs right after start, in a task of its own, and may run this long: enough
 * to reach the first long list and scan its first rows on a typical CRM page.
 */
const START_BUDGET_MS = 20;

/** Longest the buttons of scanned rows on screen wait for the other rows on screen (see layout-hold). */
const MAX_LAYOUT_HOLD_MS = 250;

/**
 * Finds numbers on a CRM page and shows a call button after each, without touching the page:
 * the buttons are an overlay in our own shadow root. One MutationObserver only queues; the
 * work runs in short slices in idle time, the rows on screen first; buttons are placed, for
 * numbers in view only, in the browser's frame after scrolls, resizes and mutations, and in a
 * task of their own for numbers found (see `requestLayout`).
 */
export function startPageScanner(options: PageScannerOptions): PageScanner {
  const scheduler =
    options.scheduler ??
    browserScheduler(() => {
      // The after-layout probe needs a box: while our host is hidden, frames use rAF.
      const layer = documents.views.get(options.root)?.layer;
      return layer && isUiRootShown(layer.host) ? layer.element : null;
    });
  const budget = options.sliceBudgetMs ?? 8;
  const hugeBatch = options.hugeBatch ?? 1000;
  const ctl = new AbortController();
  const urgent = new JobQueue();
  const normal = new JobQueue();
  let changed: Text[] = [];
  let records: MutationRecord[] = [];
  let headers = newHeaderCache();
  // Removal batches seen, and swept: a sweep takes a snapshot, later removals need another.
  let removals = 0;
  let swept = 0;
  let sweepingUpTo: number | undefined;
  let stopped = false;
  let urgentWalk = false;
  let quietWalk = false;
  let cancelSlice: Cancel | undefined;
  // A page can still owe a paint of its own when we start: a static 20,000-row table paints
  // itself once more after load (300-700 ms, bench:scan). Our first buttons wait for one
  // frame of the page's own, so that paint is not in the frame that shows them, and the
  // page's content is on screen without waiting for our scan.
  let pageFramed = false;
  let revealOwed = false;
  let cancelFence: Cancel | undefined;
  /**
   * Whether the page changed since the last layout pass: it may owe a layout, and the next
   * pass waits for the browser's own. Otherwise reading positions costs no layout of the page's,
   * and a pass runs in an animation frame (after a scroll) or in a task of its own (numbers
   * found: see `requestLayout`).
   */
  let pageChanged = false;
  /** Long lists met before the page's own frame: their rows on screen are measured after it. */
  let unmeasuredLists: Element[] = [];
  let idleWaiters: (() => void)[] = [];
  const stats = createScanStats();
  const hold = createLayoutHold(scheduler.now, MAX_LAYOUT_HOLD_MS);
  const passes = createLayoutRequests(scheduler, layout);

  const cache = createMatchCache(options.find, options.parseTel);
  const clips = createClipChain();
  const occlusion = createOcclusion(scheduler.now);
  // Rows found by a quiet walk are off screen: placing them can wait for a scroll.
  const store = createNumberStore((known) => (known || !quietWalk) && requestLayout('task'));
  // The callback only queues: no DOM reads, no searching, nothing a busy page would feel.
  const observer = new MutationObserver((list) => {
    for (const record of list) {
      records.push(record);
      if (!pageChanged && !isOwnRecord(record)) pageChanged = true;
    }
    requestSlice();
  });
  const documents = createPageDocuments({
    observer,
    visibility: options.visibility ?? intersectionVisibility,
    store,
    signal: ctl.signal,
    frames: options.frames ?? true,
    // Scrolls, resizes, loads: the buttons follow in the same frame as the page.
    requestLayout: () => requestLayout(),
    onNewRoot(root, isUrgent) {
      if (isUrgent) urgent.push({ root });
      // A document is walked whole, after its rows on screen; a shadow root goes with its host.
      else if (root.nodeType === 9) enqueue(root);
      else normal.push({ root, quiet: quietWalk });
      requestSlice();
    },
  });
  const visitor = createScanVisitor({
    store,
    cache,
    documents,
    headers: () => headers,
    urgent: () => urgentWalk,
    prioritise(list) {
      // Which rows are on screen is a layout read: before the page's own frame it could force
      // a layout the page still owes, so the list waits for that frame. Meanwhile the walk goes
      // on in page order, through the list's first rows: the ones on screen on a page that
      // has not been scrolled.
      if (!pageFramed) unmeasuredLists.push(list);
      else queueRowsOnScreen(list);
    },
  });
  const deferred = createDeferredRescan(scheduler, (roots) => {
    stats.deferredRescan();
    for (const root of roots) enqueue(root);
    requestSlice();
  });

  function requestSlice(): void {
    if (stopped || cancelSlice) return;
    // The rows on screen are scanned in back-to-back tasks; everything else in idle time.
    if (scheduler.task && (urgent.size > 0 || hold.owed))
      cancelSlice = scheduler.task(() => slice());
    else cancelSlice = scheduler.idle(() => slice());
  }

  /**
   * Asks for a layout pass. After a scroll or a page change (`frame`), it runs inside the
   * browser's next frame, so buttons move with the page in the frame that moves it. On a
   * settled page, a pass for our own work runs in a task of its own instead, not inside a
   * frame: the frame that then paints the new buttons is the browser's work alone. On a big
   * table every repaint costs tens of ms (bench:scan: 30-45 ms at 20,000 rows shortly after
   * load), and our pass inside it made that frame one long task. Numbers the scan found
   * (`task`) are placed right away, and still show in the next frame; hit tests left over
   * (`after-frame`) wait for the next frame to be over, one pass per frame as before, unless
   * new numbers or a page change ask for a pass sooner (see `LayoutRequests.covers`).
   */
  function requestLayout(timing: LayoutTiming = 'frame'): void {
    if (stopped || passes.covers(timing) || hold.holds(urgent.size > 0)) return;
    if (!pageFramed) {
      revealOwed = true;
      return;
    }
    passes.schedule(
      pageChanged ? 'frame' : timing,
      pageChanged ? 'after-layout' : 'animation-frame',
    );
  }

  function queueRowsOnScreen(list: Element): void {
    // The same band the layout pass measures, so no row it shows is left to a quiet walk.
    for (const row of visibleChildren(list, clips, ROW_MARGIN_PX)) urgent.push({ root: row });
  }

  function pageFrame(): void {
    cancelFence = undefined;
    pageFramed = true;
    const lists = unmeasuredLists;
    unmeasuredLists = [];
    for (const list of lists) if (list.isConnected) queueRowsOnScreen(list);
    // Rows a quiet walk found before this frame asked for no layout pass: one is owed now.
    if (lists.length) revealOwed = true;
    if (urgent.size) {
      // They go first, in tasks: a slice waiting for idle time is asked for again.
      cancelSlice?.();
      cancelSlice = undefined;
      requestSlice();
    }
    if (!revealOwed) return;
    revealOwed = false;
    requestLayout('task');
  }

  function settle(): void {
    const busy = cancelSlice || passes.pending || revealOwed || hold.owed || deferred.pending;
    if (busy || records.length) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Queues a walk of a subtree that is not known to be skipped. A whole document's walk is
   * quiet: it queues the rows on screen of each long list it meets first. A region's walk may
   * start inside a list, so it asks for layout passes as it goes.
   */
  function enqueue(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    if (root !== doc && isInSkippedSubtree(root)) return;
    normal.push({ root, quiet: root === doc });
  }

  function drain(): void {
    if (!records.length) return;
    const intake = readRecords(records, hugeBatch);
    records = [];
    if (intake.removals) {
      removals++;
      documents.pruneDetached();
    }
    if (intake.relayout) requestLayout();
    if (intake.restyled.length || intake.reconsider.length) {
      // Something may now clip or cover numbers that did not before.
      clips.reset();
      occlusion.invalidate();
    }
    for (const el of overlayCandidates(intake)) occlusion.suspect(el);
    for (const root of intake.rescan) deferred.add(root);
    for (const text of intake.changed) changed.push(text);
    const nowSkipped = new Set<Node>();
    for (const el of intake.reconsider) {
      if (isInSkippedSubtree(el)) nowSkipped.add(el);
      else if (!deferred.covers(el)) normal.push({ root: el });
    }
    if (nowSkipped.size) {
      // One pass over the numbers for all elements that just became hidden or editable.
      store.dropWhere((state) => {
        for (let n: Node | null = state.node; n; n = composedParent(n)) {
          if (nowSkipped.has(n)) return true;
        }
        return false;
      });
    }
    for (const node of intake.added) {
      if (node.isConnected && !deferred.covers(node) && !isInSkippedSubtree(node)) {
        normal.push({ root: node });
      }
    }
  }

  function runChanged(timeUp: () => boolean): boolean {
    while (changed.length) {
      const batch = changed;
      changed = [];
      for (let i = 0; i < batch.length; i++) {
        const text = batch[i] as Text;
        if (!text.isConnected || deferred.covers(text)) continue;
        if (isInSkippedSubtree(text)) {
          const state = store.get(text);
          if (state) store.drop(state);
        } else if ((visitor.visitText(text) || (i & 63) === 63) && timeUp()) {
          changed = batch.slice(i + 1).concat(changed);
          return false;
        }
      }
    }
    return true;
  }

  function runQueue(queue: JobQueue, timeUp: () => boolean): void {
    urgentWalk = queue === urgent;
    try {
      for (let job = queue.peek(); job; job = queue.peek()) {
        quietWalk = job.quiet === true;
        if (!runWalk(job, visitor, timeUp)) return;
        queue.shift();
        if (timeUp()) return;
      }
    } finally {
      quietWalk = false;
    }
  }

  function slice(first = false): void {
    cancelSlice = undefined;
    if (stopped) return;
    const start = scheduler.now();
    const limit = first ? START_BUDGET_MS : budget;
    const outOfTime = () => scheduler.now() - start >= limit;
    // A full walk stops as soon as it finds rows on screen, so they are scanned right away.
    const outOfTimeOrUrgent = () => urgent.size > 0 || outOfTime();
    headers = newHeaderCache();
    clips.nextPass();
    drain();
    let done = false;
    let sawUrgent = false;
    while (!outOfTime()) {
      if (swept !== removals) {
        // Removed rows first: their buttons must not linger over the rows replacing them.
        sweepingUpTo ??= removals;
        if (!store.sweep(outOfTime)) break;
        swept = sweepingUpTo;
        sweepingUpTo = undefined;
        requestLayout();
        continue;
      }
      if (!runChanged(outOfTime)) break;
      if (urgent.size) {
        sawUrgent = true;
        runQueue(urgent, outOfTime);
      } else if (first && sawUrgent)
        break; // place them now; the rest waits for idle time
      else if (normal.size) runQueue(normal, outOfTimeOrUrgent);
      else {
        done = true;
        break;
      }
    }
    stats.slice(scheduler.now() - start);
    if (hold.owed && urgent.size === 0) requestLayout('task');
    if (first && passes.pending && urgent.size === 0) {
      // The rows on screen are done before the browser's next frame: place their buttons now,
      // so that frame paints them together with our newly mounted host (one page repaint).
      // The pass takes the place of the pending one.
      layout();
    }
    if (!done || records.length) requestSlice();
    settle();
  }

  function createButtonFor(state: NumberState, index: number): HTMLButtonElement {
    const match = state.matches[index] as PhoneMatch;
    return createCallButton(state.view.layer.element, match, () => {
      // Read at press time: the text may have changed and kept this button.
      const current = state.matches[index];
      if (current) options.onCall(current, state.target);
    });
  }

  /** One layout pass: in the browser's frame, or in a task of its own. */
  function layout(): void {
    passes.cancel();
    if (stopped) return;
    const start = scheduler.now();
    const views = [...documents.views.values()];
    const revealing = views.some((view) => !isUiRootShown(view.layer.host));
    pageChanged = false;
    // Our host gets its box before positions are read, in the same frame as the first buttons:
    // the read then lays out our host alone (under a millisecond on a 20,000-row table).
    for (const view of views) revealUiRoot(view.layer.host);
    // The pass that reveals our host does no hit test, in a frame or not: it is our costliest
    // (a screenful of buttons made), and the page's first hit test after its first full paint
    // can cost 41 ms on its own on a big table (bench:scan). The tests follow after the frame
    // that paints the buttons; a button over a covered number shows for that frame only.
    const hitTests = !revealing;
    const shown = layoutButtons(views, {
      clips,
      occlusion,
      createButton: createButtonFor,
      hitTests,
    });
    stats.layout(scheduler.now() - start, shown);
    // Hit tests left for lack of time continue once the next frame is over.
    if (occlusion.pending) requestLayout('after-frame');
    settle();
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    ctl.abort();
    observer.disconnect();
    cancelSlice?.();
    passes.cancel();
    cancelFence?.();
    cancelSlice = cancelFence = undefined;
    revealOwed = false;
    unmeasuredLists = [];
    hold.clear();
    deferred.cancel();
    records = [];
    changed = [];
    urgent.clear();
    normal.clear();
    store.clear();
    documents.detachAll();
    settle();
  }

  if (options.signal.aborted) stopped = true;
  else {
    options.signal.addEventListener('abort', stop, { once: true, signal: ctl.signal });
    // Our host has no box yet: the after-layout signal could not run here anyway.
    cancelFence = scheduler.frame(pageFrame, 'animation-frame');
    documents.attachDocument(options.root, options.ui);
    if (cancelSlice && scheduler.task) {
      // The first slice runs in a task of its own right away, not in idle time.
      cancelSlice();
      cancelSlice = scheduler.task(() => slice(true));
    }
  }

  return {
    rescan(root) {
      if (stopped) return;
      if (root) enqueue(root);
      else for (const doc of documents.views.keys()) enqueue(doc);
      requestSlice();
    },
    stats() {
      let buttons = 0;
      for (const view of documents.views.values()) buttons += view.layer.size;
      return stats.snapshot({
        numbersFound: store.numbersFound,
        buttons,
        searches: cache.calls,
        cacheHits: cache.hits,
        documents: documents.views.size,
      });
    },
    whenIdle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    stop,
  };
}
