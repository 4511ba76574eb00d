import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOT_OWNED, type PagesTestServer, startPagesTestServer } from './pages-test-server';

let sim: PagesTestServer;
beforeAll(async () => {
  sim = await startPagesTestServer();
});
afterAll(() => sim.close());
beforeEach(() => sim.pages.reset());

const entry = (data: unknown, accepted = true) => ({
  time: '2026-01-02T03:04:05.678Z',
  origin: 'http://localhost:1',
  data,
  accepted,
  reason: accepted ? null : 'no action',
  page: 'widget',
});

describe('widget page', () => {
  it('serves /widget/ on the dialer origin with the widget script', async () => {
    const res = await sim.request(`${sim.dialer}/widget/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('data-page="widget"');
    expect(res.body).toContain('<script src="/widget/static/widget.js"></script>');
    expect(res.body).toContain('data-testid="widget-loading"');
  });

  it('may be framed by the dialer and the CRM origin only (the docked widget), or by none', async () => {
    const res = await sim.request(`${sim.dialer}/widget/`);
    expect(res.headers['content-security-policy']).toBe(`frame-ancestors 'self' ${sim.crm}`);
    const deny = await sim.request(`${sim.dialer}/widget/?frame=deny`);
    expect(deny.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it('redirects the widget pages to the dialer origin', async () => {
    const res = await sim.request(`${sim.crm}/widget/?ready=5`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${sim.dialer}/widget/?ready=5`);
    const bare = await sim.request(`${sim.dialer}/widget`);
    expect(bare.headers.location).toBe('/widget/');
  });

  it('turns ?ready=<ms> into a held-back script, capped', async () => {
    const page = await sim.request(`${sim.dialer}/widget/?ready=1500`);
    expect(page.body).toContain('src="/widget/static/widget.js?delay=1500"');
    const capped = await sim.request(`${sim.dialer}/widget/?ready=999999999`);
    expect(capped.body).toContain('widget.js?delay=60000"');
    const junk = await sim.request(`${sim.dialer}/widget/?ready=-3`);
    expect(junk.body).toContain('src="/widget/static/widget.js"');
  });

  it('holds the delayed script back (and lets a departing client go)', async () => {
    const abort = new AbortController();
    const script = sim
      .request(`${sim.dialer}/widget/static/widget.js?delay=60000`, { signal: abort.signal })
      .then(() => 'answered')
      .catch(() => 'aborted');
    const first = await Promise.race([
      script,
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 200)),
    ]);
    expect(first).toBe('still waiting');
    abort.abort();
    expect(await script).toBe('aborted');
  });

  it('serves the static files with their content types, and nothing outside static/', async () => {
    const js = await sim.request(`${sim.dialer}/widget/static/widget.js`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain("addEventListener('message'");
    const css = await sim.request(`${sim.crm}/crm/static/crm.css`);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    for (const path of [
      '/widget/static/nope.js',
      '/widget/static/..%2Fpages-handler.ts',
      '/widget/static/%2E%2E/html.ts',
      '/widget/static/widget.JS',
    ]) {
      expect((await sim.request(sim.dialer + path)).status, path).toBe(404);
    }
  });

  it('declines paths it does not own', async () => {
    for (const path of ['/', '/dialer/elision_api.php', '/widgets', '/crmx', '/__sim/other']) {
      const res = await sim.request(sim.dialer + path);
      expect(res.body, path).toBe(NOT_OWNED);
    }
  });
});

describe('framed dialer page', () => {
  it('frames the CRM origin beside the widget panel', async () => {
    const res = await sim.request(`${sim.dialer}/widget/framed`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('data-page="framed"');
    expect(res.body).toContain(`data-crm-origin="${sim.crm}"`);
    expect(res.body).toContain(`src="${sim.crm}/crm/"`);
    expect(res.body).toContain('id="widget-root"');
  });

  it('frames only paths of the CRM origin', async () => {
    const ok = await sim.request(`${sim.dialer}/widget/framed?crm=/crm/seed-speaker`);
    expect(ok.body).toContain(`src="${sim.crm}/crm/seed-speaker"`);
    for (const bad of ['//evil.example/', 'http://evil.example/', '/\\evil.example']) {
      const res = await sim.request(`${sim.dialer}/widget/framed?crm=${encodeURIComponent(bad)}`);
      expect(res.body, bad).toContain(`src="${sim.crm}/crm/"`);
    }
  });
});

describe('widget log', () => {
  it('records posted entries, password included, and serves them as JSON', async () => {
    const login = {
      action: 'login',
      username: '1000',
      password: '9999',
      extension: '1000',
      phone_pass: '1000',
    };
    const wxt = { type: 'abc:content:wxt:content-script-started' };
    for (const e of [entry(login), entry(wxt, false)]) {
      const res = await sim.request(`${sim.dialer}/widget/log`, { json: e });
      expect(res.status).toBe(200);
    }
    const res = await sim.request(`${sim.crm}/__sim/widget/log`);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual([entry(login), entry(wxt, false)]);
    expect(sim.pages.widgetLog).toHaveLength(2);
    expect(sim.pages.widgetLog[0]?.data).toEqual(login);
  });

  it('refuses what is not a log entry', async () => {
    const bad = [{ ...entry({}), page: 'other' }, { origin: 'x' }, 'nope'];
    for (const body of bad) {
      const res = await sim.request(`${sim.dialer}/widget/log`, { json: body });
      expect(res.status).toBe(400);
    }
    expect((await sim.request(`${sim.dialer}/widget/log`, { body: '{' })).status).toBe(400);
    expect((await sim.request(`${sim.dialer}/widget/log`)).status).toBe(405);
    expect(sim.pages.widgetLog).toEqual([]);
  });

  it('is cleared by POST /__sim/widget/reset and by reset()', async () => {
    await sim.request(`${sim.dialer}/widget/log`, { json: entry({ action: 'logout' }) });
    expect((await sim.request(`${sim.dialer}/__sim/widget/reset`)).status).toBe(405);
    const res = await sim.request(`${sim.dialer}/__sim/widget/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(JSON.parse((await sim.request(`${sim.dialer}/__sim/widget/log`)).body)).toEqual([]);
    await sim.request(`${sim.dialer}/widget/log`, { json: entry({ action: 'logout' }) });
    const log = sim.pages.widgetLog;
    sim.pages.reset();
    expect(log).toEqual([]);
  });

  it('answers 413 to an oversized body', async () => {
    const res = await sim.request(`${sim.dialer}/widget/log`, { body: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
  });
});
