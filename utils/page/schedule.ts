export type Cancel = () => void;

/**
 * The after-layout probe: an empty box that paints nothing, the only `<div>` in our layer. The
 * pool script makes one at document_start (utils/page/call-button-pool.ts), painted with the
 * page: making one later costs a repaint, which on a big CRM table is one of the whole table.
 */
export function createProbe(parent: Element): HTMLElement {
  const probe = parent.ownerDocument.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden';
  parent.append(probe);
  return probe;
}

/**
 * When the scanner's work runs. Injected so tests can run it step by step; the default uses the
 * browser's idle time for scanning and the moment after layout for positioning.
 */
export interface Scheduler {
  now(): number;
  /** Scan work: runs when the page is idle (or after a short timeout on a busy page). */
  idle(task: () => void): Cancel;
  /** Reading positions and moving buttons: runs in the next frame, before paint. */
  frame(task: () => void, timing?: FrameTiming): Cancel;
  /**
   * Scan work that should not wait for idle time (the rows on screen): a task of its own as
   * soon as the browser gets to it, so rendering and input still come between two slices.
   * Optional: without it such work waits for idle time too. Idle callbacks asked for inside
   * an idle callback wait for the next idle period, up to 50 ms apart: that spacing, not the
   * work, made the rows on screen take hundreds of ms on a big table.
   */
  task?(task: () => void): Cancel;
  /** A deferred task, e.g. the rescan after a huge mutation batch settles. */
  after(ms: number, task: () => void): Cancel;
}

/**
 * Where in the next frame a `frame` task runs. 'after-layout' (the default, where the browser
 * allows it): right after the browser's own layout, for a page that changed and owes one.
 * 'animation-frame': in an animation frame, before that layout, for a page whose layout is
 * clean (after a scroll): reading positions forces no layout there, and the after-layout
 * signal would need one layout for the probe and another for our writes.
 */
export type FrameTiming = 'after-layout' | 'animation-frame';

/** Idle callbacks wait at most this long, so a page that never idles still gets its buttons. */
const IDLE_TIMEOUT_MS = 50;

function animationFrame(task: () => void): Cancel {
  const id = requestAnimationFrame(() => task());
  return () => cancelAnimationFrame(id);
}

/**
 * Runs tasks right after the browser's own layout of the next frame, before paint. Reading
 * positions in an animation frame instead would force that layout early, inside our task (a
 * re-rendered 5,000-row table costs hundreds of milliseconds to lay out); here it is already
 * done, and our writes (button transforms) still make the same frame. The signal is a
 * ResizeObserver on a tiny probe of ours whose width we flip to ask for a callback.
 */
function afterLayout(probeParent: () => Element | null): (task: () => void) => Cancel {
  const tasks = new Set<() => void>();
  let probe: HTMLElement | undefined;
  let poked = false;
  let running = false;

  function run(): void {
    poked = false;
    running = true;
    const due = [...tasks];
    tasks.clear();
    try {
      for (const task of due) task();
    } finally {
      running = false;
    }
  }

  function ready(): boolean {
    if (probe?.isConnected) return true;
    const parent = probeParent();
    if (!parent) return false;
    probe = parent.querySelector('div') ?? createProbe(parent);
    new ResizeObserver(run).observe(probe);
    return true;
  }

  function poke(): void {
    if (poked || !probe) return;
    poked = true;
    probe.style.width = probe.style.width === '1px' ? '0px' : '1px';
  }

  return (task) => {
    if (!ready()) return animationFrame(task);
    tasks.add(task);
    // A size change made inside the observer's own callback would be reported in the same
    // frame, past the loop limit, as an error event the page would see: wait a frame.
    if (running) requestAnimationFrame(poke);
    else poke();
    return () => tasks.delete(task);
  };
}

/** A task posted through a MessageChannel: unlike setTimeout, never clamped to 4 ms. */
function macrotask(): (task: () => void) => Cancel {
  const queue = new Set<() => void>();
  let channel: MessageChannel | undefined;
  return (task) => {
    if (!channel && typeof MessageChannel === 'function') {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const [next] = queue;
        if (!next) return;
        queue.delete(next);
        next();
      };
    }
    if (!channel) {
      const id = setTimeout(task, 0);
      return () => clearTimeout(id);
    }
    queue.add(task);
    channel.port2.postMessage(null);
    return () => queue.delete(task);
  };
}

/** `probeParent` is where the after-layout probe may live (our own layer); else frames use rAF. */
export function browserScheduler(probeParent?: () => Element | null): Scheduler {
  const g = globalThis;
  const idle: Scheduler['idle'] =
    typeof g.requestIdleCallback === 'function'
      ? (task) => {
          const id = g.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
          return () => g.cancelIdleCallback(id);
        }
      : (task) => {
          // Safari has no idle callbacks; a macrotask still yields to input and rendering.
          const id = g.setTimeout(task, 0);
          return () => g.clearTimeout(id);
        };
  const afterLayoutFrame =
    probeParent && typeof g.ResizeObserver === 'function' ? afterLayout(probeParent) : undefined;
  return {
    now: () => g.performance.now(),
    idle,
    task: macrotask(),
    frame: (task, timing = 'after-layout') =>
      afterLayoutFrame && timing === 'after-layout' ? afterLayoutFrame(task) : animationFrame(task),
    after(ms, task) {
      const id = g.setTimeout(task, ms);
      return () => g.clearTimeout(id);
    },
  };
}

/** `scheduler.postTask` (Chromium), missing from TypeScript's DOM types. */
type PostTask = (task: () => void, options: { priority: 'background' }) => Promise<void>;

/**
 * Runs `task` once no normal-priority task is waiting (a background-priority task where the
 * browser has them, else the next macrotask): after the call buttons' rows on screen, which
 * are scanned in back-to-back tasks, and before idle time.
 */
export function backgroundTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    let ran = false;
    const once = () => {
      ran = true;
      task();
    };
    // The promise also rejects when the task throws: run it again only if it never ran.
    scheduler.postTask(once, { priority: 'background' }).catch(() => {
      if (!ran) setTimeout(once, 0);
    });
  } else setTimeout(task, 0);
}
