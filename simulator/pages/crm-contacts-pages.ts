import type { CrmRoute } from './crm-context';
import { requireUser } from './crm-session';
import type { DemoContact, DemoPhone } from './demo-contacts';
import { html, type SafeHtml } from './html';
import { sendHtml } from './http-util';
import { crmPage } from './layout';

/** `/crm/` (the contacts table) and `/crm/contacts/:id`. */
export const crmContactRoutes: CrmRoute = async (req, res, url, ctx) => {
  const detail = /^\/crm\/contacts\/(\d+)$/.exec(url.pathname);
  if (url.pathname !== '/crm/' && url.pathname !== '/crm/contacts' && !detail) return false;
  const user = requireUser(req, res, url, ctx.state);
  if (!user) return true;
  if (!detail) {
    sendHtml(
      res,
      crmPage({ title: 'Contacts', user, active: 'contacts', body: contactsTable(ctx.contacts) }),
    );
    return true;
  }
  const contact = ctx.contacts.find((c) => c.id === Number(detail[1]));
  if (!contact) {
    const body = html`<h1>Contact not found</h1><p><a href="/crm/">Back to contacts</a></p>`;
    sendHtml(res, crmPage({ title: 'Not found', user, active: 'contacts', body }), 404);
    return true;
  }
  sendHtml(
    res,
    crmPage({ title: contact.fullName, user, active: 'contacts', body: contactPage(contact) }),
  );
  return true;
};

/** A phone as the CRM shows it: plain text, or an existing tel: link when the data says so. */
export function phoneCell(phone: DemoPhone | null): SafeHtml {
  if (!phone) return html`<span class="muted">—</span>`;
  return phone.telHref
    ? html`<a href="${phone.telHref}">${phone.display}</a>`
    : html`${phone.display}`;
}

function contactsTable(contacts: readonly DemoContact[]): SafeHtml {
  return html`<div class="row-between">
  <h1>Contacts <span class="count">${contacts.length}</span></h1>
  <input type="search" placeholder="Search contacts" aria-label="Search contacts">
</div>
<div class="table-wrap">
<table class="grid contacts" data-testid="contacts-table">
<thead><tr>
  <th>Name</th><th>Company</th><th>City</th><th>Postal code</th><th>Phone</th><th>Mobile</th>
  <th>Order #</th><th>Last contact</th><th>Notes</th>
</tr></thead>
<tbody>
${contacts.map(
  (c) => html`<tr data-contact-id="${c.id}">
<td class="nowrap"><a href="/crm/contacts/${c.id}">${c.fullName}</a></td><td>${c.company}</td><td>${c.city}</td>
<td class="nowrap">${c.postalCode}</td><td class="phone">${phoneCell(c.phone)}</td><td class="phone">${phoneCell(c.mobile)}</td>
<td class="num">${c.orderNumber}</td>
<td class="nowrap">${c.lastContact}</td><td class="notes">${c.notes}</td>
</tr>
`,
)}</tbody>
</table>
</div>`;
}

function contactPage(c: DemoContact): SafeHtml {
  const row = (label: string, value: SafeHtml | string) => html`<dt>${label}</dt><dd>${value}</dd>`;
  return html`<p><a href="/crm/">← Contacts</a></p>
<article class="card" data-contact-id="${c.id}" data-testid="contact-detail">
  <h1>${c.fullName}</h1>
  <p class="muted">${c.company} · ${c.city}</p>
  <dl class="details">
    ${row('Phone', phoneCell(c.phone))}
    ${row('Mobile', phoneCell(c.mobile))}
    ${row('Email', html`<a href="mailto:${c.email}">${c.email}</a>`)}
    ${row('City', c.city)}
    ${row('Postal code', c.postalCode)}
    ${row('Order #', c.orderNumber)}
    ${row('Last contact', c.lastContact)}
  </dl>
  <h2>Notes</h2>
  <p class="notes">${c.notes || html`<span class="muted">No notes.</span>`}</p>
</article>`;
}
