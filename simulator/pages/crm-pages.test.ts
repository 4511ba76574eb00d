import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoContacts } from './demo-contacts';
import { escapeHtml } from './html';
import { type PagesTestServer, startPagesTestServer } from './pages-test-server';

let sim: PagesTestServer;
beforeAll(async () => {
  sim = await startPagesTestServer();
});
afterAll(() => sim.close());
beforeEach(() => sim.pages.reset());

const crm = (path: string) => `${sim.crm}${path}`;
async function login(username = '1000', password = '9999'): Promise<string> {
  const res = await sim.request(crm('/crm/login'), { form: { username, password } });
  expect(res.status).toBe(303);
  return res.cookie;
}

describe('CRM login and logout', () => {
  it('sends app pages without a session to the login page, keeping where to go back', async () => {
    const home = await sim.request(crm('/crm/'));
    expect(home.status).toBe(302);
    expect(home.headers.location).toBe('/crm/login');
    const detail = await sim.request(crm('/crm/contacts/5'));
    expect(detail.headers.location).toBe('/crm/login?next=%2Fcrm%2Fcontacts%2F5');
    for (const path of ['/crm/admin/users', '/crm/admin/lists']) {
      expect((await sim.request(crm(path))).status, path).toBe(302);
    }
  });

  it('redirects the CRM to its own origin', async () => {
    const get = await sim.request(`${sim.dialer}/crm/login?next=%2Fcrm%2F`);
    expect(get.status).toBe(302);
    expect(get.headers.location).toBe(`${sim.crm}/crm/login?next=%2Fcrm%2F`);
    const post = await sim.request(`${sim.dialer}/crm/login`, { form: { username: 'x' } });
    expect(post.status).toBe(307);
    expect((await sim.request(crm('/crm'))).headers.location).toBe('/crm/');
  });

  it('shows the login form', async () => {
    const res = await sim.request(crm('/crm/login'));
    expect(res.status).toBe(200);
    expect(res.body).toContain('<form method="post" action="/crm/login"');
    expect(res.body).toContain('name="username"');
    expect(res.body).toContain('type="password" name="password"');
  });

  it('re-shows the form with 200 and an error on wrong credentials, without a cookie', async () => {
    for (const [username, password] of [
      ['1000', 'wrong'],
      ['nobody', '9999'],
      ['retired', 'retired1'], // inactive user
    ] as const) {
      const res = await sim.request(crm('/crm/login'), { form: { username, password } });
      expect(res.status).toBe(200);
      expect(res.body).toContain('data-testid="crm-login-error"');
      expect(res.body).toContain('Invalid username or password.');
      expect(res.body).toContain('data-testid="crm-login-form"');
      expect(res.body).toContain(`value="${username}"`);
      expect(res.setCookies).toEqual([]);
    }
  });

  it('signs in with a session cookie and redirects to the contacts', async () => {
    const res = await sim.request(crm('/crm/login'), {
      form: { username: '1000', password: '9999' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/crm/');
    expect(res.setCookies).toHaveLength(2);
    expect(res.setCookies[0]).toMatch(/^crm_session=[\w-]+; Path=\/crm; HttpOnly; SameSite=Lax$/);
    expect(res.setCookies[1]).toContain('SameSite=None; Secure; Partitioned');
    const home = await sim.request(crm('/crm/'), { cookie: res.cookie });
    expect(home.status).toBe(200);
    expect(home.body).toContain('Testing Person');
    expect(home.body).toContain('href="/crm/logout"');
    expect(home.body).toContain('data-crm-user="1000"');
    // Signed in, the login page goes straight on.
    expect((await sim.request(crm('/crm/login'), { cookie: res.cookie })).status).toBe(302);
  });

  it('follows ?next= inside the CRM only', async () => {
    const next = await sim.request(crm('/crm/login?next=%2Fcrm%2Fcontacts%2F5'), {
      form: { username: 'agent2', password: 'secret2' },
    });
    expect(next.headers.location).toBe('/crm/contacts/5');
    for (const bad of ['//evil.example/', 'http://evil.example/', '/crm//evil', '/other']) {
      const res = await sim.request(crm(`/crm/login?next=${encodeURIComponent(bad)}`), {
        form: { username: 'agent2', password: 'secret2' },
      });
      expect(res.headers.location, bad).toBe('/crm/');
    }
  });

  it('logs out: clears the cookies, ends the session, back to the login page', async () => {
    const cookie = await login();
    const res = await sim.request(crm('/crm/logout'), { cookie });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/crm/login');
    expect(res.setCookies.every((c) => c.includes('Max-Age=0'))).toBe(true);
    expect((await sim.request(crm('/crm/'), { cookie })).status).toBe(302);
    expect(sim.pages.crm.sessions.size).toBe(0);
  });

  it('serves the SPA login API without navigation', async () => {
    const page = await sim.request(crm('/crm/spa-login'));
    expect(page.status).toBe(200);
    expect(page.body).toContain('src="/crm/static/spa-login.js"');
    expect(page.body).toContain('data-signed-in="false"');
    const bad = await sim.request(crm('/crm/api/login'), {
      json: { username: '1000', password: 'x' },
    });
    expect(bad.status).toBe(401);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: 'Invalid username or password.' });
    expect((await sim.request(crm('/crm/api/contacts'))).status).toBe(401);
    const ok = await sim.request(crm('/crm/api/login'), {
      json: { username: '1000', password: '9999' },
    });
    expect(ok.status).toBe(200);
    const body = JSON.parse(ok.body);
    expect(body.user).toEqual({ username: '1000', fullName: 'Testing Person', phoneLogin: '1000' });
    expect(ok.body).not.toContain('9999');
    const contacts = await sim.request(crm('/crm/api/contacts?limit=3'), { cookie: ok.cookie });
    expect(JSON.parse(contacts.body).contacts).toHaveLength(3);
    const session = await sim.request(crm('/crm/api/session'), { cookie: ok.cookie });
    expect(JSON.parse(session.body).user.username).toBe('1000');
    const signedIn = await sim.request(crm('/crm/spa-login'), { cookie: ok.cookie });
    expect(signedIn.body).toContain('data-signed-in="true"');
    const out = await sim.request(crm('/crm/api/logout'), { method: 'POST', cookie: ok.cookie });
    expect(out.status).toBe(200);
    expect((await sim.request(crm('/crm/api/session'), { cookie: ok.cookie })).status).toBe(401);
  });
});

describe('CRM contacts', () => {
  it('lists every demo contact with the ground truth texts, escaped', async () => {
    const res = await sim.request(crm('/crm/'), { cookie: await login() });
    const rows = res.body.match(/<tr data-contact-id="\d+">/g) ?? [];
    expect(rows.length).toBe(300);
    for (const header of [
      'Name',
      'Company',
      'Phone',
      'Mobile',
      'Order #',
      'Last contact',
      'Notes',
    ]) {
      expect(res.body).toContain(`<th>${header}</th>`);
    }
    for (const c of demoContacts()) {
      expect(res.body).toContain(`data-contact-id="${c.id}"`);
      expect(res.body).toContain(escapeHtml(c.phone.display));
      expect(res.body).toContain(escapeHtml(c.notes));
      if (c.phone.telHref) expect(res.body).toContain(`<a href="${c.phone.telHref}">`);
    }
    expect(res.body).toContain('O&#39;Brien');
  });

  it('shows a contact page, and 404 for an unknown one', async () => {
    const cookie = await login();
    const c = demoContacts()[41];
    const res = await sim.request(crm(`/crm/contacts/${c?.id}`), { cookie });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`data-contact-id="${c?.id}"`);
    expect(res.body).toContain(c?.email);
    expect((await sim.request(crm('/crm/contacts/9999'), { cookie })).status).toBe(404);
    expect((await sim.request(crm('/crm/nowhere'), { cookie })).status).toBe(404);
  });

  it('serves the seed speaker page to anyone', async () => {
    const res = await sim.request(crm('/crm/seed-speaker'));
    expect(res.status).toBe(200);
    expect(res.body).toContain('src="/crm/static/seed-speaker.js"');
    for (const id of ['seed-call', 'seed-login', 'seed-logout']) {
      expect(res.body).toContain(`data-testid="${id}"`);
    }
  });

  it('puts the nav bar with every CRM screen on each page', async () => {
    const cookie = await login();
    for (const path of ['/crm/', '/crm/admin/users', '/crm/admin/lists', '/crm/seed-speaker']) {
      const res = await sim.request(crm(path), { cookie });
      for (const link of [
        '/crm/admin/users',
        '/crm/admin/lists',
        '/crm/seed-speaker',
        '/crm/spa-login',
      ]) {
        expect(res.body, `${path} ${link}`).toContain(`href="${link}"`);
      }
      expect(res.body).toContain('data-testid="crm-logout"');
    }
  });
});
