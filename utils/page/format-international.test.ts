import { describe, expect, it } from 'vitest';
import { callLabel, formatInternational } from './format-international';
import type { PhoneMatch } from './phone-match';

const match = (cc: string, national: string, more: Partial<PhoneMatch> = {}): PhoneMatch => ({
  start: 0,
  end: 1,
  raw: '',
  e164: `+${cc}${national}`,
  countryCallingCode: cc,
  nationalNumber: national,
  ...more,
});

describe('callLabel', () => {
  it('says what the button does, the North American way', () => {
    expect(callLabel(match('1', '4155550134'))).toBe('Call +1 415 555 0134');
  });

  it("prefers the finder's own international format", () => {
    expect(
      formatInternational(match('44', '2079460958', { international: '+44 20 7946 0958' })),
    ).toBe('+44 20 7946 0958');
  });

  it('groups other lengths readably and names the extension', () => {
    expect(formatInternational(match('33', '612345678'))).toBe('+33 61 234 5678');
    expect(formatInternational(match('49', '301234'))).toBe('+49 301 234');
    expect(callLabel(match('1', '8005550199', { extension: '12' }))).toBe(
      'Call +1 800 555 0199 ext. 12',
    );
  });
});
