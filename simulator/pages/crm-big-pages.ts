import { phoneCell } from './crm-contacts-pages';
import type { CrmRoute } from './crm-context';
import { requireUser } from './crm-session';
import type { DemoContact } from './demo-contacts';
import { html } from './html';
import { sendHtml } from './http-util';
import { crmPage } from './layout';

/**
 * `/crm/big?rows=N`: a plain server-rendered contacts table of N rows for scanning benchmarks,
 * and `&scroll=inner` for the same table in a scrolling container instead of a long page.
 * Row i (0-based) shows demo contact (i mod 300) + 1 with the same columns as /crm/, so the rows
 * repeat the 300 contacts' patterns and the page is the same on every run. Each row carries
 * `data-row` (1..N) and the contact's `data-contact-id`; no other digits are added. GET /__sim/crm/big-truth?rows=N gives its ground truth.
 */

export const DEFAULT_BIG_ROWS = 1000;
export const MAX_BIG_ROWS = 20_000;

/** The row count a `rows` parameter asks for: 1000 when missing or not a positive integer. */
export function bigRowCount(param: string | null): number {
  const asked = Number(param ?? '');
  if (param === null || param === '' || !Number.isInteger(asked) || asked < 1) {
    return DEFAULT_BIG_ROWS;
  }
  return Math.min(asked, MAX_BIG_ROWS);
}

/** The contact shown on row `index` (0-based). */
export function bigRowContact(contacts: readonly DemoContact[], index: number): DemoContact {
  const contact = contacts[index % contacts.length];
  if (!contact) throw new Error('bigRowContact: no demo contacts');
  return contact;
}

/** What a detector must find on the page: every number of every row (phone, mobile, notes). */
export function bigTruth(contacts: readonly DemoContact[], rows: number) {
  let numbers = 0;
  for (let i = 0; i < rows; i++) numbers += bigRowContact(contacts, i).expectedE164.length;
  return { rows, numbers };
}

export const crmBigRoutes: CrmRoute = async (req, res, url, ctx) => {
  if (url.pathname !== '/crm/big') return false;
  const user = requireUser(req, res, url, ctx.state);
  if (!user) return true;
  const rows = bigRowCount(url.searchParams.get('rows'));
  const inner = url.searchParams.get('scroll') === 'inner';
  const body = html`<div class="row-between">
  <h1>Big contacts table <span class="count" data-testid="big-row-count">${rows}</span></h1>
  <span class="muted small">${inner ? 'Scrolls inside its box' : 'Scrolls with the page'}</span>
</div>
<div class="table-wrap${inner ? ' inner-scroll' : ''}" data-testid="big-scroll" data-scroll="${inner ? 'inner' : 'page'}">
<table class="grid contacts" data-testid="big-table" data-rows="${rows}">
<thead><tr>
  <th>Name</th><th>Company</th><th>City</th><th>Postal code</th><th>Phone</th><th>Mobile</th>
  <th>Order #</th><th>Last contact</th><th>Notes</th>
</tr></thead>
<tbody>
${Array.from({ length: rows }, (_, i) => bigRow(i, bigRowContact(ctx.contacts, i)))}</tbody>
</table>
</div>`;
  sendHtml(res, crmPage({ title: `Big table (${rows})`, user, active: 'big', body }));
  return true;
};

function bigRow(index: number, c: DemoContact) {
  return html`<tr data-row="${index + 1}" data-contact-id="${c.id}">
<td class="nowrap"><a href="/crm/contacts/${c.id}">${c.fullName}</a></td><td>${c.company}</td><td>${c.city}</td>
<td class="nowrap">${c.postalCode}</td><td class="phone">${phoneCell(c.phone)}</td><td class="phone">${phoneCell(c.mobile)}</td>
<td class="num">${c.orderNumber}</td>
<td class="nowrap">${c.lastContact}</td><td class="notes">${c.notes}</td>
</tr>
`;
}
