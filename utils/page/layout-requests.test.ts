import { describe, expect, it } from 'vitest';
import { createLayoutRequests } from './layout-requests';
import { manualScheduler } from './testing/manual-scheduler';

function setup() {
  const clock = manualScheduler(0, { tasks: true });
  const runs: string[] = [];
  const passes = createLayoutRequests(clock.scheduler, () => {
    passes.cancel();
    runs.push('pass');
  });
  return { clock, runs, passes };
}

describe('createLayoutRequests', () => {
  it('runs a task pass right away, a frame pass in the frame', () => {
    const { clock, runs, passes } = setup();
    passes.schedule('task', 'animation-frame');
    expect(clock.runFrames()).toBe(0);
    expect(clock.runTasks()).toBe(1);
    passes.schedule('frame', 'after-layout');
    expect(clock.pendingTasks).toBe(0);
    expect(clock.runFrames()).toBe(1);
    expect(runs).toEqual(['pass', 'pass']);
    expect(passes.pending).toBe(false);
  });

  it('runs a pass owed for hit tests in a task once the next frame is over', () => {
    const { clock, runs, passes } = setup();
    passes.schedule('after-frame', 'animation-frame');
    expect(clock.pendingTasks).toBe(0);
    expect(clock.runFrames()).toBe(1);
    expect(runs).toEqual([]);
    expect(passes.pending).toBe(true);
    // Queued behind the frame, it now covers any request: a task is already on its way.
    expect(passes.covers('task')).toBe(true);
    expect(clock.runTasks()).toBe(1);
    expect(runs).toEqual(['pass']);
  });

  it('lets new work overtake a pass owed only for hit tests, and nothing else', () => {
    const { clock, runs, passes } = setup();
    passes.schedule('after-frame', 'animation-frame');
    expect(passes.covers('after-frame')).toBe(true);
    expect(passes.covers('task')).toBe(false);
    expect(passes.covers('frame')).toBe(false);
    passes.schedule('task', 'animation-frame');
    // One pass, in a task, before any frame; the frame has nothing of ours left.
    expect(clock.runTasks()).toBe(1);
    expect(runs).toEqual(['pass']);
    expect(clock.runFrames()).toBe(0);
    expect(clock.pendingTasks).toBe(0);

    passes.schedule('task', 'animation-frame');
    expect(passes.covers('frame')).toBe(true);
    expect(passes.covers('after-frame')).toBe(true);
    passes.schedule('frame', 'animation-frame');
    expect(passes.covers('task')).toBe(true);
  });

  it('cancels the pending pass, at either stage of an after-frame one', () => {
    const { clock, runs, passes } = setup();
    passes.schedule('after-frame', 'animation-frame');
    passes.cancel();
    expect(clock.runFrames()).toBe(0);
    passes.schedule('after-frame', 'animation-frame');
    clock.runFrames();
    passes.cancel();
    expect(clock.runTasks()).toBe(0);
    expect(runs).toEqual([]);
    expect(passes.pending).toBe(false);
  });
});
