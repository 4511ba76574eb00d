import { MAX_PAGE_CONTACTS } from '../messaging/import-messages';
import { findPhoneNumbers, parseTelHref } from '../phone';
import type { CountryCode, FoundPhoneNumber } from '../phone/types';

/** One number found on a CRM page, with the name fields of the row it is on. */
export interface PageContact {
  e164: string;
  phoneCode: string;
  phoneNumber: string;
  /** The column header (or "list") the number was found under. */
  foundIn: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  email?: string;
  city?: string;
  postalCode?: string;
}

type NameField = 'name' | 'firstName' | 'lastName' | 'company' | 'email' | 'city' | 'postalCode';

/** Column headers that name a contact's fields, in the words CRMs use. */
const HEADER_FIELDS: readonly [RegExp, NameField][] = [
  [/^(first|first name|given name|forename)$/, 'firstName'],
  [/^(last|last name|surname|family name)$/, 'lastName'],
  [/^(name|full name|contact|contact name|lead name|lead|customer|person)$/, 'name'],
  [/^(company|company name|account|account name|organi[sz]ation|business)$/, 'company'],
  [/^(e ?mail|e ?mail address)$/, 'email'],
  [/^(city|town)$/, 'city'],
  [/^(zip|zip code|postal code|postcode|post code)$/, 'postalCode'],
];

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function headerField(header: string): NameField | undefined {
  const name = header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return HEADER_FIELDS.find(([pattern]) => pattern.test(name))?.[1];
}

/** Numbers in an element: its tel:/callto: links, else what findPhoneNumbers reads in its text. */
function numbersIn(element: Element, country: CountryCode, header?: string): FoundPhoneNumber[] {
  const links = [...element.querySelectorAll('a[href^="tel:" i], a[href^="callto:" i]')]
    .map((link) => parseTelHref(link.getAttribute('href') ?? '', country))
    .filter((found): found is FoundPhoneNumber => found !== null);
  if (links.length > 0) return links;
  return findPhoneNumbers(clean(element.textContent), {
    defaultCountry: country,
    context: header ? { header } : undefined,
  });
}

// Selectors rather than table.rows / tHead: a nested table's rows stay with that table.
const rowsOf = (table: Element) =>
  table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr');
const cellsOf = (row: Element) => [...row.querySelectorAll(':scope > td, :scope > th')];

function tableHeaders(table: Element): string[] {
  const rows = [...rowsOf(table)];
  const headRow =
    table.querySelector(':scope > thead > tr:last-child') ??
    rows.find((row) => row.querySelector('th') && !row.querySelector('td'));
  return headRow ? cellsOf(headRow).map((cell) => clean(cell.textContent)) : [];
}

/**
 * Reads the contacts on a CRM page: every phone number in table rows and list items, each with
 * the name, company, email, city and postal code cells of its row (found by column header).
 * Plain data out; the page itself is only read, never changed.
 */
export function extractPageContacts(root: ParentNode, defaultCountry: string): PageContact[] {
  return readPageContacts(root, defaultCountry).contacts;
}

/** The contacts, at most MAX_PAGE_CONTACTS, and how many more numbers were left out. */
export function readPageContacts(
  root: ParentNode,
  defaultCountry: string,
): { contacts: PageContact[]; left: number } {
  const country = defaultCountry as CountryCode;
  const contacts: PageContact[] = [];
  let left = 0;
  const add = (found: FoundPhoneNumber[], foundIn: string, fields: Partial<PageContact>) => {
    const seen = new Set<string>();
    for (const number of found) {
      if (seen.has(number.e164)) continue;
      seen.add(number.e164);
      // Counted, never dropped without a word: the page says how many were left out.
      if (contacts.length >= MAX_PAGE_CONTACTS) {
        left += 1;
        continue;
      }
      contacts.push({
        e164: number.e164,
        phoneCode: number.countryCallingCode,
        phoneNumber: number.nationalNumber,
        foundIn,
        ...fields,
      });
    }
  };

  for (const table of root.querySelectorAll('table')) {
    const headers = tableHeaders(table);
    for (const row of rowsOf(table)) {
      if (!row.querySelector(':scope > td')) continue;
      const fields: Partial<PageContact> = {};
      const cells = cellsOf(row);
      cells.forEach((cell, index) => {
        const field = headerField(headers[index] ?? '');
        const text = clean(cell.textContent);
        if (field && text && fields[field] === undefined) fields[field] = text;
      });
      for (const [index, cell] of cells.entries()) {
        const header = headers[index] ?? '';
        if (headerField(header)) continue;
        add(numbersIn(cell, country, header || undefined), header || 'table', fields);
      }
    }
  }

  for (const item of root.querySelectorAll('li')) {
    if (item.closest('table') || item.querySelector('li')) continue;
    const found = numbersIn(item, country);
    if (found.length === 0) continue;
    const label = item.querySelector('a:not([href^="tel:"]), strong, b, [class*="name" i]');
    const name = clean(label?.textContent);
    const email = item.querySelector('a[href^="mailto:" i]')?.getAttribute('href')?.slice(7);
    add(found, 'list', {
      ...(name && !/\d{3}/.test(name) ? { name } : {}),
      ...(email ? { email } : {}),
    });
  }
  return { contacts, left };
}

/** The page contacts as a table the import page maps like a CSV (only columns with values). */
export function pageContactsTable(contacts: readonly PageContact[]): string[][] {
  const columns: [string, (contact: PageContact) => string][] = [
    ['Name', (c) => c.name ?? ''],
    ['First Name', (c) => c.firstName ?? ''],
    ['Last Name', (c) => c.lastName ?? ''],
    ['Company', (c) => c.company ?? ''],
    ['Email', (c) => c.email ?? ''],
    ['City', (c) => c.city ?? ''],
    ['Postal Code', (c) => c.postalCode ?? ''],
    ['Phone', (c) => c.e164],
    ['Found in', (c) => c.foundIn],
  ];
  const used = columns.filter(
    ([header, value]) => header === 'Phone' || contacts.some((contact) => value(contact) !== ''),
  );
  return [
    used.map(([header]) => header),
    ...contacts.map((contact) => used.map(([, value]) => value(contact))),
  ];
}
