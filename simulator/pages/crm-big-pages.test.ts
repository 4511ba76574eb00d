import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigRowCount, bigTruth } from './crm-big-pages';
import { DEMO_CONTACT_COUNT, demoContacts } from './demo-contacts';
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

const page = (query: string) => sim.request(`${sim.crm}/crm/big${query}`, { cookie });
const truth = async (query: string) =>
  (await sim.request(`${sim.crm}/__sim/crm/big-truth${query}`)).body;
const rowsIn = (body: string) => body.match(/<tr data-row="/g)?.length ?? 0;

describe('the big contacts table', () => {
  it('is behind the CRM login', async () => {
    const res = await sim.request(`${sim.crm}/crm/big?rows=10`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/crm/login?next=%2Fcrm%2Fbig%3Frows%3D10');
  });

  it('renders 1000 rows by default, N when asked, at most 20000', async () => {
    expect(rowsIn((await page('')).body)).toBe(1000);
    expect(rowsIn((await page('?rows=7')).body)).toBe(7);
    const max = await page('?rows=999999');
    expect(max.status).toBe(200);
    expect(rowsIn(max.body)).toBe(20_000);
  }, 20_000);

  it.each([
    [null, 1000],
    ['', 1000],
    ['abc', 1000],
    ['0', 1000],
    ['-5', 1000],
    ['2.5', 1000],
    ['1', 1],
    ['20000', 20_000],
    ['20001', 20_000],
  ])('reads rows=%s as %d', (param, rows) => {
    expect(bigRowCount(param)).toBe(rows);
  });

  it('repeats the 300 demo contacts in order, the same on every request', async () => {
    const body = (await page('?rows=301')).body;
    const ids = [...body.matchAll(/<tr data-row="(\d+)" data-contact-id="(\d+)">/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(ids[0]).toEqual([1, 1]);
    expect(ids[299]).toEqual([300, 300]);
    expect(ids[300]).toEqual([301, 1]);
    expect((await page('?rows=301')).body).toBe(body);
    const first = demoContacts()[0];
    expect(body).toContain(first?.phone.display.replace(/&/g, '&amp;'));
  });

  it('scrolls with the page by default, inside its own box with scroll=inner', async () => {
    expect((await page('?rows=5')).body).toContain(
      '<div class="table-wrap" data-testid="big-scroll" data-scroll="page">',
    );
    expect((await page('?rows=5&scroll=inner')).body).toContain(
      '<div class="table-wrap inner-scroll" data-testid="big-scroll" data-scroll="inner">',
    );
  });
});

describe('GET /__sim/crm/big-truth', () => {
  const perCycle = demoContacts().reduce((sum, c) => sum + c.expectedE164.length, 0);

  it('counts every phone number on the page: phone, mobile and notes of each row', async () => {
    const contacts = demoContacts();
    const firstTen = contacts.slice(0, 10).reduce((sum, c) => sum + c.expectedE164.length, 0);
    expect(JSON.parse(await truth('?rows=10'))).toEqual({ rows: 10, numbers: firstTen });
    expect(JSON.parse(await truth(`?rows=${DEMO_CONTACT_COUNT * 2}`))).toEqual({
      rows: 600,
      numbers: 2 * perCycle,
    });
    expect(bigTruth(contacts, 20_000).numbers).toBeGreaterThan(20_000);
  });

  it('reads rows as the page does, and needs no session', async () => {
    expect(JSON.parse(await truth(''))).toMatchObject({ rows: 1000 });
    expect(JSON.parse(await truth('?rows=50000'))).toMatchObject({ rows: 20_000 });
  });

  it('answers on the dialer origin too, and 405 for a POST', async () => {
    expect((await sim.request(`${sim.dialer}/__sim/crm/big-truth?rows=3`)).status).toBe(200);
    const post = await sim.request(`${sim.crm}/__sim/crm/big-truth`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
