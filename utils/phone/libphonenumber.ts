// The one place that chooses libphonenumber-js's metadata. "max" carries the pattern of every
// number type, so VALID means valid for a type (mobile, fixed line...), not only the right
// length and leading digits as with "min". It costs ~38 KB gzip of the content script, once
// the build has dropped what only as-you-type formatting reads (scripts/build/metadata-as-json.ts).
export {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumber,
  parseDigits,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
export { default as metadata } from 'libphonenumber-js/max/metadata';
