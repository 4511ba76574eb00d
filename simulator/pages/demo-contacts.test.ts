import { parsePhoneNumberFromString as parseMin } from 'libphonenumber-js';
import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import { describe, expect, it, vi } from 'vitest';
import {
  COUNTRY_CODES,
  DEMO_CONTACT_COUNT,
  type DemoContact,
  type DemoPhone,
  demoContacts,
  NEGATIVE_KINDS,
  PHONE_FAMILIES,
} from './demo-contacts';
import { INTERNATIONAL_FAMILIES } from './demo-phones';

const contacts = demoContacts();
const phonesOf = (c: DemoContact): DemoPhone[] =>
  [c.phone, c.mobile, ...c.notePhones].filter((p): p is DemoPhone => p !== null);
const allPhones = contacts.flatMap(phonesOf);
const digits = (text: string) => text.replace(/\D/g, '');
/** The row's visible text, cell by cell, as the contacts table shows it. */
const rowCells = (c: DemoContact) => [
  c.fullName,
  c.company,
  c.city,
  c.postalCode,
  c.phone.display,
  c.mobile?.display ?? '',
  c.orderNumber,
  c.lastContact,
  c.notes,
];

describe('demoContacts', () => {
  it('is deterministic and never uses Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    expect(demoContacts()).toEqual(contacts);
    expect(random).not.toHaveBeenCalled();
    // Pinned values: a change here means every ground-truth consumer sees new data.
    expect(contacts[0]?.phone.display).toBe('(312) 555-0154');
    expect(contacts[0]?.phone.e164).toBe('+13125550154');
  });

  it('has at least 300 rows with ids 1..n', () => {
    expect(contacts.length).toBe(DEMO_CONTACT_COUNT);
    expect(contacts.length).toBeGreaterThanOrEqual(300);
    expect(contacts.map((c) => c.id)).toEqual(contacts.map((_, i) => i + 1));
  });

  it('shows every phone format family in the Phone column, several times', () => {
    for (const family of PHONE_FAMILIES) {
      expect(contacts.filter((c) => c.phone.family === family).length).toBeGreaterThanOrEqual(5);
    }
    expect(contacts.some((c) => c.mobile !== null)).toBe(true);
    expect(contacts.some((c) => c.notePhones.length >= 2)).toBe(true);
  });

  it('places every kind of hard negative, several times', () => {
    const kinds = contacts.flatMap((c) => c.negatives.map((n) => n.kind));
    for (const kind of NEGATIVE_KINDS) {
      expect(kinds.filter((k) => k === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  it('has consistent E.164 ground truth for every number', () => {
    for (const p of allPhones) {
      expect(p.e164).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(p.e164).toBe(`+${p.countryCode}${p.nationalNumber}`);
      expect(p.countryCode).toBe(COUNTRY_CODES[p.region]);
      // The national number's digits are on the page, in one piece once separators go.
      expect(digits(p.display)).toContain(p.nationalNumber);
      if (INTERNATIONAL_FAMILIES.includes(p.family)) {
        expect(
          p.display.startsWith(`+${p.countryCode} `) || p.display.startsWith(`+${p.countryCode}-`),
        ).toBe(true);
        expect(digits(p.display)).toContain(digits(p.e164));
      } else {
        expect(p.display.startsWith('+')).toBe(false);
      }
      if (p.extension) expect(p.display.endsWith(p.extension)).toBe(true);
      else expect(p.display).not.toMatch(/x\d|ext/);
    }
  });

  it('lists the row numbers in page order and the notes numbers in the notes', () => {
    for (const c of contacts) {
      expect(c.expectedE164).toEqual(phonesOf(c).map((p) => p.e164));
      let from = 0;
      for (const p of c.notePhones) {
        const at = c.notes.indexOf(p.display, from);
        expect(at, `${c.id}: ${p.display}`).toBeGreaterThanOrEqual(0);
        from = at + p.display.length;
      }
    }
  });

  it('accounts for every digit on a row: a phone number or a listed negative', () => {
    for (const c of contacts) {
      let text = rowCells(c).join(' | ');
      for (const p of phonesOf(c)) text = text.replace(p.display, ' ');
      for (const n of c.negatives) {
        expect(text, `${c.id}: ${n.kind} ${n.text}`).toContain(n.text);
        text = text.replace(n.text, ' ');
      }
      expect(text, `row ${c.id}`).not.toMatch(/\d/);
    }
  });

  it('wraps some numbers in existing tel: links that dial the same number', () => {
    const linked = allPhones.filter((p) => p.telHref !== null);
    expect(linked.length).toBeGreaterThanOrEqual(30);
    for (const p of linked) {
      expect(p.telHref).toMatch(/^tel:\+?\d+(;ext=\d+)?$/);
      expect(digits(p.telHref?.split(';')[0] ?? '')).toContain(p.nationalNumber);
    }
  });

  it('covers the required national formats word for word', () => {
    const displays = allPhones.map((p) => p.display);
    const shapes: [string, RegExp][] = [
      ['US (415) 555-0134', /^\(\d{3}\) 555-01\d\d$/],
      ['US 415.555.0134', /^\d{3}\.555\.01\d\d$/],
      ['US +1 415-555-0134', /^\+1 \d{3}-555-01\d\d$/],
      ['US 1-800-555-0199', /^1-8(00|88|77)-555-01\d\d$/],
      ['US x123', / x\d+$/],
      ['US ext. 45', / ext\. \d+$/],
      ['IN +91 98765 43210', /^\+91 \d{5} \d{5}$/],
      ['IN 098765 43210', /^0\d{5} \d{5}$/],
      ['IN +91-22-2345-6789', /^\+91-\d\d-\d{4}-\d{4}$/],
      ['UK +44 20 7946 0958', /^\+44 20 7946 0\d{3}$/],
      ['UK 020 7946 0958', /^020 7946 0\d{3}$/],
      ['UK 07700 1xxxxx', /^07700 1\d{5}$/],
    ];
    for (const [name, shape] of shapes) {
      expect(
        displays.some((d) => shape.test(d)),
        name,
      ).toBe(true);
    }
  });
});

describe('demoContacts against libphonenumber-js', () => {
  // Both metadata sets: "max" checks number ranges, the default "min" mostly lengths.
  it.each([
    ['max', parseMax],
    ['min', parseMin],
  ])('%s metadata reads every display as valid, with the expected E.164', (_, parse) => {
    for (const p of allPhones) {
      const parsed = parse(p.display, p.region);
      expect(parsed?.isValid(), p.display).toBe(true);
      expect(parsed?.number, p.display).toBe(p.e164);
      expect(parsed?.ext ?? null, p.display).toBe(p.extension);
    }
  });

  it('rejects the UK drama mobile range, which is why 07700 1xxxxx stands in', () => {
    expect(parseMax('07700 900123', 'GB')?.isValid()).toBe(false);
  });
});
