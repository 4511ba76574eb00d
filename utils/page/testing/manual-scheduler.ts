import type { FrameTiming, Scheduler } from '../schedule';

interface Timer {
  at: number;
  task: () => void;
}

/**
 * A scheduler tests drive by hand. `msPerRead` makes the clock advance on every `now()`, so a
 * test can make slices run out of time without real waiting. With `tasks`, it also offers
 * `task` (work that does not wait for idle time), run by `runTasks`.
 */
export function manualScheduler(msPerRead = 0, { tasks: withTasks = false } = {}) {
  let time = 0;
  let idle: (() => void)[] = [];
  let tasks: (() => void)[] = [];
  let frames: (() => void)[] = [];
  const frameTimings: FrameTiming[] = [];
  let timers: Timer[] = [];
  const remove =
    <T>(list: () => T[], item: T) =>
    () => {
      const at = list().indexOf(item);
      if (at >= 0) list().splice(at, 1);
    };
  const scheduler: Scheduler = {
    now: () => {
      time += msPerRead;
      return time;
    },
    idle(task) {
      idle.push(task);
      return remove(() => idle, task);
    },
    frame(task, timing = 'after-layout') {
      frames.push(task);
      frameTimings.push(timing);
      return remove(() => frames, task);
    },
    after(ms, task) {
      const timer = { at: time + ms, task };
      timers.push(timer);
      return remove(() => timers, timer);
    },
  };
  if (withTasks) {
    scheduler.task = (task) => {
      tasks.push(task);
      return remove(() => tasks, task);
    };
  }
  function runTasks(): number {
    const due = tasks;
    tasks = [];
    for (const task of due) task();
    return due.length;
  }
  function runIdle(): number {
    const due = idle;
    idle = [];
    for (const task of due) task();
    return due.length;
  }
  function runFrames(): number {
    const due = frames;
    frames = [];
    // A frame takes time, as in a browser; code that waits for the clock gets its turn.
    if (due.length) time += 16;
    for (const task of due) task();
    return due.length;
  }
  return {
    scheduler,
    runTasks,
    get pendingTasks() {
      return tasks.length;
    },
    runIdle,
    runFrames,
    /** Where in its frame each frame task asked to run, in the order asked. */
    frameTimings: frameTimings as readonly FrameTiming[],
    get now() {
      return time;
    },
    /** Moves the clock on, running the timers that fall due (not idle tasks or frames). */
    advance(ms: number): void {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        time = Math.max(time, due.at);
        due.task();
      }
      time = end;
    },
    get pendingTimers() {
      return timers.length;
    },
    /** Runs idle tasks and frames until none are left; timers only when `withTimers`. */
    flush(withTimers = true): void {
      for (let round = 0; round < 10_000; round++) {
        if (runTasks() + runIdle() + runFrames() > 0) continue;
        if (!withTimers || timers.length === 0) return;
        const next = timers.reduce((a, b) => (a.at <= b.at ? a : b));
        timers = timers.filter((t) => t !== next);
        time = Math.max(time, next.at);
        next.task();
      }
      throw new Error('scheduler did not settle');
    },
  };
}
