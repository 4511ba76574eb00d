import type { Cancel, FrameTiming, Scheduler } from './schedule';

/**
 * Where a layout pass runs: inside the browser's next frame (`frame`), in a task of its own
 * right away (`task`), or in a task once the next frame is over (`after-frame`).
 */
export type LayoutTiming = 'frame' | 'task' | 'after-frame';

export interface LayoutRequests {
  /** A pass is asked for and has not started. */
  readonly pending: boolean;
  /**
   * Whether the pending pass already does what a request with `timing` asks. A pass owed only
   * for hit tests (`after-frame`) does not: new numbers to place, or a page change, must not
   * wait a frame behind it, and the pass they ask for does the owed tests too.
   */
  covers(timing: LayoutTiming): boolean;
  /** Asks for `run` at `timing`, in place of the pending pass if any. */
  schedule(timing: LayoutTiming, frameTiming: FrameTiming): void;
  /** The pass has started: the next request schedules another. */
  started(): void;
  cancel(): void;
}

/** The one pending layout pass of a page scanner, and when it runs. */
export function createLayoutRequests(scheduler: Scheduler, run: () => void): LayoutRequests {
  let cancelPass: Cancel | undefined;
  let pendingTiming: LayoutTiming | undefined;

  function clear(): void {
    cancelPass = pendingTiming = undefined;
  }

  return {
    get pending() {
      return cancelPass !== undefined;
    },
    covers(timing) {
      if (!cancelPass) return false;
      return pendingTiming !== 'after-frame' || timing === 'after-frame';
    },
    schedule(timing, frameTiming) {
      cancelPass?.();
      const task = scheduler.task;
      if (timing === 'frame' || !task) {
        pendingTiming = 'frame';
        cancelPass = scheduler.frame(run, frameTiming);
      } else if (timing === 'task') {
        pendingTiming = 'task';
        cancelPass = task(run);
      } else {
        pendingTiming = 'after-frame';
        cancelPass = scheduler.frame(() => {
          pendingTiming = 'task';
          cancelPass = task(run);
        }, 'animation-frame');
      }
    },
    started: clear,
    cancel() {
      cancelPass?.();
      clear();
    },
  };
}
