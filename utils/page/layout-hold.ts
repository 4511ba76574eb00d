/**
 * Holds layout passes back while the rows on screen are still being scanned. Every frame that
 * shows new buttons costs the page a repaint, and on a big table that repaint is O(rows)
 * whatever changed (one cell's colour costs the same): so the buttons of the rows on screen
 * are shown together once those rows are all scanned, not a slice's worth per frame. The hold
 * is bounded, so a slow finder still shows buttons as it goes.
 */
export interface LayoutHold {
  /** A pass is asked for: true when it must wait, `busy` saying rows on screen are pending. */
  holds(busy: boolean): boolean;
  /** A pass was held back and is still owed. */
  readonly owed: boolean;
  clear(): void;
}

export function createLayoutHold(now: () => number, maxMs: number): LayoutHold {
  let since: number | undefined;
  let owed = false;
  return {
    holds(busy) {
      if (busy) {
        since ??= now();
        if (now() - since < maxMs) {
          owed = true;
          return true;
        }
      }
      owed = false;
      since = undefined;
      return false;
    },
    get owed() {
      return owed;
    },
    clear() {
      owed = false;
      since = undefined;
    },
  };
}
