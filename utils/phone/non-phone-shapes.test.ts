import { describe, expect, it } from 'vitest';
import { looksLikePaymentCard, looksLikeSomethingElse } from './non-phone-shapes';

const whole = (text: string) => looksLikeSomethingElse(text, 0, text.length);
const inside = (before: string, candidate: string, after: string) =>
  looksLikeSomethingElse(
    `${before}${candidate}${after}`,
    before.length,
    before.length + candidate.length,
  );

describe('looksLikePaymentCard', () => {
  it.each(['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '3782 822463 10005'])(
    'recognises the card number %s',
    (text) => {
      expect(looksLikePaymentCard(text)).toBe(true);
    },
  );

  it.each(['4111 1111 1111 1112', '0044 7911 123456', '+49 151 23456789', '415 555 0134'])(
    'does not take %s for a card',
    (text) => {
      expect(looksLikePaymentCard(text)).toBe(false);
    },
  );
});

describe('looksLikeSomethingElse', () => {
  it.each([
    '2023-01-15',
    '15.01.2023',
    '01-15-23',
    '20230115',
    '2019-2023',
    '1998 – 2005',
    '94103-1234',
    '078-05-1120',
    '192.168.100.200',
  ])('recognises %s', (text) => {
    expect(whole(text)).toBe(true);
  });

  it.each([
    ['$', '4155550134', ''],
    ['Rs ', '9876543210', ''],
    ['', '4155550134', ' USD'],
    ['INV-', '4155550134', ''],
    ['', '4155550134', '-A'],
    ['', '4155550134', '.50'],
    ['10:', '4155550134', ''],
  ])('recognises a price, a code or a time around %s%s%s', (before, candidate, after) => {
    expect(inside(before, candidate, after)).toBe(true);
  });

  it.each(['01 23 45 67 89', '415-555-0134', '030/1234567', '06.12.34.56.78', '(11) 98765-4321'])(
    'leaves the phone number %s alone',
    (text) => {
      expect(whole(text)).toBe(false);
      expect(inside('Tel: ', text, ', 415-555-0199.')).toBe(false);
    },
  );
});
