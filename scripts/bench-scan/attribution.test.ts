import { describe, expect, it } from 'vitest';
import { attribute, covered, functionCosts, scriptIntervals, union } from './attribution';
import { clipToTasks, type PageTrace, type Sample, type TimelineEvent } from './trace';

const OURS = 'chrome-extension://abc/content-scripts/crm.js';
const ev = (name: string, ts: number, end: number, url = ''): TimelineEvent => ({
  name,
  ts,
  end,
  url,
  functionName: '',
});
const ms = (value: number) => value * 1000;
const sample = (ts: number, end: number, urls: string[]): Sample => ({
  ts,
  end,
  stack: urls.map((url, i) => ({ functionName: `f${i}`, url, lineNumber: 0, columnNumber: 0 })),
});

describe('union and covered', () => {
  it('merges overlapping and touching intervals, drops empty ones', () => {
    expect(
      union([
        { ts: 5, end: 8 },
        { ts: 0, end: 2 },
        { ts: 2, end: 3 },
        { ts: 7, end: 10 },
        { ts: 4, end: 4 },
      ]),
    ).toEqual([
      { ts: 0, end: 3 },
      { ts: 5, end: 10 },
    ]);
  });

  it('measures how much of a range a union covers', () => {
    const merged = union([
      { ts: 0, end: 10 },
      { ts: 20, end: 30 },
      { ts: 40, end: 50 },
    ]);
    expect(covered(merged, { ts: 5, end: 25 })).toBe(10);
    expect(covered(merged, { ts: 30, end: 40 })).toBe(0);
    expect(covered(merged, { ts: -5, end: 100 })).toBe(30);
  });
});

describe('attribute', () => {
  // In ms (trace times are µs):
  // Task 1 (0-100): our script 10-40, and a profiler sample of ours in a microtask at 60-70.
  // Task 2 (200-300): the page's own rendering, before our changes count (causedFrom 350).
  // Task 3 (400-1000): rendering after that, no script of ours: caused by our changes.
  // Task 4 (1100-1110): someone else's script.
  const trace: PageTrace = {
    tasks: [
      { ts: 0, end: ms(100), cpu: ms(50) },
      { ts: ms(200), end: ms(300), cpu: ms(100) },
      { ts: ms(400), end: ms(1000), cpu: ms(600) },
      { ts: ms(1100), end: ms(1110), cpu: ms(10) },
    ],
    events: [
      ev('FunctionCall', ms(10), ms(40), OURS),
      ev('Paint', ms(210), ms(290)),
      ev('Paint', ms(450), ms(950)),
      ev('FunctionCall', ms(1100), ms(1110), 'https://crm.example/app.js'),
    ],
    samples: [
      sample(ms(60), ms(70), ['', OURS]),
      sample(ms(1101), ms(1102), ['https://crm.example/app.js']),
    ],
    marks: [],
  };
  const isOurs = (url: string) => url.startsWith('chrome-extension://abc/');
  const window = { ts: 0, end: Number.POSITIVE_INFINITY };

  it('finds our script in events and in samples with our frame anywhere on the stack', () => {
    expect(scriptIntervals(trace, isOurs, window)).toEqual([
      { ts: ms(10), end: ms(40) },
      { ts: ms(60), end: ms(70) },
    ]);
  });

  it('counts script time, CPU time, tasks of ours and rendering caused after our start', () => {
    const own = scriptIntervals(trace, isOurs, window);
    const result = attribute(trace, own, window, ms(350));
    expect(result.script).toBe(ms(40));
    // Task 1 ran at half speed (CPU 50 of 100 ms): 40 ms of script is 20 ms of CPU.
    expect(result.scriptCpu).toBe(ms(20));
    expect(result.longestOwn).toMatchObject({ ts: 0, own: ms(40) });
    expect(result.longestOwnCpu).toMatchObject({ ts: 0, ownCpu: ms(20) });
    expect(result.longestCausedCpu).toMatchObject({ ts: ms(400), chargedCpu: ms(600) });
    expect(result.longestCaused).toMatchObject({
      ts: ms(400),
      dur: ms(600),
      charged: ms(600),
      own: 0,
      rendering: ms(500),
    });
    // Task 1, before causedFrom, is charged its script only (40 of its 100 ms).
    expect(result.caused).toBe(ms(640));
    expect(result.lastActivity).toBe(ms(1000));
    expect(result.tasksOver50).toBe(1);
  });

  it('counts only our script before causedFrom: no rendering, nor other scripts', () => {
    const own = scriptIntervals(trace, isOurs, window);
    const result = attribute(trace, own, window, ms(2000));
    expect(result.caused).toBe(ms(40));
    expect(result.longestCaused).toMatchObject({ ts: 0, dur: ms(100), charged: ms(40) });
    expect(result.lastActivity).toBe(ms(100));
  });

  it('charges a task of ours before causedFrom with none of the page frame around it', () => {
    // A frame that ran 2 ms of our callback while painting the page's own content (700 ms),
    // then did browser work no rendering event names (a hover hit test, 80 ms).
    const framed: PageTrace = {
      ...trace,
      tasks: [{ ts: ms(200), end: ms(980), cpu: ms(780) }],
      events: [
        ev('FunctionCall', ms(200), ms(202), OURS),
        ev('Paint', ms(202), ms(900)),
        ev('HitTest', ms(900), ms(980)),
      ],
      samples: [],
    };
    const own = scriptIntervals(framed, isOurs, window);
    const before = attribute(framed, own, window, ms(1000));
    expect(before.longestCaused).toMatchObject({ dur: ms(780), charged: ms(2) });
    expect(before.longestCausedCpu).toMatchObject({ chargedCpu: ms(2) });
    expect(before.caused).toBe(ms(2));
    expect(before.tasksOver50).toBe(0);
    const after = attribute(framed, own, window, ms(100));
    expect(after.longestCaused).toMatchObject({ charged: ms(780) });
    expect(after.tasksOver50).toBe(1);
  });

  it('adds up function costs by self and total time', () => {
    const costs = functionCosts(trace, isOurs, window);
    expect(costs).toContainEqual({ name: 'f1 content-scripts/crm.js:1:1', self: 0, total: ms(10) });
    expect(costs).toContainEqual({ name: 'f0 (browser) ← f1', self: ms(10), total: 0 });
  });
});

