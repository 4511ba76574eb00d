import type { PhoneMatch } from './phone-match';

/** Splits national digits into groups of three with a final group of four: 415 555 0134. */
function group(digits: string): string {
  if (digits.length <= 4) return digits;
  const tail = digits.length >= 7 ? 4 : digits.length - 3;
  const head = digits.slice(0, digits.length - tail);
  const parts: string[] = [];
  let i = head.length % 3 === 1 && head.length > 1 ? 2 : head.length % 3 || 3;
  parts.push(head.slice(0, i));
  for (; i < head.length; i += 3) parts.push(head.slice(i, i + 3));
  parts.push(digits.slice(digits.length - tail));
  return parts.filter(Boolean).join(' ');
}

/**
 * The number as a person reads it: the finder's own international format when it gives one
 * (it knows each country's grouping), else `+<code> <national digits in groups>`, which is
 * exactly right for North America (`+1 415 555 0134`) and readable elsewhere.
 */
export function formatInternational(match: PhoneMatch): string {
  const number =
    match.international ?? `+${match.countryCallingCode} ${group(match.nationalNumber)}`;
  return match.extension ? `${number} ext. ${match.extension}` : number;
}

/** The button's accessible name and tooltip: says what pressing it does. */
export function callLabel(match: PhoneMatch): string {
  return `Call ${formatInternational(match)}`;
}
