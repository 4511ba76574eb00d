import { describe, expect, it } from 'vitest';
import { pageTrace } from './trace';

const PID = 7;
const MAIN = 1;
const OURS = 'chrome-extension://abc/content-scripts/crm.js';

/** A complete event on the page's main thread (times in µs). */
const x = (name: string, ts: number, dur: number, args?: Record<string, unknown>) => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: PID,
  tid: MAIN,
  ...(args ? { args } : {}),
});

const header = [
  {
    name: 'navigationStart',
    ph: 'R',
    ts: 0,
    pid: PID,
    tid: MAIN,
    args: { data: { documentLoaderURL: 'http://crm.test/crm/big?rows=5' } },
  },
  { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: MAIN, args: { name: 'CrRendererMain' } },
];

describe('pageTrace', () => {
  it('names the rendering steps and script runs as DevTools does', () => {
    const trace = pageTrace(
      [
        ...header,
        x('ThreadControllerImpl::RunTask', 1000, 5000),
        x('v8.run', 1100, 1000, { fileName: OURS }),
        x('v8.compile', 1000, 100, { data: { url: OURS } }),
        x('LocalFrameView::performLayout', 2200, 300),
        x('LocalFrameView::RunPrePaintLifecyclePhase', 2600, 100),
        x('PaintArtifactCompositor::Update', 3500, 200),
      ],
      '/crm/big',
    );
    const named = trace.events.map((e) => [e.name, e.url]);
    expect(named).toContainEqual(['EvaluateScript', OURS]);
    expect(named).toContainEqual(['v8.compile', OURS]);
    expect(named).toContainEqual(['Layout', '']);
    expect(named).toContainEqual(['PrePaint', '']);
    expect(named).toContainEqual(['Layerize', '']);
    expect(trace.tasks).toHaveLength(1);
  });

  it('counts a frame paint step as a Paint only when it committed new display items', () => {
    const trace = pageTrace(
      [
        ...header,
        x('ThreadControllerImpl::RunTask', 1000, 2000),
        x('LocalFrameView::RunPaintLifecyclePhase', 1500, 50),
        x('ThreadControllerImpl::RunTask', 5000, 30_000),
        x('LocalFrameView::RunPaintLifecyclePhase', 6000, 20_000),
        x('PaintController::commitNewDisplayItems', 20_000, 300, { num_non_cached_new_items: 4 }),
        // A commit right after a step that painted nothing does not make it one.
        x('ThreadControllerImpl::RunTask', 40_000, 2000),
        x('LocalFrameView::RunPaintLifecyclePhase', 40_100, 50),
        x('PaintController::commitNewDisplayItems', 40_200, 10),
      ],
      '/crm/big',
    );
    const paints = trace.events.filter((e) => e.name === 'Paint');
    expect(paints.map((e) => [e.ts, e.end])).toEqual([[6000, 26_000]]);
    expect(
      trace.events.filter((e) => e.name === 'LocalFrameView::RunPaintLifecyclePhase'),
    ).toHaveLength(2);
  });
});
