import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers';
import { WARM_UP_TEXT } from './warm-up';

describe('WARM_UP_TEXT', () => {
  it('takes the finder through a national number with an extension, an international one and a date', () => {
    const found = findPhoneNumbers(WARM_UP_TEXT, {
      defaultCountry: 'US',
      context: { header: 'Phone' },
    });
    expect(found.map((n) => [n.raw, n.e164, n.extension])).toEqual([
      ['(415) 555-0134 x7', '+14155550134', '7'],
      ['+44 20 7946 0958', '+442079460958', undefined],
    ]);
    expect(WARM_UP_TEXT).toContain('3/5/2024');
  });
});
