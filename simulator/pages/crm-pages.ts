import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CrmContext, CrmRoute } from './crm-context';
import { currentUser, safeNext, signIn, signOut } from './crm-session';
import { type CrmUser, checkLogin } from './crm-state';
import { html } from './html';
import { methodNotAllowed, readBody, readForm, redirect, sendHtml, sendJson } from './http-util';
import { crmPage } from './layout';

/** Login, logout, the SPA login and the seed speaker: the CRM screens around a session. */
export const crmSessionRoutes: CrmRoute = async (req, res, url, ctx) => {
  switch (url.pathname) {
    case '/crm/login':
      await login(req, res, url, ctx);
      return true;
    case '/crm/logout':
      // GET for the header link; POST too, as many CRMs log out with a form.
      redirect(res, '/crm/login', 302, { 'set-cookie': signOut(req, ctx.state) });
      return true;
    case '/crm/spa-login':
      sendHtml(res, spaLoginPage(currentUser(req, ctx.state)));
      return true;
    case '/crm/api/login':
      await apiLogin(req, res, ctx);
      return true;
    case '/crm/api/logout':
      if (req.method !== 'POST') methodNotAllowed(res, 'POST');
      else sendJson(res, { ok: true }, 200, { 'set-cookie': signOut(req, ctx.state) });
      return true;
    case '/crm/api/session': {
      const user = currentUser(req, ctx.state);
      sendJson(res, { user: user && publicUser(user) }, user ? 200 : 401);
      return true;
    }
    case '/crm/api/contacts': {
      const user = currentUser(req, ctx.state);
      if (!user) sendJson(res, { error: 'Not signed in' }, 401);
      else sendJson(res, { contacts: contactSummaries(ctx, url) });
      return true;
    }
    case '/crm/seed-speaker':
      sendHtml(res, seedSpeakerPage(currentUser(req, ctx.state)));
      return true;
    default:
      return false;
  }
};

async function login(req: IncomingMessage, res: ServerResponse, url: URL, ctx: CrmContext) {
  const next = safeNext(url.searchParams.get('next'));
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (currentUser(req, ctx.state)) redirect(res, next);
    else sendHtml(res, loginPage({ next, username: '', error: null }));
    return;
  }
  if (req.method !== 'POST') return methodNotAllowed(res, 'GET, POST');
  const form = await readForm(req);
  const username = form.get('username') ?? '';
  const user = checkLogin(ctx.state, username, form.get('password') ?? '');
  if (!user) {
    // A failed login re-shows the form with 200, as most CRMs do: detection must not rely on status.
    sendHtml(res, loginPage({ next, username, error: 'Invalid username or password.' }));
    return;
  }
  redirect(res, safeNext(form.get('next') ?? next), 303, { 'set-cookie': signIn(ctx.state, user) });
}

async function apiLogin(req: IncomingMessage, res: ServerResponse, ctx: CrmContext) {
  if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, { ok: false, error: 'Expected a JSON body.' }, 400);
  }
  const field = (name: string) =>
    typeof body === 'object' && body !== null && name in body
      ? String((body as Record<string, unknown>)[name])
      : '';
  const user = checkLogin(ctx.state, field('username'), field('password'));
  if (!user) return sendJson(res, { ok: false, error: 'Invalid username or password.' }, 401);
  sendJson(res, { ok: true, user: publicUser(user) }, 200, {
    'set-cookie': signIn(ctx.state, user),
  });
}

/** What the SPA may know about the user: never the passwords. */
function publicUser(user: CrmUser) {
  return { username: user.username, fullName: user.fullName, phoneLogin: user.phoneLogin };
}

function contactSummaries(ctx: CrmContext, url: URL) {
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 10, 1), 300);
  return ctx.contacts.slice(0, limit).map((c) => ({
    id: c.id,
    name: c.fullName,
    company: c.company,
    phone: c.phone.display,
    mobile: c.mobile?.display ?? '',
  }));
}