describe('clipToTasks', () => {
  it('ends a sample with the task it was taken in, and leaves samples between tasks alone', () => {
    const tasks = [
      { ts: ms(0), end: ms(10), cpu: ms(10) },
      { ts: ms(10), end: ms(20), cpu: ms(10) },
    ];
    const samples = clipToTasks(
      [
        sample(ms(9.5), ms(10.5), [OURS]),
        sample(ms(15), ms(16), [OURS]),
        sample(ms(30), ms(31), [OURS]),
      ],
      tasks,
    );
    expect(samples.map((s) => [s.ts, s.end])).toEqual([
      [ms(9.5), ms(10)],
      [ms(15), ms(16)],
      [ms(30), ms(31)],
    ]);
  });
});

describe('attribute, by CPU time', () => {
  it('finds the longest task by CPU time, which a wait for a core can hide', () => {
    // Two tasks of ours: 60 ms of wall-clock time with 20 ms of CPU (the thread waited for a
    // core), and 40 ms with 40 ms of CPU.
    const trace: PageTrace = {
      tasks: [
        { ts: 0, end: ms(60), cpu: ms(20) },
        { ts: ms(100), end: ms(140), cpu: ms(40) },
      ],
      events: [ev('FunctionCall', 0, ms(60), OURS), ev('FunctionCall', ms(100), ms(140), OURS)],
      samples: [],
      marks: [],
    };
    const window = { ts: 0, end: Number.POSITIVE_INFINITY };
    const own = scriptIntervals(trace, (url) => url === OURS, window);
    const result = attribute(trace, own, window, 0);
    expect(result.longestCaused).toMatchObject({ ts: 0, charged: ms(60) });
    expect(result.longestCausedCpu).toMatchObject({ ts: ms(100), chargedCpu: ms(40) });
    expect(result.longestOwnCpu).toMatchObject({ ts: ms(100), ownCpu: ms(40) });
  });
});
