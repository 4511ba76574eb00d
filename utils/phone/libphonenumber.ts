// The one place that chooses libphonenumber-js's metadata. "max" carries the pattern of every
// number type, so VALID means valid for a type (mobile, fixed line...), not only the right
// length and leading digits as with "min". It costs ~39 KB gzip of the content script.
export {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumber,
  parseDigits,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
export { default as metadata } from 'libphonenumber-js/max/metadata';
