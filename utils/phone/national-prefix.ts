// `Metadata` from core: the CommonJS build of `libphonenumber-js/max` does not export it.
import { Metadata } from 'libphonenumber-js/core';
import { metadata as metadataJson } from './libphonenumber';

/** What this module reads of libphonenumber-js's internal `Format` class (not in its typings). */
interface MetadataFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  usesNationalPrefix(): boolean;
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}

interface FormatRule {
  leadingDigits: RegExp | undefined;
  pattern: RegExp;
  prefixRequired: boolean;
}

const rulesByCallingCode = new Map<string, readonly FormatRule[]>();

function formatRules(countryCallingCode: string): readonly FormatRule[] {
  const cached = rulesByCallingCode.get(countryCallingCode);
  if (cached) return cached;
  // Google reads the formats of the main region of the calling code (US for +1, GB for +44).
  const mainCountry = metadataJson.country_calling_codes[countryCallingCode]?.[0];
  let rules: FormatRule[] = [];
  if (mainCountry) {
    const metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(mainCountry);
    const plan = metadata.numberingPlan as unknown as { formats?: () => MetadataFormat[] };
    if (typeof plan.formats === 'function') {
      rules = plan.formats().map((format) => {
        const leading = format.leadingDigitsPatterns().at(-1);
        return {
          leadingDigits: leading === undefined ? undefined : new RegExp(`^(?:${leading})`),
          pattern: new RegExp(`^(?:${format.pattern()})$`),
          prefixRequired:
            format.usesNationalPrefix() &&
            !format.nationalPrefixIsOptionalWhenFormattingInNationalFormat(),
        };
      });
    }
  }
  rulesByCallingCode.set(countryCallingCode, rules);
  return rules;
}

/**
 * Whether a number of this country, written in national format, is written with its national
 * (trunk) prefix: true for UK `020 7946 0958` or French `01 23 45 67 89`, false for US numbers,
 * Indian mobiles (`98765 43210` and `098765 43210` are both usual) and Brazilian area codes
 * written `(11)`. This is Google's `isNationalPrefixPresentIfRequired`, which the JavaScript
 * port of the matcher skips: it chooses the national format rule for the number and reads its
 * national prefix formatting rule.
 */
export function isNationalPrefixRequired(
  countryCallingCode: string,
  nationalNumber: string,
): boolean {
  const rule = formatRules(countryCallingCode).find(
    (candidate) =>
      (candidate.leadingDigits === undefined || candidate.leadingDigits.test(nationalNumber)) &&
      candidate.pattern.test(nationalNumber),
  );
  return rule?.prefixRequired ?? false;
}
