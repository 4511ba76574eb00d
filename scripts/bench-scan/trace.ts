import { gunzipSync } from 'node:zlib';
import type { CDPSession, Page } from '@playwright/test';

/**
 * A Chrome trace of one benchmark page, reduced to what the attribution needs: the main thread
 * of the renderer that shows the page (its tasks and timeline events) and the V8 sampling
 * profiler's samples on that thread. Times are trace microseconds (one monotonic clock for
 * tasks, events, samples and `performance.mark`s).
 */

/**
 * Task boundaries (`toplevel`), rendering steps (`blink`, `benchmark`), script compile and run
 * (`v8`), marks, and JS samples. Not `devtools.timeline`, DevTools' own: with it on, Chromium
 * counts the layout objects for every Layout event's arguments, a walk of the whole layout
 * tree inside each layout: 15-20 ms per layout on the 20,000-row page (413,000 layout objects)
 * where the layout itself takes 0.3 ms untraced. That walk was the trace's, not the page's nor
 * ours; the bench checks at every size that the trace no longer slows layout (`layoutCheck`).
 */
const CATEGORIES = [
  'toplevel',
  'blink',
  'benchmark',
  'v8',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/**
 * The rendering steps and script runs under the names DevTools' timeline gives them (the
 * attribution and the figures use those), from the events these categories carry. The paint
 * step runs in every frame; it is a 'Paint' only when it painted something (`PAINTED`).
 */
const TIMELINE_NAMES: Record<string, string> = {
  'LocalFrameView::performLayout': 'Layout',
  'LocalFrameView::RunPrePaintLifecyclePhase': 'PrePaint',
  'PaintArtifactCompositor::Update': 'Layerize',
  'v8.run': 'EvaluateScript',
};
const PAINT_STEP = 'LocalFrameView::RunPaintLifecyclePhase';
/** Inside a paint step that painted: new display items were committed. */
const PAINTED = 'PaintController::commitNewDisplayItems';

interface RawEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    /** `v8.run`'s script. */
    fileName?: string;
    data?: Record<string, unknown> & { url?: string; startTime?: number };
  };
}

export interface TimelineEvent {
  name: string;
  ts: number;
  end: number;
  url: string;
  functionName: string;
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** One profiler sample: when, for how long it stands, and its stack (innermost first). */
export interface Sample {
  ts: number;
  end: number;
  stack: CallFrame[];
}

export interface Mark {
  name: string;
  ts: number;
  /** `performance.now()` of the mark, in the page. */
  startTime: number;
}

export interface Task {
  ts: number;
  end: number;
  /** The main thread's CPU time in the task: less than its length when other processes ran. */
  cpu: number;
}

export interface PageTrace {
  /** Main-thread tasks, each with the microtask checkpoint that follows it, in order. */
  tasks: Task[];
  /** Complete events on the main thread (nested ones included), by start time. */
  events: TimelineEvent[];
  samples: Sample[];
  marks: Mark[];
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    // A 20,000-row run's trace is 50 MB of JSON: a fifth of that to carry over the pipe.
    streamCompression: 'gzip',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
}

/** Ends the trace and reads it whole. */
export async function stopTrace(cdp: CDPSession): Promise<RawEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  if (!handle) throw new Error('the trace came back without a stream');
  const parts: Buffer[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 8 << 20 });
    parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const text = gunzipSync(Buffer.concat(parts)).toString();
  const parsed = JSON.parse(text) as RawEvent[] | { traceEvents: RawEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * One forced layout of the page (ms, the mean of 20: `performance.now()` ticks in 0.1 ms
 * steps): a zero-size element of the check's own is resized and its width read. Untraced it is
 * what a user's browser does; traced it must not be slower, or the trace inflates every layout
 * it measures.
 */
function forcedLayoutMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.createElement('div');
    el.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0';
    document.body.append(el);
    void el.offsetWidth;
    const start = performance.now();
    for (let i = 1; i <= 20; i++) {
      el.style.width = `${i}px`;
      void el.offsetWidth;
    }
    const mean = (performance.now() - start) / 20;
    el.remove();
    return mean;
  });
}

/** A forced layout untraced, then traced with the benchmark's categories (ms). */
export async function layoutCheck(
  page: Page,
  cdp: CDPSession,
): Promise<{ untraced: number; traced: number }> {
  const untraced = await forcedLayoutMs(page);
  await startTrace(cdp);
  try {
    return { untraced, traced: await forcedLayoutMs(page) };
  } finally {
    await stopTrace(cdp);
  }
}

function urlOf(e: RawEvent): string {
  const url = e.args?.data?.url ?? e.args?.fileName;
  return typeof url === 'string' ? url : '';
}

