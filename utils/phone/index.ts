// Finding phone numbers in text, pure (no DOM, no browser APIs).
//
// - findPhoneNumbers(text, { defaultCountry, context? }): Google's PhoneNumberMatcher at VALID
//   leniency on libphonenumber-js max metadata, with the parts the JavaScript port skips put
//   back (lists split on "," and ";", trunk prefix required where the country writes one).
// - Context: a label or column header (or the words right before a number) that names a
//   reference ("Order #", "Invoice", "ID", "SKU", "Account", "PO"...) suppresses; one that names
//   a phone ("Phone", "Tel", "Mobile", "Cell", "Fax", "Contact number"...) vouches for how the
//   number is written (a missing trunk prefix, a date-like shape), never for its validity.
// - parseTelHref(href, defaultCountry): the same shape for existing tel: and callto: links.
// - warmUpFinder(): one search of a sample, to compile the finder before the page's first.
export { type Cue, classifyLabel } from './context-cues';
export { findPhoneNumbers } from './find-phone-numbers';
export { isSupportedCountry } from './libphonenumber';
export { parseTelHref } from './parse-tel-href';
export type {
  CountryCode,
  FindPhoneNumbersOptions,
  FoundPhoneNumber,
  PhoneContext,
} from './types';
export { warmUpFinder } from './warm-up';
