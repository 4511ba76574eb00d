import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type CountryCode,
  findPhoneNumbersInText,
  getCountries,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { describe, expect, it, vi } from 'vitest';
import { keepLastLeadingDigits, metadataAsJson } from './metadata-as-json';

const full = metadata as unknown as MetadataJson;
const lean = keepLastLeadingDigits(metadata) as unknown as MetadataJson;

/** Each country's example number with its first two digits replaced by 00-99: most of its
 * number types and formats, valid or not. */
function variants(country: CountryCode): string[] {
  const example = (examples as Record<string, string>)[country];
  if (!example) return [];
  const out = [example];
  for (let n = 0; n < 100; n++) out.push(String(n).padStart(2, '0') + example.slice(2));
  return out;
}

/** Everything the finder and the call buttons read of a number. */
function readWith(meta: MetadataJson, text: string, country: CountryCode) {
  const number = parsePhoneNumberFromString(text, country, meta);
  if (!number) return null;
  return {
    e164: number.number,
    valid: number.isValid(),
    type: number.getType(),
    national: number.formatNational(),
    international: number.formatInternational(),
  };
}

// Some 24,000 numbers read twice: seconds of work, more on a busy two-core machine.
describe('keepLastLeadingDigits', { timeout: 60_000 }, () => {
  it('keeps each format’s last leading-digits pattern and nothing else changes', () => {
    const plans = (m: MetadataJson): Record<string, unknown[]> => ({
      ...m.countries,
      ...m.nonGeographic,
    });
    let trimmed = 0;
    for (const [id, plan] of Object.entries(plans(full))) {
      const leanPlan = plans(lean)[id] as unknown[];
      const formats = (plan as unknown[])[4];
      if (!Array.isArray(formats)) continue;
      for (const [i, format] of (formats as unknown[][]).entries()) {
        const leanFormat = (leanPlan[4] as unknown[][])[i] as unknown[];
        const patterns = format[2] as string[] | undefined;
        expect(leanFormat[2]).toEqual(
          patterns && patterns.length > 1 ? patterns.slice(-1) : patterns,
        );
        if (patterns && patterns.length > 1) trimmed++;
        expect([...leanFormat.slice(0, 2), ...leanFormat.slice(3)]).toEqual([
          ...format.slice(0, 2),
          ...format.slice(3),
        ]);
      }
      expect([...leanPlan.slice(0, 4), ...leanPlan.slice(5)]).toEqual([
        ...(plan as unknown[]).slice(0, 4),
        ...(plan as unknown[]).slice(5),
      ]);
    }
    expect(trimmed).toBeGreaterThan(0);
    expect(lean.country_calling_codes).toEqual(full.country_calling_codes);
    // The input is not changed.
    expect(JSON.stringify(metadata)).not.toEqual(JSON.stringify(lean));
  });

  it('reads every country’s numbers the same: validity, type, national and international format', () => {
    let valid = 0;
    for (const country of getCountries(full)) {
      for (const digits of variants(country)) {
        const before = readWith(full, digits, country);
        expect(readWith(lean, digits, country), `${country} ${digits}`).toEqual(before);
        if (!before?.valid) continue;
        valid++;
        // Written as people write them, national and international, it reads the same again.
        for (const written of [before.national, before.international])
          expect(readWith(lean, written, country), `${country} ${written}`).toEqual(
            readWith(full, written, country),
          );
      }
    }
    expect(valid).toBeGreaterThan(5000);
  });

  // findPhoneNumbersInText's leniency is VALID, the one our finder uses.
  it('finds the same numbers in text', () => {
    for (const country of getCountries(full)) {
      const text = variants(country)
        .map((digits) => readWith(full, digits, country))
        .filter((read) => read?.valid)
        .map((read, i) => (i % 2 ? read?.national : read?.international))
        .join(' or ');
      const find = (meta: MetadataJson) =>
        findPhoneNumbersInText(text, { defaultCountry: country }, meta).map(
          (found) => `${found.startsAt}-${found.endsAt} ${found.number.number}`,
        );
      expect(find(lean), country).toEqual(find(full));
    }
  });
});

describe('metadataAsJson', () => {
  it('builds the metadata module the bundles use: the lean metadata, parsed on first use only', () => {
    // The module the max build imports, next to the JSON file the plugin reads.
    const json = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.max.json');
    const id = join(dirname(json), 'metadata.max.json.js');
    const load = metadataAsJson().load as (this: unknown, id: string) => string | null;
    const code = load.call({ error: (message: string) => expect.fail(message) }, id);
    if (!code) throw new Error('the plugin left the metadata module alone');
    expect(load.call({}, '/elsewhere/metadata.max.json.js')).toBeNull();
    const parse = vi.spyOn(JSON, 'parse');
    // The module's text, run as a function body: `export default` becomes its return value.
    const built = new Function(code.replace('export default', 'return'))() as MetadataJson;
    expect(parse).not.toHaveBeenCalled();
    expect(built.countries).toEqual(lean.countries);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(built.country_calling_codes).toEqual(full.country_calling_codes);
    expect(built.nonGeographic).toEqual(lean.nonGeographic);
    expect((built as unknown as { version: unknown }).version).toBe(
      (metadata as { version: unknown }).version,
    );
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
