import { describe, expect, it } from 'vitest';
import { createLayoutHold } from './layout-hold';

describe('createLayoutHold', () => {
  it('holds passes while rows on screen are pending, and owes one until they are done', () => {
    let t = 0;
    const hold = createLayoutHold(() => t, 250);
    expect(hold.holds(true)).toBe(true);
    t = 100;
    expect(hold.holds(true)).toBe(true);
    expect(hold.owed).toBe(true);
    expect(hold.holds(false)).toBe(false);
    expect(hold.owed).toBe(false);
  });

  it('lets a pass through once the hold has lasted its longest, so a slow finder still shows buttons', () => {
    let t = 0;
    const hold = createLayoutHold(() => t, 250);
    expect(hold.holds(true)).toBe(true);
    t = 260;
    expect(hold.holds(true)).toBe(false);
    // A new hold starts from scratch.
    expect(hold.holds(true)).toBe(true);
  });
});
