// Regular expressions of Google's PhoneNumberMatcher (libphonenumber, Java), ported where the
// JavaScript port differs. Source of truth:
// https://github.com/google/libphonenumber/blob/master/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberMatcher.java

/** Digits libphonenumber-js can parse: ASCII, full-width, Arabic-Indic, Eastern Arabic-Indic. */
export const DIGITS = '0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9';
const PLUS_CHARS = '+\uFF0B';
const OPENING_PARENS = '(\\[\uFF08\uFF3B';
const CLOSING_PARENS = ')\\]\uFF09\uFF3D';
// Dashes, slashes, dots, white space, brackets and tildes (PhoneNumberUtil.VALID_PUNCTUATION).
// No comma and no semicolon: they separate numbers in a list.
const PUNCTUATION =
  '\\-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D\\[\\]~\u2053\u223C\uFF5E';
const LEAD_CLASS = `[${OPENING_PARENS}${PLUS_CHARS}]`;

/**
 * Extension labels as Google builds them with `createExtnPattern(forParsing = false)`: the
 * auto-dialling (`,,` and `;`) and "only commas" forms exist for parsing a single number and are
 * left out when matching in text. The JavaScript port keeps them, which turns
 * "415-555-0134, 415-555-0199" into one number with extension 415.
 */
function extensionPatternForMatching(): string {
  const digits = (max: number) => `([${DIGITS}]{1,${max}})`;
  const separatorsBeforeLabel = '[ \u00A0\\t,]*';
  const charsAfterLabel = '[:\\.\uFF0E]?[ \u00A0\\t,\\-]*';
  const explicitLabels =
    '(?:e?xt(?:ensi(?:o\u0301?|\u00F3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)';
  const ambiguousLabels = '(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)';
  return [
    `;ext=${digits(20)}`,
    `${separatorsBeforeLabel}${explicitLabels}${charsAfterLabel}${digits(20)}#?`,
    `${separatorsBeforeLabel}${ambiguousLabels}${charsAfterLabel}${digits(9)}#?`,
    `[\\- ]+${digits(6)}#`,
  ].join('|');
}

const punctuation = `[${PUNCTUATION}]{0,4}`;
const digitBlock = `[${DIGITS}]{1,20}`;

/** A run of digits and phone punctuation, with an optional extension (Google's PATTERN). */
export function createCandidatePattern(): RegExp {
  return new RegExp(
    `(?:${LEAD_CLASS}${punctuation}){0,2}${digitBlock}(?:${punctuation}${digitBlock}){0,20}(?:${extensionPatternForMatching()})?`,
    'gi',
  );
}

/**
 * Ways to split a candidate that is not a number as a whole, most specific first (Google's
 * INNER_MATCHES). The `d` flag gives the exact start of group 1, which the JavaScript port
 * has to guess with indexOf.
 */
export const INNER_MATCHES: readonly RegExp[] = [
  /\/+(.*)/dgu,
  /(\([^(]*)/dgu,
  /(?:\p{Z}-|-\p{Z})\p{Z}*(.+)/dgu,
  /[\u2012-\u2015\uFF0D]\p{Z}*(.+)/dgu,
  /\.+\p{Z}*([^.]+)/dgu,
  /\p{Z}+(\P{Z}+)/dgu,
];

/** "(530) 583-6985 x302/x2303" is two numbers: cut at the second extension. */
export const SECOND_NUMBER_START = /[\\/] *x/;
export const UNWANTED_END_CHARS = /[^\p{N}\p{L}#]+$/u;

/** 3/10/2011, 31/10/96, 08/31/95. */
export const SLASH_SEPARATED_DATES =
  /(?:(?:[0-3]?\d\/[01]?\d)|(?:[01]?\d\/[0-3]?\d))\/(?:[12]\d)?\d{2}/;
/** "2012-01-02 08" followed by ":00". */
export const TIME_STAMPS = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
export const TIME_STAMPS_SUFFIX = /^:[0-5]\d/;

/** At most three pairs of brackets, each opened bracket closed (the first may be dropped). */
const NON_PARENS = `[^${OPENING_PARENS}${CLOSING_PARENS}]`;
export const MATCHING_BRACKETS = new RegExp(
  `^(?:[${OPENING_PARENS}])?(?:${NON_PARENS}+[${CLOSING_PARENS}])?${NON_PARENS}+(?:[${OPENING_PARENS}]${NON_PARENS}+[${CLOSING_PARENS}]){0,3}${NON_PARENS}*$`,
);
/** Publication pages such as "211-227 (2003)". */
export const PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
export const LEADING_LEAD_CLASS = new RegExp(`^${LEAD_CLASS}`);

/** A letter of a Latin script or a combining mark (Google's isLatinLetter). */
const LATIN_LETTER = /\p{Script=Latin}|[\u0300-\u036F]/u;
/** A percent sign or a currency symbol (Google's isInvalidPunctuationSymbol). */
const INVALID_NEIGHBOUR = /[%\p{Sc}]/u;

export function isForbiddenNeighbour(char: string | undefined): boolean {
  return char !== undefined && (LATIN_LETTER.test(char) || INVALID_NEIGHBOUR.test(char));
}
