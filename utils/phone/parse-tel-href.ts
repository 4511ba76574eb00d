import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from './libphonenumber';
import type { FoundPhoneNumber } from './types';
import { formatInternational } from './verify-candidate';

const SCHEME = /^\s*(?:tel|callto):(?:\/\/)?/i;
/** Post-dial pauses (",", "p", "w"): the digits after them are dialled once connected. */
const POST_DIAL = /[,;pw]+([\d*#]*)$/i;
const NOT_A_NUMBER = /[a-oq-vyz@]/i;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Reads a `tel:` or `callto:` link (`tel:+1-415-555-0134;ext=12`, `tel:0207946095`,
 * `callto://+442079460958`, `tel:+18005550199,,123`) into the shape `findPhoneNumbers` returns,
 * with `raw` the whole href at 0..href.length. Null for other schemes, Skype names and numbers
 * that cannot be dialled.
 *
 * The page's author said this is a phone number, so a number that is possible for its country
 * is enough (validity metadata lags behind new number ranges), a national number needs no
 * trunk prefix, and post-dial digits after a pause are its extension.
 */
export function parseTelHref(href: string, defaultCountry: CountryCode): FoundPhoneNumber | null {
  const scheme = SCHEME.exec(href);
  if (!scheme) return null;
  const [main = '', ...params] =
    decode(href.slice(scheme[0].length)).split('?')[0]?.split(';') ?? [];
  let extension: string | undefined;
  let context: string | undefined;
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    if (name.toLowerCase() === 'ext' && /^\d+$/.test(value)) extension = value;
    if (name.toLowerCase() === 'phone-context' && value.startsWith('+')) context = value;
  }
  let number = main.trim();
  const postDial = POST_DIAL.exec(number);
  if (postDial) {
    number = number.slice(0, postDial.index);
    const digits = postDial[1]?.replace(/\D/g, '');
    if (!extension && digits) extension = digits;
  }
  if (!number || NOT_A_NUMBER.test(number)) return null;
  // RFC 3966: a local number is qualified by the global number in its phone-context.
  if (context && !number.startsWith('+')) number = `${context}${number}`;
  number = number.replace(/^00(?=[1-9])/, '+');

  const parsed = parsePhoneNumberFromString(number, {
    defaultCountry: isSupportedCountry(defaultCountry) ? defaultCountry : undefined,
    extract: false,
  });
  if (!parsed?.isPossible()) return null;
  const found: FoundPhoneNumber = {
    start: 0,
    end: href.length,
    raw: href,
    e164: parsed.number,
    countryCallingCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
    international: formatInternational(parsed),
  };
  const ext = extension ?? parsed.ext;
  if (ext) found.extension = ext;
  if (parsed.country) found.country = parsed.country;
  return found;
}
