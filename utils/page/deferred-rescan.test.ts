// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDeferredRescan } from './deferred-rescan';
import { manualScheduler } from './testing/manual-scheduler';

describe('createDeferredRescan', () => {
  function setup() {
    document.body.innerHTML =
      '<main id="m"><section id="s1"><p id="p1"></p></section><section id="s2"></section></main>';
    const clock = manualScheduler();
    const runs: string[][] = [];
    const rescan = createDeferredRescan(clock.scheduler, (roots) =>
      runs.push(roots.map((r) => (r as Element).id)),
    );
    const byId = (id: string) => document.getElementById(id) as Element;
    return { clock, runs, rescan, byId };
  }

  it('merges regions into their common ancestor and rescans once, after the page settles', () => {
    const { clock, runs, rescan, byId } = setup();
    rescan.add(byId('p1'));
    rescan.add(byId('s1'));
    rescan.add(byId('s2'));
    expect(rescan.covers(byId('s2'))).toBe(true);
    expect(runs).toEqual([]);
    clock.flush();
    expect(runs).toEqual([['m']]);
    expect(rescan.pending).toBe(false);
  });

  it('waits for quiet, but never longer than its limit', () => {
    const { clock, runs, rescan, byId } = setup();
    rescan.add(byId('s1'));
    clock.advance(100);
    rescan.add(byId('s1'));
    clock.advance(100);
    expect(runs).toEqual([]);
    clock.advance(30);
    expect(runs).toEqual([['s1']]);

    // A page that never stops changing still gets its rescan within 600 ms.
    const started = clock.now;
    while (runs.length === 1) {
      rescan.add(byId('s2'));
      clock.advance(50);
    }
    expect(clock.now - started).toBeLessThanOrEqual(650);
  });

  it('can be cancelled', () => {
    const { clock, runs, rescan, byId } = setup();
    rescan.add(byId('s1'));
    rescan.cancel();
    clock.flush();
    expect(runs).toEqual([]);
  });
});
