import type { DemoNegative, NegativeKind } from './demo-negatives';
import * as neg from './demo-negatives';
import {
  type DemoPhone,
  familiesOf,
  familyRegion,
  INTERNATIONAL_FAMILIES,
  makePhone,
  PHONE_FAMILIES,
  type PhoneFamily,
  type Region,
} from './demo-phones';
import { CITIES, COMPANIES, type DemoCity, FIRST_NAMES, LAST_NAMES } from './demo-places';
import { Prng } from './prng';

export type { DemoNegative, NegativeKind } from './demo-negatives';
export { NEGATIVE_KINDS } from './demo-negatives';
export type { DemoPhone, PhoneFamily, Region } from './demo-phones';
export { COUNTRY_CODES, PHONE_FAMILIES } from './demo-phones';

/**
 * The demo CRM's contacts and their ground truth: which numbers a phone detector must find in
 * each row (and what they are in E.164), and which digit runs it must leave alone. Every digit
 * on a row's visible text belongs to one or the other, so a test can count both misses and
 * false positives.
 */
export interface DemoContact {
  id: number;
  firstName: string;
  lastName: string;
  fullName: string;
  company: string;
  city: string;
  /** The contact's country: the one to read national formats on this row with. */
  region: Region;
  postalCode: string;
  email: string;
  phone: DemoPhone;
  mobile: DemoPhone | null;
  /** The Order # column. */
  orderNumber: string;
  /** The Last contact column: a date and a time. */
  lastContact: string;
  notes: string;
  /** Numbers inside `notes`, in the order they appear. */
  notePhones: DemoPhone[];
  /** Every hard negative on the row (postal code, order number, last contact, notes). */
  negatives: DemoNegative[];
  /** Every number on the row in page order (phone, mobile, notes): what a detector must find. */
  expectedE164: string[];
}

export const DEMO_CONTACT_COUNT = 300;
const SEED = 20240315;

type NotePart = string | { phone: true } | { negative: (rng: Prng) => DemoNegative };

const n =
  (kind: NegativeKind, make: (rng: Prng) => string) =>
  (rng: Prng): DemoNegative => ({ kind, text: make(rng) });
const P = { phone: true } as const;
const order = { negative: n('order-number', neg.orderNumber) };
const isoDate = { negative: n('date-iso', neg.isoDate) };
const dmyDate = { negative: n('date-dmy', neg.dmyDate) };
const time = { negative: n('time', neg.time) };
const price = { negative: n('price', neg.price) };
const invoice = { negative: n('invoice-number', neg.invoiceNumber) };
const years = { negative: n('year-range', neg.yearRange) };
const card = { negative: n('card-number', neg.cardNumber) };
const ip = { negative: n('ip-address', neg.ipAddress) };
const version = { negative: n('version', neg.version) };
const tracking = { negative: n('tracking-number', neg.trackingNumber) };
const year = { negative: n('year', (rng) => String(rng.int(2005, 2020))) };
const qty = { negative: n('quantity', neg.quantity) };

/** Note templates; a postal code slot is filled with the contact's own postal code. */
const NOTE_TEMPLATES: readonly (readonly NotePart[])[] = [
  ['Called ', isoDate, ' at ', time, '; asked us to use ', P, ' going forward.'],
  ['Order #', order, ' shipped ', dmyDate, '. Invoice ', invoice, ' for ', price, ' still open.'],
  ['Prefers email. Contract ', years, ', renewal quote ', price, '.'],
  ['Backup line ', P, ', assistant ', P, '. Card on file ', card, ' (expired).'],
  ['VPN issue: server ', ip, ', client ', version, '. Ticket closed ', dmyDate, '.'],
  ['Left voicemail ', isoDate, ' ', time, '. Call back on ', P, '.'],
  ['Parcel ', tracking, ' delivered; ', price, ' refunded on ', isoDate, '.'],
  ['No direct line, use the switchboard. Customer since ', year, '.'],
  ['Mobile ', P, ' (WhatsApp). Met at the ', years, ' summit.'],
  ['Quote ', invoice, ': ', qty, ' units at ', price, ' each, valid until ', dmyDate, '.'],
  ['Call ', P, ' between ', time, ' and ', time, ' only.'],
  [''],
];

