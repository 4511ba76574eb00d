import type { FindNumbers, ParseTel, PhoneMatch } from './phone-match';
import type { Scheduler } from './schedule';
import type { VisibilityWatchFactory } from './visibility';

export interface PageScannerOptions {
  root: Document;
  find: FindNumbers;
  parseTel: ParseTel;
  /** A call button was pressed; `element` is the page element holding the number. */
  onCall(match: PhoneMatch, element: Element): void;
  /** Aborting it removes every button, observer and listener the scanner added. */
  signal: AbortSignal;
  /**
   * Defaults to idle callbacks for scanning, and the moment right after the browser's layout
   * of each frame (a ResizeObserver signal; animation frames where there is none) for placing.
   */
  scheduler?: Scheduler;
  /**
   * Which numbers are on screen. Defaults to an IntersectionObserver per document for numbers
   * outside long lists, and a binary search by position over the rows of long lists.
   */
  visibility?: VisibilityWatchFactory;
  /** The UI host the content script mounted, shared with its other UI; else one is mounted. */
  ui?: { host: HTMLElement; shadow: ShadowRoot };
  /** Scan same-origin frames from here (default true; off when a script runs in every frame). */
  frames?: boolean;
  /** Longest a scan slice runs before yielding (default 8 ms). */
  sliceBudgetMs?: number;
  /** More touched nodes than this in one batch turn it into one deferred rescan (default 1000). */
  hugeBatch?: number;
}

export interface ScanStats {
  numbersFound: number;
  /** Buttons created (numbers that have been in view), and those on screen after the last frame. */
  buttons: number;
  buttonsShown: number;
  slices: number;
  longestSliceMs: number;
  scanMs: number;
  layouts: number;
  longestLayoutMs: number;
  layoutMs: number;
  /** Texts handed to the finder, and texts answered from the cache. */
  searches: number;
  cacheHits: number;
  deferredRescans: number;
  documents: number;
}

export interface PageScanner {
  /** Walks again (every document, or one subtree); numbers already handled keep their buttons. */
  rescan(root?: Node): void;
  stats(): ScanStats;
  /** Resolves when no scan work, deferred rescan or layout is pending. */
  whenIdle(): Promise<void>;
  /** Same as aborting the signal. */
  stop(): void;
}
