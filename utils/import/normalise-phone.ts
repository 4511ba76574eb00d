import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from '../phone/libphonenumber';

export type NormalisedPhone =
  | {
      ok: true;
      /** Country calling code without `+`: the lead's phone_code. */
      phoneCode: string;
      /** National significant number, digits only, no trunk prefix: the lead's phone_number. */
      phoneNumber: string;
      e164: string;
    }
  | { ok: false; kind: 'no-phone' | 'invalid-phone'; message: string };

export interface NormaliseOptions {
  /** Region for numbers written without a country code (the settings' default country). */
  defaultCountry: string;
  /** A country calling code from the row's own column, when the file has one. */
  phoneCode?: string;
  /** For messages: the field being read (phone_number, alt_phone). */
  field?: string;
}

/**
 * One CSV cell to the seed's phone_code + phone_number with libphonenumber-js: the country code
 * comes from the number itself when it is written internationally (+44…, 0044… from the default
 * country), else from the row's phone code column, else from the default country. A number that
 * is not valid for its country, or carries an extension a lead cannot hold, is a problem to show,
 * never a value to guess at.
 */
export function normalisePhone(raw: string, options: NormaliseOptions): NormalisedPhone {
  const field = options.field ?? 'phone_number';
  const text = raw.trim();
  if (text === '') {
    return {
      ok: false,
      kind: 'no-phone',
      message: `${field}: empty; a lead needs a phone number.`,
    };
  }
  const code = options.phoneCode?.trim() ?? '';
  if (code !== '' && !/^\+?\d{1,4}$/.test(code)) {
    return {
      ok: false,
      kind: 'invalid-phone',
      message: `phone_code: "${code}" must be the country calling code, 1-4 digits (e.g. 1 or 44).`,
    };
  }
  const country = isSupportedCountry(options.defaultCountry)
    ? (options.defaultCountry as CountryCode)
    : undefined;
  const international = text.startsWith('+') || text.startsWith('00');
  const input = code !== '' && !international ? `+${code.replace('+', '')} ${text}` : text;
  const number = parsePhoneNumberFromString(input, { defaultCountry: country });
  const where =
    code !== '' && !international
      ? `with country code +${code.replace('+', '')}`
      : international
        ? 'as written'
        : `for ${country ?? 'the default country'} (write +country code for other countries)`;
  if (!number?.isValid()) {
    return {
      ok: false,
      kind: 'invalid-phone',
      message: `${field}: "${text}" is not a valid phone number ${where}.`,
    };
  }
  if (code !== '' && international && number.countryCallingCode !== code.replace('+', '')) {
    return {
      ok: false,
      kind: 'invalid-phone',
      message: `${field}: "${text}" has country code +${number.countryCallingCode}, but the phone code column says ${code}.`,
    };
  }
  if (number.ext) {
    return {
      ok: false,
      kind: 'invalid-phone',
      message: `${field}: "${text}" has an extension (${number.ext}), which a lead cannot hold; remove it or move it to comments.`,
    };
  }
  return {
    ok: true,
    phoneCode: String(number.countryCallingCode),
    phoneNumber: String(number.nationalNumber),
    e164: number.number,
  };
}

/**
 * `+14155550134` → `+1 415 555 0134`, for showing a page of the preview. Kept out of
 * normalisePhone: formatting costs several times the parse and validation together.
 */
export function formatE164(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
