import fc from 'fast-check';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers';
import type { CountryCode, FoundPhoneNumber, PhoneContext } from './types';

const find = (text: string, defaultCountry: CountryCode, context?: PhoneContext) =>
  findPhoneNumbers(text, { defaultCountry, context });
const raws = (found: FoundPhoneNumber[]) => found.map((number) => number.raw);

describe('findPhoneNumbers', () => {
  it('returns the exact span, E.164 form, calling code and national number', () => {
    const text = 'Call (415) 555-0134 x12 today';
    expect(find(text, 'US')).toEqual([
      {
        start: 5,
        end: 23,
        raw: '(415) 555-0134 x12',
        e164: '+14155550134',
        extension: '12',
        countryCallingCode: '1',
        nationalNumber: '4155550134',
        international: '+1 415 555 0134',
        country: 'US',
      },
    ]);
  });

  it.each([
    ['US', '(415) 555-0134', '1', '4155550134'],
    ['CA', '(416) 555-0199', '1', '4165550199'],
    ['IN', '098765 43210', '91', '9876543210'],
    ['GB', '020 7946 0958', '44', '2079460958'],
    ['DE', '030 12345678', '49', '3012345678'],
    ['FR', '01 23 45 67 89', '33', '123456789'],
    ['AU', '(02) 9876 5432', '61', '298765432'],
    ['BR', '(11) 98765-4321', '55', '11987654321'],
  ] as const)(
    'gives the seed its phone_code and a national number without trunk prefix (%s)',
    (country, written, code, national) => {
      const [found] = find(written, country);
      expect(found?.countryCallingCode).toBe(code);
      expect(found?.nationalNumber).toBe(national);
    },
  );

  describe('lists', () => {
    it.each([
      '415-555-0134, 212-555-0187',
      '415-555-0134,212-555-0187',
      '415-555-0134; 212-555-0187',
      '415-555-0134;212-555-0187',
    ])('reads "%s" as two numbers, not one with an extension', (text) => {
      const found = find(text, 'US');
      expect(raws(found)).toEqual(['415-555-0134', '212-555-0187']);
      expect(found.every((number) => number.extension === undefined)).toBe(true);
    });

    it('keeps each extension with its own number in a list', () => {
      const found = find('415-555-0134 x12; 415-555-0199 ext. 13', 'US');
      expect(found.map(({ e164, extension }) => [e164, extension])).toEqual([
        ['+14155550134', '12'],
        ['+14155550199', '13'],
      ]);
    });
  });

  describe('extensions', () => {
    it.each([
      ['212-736-5000 x4521', '4521'],
      ['(646) 555-0188 ext. 12', '12'],
      ['312-555-0147 extension 3', '3'],
      ['(415) 555-0134 #12', '12'],
      ['415-555-0134;ext=77', '77'],
    ])('reads the extension of "%s"', (text, extension) => {
      const [found] = find(text, 'US');
      expect(found?.raw).toBe(text);
      expect(found?.extension).toBe(extension);
    });
  });

  describe('national (trunk) prefix, as Google checks it', () => {
    it.each([
      ['GB', '020 7946 0958', '20 7946 0958'],
      ['GB', '07911 123456', '7911 123456'],
      ['DE', '030 12345678', '30 12345678'],
      ['FR', '06 12 34 56 78', '6 12 34 56 78'],
      ['AU', '0412 345 678', '412 345 678'],
    ] as const)('in %s accepts "%s" and refuses "%s"', (country, withPrefix, without) => {
      expect(raws(find(withPrefix, country))).toEqual([withPrefix]);
      expect(find(without, country)).toEqual([]);
    });

    it.each(['98765 43210', '098765 43210', '9876543210'])(
      'accepts an Indian mobile written "%s" (the prefix is optional there)',
      (text) => {
        expect(find(text, 'IN').map((number) => number.e164)).toEqual(['+919876543210']);
      },
    );

    it('accepts US numbers with or without the leading 1 and Brazilian "(11)" area codes', () => {
      expect(raws(find('1-800-555-0199 or 800-555-0199', 'US'))).toEqual([
        '1-800-555-0199',
        '800-555-0199',
      ]);
      expect(raws(find('(11) 98765-4321', 'BR'))).toEqual(['(11) 98765-4321']);
    });

    it('does not ask for a trunk prefix in international format', () => {
      expect(raws(find('+44 20 7946 0958 and +44 (0)20 7946 0958', 'GB'))).toEqual([
        '+44 20 7946 0958',
        '+44 (0)20 7946 0958',
      ]);
    });
  });

  describe('international prefixes', () => {
    it.each([
      ['US', '+44 20 7946 0958'],
      ['US', '011 44 20 7946 0958'],
      ['GB', '0044 20 7946 0958'],
      ['AU', '0011 44 20 7946 0958'],
      // 00 is not the US international prefix, but Europeans write it in US CRMs too.
      ['US', '0044 20 7946 0958'],
    ] as const)('in %s reads "%s" as +44 20 7946 0958', (country, text) => {
      expect(find(text, country).map((number) => number.e164)).toEqual(['+442079460958']);
    });

    it('still finds international numbers when the default country is unknown', () => {
      const found = find('+49 30 12345678 or 030 12345678', 'XX' as CountryCode);
      expect(raws(found)).toEqual(['+49 30 12345678']);
    });
  });

  describe('things that are not phone numbers', () => {
    it.each([
      ['US', '01/15/2023'],
      ['DE', '15.01.2023'],
      ['FR', '2023-01-15T10:30:00Z'],
      ['US', '2023-01-15 10:30:00'],
      ['US', 'Beverly Hills, CA 90210-1234'],
      ['GB', 'London SW1A 1AA'],
      ['US', 'Order #4155550134'],
      ['IN', 'Invoice No. 9876543210'],
      ['US', 'Total: $4155550134'],
      ['IN', '₹ 9876543210'],
      ['US', '192.168.100.200'],
      ['US', '4111 1111 1111 1111'],
      ['US', 'SSN 078-05-1120'],
      ['IN', 'Version 10.2.3.4'],
      ['DE', '2019-2023'],
      ['US', 'USPS 9400 1000 0000 0000 0000 00'],
      ['US', 'INV-4155550134'],
    ] as const)('in %s finds nothing in "%s"', (country, text) => {
      expect(find(text, country)).toEqual([]);
    });
  });

  describe("where Google's inner matching loses a number", () => {
    it('finds the number next to a date, where Google drops both', () => {
      expect(raws(find('01/15/2023 415-555-0134', 'US'))).toEqual(['415-555-0134']);
      expect(raws(find('415-555-0134 2023-01-15 10:30', 'US'))).toEqual(['415-555-0134']);
    });

    it('finds the number after a postcode written with spaces', () => {
      expect(raws(find('San Francisco CA 94103 415 555 0134', 'US'))).toEqual(['415 555 0134']);
    });

    it('finds a number between other short numbers', () => {
      // Came from the property test below: "12 (415) 555-0134 12" found nothing.
      expect(raws(find('12 (415) 555-0134 12', 'US'))).toEqual(['(415) 555-0134']);
    });

    it('does not piece a number together across the groups of an ID', () => {
      expect(find('Sécurité sociale 1 85 05 78 006 084 36', 'FR')).toEqual([]);
    });

    it('leaves the brackets around a whole number out of its span', () => {
      expect(raws(find('Jane (+1 415 555 0134)', 'US'))).toEqual(['+1 415 555 0134']);
      expect(raws(find('Call (020 7946 0958)', 'GB'))).toEqual(['020 7946 0958']);
      expect(raws(find('Call (020) 7946 0958', 'GB'))).toEqual(['(020) 7946 0958']);
    });

    it('keeps the leading 1 when a bracketed note follows the number', () => {
      expect(raws(find('1 (888) 555-0110 (24/7)', 'US'))).toEqual(['1 (888) 555-0110']);
    });
  });

  describe('context', () => {
    it('drops numbers under a label or column header that names a reference', () => {
      for (const header of ['Order #', 'Invoice', 'Ticket', 'ID', '#', 'SKU', 'Account', 'PO']) {
        expect(find('4155550134', 'US', { header })).toEqual([]);
      }
    });

    it('lets a phone label vouch for a number written without its trunk prefix', () => {
      expect(raws(find('7911 123456', 'GB', { header: 'Mobile' }))).toEqual(['7911 123456']);
      expect(raws(find('Tel: 20 7946 0958', 'GB'))).toEqual(['20 7946 0958']);
    });

    it('never lets a phone label make an invalid number valid', () => {
      expect(find('123-456-7890', 'US', { header: 'Phone' })).toEqual([]);
      expect(find('415-555-01', 'US', { label: 'Tel' })).toEqual([]);
    });

    it('prefers the cue written right before the number to the label', () => {
      expect(find('Order #4155550134', 'US', { header: 'Phone' })).toEqual([]);
      expect(raws(find('Tel: 415-555-0134', 'US', { header: 'Order' }))).toEqual(['415-555-0134']);
    });

    it('suppresses only the number a cue stands before', () => {
      expect(raws(find('Order #4155550134, call 415-555-0199', 'US'))).toEqual(['415-555-0199']);
    });
  });

  it("finds libphonenumber's example mobile number of every country with 6 digits or more", () => {
    const missed: string[] = [];
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      for (const written of [example.formatNational(), example.formatInternational()]) {
        if (written.replace(/\D/g, '').length < 6) continue;
        const found = find(`Call ${written} today`, country);
        if (found.length !== 1 || found[0]?.raw !== written || found[0]?.e164 !== example.number) {
          missed.push(`${country} ${written}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('returns spans that slice back to raw, in order and apart, whatever the text', () => {
    const pieces = fc.constantFrom(
      ' ',
      ', ',
      '; ',
      '(',
      ')',
      '+',
      '-',
      '.',
      '/',
      'x',
      'ext.',
      '#',
      'Tel: ',
      'Order #',
      '415',
      '555',
      '0134',
      '020',
      '7946',
      '0958',
      '+44',
      '011',
      '2023-01-15',
      '98765',
      '43210',
      'é',
      '\u00A0',
      '$',
      '%',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 24 }),
        fc.constantFrom<CountryCode>('US', 'CA', 'IN', 'GB', 'DE', 'FR', 'AU', 'BR'),
        (parts, country) => {
          const text = parts.join('');
          const found = find(text, country);
          let previousEnd = 0;
          for (const number of found) {
            expect(text.slice(number.start, number.end)).toBe(number.raw);
            expect(number.start).toBeGreaterThanOrEqual(previousEnd);
            expect(number.e164).toMatch(/^\+\d{7,17}$/);
            expect(number.e164).toBe(`+${number.countryCallingCode}${number.nationalNumber}`);
            previousEnd = number.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a valid number wherever it sits among words that are not cues', () => {
    const words = fc
      .array(fc.constantFrom('lorem', 'ipsum', 'dolor', 'sit', 'amet', 'Jane', 'Doe', '12'), {
        maxLength: 6,
      })
      .map((list) => list.join(' '));
    fc.assert(
      fc.property(words, words, (before, after) => {
        const text = `${before} (415) 555-0134 ${after}`;
        const found = find(text, 'US');
        expect(found.map((number) => number.e164)).toEqual(['+14155550134']);
        expect(found[0]?.start).toBe(before.length + 1);
      }),
    );
  });

  it('returns nothing for texts with fewer than six digits', () => {
    expect(find('Jane Doe, jane@example.com, Suite 12, CA 94103', 'US')).toEqual([]);
  });
});