export function demoContacts(): DemoContact[] {
  const rng = new Prng(SEED);
  const contacts: DemoContact[] = [];
  for (let id = 1; id <= DEMO_CONTACT_COUNT; id++) contacts.push(makeContact(id, rng));
  return contacts;
}

export function demoContact(id: number): DemoContact | undefined {
  return demoContacts().find((c) => c.id === id);
}

function makeContact(id: number, rng: Prng): DemoContact {
  // Round robin over the families so that every format is on the page many times.
  const family = PHONE_FAMILIES[(id - 1) % PHONE_FAMILIES.length] ?? 'us-parens';
  const region = familyRegion(family);
  const place = rng.pick(CITIES.filter((c) => c.region === region));
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const company = rng.pick(COMPANIES);
  const postalCode = rng.pick(place.postalCodes);

  const phone = makePhone(family, rng, place.area);
  if (id % 7 === 3)
    phone.telHref = `tel:${phone.e164}${phone.extension ? `;ext=${phone.extension}` : ''}`;
  // Some CRMs write the number as typed into the href, trunk 0 and all.
  else if (id % 13 === 5)
    phone.telHref = `tel:${phone.display.replace(/ (x|ext\. )\d+$/, '').replace(/[^\d+]/g, '')}`;
  const mobile = rng.chance(0.55)
    ? makePhone(rng.pick(familiesOf(region, true)), rng, place.area)
    : null;
  if (mobile && id % 9 === 4) mobile.telHref = `tel:${mobile.e164}`;

  const negatives: DemoNegative[] = [{ kind: 'postal-code', text: postalCode }];
  const orderNumber = neg.orderNumber(rng);
  negatives.push({ kind: 'order-number', text: orderNumber });
  const date = rng.chance(0.5) ? isoDate.negative(rng) : dmyDate.negative(rng);
  const at = time.negative(rng);
  negatives.push(date, at);

  const notes = makeNotes(rng, region, place);
  negatives.push(...notes.negatives);
  return {
    id,
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    company,
    city: place.city,
    region,
    postalCode,
    email: `${slug(firstName)}.${slug(lastName)}@${slug(company).replace(/-(llp|co|gmbh|sarl|pty|ltda|pvt-ltd)$/, '')}.example`,
    phone,
    mobile,
    orderNumber,
    lastContact: `${date.text} ${at.text}`,
    notes: notes.text,
    notePhones: notes.phones,
    negatives,
    expectedE164: [phone, mobile, ...notes.phones].flatMap((p) => (p ? [p.e164] : [])),
  };
}

function makeNotes(rng: Prng, region: Region, place: DemoCity) {
  const template = rng.pick(NOTE_TEMPLATES);
  let text = '';
  const phones: DemoPhone[] = [];
  const negatives: DemoNegative[] = [];
  for (const part of template) {
    if (typeof part === 'string') {
      text += part;
    } else if ('phone' in part) {
      // A note number is in the contact's own country, or written internationally.
      const family: PhoneFamily = rng.chance(0.7)
        ? rng.pick(familiesOf(region))
        : rng.pick(INTERNATIONAL_FAMILIES);
      const phone = makePhone(
        family,
        rng,
        familyRegion(family) === region ? place.area : areaOf(family),
      );
      phones.push(phone);
      text += phone.display;
    } else {
      const negative = part.negative(rng);
      negatives.push(negative);
      text += negative.text;
    }
  }
  return { text, phones, negatives };
}

/** A city's area code for a foreign number in a note: the first city of that country. */
function areaOf(family: PhoneFamily): string {
  const region = familyRegion(family);
  return CITIES.find((c) => c.region === region)?.area ?? '';
}

/** Lower-case ASCII for e-mail addresses: accents folded, apostrophes and symbols dropped. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
