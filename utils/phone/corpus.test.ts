import { describe, expect, it } from 'vitest';
import { corpus } from './corpus';
import { compareCase, score } from './corpus/score';
import { findPhoneNumbers } from './find-phone-numbers';

describe('the phone number corpus', () => {
  const outcomes = corpus.map((entry) => ({
    entry,
    outcome: compareCase(
      entry.expected,
      findPhoneNumbers(entry.text, { defaultCountry: entry.country, context: entry.context }),
    ),
  }));
  const failures = outcomes.filter(
    ({ outcome }) => outcome.missed.length > 0 || outcome.unexpected.length > 0,
  );
  const result = score(outcomes.map(({ outcome }) => outcome));

  it('has at least 150 cases, with numbers and hard negatives in each of the eight countries', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const country of ['US', 'CA', 'IN', 'GB', 'DE', 'FR', 'AU', 'BR']) {
      const cases = corpus.filter((entry) => entry.country === country);
      expect(cases.filter((entry) => entry.expected.length > 0).length).toBeGreaterThanOrEqual(5);
      expect(cases.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('scores F1 >= 0.98', () => {
    console.info(
      `corpus: ${corpus.length} cases, precision ${result.precision.toFixed(4)}, recall ${result.recall.toFixed(4)}, F1 ${result.f1.toFixed(4)} (TP ${result.truePositives}, FP ${result.falsePositives}, FN ${result.falseNegatives})`,
    );
    for (const { entry, outcome } of failures) {
      console.info(
        JSON.stringify({
          text: entry.text,
          country: entry.country,
          missed: outcome.missed,
          unexpected: outcome.unexpected.map(({ raw, e164, extension }) => ({
            raw,
            e164,
            extension,
          })),
        }),
      );
    }
    expect(result.f1).toBeGreaterThanOrEqual(0.98);
  });
});
