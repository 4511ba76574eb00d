import {
  DIGITS,
  isForbiddenNeighbour,
  LEADING_LEAD_CLASS,
  MATCHING_BRACKETS,
  PUB_PAGES,
} from './candidate-patterns';
import { type Cue, cueBefore } from './context-cues';
import {
  type CountryCode,
  type PhoneNumber,
  parseDigits,
  parsePhoneNumberFromString,
} from './libphonenumber';
import { isNationalPrefixRequired } from './national-prefix';
import { looksLikeSomethingElse } from './non-phone-shapes';
import type { FoundPhoneNumber } from './types';

export interface Scan {
  readonly text: string;
  readonly defaultCountry: CountryCode | undefined;
  /** What the label or column header says about the whole text. */
  readonly context: Cue;
}

/** Fewer digits are never a number in the countries this extension serves (AU 13 12 34 has 6). */
const MIN_DIGITS = 6;

const DIGIT = new RegExp(`[${DIGITS}]`, 'g');

function countDigits(candidate: string): number {
  return candidate.match(DIGIT)?.length ?? 0;
}

/** An opening bracket that no bracket in the candidate closes. */
const UNCLOSED_BRACKET = /^[([\uFF08\uFF3B]\p{Z}*(?=[^)\]\uFF09\uFF3D]*$)/u;

/** A candidate that its cue says is something else: do not look inside it either. */
export const SUPPRESSED = 'suppressed';

/** "0044 20 7946 0958" typed in a country whose international prefix is not 00 (US, AU, BR). */
const DOUBLE_ZERO_INTERNATIONAL = /^00(?=[1-9])/;

/** Google parses from the first plus sign or digit: "(+91) 98765 43210" is international. */
const NUMBER_START = new RegExp(`[+\uFF0B${DIGITS}]`);

function parseCandidate(candidate: string, defaultCountry: CountryCode | undefined) {
  const from = Math.max(0, candidate.search(NUMBER_START));
  const number = parsePhoneNumberFromString(candidate.slice(from), {
    defaultCountry,
    extract: false,
  });
  if (number?.isValid()) return number;
  const doubleZero = DOUBLE_ZERO_INTERNATIONAL.exec(candidate.slice(from));
  if (!doubleZero) return undefined;
  const international = parsePhoneNumberFromString(
    `+${candidate.slice(from + doubleZero[0].length)}`,
    { extract: false },
  );
  return international?.isValid() ? international : undefined;
}

/** Written in national format (the calling code came from the default country). */
function isNational(number: PhoneNumber): boolean {
  // Set by libphonenumber-js's parser, absent from its typings; undefined means national.
  const source = (number as { __countryCallingCodeSource?: unknown }).__countryCallingCodeSource;
  return source === undefined || source === 'FROM_DEFAULT_COUNTRY';
}

/** Google's isNationalPrefixPresentIfRequired, which the JavaScript port skips. */
function isNationalPrefixPresentIfRequired(number: PhoneNumber, candidate: string): boolean {
  if (!isNational(number)) return true;
  if (!isNationalPrefixRequired(number.countryCallingCode, number.nationalNumber)) return true;
  let digits = parseDigits(candidate);
  if (number.ext && digits.endsWith(number.ext)) digits = digits.slice(0, -number.ext.length);
  // The parser strips the prefix (and any carrier code): more digits than the national number
  // means the prefix was written.
  return digits.length > number.nationalNumber.length;
}

/**
 * Google's containsOnlyValidXChars: an "x" must introduce the extension; "xx" (a carrier code
 * placeholder) is not supported by libphonenumber-js's parser and is refused.
 */
function containsOnlyValidXChars(number: PhoneNumber, candidate: string): boolean {
  for (let index = 0; index < candidate.length - 1; index++) {
    const char = candidate[index];
    if (char !== 'x' && char !== 'X') continue;
    const next = candidate[index + 1];
    if (next === 'x' || next === 'X') return false;
    if (parseDigits(candidate.slice(index)) !== (number.ext ?? '')) return false;
  }
  return true;
}

