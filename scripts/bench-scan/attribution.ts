import type { PageTrace, Sample } from './trace';

/**
 * Which main-thread time belongs to one detector, from a page's trace:
 * - its script time is every stretch where its code runs: timeline events that name its script
 *   (compile, evaluate, callbacks) and profiler samples with one of its frames anywhere on the
 *   stack, so promise continuations, microtasks and the layouts its DOM reads force are
 *   included. Other scripts and idle time are not.
 * - a task of its own is a task (with the microtasks that follow it) in which its script ran;
 *   the task's cost to us is the script time inside it.
 * - a task it caused is such a task, or a rendering task (style, layout, paint) after it
 *   started on a page that had finished its own rendering (`causedFrom`): the benchmark pages
 *   are static, so that rendering is there because the detector changed the page.
 */

export interface Interval {
  ts: number;
  end: number;
}

/** Sorted, non-overlapping union. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.end > i.ts).sort((a, b) => a.ts - b.ts);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.ts <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ts: i.ts, end: i.end });
  }
  return out;
}

export function length(intervals: readonly Interval[]): number {
  let sum = 0;
  for (const i of intervals) sum += i.end - i.ts;
  return sum;
}

/** How much of `range` the sorted union `merged` covers. */
export function covered(merged: readonly Interval[], range: Interval): number {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((merged[mid] as Interval).end <= range.ts) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let k = lo; k < merged.length; k++) {
    const i = merged[k] as Interval;
    if (i.ts >= range.end) break;
    sum += Math.min(i.end, range.end) - Math.max(i.ts, range.ts);
  }
  return sum;
}

/** The stretches where a script whose URL passes `isOwn` runs, inside `window`. */
export function scriptIntervals(
  trace: PageTrace,
  isOwn: (url: string) => boolean,
  window: Interval,
): Interval[] {
  const raw: Interval[] = [];
  for (const e of trace.events) {
    if (e.url && isOwn(e.url)) raw.push(e);
  }
  for (const s of trace.samples) {
    if (sampleIsOwn(s, isOwn)) raw.push(s);
  }
  return union(
    raw
      .map((i) => ({ ts: Math.max(i.ts, window.ts), end: Math.min(i.end, window.end) }))
      .filter((i) => i.end > i.ts),
  );
}

function sampleIsOwn(sample: Sample, isOwn: (url: string) => boolean): boolean {
  for (const frame of sample.stack) if (frame.url && isOwn(frame.url)) return true;
  return false;
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);

export interface TaskCost {
  ts: number;
  dur: number;
  /**
   * What the task costs the detector: the whole task from `causedFrom` on; before that (the
   * page still rendering itself), its script time alone, layouts it forced included.
   */
  charged: number;
  /** The detector's script time in the task. */
  own: number;
  /** Style, layout and paint in the task (layouts forced inside the script included). */
  rendering: number;
  /**
   * `charged` and `own` in main-thread CPU time (scaled by the task's CPU/wall ratio): on a
   * busy machine a task's wall-clock time includes waiting for a core.
   */
  chargedCpu: number;
  ownCpu: number;
}

export interface Attribution {
  /** Total script time (µs). */
  script: number;
  /**
   * The same in main-thread CPU time: each task's script time scaled by the task's CPU/wall
   * ratio, so that time the thread spent waiting for a core (other processes) does not count.
   */
  scriptCpu: number;
  longestOwn: TaskCost | undefined;
  longestCaused: TaskCost | undefined;
  /** The same, by CPU time: not always the same tasks. */
  longestOwnCpu: TaskCost | undefined;
  longestCausedCpu: TaskCost | undefined;
  /** Total time of the tasks it caused (µs). */
  caused: number;
  /** End of its last script stretch or caused task: the detector is done. */
  lastActivity: number;
  tasksOver50: number;
}

/**
 * `own` is the detector's script time (from scriptIntervals); tasks are looked at inside
 * `window`; rendering tasks count as caused from `causedFrom` on. A task of its own before
 * then is charged its script time only: the rest is the page's (a browser frame that ran a
 * callback of ours while painting the page's own content, and then, say, updated the hover
 * state with a hit test, which no rendering event names). Layouts its script forces are
 * inside its script, and still charged.
 */