/** A microtask checkpoint starting this close after a task's end belongs to that task. */
const CHECKPOINT_GAP_US = 1000;
/** A sample stands until the next one, but no longer than this (the thread was idle). */
const MAX_SAMPLE_US = 1000;

/** Reduces a raw trace to the main thread of the renderer that loaded `pathPart`. */
export function pageTrace(raw: RawEvent[], pathPart: string): PageTrace {
  const nav = raw.find(
    (e) =>
      e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL).includes(pathPart),
  );
  if (!nav) throw new Error(`no navigation to ${pathPart} in the trace`);
  const pid = nav.pid;
  const mainTid = raw.find(
    (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  if (mainTid === undefined) throw new Error('no renderer main thread in the trace');
  const onMain = raw.filter((e) => e.pid === pid && e.tid === mainTid);
  const commits = onMain.filter((e) => e.name === PAINTED && e.ph === 'X').map((e) => e.ts);
  commits.sort((a, b) => a - b);
  const painted = (e: RawEvent) => {
    const end = e.ts + (e.dur ?? 0);
    let lo = 0;
    let hi = commits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((commits[mid] as number) < e.ts) lo = mid + 1;
      else hi = mid;
    }
    return lo < commits.length && (commits[lo] as number) <= end;
  };
  const nameOf = (e: RawEvent) =>
    e.name === PAINT_STEP ? (painted(e) ? 'Paint' : e.name) : (TIMELINE_NAMES[e.name] ?? e.name);

  const events: (TimelineEvent & { cpu: number })[] = onMain
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .map((e) => ({
      name: nameOf(e),
      ts: e.ts,
      end: e.ts + (e.dur ?? 0),
      cpu: e.tdur ?? e.dur ?? 0,
      url: urlOf(e),
      functionName: typeof e.args?.data?.functionName === 'string' ? e.args.data.functionName : '',
    }))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);

  // Top-level slices: tasks, and microtask checkpoints the scheduler runs right after them.
  const tasks: Task[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e.ts < reach) continue;
    reach = e.end;
    const last = tasks.at(-1);
    if (
      last &&
      e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' &&
      e.ts - last.end < CHECKPOINT_GAP_US
    ) {
      last.end = e.end;
      last.cpu += e.cpu;
    } else tasks.push({ ts: e.ts, end: e.end, cpu: e.cpu });
  }

  const marks: Mark[] = onMain
    .filter((e) => e.cat?.includes('blink.user_timing') && e.ph !== 'X')
    .map((e) => ({ name: e.name, ts: e.ts, startTime: Number(e.args?.data?.startTime ?? NaN) }));

  return {
    tasks,
    events: events.map(({ cpu: _, ...event }) => event),
    samples: clipToTasks(mainThreadSamples(raw, pid, mainTid), tasks),
    marks,
  };
}

/**
 * A sample taken in a task stands no longer than that task: the last sample of a detector's
 * task must not reach into the next task (a browser paint, say) and make it look like its own.
 */
export function clipToTasks(samples: Sample[], tasks: readonly Task[]): Sample[] {
  let k = 0;
  for (const sample of samples) {
    while (k < tasks.length && (tasks[k] as Task).end <= sample.ts) k++;
    const task = tasks[k];
    if (task && task.ts <= sample.ts) sample.end = Math.min(sample.end, task.end);
  }
  return samples;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

function mainThreadSamples(raw: RawEvent[], pid: number, mainTid: number): Sample[] {
  const profile = raw.find((e) => e.pid === pid && e.name === 'Profile' && e.tid === mainTid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const points: { ts: number; node: number }[] = [];
  let ts = Number(profile.args?.data?.startTime ?? profile.ts);
  for (const e of raw) {
    if (e.pid !== pid || e.name !== 'ProfileChunk' || e.id !== profile.id) continue;
    const data = e.args?.data as
      | { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((node, i) => {
      ts += deltas[i] ?? 0;
      points.push({ ts, node });
    });
  }
  points.sort((a, b) => a.ts - b.ts);
  const stacks = new Map<number, CallFrame[]>();
  const stackOf = (id: number): CallFrame[] => {
    const known = stacks.get(id);
    if (known) return known;
    const stack: CallFrame[] = [];
    for (let node = nodes.get(id); node; node = nodes.get(node.parent ?? -1)) {
      if (node.callFrame.url || !node.callFrame.functionName.startsWith('(')) {
        stack.push(node.callFrame);
      }
    }
    stacks.set(id, stack);
    return stack;
  };
  return points.map((point, i) => {
    const next = points[i + 1]?.ts ?? point.ts;
    return {
      ts: point.ts,
      end: point.ts + Math.min(next - point.ts, MAX_SAMPLE_US),
      stack: stackOf(point.node),
    };
  });
}
