import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REACT_BUNDLE_PATH } from './crm-react-pages';
import { type PagesTestServer, startPagesTestServer } from './pages-test-server';

let sim: PagesTestServer;
let cookie: string;
beforeAll(async () => {
  sim = await startPagesTestServer();
  const login = await sim.request(`${sim.crm}/crm/login`, {
    form: { username: '1000', password: '9999' },
  });
  cookie = login.cookie;
});
afterAll(() => sim.close());

describe('the React CRM page', () => {
  it('is behind the CRM login, like every app page', async () => {
    const res = await sim.request(`${sim.crm}/crm/react`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/crm/login?next=%2Fcrm%2Freact');
  });

  it('has the nav bar with its own link active, an empty root and the bundle script', async () => {
    const res = await sim.request(`${sim.crm}/crm/react`, { cookie });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<a href="/crm/react" class="active">React table</a>');
    expect(res.body).toContain('href="/crm/logout"');
    expect(res.body).toContain('<div id="react-root" data-testid="react-root">');
    expect(res.body).toContain('data-testid="react-errors" data-count="0" hidden');
    expect(res.body).toContain(`<script src="${REACT_BUNDLE_PATH}"></script>`);
  });

  it('links the React table from every CRM page', async () => {
    const home = await sim.request(`${sim.crm}/crm/`, { cookie });
    expect(home.body).toContain('<a href="/crm/react" class="">React table</a>');
  });

  it('serves the bundle without a session: React 19 in production mode, built once', async () => {
    const first = await sim.request(`${sim.crm}${REACT_BUNDLE_PATH}`);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(first.body.length).toBeGreaterThan(100_000);
    expect(first.body).toContain('react-render-count');
    expect(first.body).toContain('react-root');
    expect(first.body).not.toContain('process.env.NODE_ENV');
    expect(first.body).not.toMatch(/\bimport\s*\(|^import /m);
    const second = await sim.request(`${sim.crm}${REACT_BUNDLE_PATH}`);
    expect(second.body).toBe(first.body);
  });

  it('serves the bundle on the CRM origin only', async () => {
    const res = await sim.request(`${sim.dialer}${REACT_BUNDLE_PATH}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${sim.crm}${REACT_BUNDLE_PATH}`);
  });
});
