// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CONTACTS } from '../messaging/import-messages';
import { guessColumns } from './guess-columns';
import { extractPageContacts, pageContactsTable, readPageContacts } from './page-contacts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('extractPageContacts', () => {
  it('reads each number in a contacts table with the name fields of its row', () => {
    const doc = page(`<table>
      <thead><tr><th>Name</th><th>Company</th><th>City</th><th>Phone</th><th>Mobile</th><th>Order #</th></tr></thead>
      <tbody>
        <tr><td><a href="/c/1">Ada Lovelace</a></td><td>Analytical Ltd</td><td>London</td>
            <td><a href="tel:+442079460958">020 7946 0958</a></td><td>(415) 555-0134</td><td>4155550199</td></tr>
        <tr><td>Grace Hopper</td><td>Navy</td><td>Arlington</td><td>—</td><td>+1 650 253 0000</td><td>1</td></tr>
      </tbody></table>`);
    expect(extractPageContacts(doc, 'US')).toEqual([
      {
        e164: '+442079460958',
        phoneCode: '44',
        phoneNumber: '2079460958',
        foundIn: 'Phone',
        name: 'Ada Lovelace',
        company: 'Analytical Ltd',
        city: 'London',
      },
      {
        e164: '+14155550134',
        phoneCode: '1',
        phoneNumber: '4155550134',
        foundIn: 'Mobile',
        name: 'Ada Lovelace',
        company: 'Analytical Ltd',
        city: 'London',
      },
      {
        e164: '+16502530000',
        phoneCode: '1',
        phoneNumber: '6502530000',
        foundIn: 'Mobile',
        name: 'Grace Hopper',
        company: 'Navy',
        city: 'Arlington',
      },
    ]);
  });

  it('reads first and last name columns and list items', () => {
    const doc = page(`<table><tr><th>First</th><th>Last</th><th>Email</th><th>Tel</th></tr>
      <tr><td>Ada</td><td>Lovelace</td><td>ada@example.com</td><td>415-555-0134</td></tr></table>
      <ul><li><strong>Support desk</strong> call 650-253-0000 <a href="mailto:help@example.com">mail</a></li>
      <li>No number here</li></ul>`);
    expect(extractPageContacts(doc, 'US')).toEqual([
      expect.objectContaining({
        e164: '+14155550134',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
      }),
      {
        e164: '+16502530000',
        phoneCode: '1',
        phoneNumber: '6502530000',
        foundIn: 'list',
        name: 'Support desk',
        email: 'help@example.com',
      },
    ]);
  });

  it('past the limit, counts the numbers it leaves out', () => {
    const items = Array.from(
      { length: MAX_PAGE_CONTACTS + 3 },
      (_, i) =>
        `<li>+1 415 ${200 + Math.floor(i / 10_000)} ${String(i % 10_000).padStart(4, '0')}</li>`,
    );
    const { contacts, left } = readPageContacts(page(`<ul>${items.join('')}</ul>`), 'US');
    expect(contacts).toHaveLength(MAX_PAGE_CONTACTS);
    expect(left).toBe(3);
  });

  it('turns the contacts into a table whose columns the import page guesses', () => {
    const doc = page(`<table><tr><th>Name</th><th>Phone</th></tr>
      <tr><td>Ada Lovelace</td><td>415-555-0134</td></tr></table>`);
    const table = pageContactsTable(extractPageContacts(doc, 'US'));
    expect(table).toEqual([
      ['Name', 'Phone', 'Found in'],
      ['Ada Lovelace', '+14155550134', 'Phone'],
    ]);
    expect(guessColumns(table[0] ?? [], 'leads')).toEqual(['full_name', 'phone_number', '']);
  });
});
