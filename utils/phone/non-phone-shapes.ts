// Shapes that libphonenumber can accept as valid numbers in some country but that, written this
// way, are something else. Google's matcher only knows slash dates and "2012-01-02 08:00".

const DATE_SHAPES = [
  /^(?:19|20)\d{2}([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$/, // 2023-01-15
  /^(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}$/, // 15.01.2023
  /^(?:0?[1-9]|1[0-2])([-./])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)?\d{2}$/, // 01-15-23
];
/** Compact ISO dates and timestamps: 20230115, 20230115103000. */
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4}(?:\d{2})?)?$/;
const YEAR_RANGE = /^(?:1[89]|20)\d{2}\s*[-–—/]\s*(?:(?:1[89]|20)\d{2}|\d{2})$/;
const ZIP_PLUS_FOUR = /^[1-9]\d{4}-\d{4}$/;
const SSN = /^\d{3}-\d{2}-\d{4}$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * A payment card: 13 to 19 digits starting with 2 to 6, in one block or grouped as cards are
 * (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), passing the Luhn check.
 */
export function looksLikePaymentCard(candidate: string): boolean {
  if (!/^[2-6]\d*(?:[ -]\d+)*$/.test(candidate)) return false;
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  const groups = candidate.split(/[ -]/).map((group) => group.length);
  const last = groups.at(-1) ?? 0;
  const cardGrouping =
    groups.length === 1 ||
    (groups.length >= 4 && last <= 4 && groups.slice(0, -1).every((length) => length === 4)) ||
    groups.join() === '4,6,5' ||
    groups.join() === '4,6,4';
  return cardGrouping && passesLuhn(digits);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const CURRENCY_BEFORE = /(?:\p{Sc}|\b(?:usd|eur|gbp|inr|rs|aud|cad|brl|chf)\.?)\p{Z}?$/iu;
const CURRENCY_AFTER = /^\p{Z}?(?:\p{Sc}|(?:usd|eur|gbp|inr|aud|cad|brl|chf)\b|\/-)/iu;
/** "INV-4155550134", "SKU_4155550134", "A#4155550134": a number glued to a code. */
const GLUED_CODE_BEFORE = /[\p{L}\p{N}][-_#]$/u;
/** "4155550134-A", "4155550134_2", "4155550134.50" (a price), "415.555.0134.7". */
const GLUED_AFTER = /^(?:[-_][\p{L}\p{N}]|[.,]\d{1,2}(?!\d))/u;
/** "10:30 4155550134" or "4155550134:45": part of a time. */
const TIME_BEFORE = /\d:$/;
const TIME_AFTER = /^:\d/;

/**
 * Whether the candidate at `start..end` of `text`, although a valid number, is written as a
 * date, year range, ZIP+4 code, social security number, IP address, price or code.
 */
export function looksLikeSomethingElse(text: string, start: number, end: number): boolean {
  const candidate = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 6);
  return (
    DATE_SHAPES.some((shape) => shape.test(candidate)) ||
    COMPACT_DATE.test(candidate) ||
    YEAR_RANGE.test(candidate) ||
    ZIP_PLUS_FOUR.test(candidate) ||
    SSN.test(candidate) ||
    IPV4.test(candidate) ||
    CURRENCY_BEFORE.test(before) ||
    CURRENCY_AFTER.test(after) ||
    GLUED_CODE_BEFORE.test(before) ||
    GLUED_AFTER.test(after) ||
    TIME_BEFORE.test(before) ||
    TIME_AFTER.test(after)
  );
}
