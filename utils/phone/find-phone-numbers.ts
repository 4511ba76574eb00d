import { createCandidatePattern, DIGITS, SECOND_NUMBER_START } from './candidate-patterns';
import { classifyContext } from './context-cues';
import { extractMatch, type Search } from './extract-match';
import { isSupportedCountry } from './libphonenumber';
import type { FindPhoneNumbersOptions, FoundPhoneNumber } from './types';
import { SUPPRESSED } from './verify-candidate';

/**
 * Six digits with at most three other characters (no letters) between each: cheaper than the
 * candidate pattern and false for almost every text a CRM page holds.
 */
const PRE_FILTER = new RegExp(`[${DIGITS}](?:[^${DIGITS}\\p{L}]{0,3}[${DIGITS}]){5}`, 'u');
/** Failed candidates tolerated per text, against digit soup (Google's maxTries). */
const MAX_TRIES = 200;
const CANDIDATE = createCandidatePattern();

/**
 * Finds the phone numbers in a text, each with its exact span (`text.slice(start, end) === raw`),
 * its E.164 form, extension, calling code and national number.
 *
 * Google's PhoneNumberMatcher at VALID leniency on libphonenumber-js's max metadata, with what
 * the JavaScript port leaves out put back (commas and semicolons separate numbers; the national
 * prefix must be written where the country writes it), plus: labels, column headers and words
 * right before a number that say it is (or is not) a phone number, and shapes of things that
 * are not (dates, year ranges, ZIP+4, SSN, IPv4, prices, payment cards, glued codes).
 *
 * Pure and deterministic in (text, options): callers may cache results by text.
 */
export function findPhoneNumbers(
  text: string,
  { defaultCountry, context }: FindPhoneNumbersOptions,
): FoundPhoneNumber[] {
  if (text.length < 6 || !PRE_FILTER.test(text)) return [];
  const search: Search = {
    text,
    defaultCountry: isSupportedCountry(defaultCountry) ? defaultCountry : undefined,
    context: classifyContext(context),
    tries: MAX_TRIES,
  };
  const found: FoundPhoneNumber[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match && search.tries > 0; match = CANDIDATE.exec(text)) {
    const start = match.index;
    const candidate = match[0].split(SECOND_NUMBER_START)[0] ?? match[0];
    const result = extractMatch(search, candidate, start);
    if (result && result !== SUPPRESSED) {
      found.push(result);
      CANDIDATE.lastIndex = result.end;
    } else {
      CANDIDATE.lastIndex = start + Math.max(candidate.length, 1);
      search.tries--;
    }
  }
  return found;
}