const DIGIT_RUN = new RegExp(`[${DIGITS}]+`, 'g');

/** Where digit groups end, counted in digits from the end of the number (extension left out). */
function groupEnds(written: string, ext: string | undefined): Set<number> {
  const runs = (written.match(DIGIT_RUN) ?? []).map((run) => run.length);
  if (ext && runs.at(-1) === ext.length) runs.pop();
  const ends = new Set<number>();
  let fromEnd = 0;
  for (let index = runs.length - 1; index > 0; index--) {
    fromEnd += runs[index] ?? 0;
    ends.add(fromEnd);
  }
  return ends;
}

/**
 * Whether the candidate splits the national number only where its country's format does
 * ("05 78 00 60 84", not "05 78 006 084"), in the spirit of Google's STRICT_GROUPING. Splits in
 * the trunk prefix or calling code are free; writing groups together is fine.
 */
function keepsNationalGrouping(number: PhoneNumber, candidate: string): boolean {
  const formatted = groupEnds(number.formatNational(), number.ext);
  for (const end of groupEnds(candidate, number.ext)) {
    if (end < number.nationalNumber.length && !formatted.has(end)) return false;
  }
  return true;
}

/** The extension stays out: callers add it in their own words ("ext. 12"). */
export function formatInternational(number: PhoneNumber): string {
  return number.formatInternational({ formatExtension: (formatted) => formatted });
}

function toFound(number: PhoneNumber, start: number, raw: string): FoundPhoneNumber {
  const found: FoundPhoneNumber = {
    start,
    end: start + raw.length,
    raw,
    e164: number.number,
    countryCallingCode: number.countryCallingCode,
    nationalNumber: number.nationalNumber,
    international: formatInternational(number),
  };
  if (number.ext) found.extension = number.ext;
  if (number.country) found.country = number.country;
  return found;
}

/**
 * Google's parseAndVerify at VALID leniency (brackets, publication pages, no Latin letter or
 * currency sign touching the number, valid for its region, national prefix present if its
 * country writes one), then the cues and the shapes of things that are not phone numbers.
 */
export function verifyCandidate(
  scan: Scan,
  candidate: string,
  start: number,
  options: { strictGrouping?: boolean } = {},
): FoundPhoneNumber | typeof SUPPRESSED | undefined {
  const { text } = scan;
  if (!candidate || !MATCHING_BRACKETS.test(candidate) || PUB_PAGES.test(candidate)) return;
  // "(+1 415 555 0134)": Google's span starts at the bracket around the number; ours after it.
  const unclosed = UNCLOSED_BRACKET.exec(candidate);
  if (unclosed) {
    const skip = unclosed[0].length;
    return verifyCandidate(scan, candidate.slice(skip), start + skip, options);
  }
  if (start > 0 && !LEADING_LEAD_CLASS.test(candidate) && isForbiddenNeighbour(text[start - 1])) {
    return;
  }
  const end = start + candidate.length;
  if (isForbiddenNeighbour(text[end])) return;

  if (countDigits(candidate) < MIN_DIGITS) return;

  // Cues and shapes first: they cost far less than libphonenumber's parser.
  const nearby = cueBefore(text, start);
  const cue = nearby === 'neutral' ? scan.context : nearby;
  if (cue === 'suppresses') return SUPPRESSED;
  // A phone label vouches for the way the number is written, never for its validity.
  const supported = cue === 'supports';
  if (!supported && looksLikeSomethingElse(text, start, end)) return;

  const number = parseCandidate(candidate, scan.defaultCountry);
  if (!number || !containsOnlyValidXChars(number, candidate)) return;
  if (!supported && !isNationalPrefixPresentIfRequired(number, candidate)) return;
  if (options.strictGrouping && !keepsNationalGrouping(number, candidate)) return;
  return toFound(number, start, candidate);
}
