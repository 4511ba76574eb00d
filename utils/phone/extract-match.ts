import {
  DIGITS,
  INNER_MATCHES,
  SLASH_SEPARATED_DATES,
  TIME_STAMPS,
  TIME_STAMPS_SUFFIX,
  UNWANTED_END_CHARS,
} from './candidate-patterns';
import { looksLikePaymentCard } from './non-phone-shapes';
import type { FoundPhoneNumber } from './types';
import { type Scan, type SUPPRESSED, verifyCandidate } from './verify-candidate';

// How Google's matcher turns one run of digits and punctuation into a number: the whole run,
// else its parts (inner matches), with this extension's additions marked where they differ.

const WHITESPACE_RUN = /\P{Z}+/gu;
const LETTER = /\p{L}/u;
const NUMBER_START = new RegExp(`[${DIGITS}+(]`);

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

export type Attempt = FoundPhoneNumber | typeof SUPPRESSED | undefined;

/** One scan of one text; `tries` counts down the failed attempts left (Google's maxTries). */
export interface Search extends Scan {
  tries: number;
}

function trimEnd(candidate: string): string {
  return candidate.replace(UNWANTED_END_CHARS, '');
}

/**
 * "1 (888) 555-0110 (24/7)": the whole candidate is not a number, and Google's bracket split
 * would find "(888) 555-0110" without its "1". Try what comes before each bracket, last first.
 */
function extractBeforeBracket(search: Search, candidate: string, offset: number): Attempt {
  for (
    let index = candidate.lastIndexOf('(');
    index > 0;
    index = candidate.lastIndexOf('(', index - 1)
  ) {
    if (search.tries <= 0) return undefined;
    const found = verifyCandidate(search, trimEnd(candidate.slice(0, index)), offset);
    if (found) return found;
    search.tries--;
  }
  return undefined;
}

/** Google's extractInnerMatch: try the parts of a candidate that is not a number as a whole. */
function extractInnerMatch(search: Search, candidate: string, offset: number): Attempt {
  const beforeBracket = extractBeforeBracket(search, candidate, offset);
  if (beforeBracket) return beforeBracket;
  for (const inner of INNER_MATCHES) {
    inner.lastIndex = 0;
    let isFirstMatch = true;
    for (
      let match = inner.exec(candidate);
      match && search.tries > 0;
      match = inner.exec(candidate)
    ) {
      if (isFirstMatch) {
        isFirstMatch = false;
        const head = verifyCandidate(search, trimEnd(candidate.slice(0, match.index)), offset);
        if (head) return head;
        search.tries--;
      }
      const groupStart = match.indices?.[1]?.[0];
      if (match[1] === undefined || groupStart === undefined) continue;
      const found = verifyCandidate(search, trimEnd(match[1]), offset + groupStart);
      if (found) return found;
      search.tries--;
    }
  }
  return extractSpaceWindow(search, candidate, offset);
}

/**
 * Google splits on white space one group at a time, so "94103 415 555 0134" (a ZIP code then a
 * number written with spaces) finds nothing. Try runs of two groups or more, the earliest
 * first, then the longest, grouped as the country groups its numbers. Not inside codes: a
 * candidate glued to a letter ("DE89 3704 0044 0532 0130 00") or made of blocks of four digits
 * (cards, IBANs, tracking numbers).
 */
function extractSpaceWindow(search: Search, candidate: string, offset: number): Attempt {
  const groups = [...candidate.matchAll(WHITESPACE_RUN)];
  if (groups.length < 3) return undefined;
  const { text } = search;
  if (isLetter(text[offset - 1]) || isLetter(text[offset + candidate.length])) return undefined;
  if (groups.filter((group) => /^\d{4}$/.test(group[0])).length >= 3) return undefined;
  for (let first = 0; first < groups.length - 1; first++) {
    for (let last = groups.length - (first === 0 ? 2 : 1); last > first; last--) {
      const from = groups[first];
      const to = groups[last];
      if (!from || !to || search.tries <= 0) return undefined;
      const part = trimEnd(candidate.slice(from.index, to.index + to[0].length));
      const digits = part.replace(/\D/g, '').length;
      if (digits < 6 || digits > 17) continue;
      const found = verifyCandidate(search, part, offset + from.index, { strictGrouping: true });
      if (found) return found;
      search.tries--;
    }
  }
  return undefined;
}

/**
 * Google drops a whole candidate that holds a slash date or ends in a timestamp, and with it
 * the number in "01/15/2023 415-555-0134". Look on either side of the date instead.
 */
function extractAroundDate(search: Search, candidate: string, offset: number): Attempt | null {
  const date =
    SLASH_SEPARATED_DATES.exec(candidate) ??
    (TIME_STAMPS_SUFFIX.test(search.text.slice(offset + candidate.length))
      ? TIME_STAMPS.exec(candidate)
      : null);
  if (!date) return null;
  const head = trimEnd(candidate.slice(0, date.index));
  const found = head ? extractMatch(search, head, offset) : undefined;
  if (found) return found;
  const afterDate = candidate.slice(date.index + date[0].length);
  const at = afterDate.search(NUMBER_START);
  const tail = at < 0 ? '' : afterDate.slice(at);
  return tail ? extractMatch(search, tail, offset + candidate.length - tail.length) : undefined;
}

/** Google's extractMatch: refuse dates, timestamps (and cards), try the whole, then its parts. */
export function extractMatch(search: Search, candidate: string, offset: number): Attempt {
  if (looksLikePaymentCard(candidate)) return undefined;
  const aroundDate = extractAroundDate(search, candidate, offset);
  if (aroundDate !== null) return aroundDate;
  const whole = verifyCandidate(search, candidate, offset);
  if (whole) return whole;
  return extractInnerMatch(search, candidate, offset);
}
