import { findPhoneNumbers } from './find-phone-numbers';
import type { FoundPhoneNumber } from './types';

/**
 * A national number with an extension, an international one and a date: each takes its own way
 * through the finder (the date is turned down).
 */
export const WARM_UP_TEXT = '(415) 555-0134 x7, +44 20 7946 0958; 3/5/2024';

/**
 * Searches a sample text, for nothing but the compiling. The first search on a page pays for
 * parsing the phone metadata (the build leaves it to first use: scripts/build/metadata-as-json.ts)
 * and compiling the finder (V8 compiles each function, and each of the metadata's patterns, on
 * first use): 10-15 ms, which would otherwise fall in the first scan slice, the one the rows
 * on screen wait for. Run it while waiting for something else; what it returns is only for
 * tests.
 */
export function warmUpFinder(): FoundPhoneNumber[] {
  return findPhoneNumbers(WARM_UP_TEXT, { defaultCountry: 'US' });
}
