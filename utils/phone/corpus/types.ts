import type { CountryCode, PhoneContext } from '../types';

export interface ExpectedNumber {
  raw: string;
  e164: string;
  ext?: string;
}

/** One text as a CRM page might show it, and the numbers a person would call from it. */
export interface CorpusCase {
  text: string;
  country: CountryCode;
  context?: PhoneContext;
  expected: ExpectedNumber[];
}

/** A number expected in a case: as written, its E.164 form, its extension. */
export function number(raw: string, e164: string, ext?: string): ExpectedNumber {
  return ext === undefined ? { raw, e164 } : { raw, e164, ext };
}

/** A text in which nothing is a phone number. */
export function none(country: CountryCode, ...texts: string[]): CorpusCase[] {
  return texts.map((text) => ({ text, country, expected: [] }));
}
