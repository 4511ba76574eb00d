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
  /**
   * Forgets the pending pass and cancels it if it has not run. The pass calls it when it
   * starts, which also takes the place of any pass asked for since it was queued.
   */
  cancel(): void;
}

/** The one pending layout pass of a page scanner, and when it runs. */
export function createLayoutRequests(scheduler: Scheduler, run: () => void): LayoutRequests {
  let cancelPass: Cancel | undefined;
  // The pending pass is owed only for hit tests, and waits for the next frame to be over.
  let hitTestsOnly = false;

  return {
    get pending() {
      return cancelPass !== undefined;
    },
    covers(timing) {
      return cancelPass !== undefined && (!hitTestsOnly || timing === 'after-frame');
    },
    schedule(timing, frameTiming) {
      cancelPass?.();
      const task = scheduler.task;
      hitTestsOnly = false;
      if (timing === 'frame' || !task) cancelPass = scheduler.frame(run, frameTiming);
      else if (timing === 'task') cancelPass = task(run);
      else {
        hitTestsOnly = true;
        cancelPass = scheduler.frame(() => {
          // Queued behind the frame now: no request comes sooner than this task.
          hitTestsOnly = false;
          cancelPass = task(run);
        }, 'animation-frame');
      }
    },
    cancel() {
      cancelPass?.();
      cancelPass = undefined;
      hitTestsOnly = false;
    },
  };
}
