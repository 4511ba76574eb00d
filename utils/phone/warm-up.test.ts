import { describe, expect, it } from 'vitest';
import { WARM_UP_TEXT, warmUpFinder } from './warm-up';

describe('warmUpFinder', () => {
  it('takes the finder through a national number with an extension, an international one and a date', () => {
    expect(WARM_UP_TEXT).toMatch(/\d\/\d\/\d{4}$/);
    expect(warmUpFinder().map((n) => [n.raw, n.e164, n.extension])).toEqual([
      ['(415) 555-0134 x7', '+14155550134', '7'],
      ['+44 20 7946 0958', '+442079460958', undefined],
    ]);
  });
});
