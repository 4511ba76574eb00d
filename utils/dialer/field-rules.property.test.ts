import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  CHARSETS,
  type CharSet,
  checkText,
  FIELD_RULES,
  passesText,
  removedChars,
  type TextRule,
} from './field-rules';
import { LEAD_FIELD_RULES } from './lead-schema';

/**
 * removedChars tests a whole value at once and only walks it to name what is removed. The
 * walk, character (code point) by character, is the definition: the two must agree for every
 * character set, on any text (emoji, lone surrogates, controls, newlines included).
 */

const byCharacter = (value: string, chars: CharSet): string[] => {
  const seen = new Set<string>();
  for (const ch of value) if (!chars.keeps.test(ch)) seen.add(ch);
  return [...seen];
};

const textArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '-', "'", '\n', '😀', '\ud800', 'é') }),
);
const charsetArb = fc.constantFrom(...Object.values(CHARSETS));

test('removedChars agrees with testing each character on its own', () => {
  fc.assert(
    fc.property(textArb, charsetArb, (value, chars) => {
      expect(removedChars(value, chars)).toEqual(byCharacter(value, chars));
    }),
    { numRuns: 5000 },
  );
});

test('a set whose class could match half an emoji is still right (no u flag, negated)', () => {
  const notSemicolon: CharSet = { keeps: /^[^;]$/, describe: 'anything but ;' };
  expect(removedChars('a😀b', notSemicolon)).toEqual(['😀']);
  expect(removedChars('ab', notSemicolon)).toEqual([]);
  const multiline: CharSet = { keeps: /^[a]$/m, describe: 'a' };
  expect(removedChars('a\n;', multiline)).toEqual(['\n', ';']);
});

/** Every rule the client checks, plus length rules with a minimum and no character set. */
const ruleArb = fc.oneof(
  fc.constantFrom<TextRule>(...Object.values(FIELD_RULES), ...Object.values(LEAD_FIELD_RULES)),
  fc
    .record({ min: fc.nat(6), extra: fc.nat(6), chars: fc.option(charsetArb, { nil: undefined }) })
    .map(({ min, extra, chars }): TextRule => ({ min, max: min + extra, chars })),
);

test('passesText says yes exactly when checkText has no message', () => {
  fc.assert(
    fc.property(textArb, ruleArb, (value, rule) => {
      expect(passesText(rule, value)).toBe(checkText('f', rule, value).length === 0);
    }),
    { numRuns: 5000 },
  );
  // Lengths counted in characters, not UTF-16 units: at the edges of the rule.
  const rule: TextRule = { min: 2, max: 3, chars: CHARSETS.leadFree };
  for (const value of ['😀', '😀😀', '😀😀😀', '😀😀😀😀', 'a😀', 'é', 'abcd'])
    expect(passesText(rule, value)).toBe(checkText('f', rule, value).length === 0);
});
