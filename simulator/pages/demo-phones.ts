import type { Prng } from './prng';

/**
 * Phone number formats of the demo CRM. Every generated number is in a range that
 * libphonenumber-js treats as valid (min and max metadata; demo-contacts.test.ts checks), and
 * where a country reserves numbers for fiction the generator stays inside them (US 555-01xx, London 020 7946 0xxx, Paris
 * 01 99 00 xx xx, Australia 02/03 5550 xxxx and 0491 570 xxx). The UK drama mobile range
 * 07700 900xxx is NOT used: libphonenumber-js rejects it as invalid, so 07700 1xxxxx stands in.
 */
export type Region = 'US' | 'CA' | 'IN' | 'GB' | 'DE' | 'FR' | 'AU' | 'BR';

export const COUNTRY_CODES: Record<Region, string> = {
  US: '1',
  CA: '1',
  IN: '91',
  GB: '44',
  DE: '49',
  FR: '33',
  AU: '61',
  BR: '55',
};

export const PHONE_FAMILIES = [
  'us-parens',
  'us-dots',
  'us-plus1-dashes',
  'us-tollfree',
  'us-ext-x',
  'us-ext-word',
  'ca-parens',
  'ca-plus1-spaces',
  'in-plus91-mobile',
  'in-trunk-mobile',
  'in-plus91-landline',
  'uk-plus44-london',
  'uk-trunk-london',
  'uk-mobile',
  'uk-plus44-mobile',
  'de-plus49',
  'de-national-slash',
  'de-mobile',
  'fr-plus33',
  'fr-national',
  'fr-mobile',
  'au-plus61',
  'au-national',
  'au-mobile',
  'br-plus55-mobile',
  'br-national',
] as const;

export type PhoneFamily = (typeof PHONE_FAMILIES)[number];

/** One phone number as it appears on a demo CRM page, with what a detector should make of it. */
export interface DemoPhone {
  /** Exactly the text on the page (extension included). */
  display: string;
  /** The number in E.164, without the extension: what the dialer should be asked to call. */
  e164: string;
  /** Country calling code, the seed's `phone_code` (e.g. '1', '91'). */
  countryCode: string;
  /** National significant number, the seed's `phone_number` (no trunk 0). */
  nationalNumber: string;
  /** The country whose rules read `display` (matters for national formats such as 020 ...). */
  region: Region;
  family: PhoneFamily;
  extension: string | null;
  /** Set when the page wraps the number in an existing `tel:` link. */
  telHref: string | null;
}

interface Made {
  display: string;
  national: string;
  extension?: string;
}

interface FamilySpec {
  region: Region;
  /** Whether the format can stand in a Mobile column (NANP numbers do not tell). */
  mobile: boolean;
  make(rng: Prng, area: string): Made;
}

/** US/Canada fictional line numbers: 555-0100 to 555-0199. */
const nanpLine = (rng: Prng) => `01${rng.digits(2)}`;
const ext = (rng: Prng) => String(rng.int(1, 9)) + rng.digits(rng.int(1, 3));
// Indian mobile prefixes checked valid with libphonenumber-js; the last five digits vary.
const IN_MOBILE_PREFIXES = ['98765', '99887', '97123', '70123', '81234', '90040', '94140', '88001'];
const inMobile = (rng: Prng) => rng.pick(IN_MOBILE_PREFIXES) + rng.digits(5);