function loginPage(opts: { next: string; username: string; error: string | null }): string {
  return crmPage({
    title: 'Log in',
    user: null,
    active: 'login',
    body: html`<section class="card narrow">
  <h1>Sign in to Acme CRM</h1>
  ${opts.error && html`<p class="error" role="alert" data-testid="crm-login-error">${opts.error}</p>`}
  <form method="post" action="/crm/login" data-testid="crm-login-form" class="stack">
    <input type="hidden" name="next" value="${opts.next}">
    <label>Username <input name="username" id="username" autocomplete="username" required value="${opts.username}"></label>
    <label>Password <input type="password" name="password" id="password" autocomplete="current-password" required></label>
    <button type="submit" class="primary">Sign in</button>
  </form>
  <p class="muted small">Demo users: 1000 / 9999, agent2 / secret2, admin / admin123.</p>
</section>`,
  });
}

function spaLoginPage(user: CrmUser | null): string {
  return crmPage({
    title: 'SPA login',
    user,
    active: 'spa-login',
    scripts: ['spa-login.js'],
    body: html`<div id="spa-root" data-signed-in="${user ? 'true' : 'false'}">
<section class="card narrow" id="spa-login" data-testid="spa-login" ${user ? html`hidden` : ''}>
  <h1>Sign in (single-page app)</h1>
  <p class="muted small">This form never navigates: script posts to /crm/api/login and swaps the view.</p>
  <p class="error" role="alert" data-testid="spa-login-error" hidden></p>
  <form id="spa-login-form" class="stack">
    <label>Username <input name="username" autocomplete="username" required></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit" class="primary">Sign in</button>
  </form>
</section>
<section class="card" id="spa-app" data-testid="spa-app" ${user ? '' : html`hidden`}>
  <div class="row-between">
    <h1>Welcome, <span id="spa-user" data-testid="spa-user">${user?.fullName ?? ''}</span></h1>
    <button type="button" id="spa-logout" data-testid="spa-logout">Sign out</button>
  </div>
  <table class="grid" data-testid="spa-contacts"><thead><tr><th>Name</th><th>Company</th><th>Phone</th><th>Mobile</th></tr></thead><tbody></tbody></table>
</section>
</div>`,
  });
}

function seedSpeakerPage(user: CrmUser | null): string {
  const field = (name: string, label: string, value: string, type = 'text') =>
    html`<label>${label} <input name="${name}" type="${type}" value="${value}" data-testid="seed-${name}"></label>`;
  return crmPage({
    title: 'Seed speaker',
    user,
    active: 'seed-speaker',
    scripts: ['seed-speaker.js'],
    body: html`<h1>Seed speaker</h1>
<p class="muted">This page talks to the widget the way the seed document's CRM does:
<code>parent.postMessage({...}, '*')</code>. When it is the top-level page, its parent is itself.
The fields start with the seed's demo agent (1000 / 9999), never with the signed-in user's password.</p>
<div class="cards">
<section class="card">
  <h2>Click to call</h2>
  <form id="seed-call-form" class="stack">
    ${field('phone_code', 'phone_code', '1')}
    ${field('phone_number', 'phone_number', '4155550134')}
    <button type="submit" class="primary" data-testid="seed-call">Call</button>
  </form>
</section>
<section class="card">
  <h2>Widget login</h2>
  <form id="seed-login-form" class="stack">
    ${field('username', 'username', '1000')}
    ${field('password', 'password', '9999', 'password')}
    ${field('extension', 'extension', '1000')}
    ${field('phone_pass', 'phone_pass', 'test', 'password')}
    <button type="submit" class="primary" data-testid="seed-login">Log in to widget</button>
  </form>
</section>
<section class="card">
  <h2>Widget logout</h2>
  <button type="button" data-testid="seed-logout" id="seed-logout">Log out of widget</button>
  <h3>Last message posted</h3>
  <pre data-testid="seed-last-sent" id="seed-last-sent">(none yet)</pre>
</section>
</div>`,
  });
}
