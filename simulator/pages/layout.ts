import type { CrmUser } from './crm-state';
import { type HtmlValue, html, htmlDocument, type SafeHtml } from './html';

export type CrmNavKey =
  | 'contacts'
  | 'users'
  | 'lists'
  | 'seed-speaker'
  | 'spa-login'
  | 'react'
  | 'big'
  | 'login';

const NAV: { key: CrmNavKey; href: string; label: string }[] = [
  { key: 'contacts', href: '/crm/', label: 'Contacts' },
  { key: 'users', href: '/crm/admin/users', label: 'Users' },
  { key: 'lists', href: '/crm/admin/lists', label: 'Lists' },
  { key: 'seed-speaker', href: '/crm/seed-speaker', label: 'Seed speaker' },
  { key: 'spa-login', href: '/crm/spa-login', label: 'SPA login' },
  { key: 'react', href: '/crm/react', label: 'React table' },
];

export interface CrmPageOptions {
  title: string;
  user: CrmUser | null;
  active: CrmNavKey;
  body: SafeHtml;
  /** File names under static/, loaded at the end of the body. */
  scripts?: string[];
  /** Other script URLs on the CRM origin (e.g. a bundle), loaded after `scripts`. */
  scriptUrls?: string[];
}

/** Every CRM screen: header with the nav bar and, when signed in, who and a Log out link. */
export function crmPage(opts: CrmPageOptions): string {
  const who: HtmlValue = opts.user
    ? html`<span class="who" data-testid="crm-user">${opts.user.fullName}
        <span class="muted">(${opts.user.username})</span></span>
        <a class="logout" href="/crm/logout" data-testid="crm-logout">Log out</a>`
    : html`<a class="login" href="/crm/login">Log in</a>`;
  return htmlDocument({
    title: `${opts.title} · Acme CRM`,
    head: html`<link rel="stylesheet" href="/crm/static/crm.css">
<link rel="stylesheet" href="/crm/static/crm-forms.css">`,
    bodyAttrs: html`class="crm" data-crm-user="${opts.user?.username ?? ''}"`,
    body: html`<header class="topbar">
  <a class="brand" href="/crm/"><span class="logo">A</span> Acme CRM</a>
  <nav aria-label="CRM">${NAV.map(
    (item) =>
      html`<a href="${item.href}" class="${item.key === opts.active ? 'active' : ''}">${item.label}</a>`,
  )}</nav>
  <div class="session">${who}</div>
</header>
<main class="content">
${opts.body}
</main>
${(opts.scripts ?? []).map((name) => html`<script src="/crm/static/${name}"></script>`)}${(opts.scriptUrls ?? []).map((url) => html`<script src="${url}"></script>`)}`,
  });
}
