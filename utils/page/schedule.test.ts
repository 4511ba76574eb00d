import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundTask } from './schedule';

const g = globalThis as { scheduler?: unknown };

describe('backgroundTask', () => {
  afterEach(() => {
    delete g.scheduler;
    vi.useRealTimers();
  });

  it('runs a task that throws once, not again from the rejected promise', async () => {
    g.scheduler = {
      postTask: (task: () => void) =>
        new Promise<void>((resolve) => {
          task();
          resolve();
        }),
    };
    vi.useFakeTimers();
    const task = vi.fn(() => {
      throw new Error('boom');
    });
    backgroundTask(task);
    await vi.runAllTimersAsync();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task on a later macrotask where the browser has no scheduler', async () => {
    vi.useFakeTimers();
    const task = vi.fn();
    backgroundTask(task);
    expect(task).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to a macrotask when the background task is refused before it ran', async () => {
    g.scheduler = { postTask: () => Promise.reject(new Error('aborted')) };
    vi.useFakeTimers();
    const task = vi.fn();
    backgroundTask(task);
    await vi.runAllTimersAsync();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
