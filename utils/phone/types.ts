import type { CountryCode } from './libphonenumber';

export type { CountryCode };

/** A phone number found in a text, with where it is. */
export interface FoundPhoneNumber {
  /** Index of the first character of the number in the text. */
  start: number;
  /** Index after the last character: `text.slice(start, end) === raw`. */
  end: number;
  /** The number as written, extension included. */
  raw: string;
  /** E.164 form without the extension, e.g. `+14155550134`. */
  e164: string;
  /** Extension digits (`x123`, `ext. 45`, `#12`), if any. */
  extension?: string;
  /** Country calling code without `+`: the seed's `phone_code` (`1`, `91`, `44`). */
  countryCallingCode: string;
  /** National significant number, digits only, no trunk prefix: the seed's `phone_number`. */
  nationalNumber: string;
  /** Readable international form without the extension, e.g. `+1 415 555 0134`. */
  international: string;
  /** Region of the number when it can be told (`US`, `CA`, `GB`). */
  country?: CountryCode;
}

/**
 * Text around the scanned text that says what it holds: the text of its label ("Phone:",
 * "Invoice #") or the header of its table column.
 */
export interface PhoneContext {
  label?: string;
  header?: string;
}

export interface FindPhoneNumbersOptions {
  /** Country of numbers written in national format; from the settings. */
  defaultCountry: CountryCode;
  context?: PhoneContext;
}
