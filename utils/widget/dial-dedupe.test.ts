import { describe, expect, it } from 'vitest';
import { createDialDedupe } from './dial-dedupe';

describe('createDialDedupe', () => {
  it('drops the same number within the window and allows it after', () => {
    let now = 1_000;
    const dedupe = createDialDedupe(2_000, () => now);
    expect(dedupe.shouldSend('1:4155550134')).toBe(true);
    now += 300;
    expect(dedupe.shouldSend('1:4155550134')).toBe(false);
    now += 1_700;
    expect(dedupe.shouldSend('1:4155550134')).toBe(true);
  });

  it('lets a different number through at once', () => {
    const dedupe = createDialDedupe(2_000, () => 0);
    expect(dedupe.shouldSend('1:4155550134')).toBe(true);
    expect(dedupe.shouldSend('44:2079460958')).toBe(true);
  });
});
