import { describe, expect, it } from 'vitest';
import { isNationalPrefixRequired } from './national-prefix';

describe('isNationalPrefixRequired', () => {
  it.each([
    ['44', '2079460958', true],
    ['44', '7911123456', true],
    ['49', '3012345678', true],
    ['33', '612345678', true],
    ['61', '412345678', true],
    ['61', '1300975707', false],
    ['1', '4155550134', false],
    ['91', '9876543210', false],
    ['91', '8023456789', false],
    ['55', '11987654321', false],
  ] as const)(
    'for +%s %s is %s, as Google reads the national format rules',
    (code, national, required) => {
      expect(isNationalPrefixRequired(code, national)).toBe(required);
    },
  );

  it('asks nothing of an unknown calling code', () => {
    expect(isNationalPrefixRequired('999', '123456')).toBe(false);
  });
});