const FAMILIES: Record<PhoneFamily, FamilySpec> = {
  'us-parens': nanp('US', (a, l) => `(${a}) 555-${l}`),
  'us-dots': nanp('US', (a, l) => `${a}.555.${l}`),
  'us-plus1-dashes': nanp('US', (a, l) => `+1 ${a}-555-${l}`),
  'us-tollfree': {
    region: 'US',
    mobile: false,
    make(rng) {
      const tf = rng.pick(['800', '888', '877']);
      const l = nanpLine(rng);
      return { display: `1-${tf}-555-${l}`, national: `${tf}555${l}` };
    },
  },
  'us-ext-x': {
    region: 'US',
    mobile: false,
    make(rng, a) {
      const l = nanpLine(rng);
      const x = ext(rng);
      return { display: `(${a}) 555-${l} x${x}`, national: `${a}555${l}`, extension: x };
    },
  },
  'us-ext-word': {
    region: 'US',
    mobile: false,
    make(rng, a) {
      const l = nanpLine(rng);
      const x = ext(rng);
      return { display: `${a}-555-${l} ext. ${x}`, national: `${a}555${l}`, extension: x };
    },
  },
  'ca-parens': nanp('CA', (a, l) => `(${a}) 555-${l}`),
  'ca-plus1-spaces': nanp('CA', (a, l) => `+1 ${a} 555 ${l}`),
  'in-plus91-mobile': simple('IN', true, (rng) => {
    const m = inMobile(rng);
    return { display: `+91 ${m.slice(0, 5)} ${m.slice(5)}`, national: m };
  }),
  'in-trunk-mobile': simple('IN', true, (rng) => {
    const m = inMobile(rng);
    return { display: `0${m.slice(0, 5)} ${m.slice(5)}`, national: m };
  }),
  'in-plus91-landline': simple('IN', false, (rng, a) => {
    const sub = `2${rng.digits(7)}`;
    return { display: `+91-${a}-${sub.slice(0, 4)}-${sub.slice(4)}`, national: a + sub };
  }),
  'uk-plus44-london': simple('GB', false, (rng) => {
    const d = rng.digits(3);
    return { display: `+44 20 7946 0${d}`, national: `2079460${d}` };
  }),
  'uk-trunk-london': simple('GB', false, (rng) => {
    const d = rng.digits(3);
    return { display: `020 7946 0${d}`, national: `2079460${d}` };
  }),
  'uk-mobile': simple('GB', true, (rng) => {
    const d = rng.digits(5);
    return { display: `07700 1${d}`, national: `77001${d}` };
  }),
  'uk-plus44-mobile': simple('GB', true, (rng) => {
    const d = rng.digits(5);
    return { display: `+44 7700 1${d}`, national: `77001${d}` };
  }),
  'de-plus49': simple('DE', false, (rng) => {
    const sub = String(rng.int(2, 9)) + rng.digits(7);
    return { display: `+49 30 ${sub.slice(0, 4)} ${sub.slice(4)}`, national: `30${sub}` };
  }),
  'de-national-slash': simple('DE', false, (rng) => {
    const sub = String(rng.int(2, 9)) + rng.digits(7);
    return { display: `030/${sub}`, national: `30${sub}` };
  }),
  'de-mobile': simple('DE', true, (rng) => {
    const sub = rng.digits(8);
    return { display: `0151 ${sub.slice(0, 4)} ${sub.slice(4)}`, national: `151${sub}` };
  }),
  'fr-plus33': simple('FR', false, (rng) => {
    const a = rng.digits(2);
    const b = rng.digits(2);
    return { display: `+33 1 99 00 ${a} ${b}`, national: `19900${a}${b}` };
  }),
  'fr-national': simple('FR', false, (rng) => {
    const a = rng.digits(2);
    const b = rng.digits(2);
    return { display: `01 99 00 ${a} ${b}`, national: `19900${a}${b}` };
  }),
  'fr-mobile': simple('FR', true, (rng) => {
    const d = rng.digits(6);
    return {
      display: `06 12 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`,
      national: `612${d}`,
    };
  }),
  'au-plus61': simple('AU', false, (rng, a) => {
    const d = rng.digits(4);
    return { display: `+61 ${a} 5550 ${d}`, national: `${a}5550${d}` };
  }),
  'au-national': simple('AU', false, (rng, a) => {
    const d = rng.digits(4);
    return { display: `(0${a}) 5550 ${d}`, national: `${a}5550${d}` };
  }),
  'au-mobile': simple('AU', true, (rng) => {
    const d = rng.digits(3);
    return { display: `0491 570 ${d}`, national: `491570${d}` };
  }),
  'br-plus55-mobile': simple('BR', true, (rng, a) => {
    const d = String(rng.int(6, 9)) + rng.digits(7);
    return { display: `+55 ${a} 9${d.slice(0, 4)}-${d.slice(4)}`, national: `${a}9${d}` };
  }),
  'br-national': simple('BR', false, (rng, a) => {
    const d = rng.digits(7);
    return { display: `(${a}) 3${d.slice(0, 3)}-${d.slice(3)}`, national: `${a}3${d}` };
  }),
};

function nanp(region: Region, format: (area: string, line: string) => string): FamilySpec {
  return {
    region,
    mobile: true,
    make(rng, area) {
      const line = nanpLine(rng);
      return { display: format(area, line), national: `${area}555${line}` };
    },
  };
}

function simple(region: Region, mobile: boolean, make: FamilySpec['make']): FamilySpec {
  return { region, mobile, make };
}

export function familyRegion(family: PhoneFamily): Region {
  return FAMILIES[family].region;
}

/** Families of one country; `mobileOnly` keeps those that can fill a Mobile column. */
export function familiesOf(region: Region, mobileOnly = false): PhoneFamily[] {
  return PHONE_FAMILIES.filter(
    (f) => FAMILIES[f].region === region && (!mobileOnly || FAMILIES[f].mobile),
  );
}

/**
 * Families written in international form (+cc ...), readable whatever the page's country.
 * By naming convention their names hold `-plus<cc>`; a test checks that each display starts with +.
 */
export const INTERNATIONAL_FAMILIES: PhoneFamily[] = PHONE_FAMILIES.filter((f) =>
  f.includes('-plus'),
);

/** `area` is the city's area code; families with their own prefix ignore it. */
export function makePhone(family: PhoneFamily, rng: Prng, area: string): DemoPhone {
  const spec = FAMILIES[family];
  const made = spec.make(rng, area);
  const countryCode = COUNTRY_CODES[spec.region];
  return {
    display: made.display,
    e164: `+${countryCode}${made.national}`,
    countryCode,
    nationalNumber: made.national,
    region: spec.region,
    family,
    extension: made.extension ?? null,
    telHref: null,
  };
}
