/**
 * The scanner's view of a number found by utils/phone. Declared here rather than imported so the
 * page layer can be tested with a fake finder; utils/phone's `FoundPhoneNumber` fits it as is.
 */
export interface PhoneMatch {
  /** Index of the first character of the number in the scanned text. */
  start: number;
  /** Index after the last character: `text.slice(start, end) === raw`. */
  end: number;
  raw: string;
  /** E.164 form without the extension, e.g. `+14155550134`. */
  e164: string;
  extension?: string;
  /** The seed's `phone_code` (`1`, `44`). */
  countryCallingCode: string;
  /** The seed's `phone_number`: national significant number, digits only. */
  nationalNumber: string;
  /** Readable international form (`+1 415 555 0134`) when the finder can give one. */
  international?: string;
}

/** What the page says about a text: its label ("Phone:", "Order #") or its column header. */
export interface PhoneContext {
  label?: string;
  header?: string;
}

/** The number finder, injected so the scanner never depends on how numbers are recognised. */
export type FindNumbers = (text: string, context: PhoneContext) => readonly PhoneMatch[];

/** Reads a `tel:` or `callto:` href; null when it is not a number we can dial. */
export type ParseTel = (href: string) => PhoneMatch | null;
