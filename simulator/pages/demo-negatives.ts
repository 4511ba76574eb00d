import type { Prng } from './prng';

/**
 * Hard negatives: digit runs a phone detector must leave alone. Several are shaped like phone
 * numbers on purpose (9- to 16-digit runs, dash- and dot-separated groups), so only context
 * ("Order #", a date pattern, a currency sign) tells them apart.
 */
export const NEGATIVE_KINDS = [
  'order-number',
  'invoice-number',
  'date-iso',
  'date-dmy',
  'time',
  'price',
  'postal-code',
  'ip-address',
  'version',
  'year-range',
  'card-number',
  'tracking-number',
  'year',
  'quantity',
] as const;

export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

export interface DemoNegative {
  kind: NegativeKind;
  /** Exactly the text on the page. */
  text: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function orderNumber(rng: Prng): string {
  // Nine digits: one short of a NANP number, the length of many national numbers elsewhere.
  return `1${rng.digits(8)}`;
}

export function isoDate(rng: Prng): string {
  return `${rng.int(2019, 2025)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
}

export function dmyDate(rng: Prng): string {
  return `${pad2(rng.int(1, 28))}/${pad2(rng.int(1, 12))}/${rng.int(2019, 2025)}`;
}

export function time(rng: Prng): string {
  const hm = `${pad2(rng.int(8, 18))}:${pad2(rng.int(0, 11) * 5)}`;
  return rng.chance(0.3) ? `${hm}:${pad2(rng.int(0, 59))}` : hm;
}

export function price(rng: Prng): string {
  const whole = rng.int(1, 98_999);
  const cents = pad2(rng.int(0, 99));
  switch (rng.int(0, 3)) {
    case 0:
      return `$${thousands(whole, ',')}.${cents}`;
    case 1:
      return `€${thousands(whole, '.')},${cents}`;
    case 2:
      return `£${thousands(whole, ',')}.${cents}`;
    default:
      return `₹${indianGrouping(whole * 10 + rng.int(0, 9))}.${cents}`;
  }
}

// Grouping written by hand rather than toLocaleString, so the text never depends on ICU data.
function thousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Indian grouping (12,34,567): lakh and crore separators. */
function indianGrouping(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  const head = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${s.slice(-3)}`;
}

export function ipAddress(rng: Prng): string {
  return rng.chance(0.5)
    ? `192.168.${rng.int(0, 40)}.${rng.int(2, 254)}`
    : `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
}

export function version(rng: Prng): string {
  return `v${rng.int(1, 14)}.${rng.int(0, 30)}.${rng.int(0, 9)}`;
}

export function yearRange(rng: Prng): string {
  const from = rng.int(2010, 2022);
  return `${from}-${from + rng.int(1, 5)}`;
}

export function cardNumber(rng: Prng): string {
  // Documented test card numbers: card-like, never real.
  return rng.pick(['4111 1111 1111 1111', '5500-0000-0000-0004', '3782 822463 10005']);
}

export function invoiceNumber(rng: Prng): string {
  return `INV-${rng.int(2021, 2025)}-${rng.digits(5)}`;
}

export function trackingNumber(rng: Prng): string {
  return `1Z${rng.int(100, 999)}AA1${rng.digits(10)}`;
}

export function quantity(rng: Prng): string {
  return `${rng.int(1, 9)},${rng.int(0, 9)}${rng.int(0, 9)}0`;
}