export function attribute(
  trace: PageTrace,
  own: readonly Interval[],
  window: Interval,
  causedFrom: number,
): Attribution {
  const rendering = union(
    trace.events.filter((e) => RENDERING.has(e.name) && e.end > window.ts && e.ts < window.end),
  );
  let longestOwn: TaskCost | undefined;
  let longestCaused: TaskCost | undefined;
  let longestOwnCpu: TaskCost | undefined;
  let longestCausedCpu: TaskCost | undefined;
  let caused = 0;
  let lastActivity = own.at(-1)?.end ?? window.ts;
  let tasksOver50 = 0;
  let scriptCpu = 0;
  let inTasks = 0;
  for (const task of trace.tasks) {
    if (task.end <= window.ts || task.ts >= window.end) continue;
    const ownTime = covered(own, task);
    const dur = task.end - task.ts;
    const cpuRatio = dur > 0 ? Math.min(1, task.cpu / dur) : 0;
    const charged = task.ts >= causedFrom ? dur : ownTime;
    const cost: TaskCost = {
      ts: task.ts,
      dur,
      charged,
      own: ownTime,
      rendering: covered(rendering, task),
      chargedCpu: charged * cpuRatio,
      ownCpu: ownTime * cpuRatio,
    };
    inTasks += cost.own;
    scriptCpu += cost.ownCpu;
    const isCaused = cost.own > 0 || (cost.rendering > 0 && task.ts >= causedFrom);
    if (cost.own > 0 && (!longestOwn || cost.own > longestOwn.own)) longestOwn = cost;
    if (cost.own > 0 && (!longestOwnCpu || cost.ownCpu > longestOwnCpu.ownCpu)) {
      longestOwnCpu = cost;
    }
    if (!isCaused) continue;
    if (!longestCausedCpu || cost.chargedCpu > longestCausedCpu.chargedCpu) {
      longestCausedCpu = cost;
    }
    caused += cost.charged;
    if (cost.charged > 50_000) tasksOver50++;
    lastActivity = Math.max(lastActivity, task.end);
    if (!longestCaused || cost.charged > longestCaused.charged) longestCaused = cost;
  }
  const script = length(own);
  // Script outside any recorded task (none expected) counts at wall-clock time.
  scriptCpu += Math.max(0, script - inTasks);
  return {
    script,
    scriptCpu,
    longestOwn,
    longestCaused,
    longestOwnCpu,
    longestCausedCpu,
    caused,
    lastActivity,
    tasksOver50,
  };
}

export interface FunctionCost {
  name: string;
  /** Samples with this function on top (µs). */
  self: number;
  /** Samples with this function anywhere on the stack (µs). */
  total: number;
}

/**
 * Where the detector's time goes, by function: self time of its own functions (and of the
 * browser functions they call, e.g. `getClientRects`, named after the caller), and total time.
 */
export function functionCosts(
  trace: PageTrace,
  isOwn: (url: string) => boolean,
  window: Interval,
): FunctionCost[] {
  const costs = new Map<string, FunctionCost>();
  const cost = (name: string) => {
    let c = costs.get(name);
    if (!c) {
      c = { name, self: 0, total: 0 };
      costs.set(name, c);
    }
    return c;
  };
  for (const s of trace.samples) {
    if (s.ts < window.ts || s.ts >= window.end || !sampleIsOwn(s, isOwn)) continue;
    const dt = s.end - s.ts;
    const top = s.stack[0];
    if (!top) continue;
    const ownCaller = s.stack.find((f) => f.url && isOwn(f.url));
    const label = (f: typeof top) =>
      `${f.functionName || '(anonymous)'} ${f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '(browser)'}`;
    cost(
      top.url || !ownCaller
        ? label(top)
        : `${label(top)} ← ${ownCaller.functionName || '(anonymous)'}`,
    ).self += dt;
    const seen = new Set<string>();
    for (const f of s.stack) {
      if (!f.url || !isOwn(f.url)) continue;
      const key = label(f);
      if (seen.has(key)) continue;
      seen.add(key);
      cost(key).total += dt;
    }
  }
  return [...costs.values()];
}

function shortUrl(url: string): string {
  return url.replace(/^chrome-extension:\/\/[^/]+\//, '');
}
