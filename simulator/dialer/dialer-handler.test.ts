import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestLogEntry } from './dialer-handler';
import { findUser } from './state';
import { apiQuery, type DialerTestServer, startDialerTestServer } from './test-server';

let sim: DialerTestServer;
const API = '/dialer/elision_api.php';

beforeEach(async () => {
  if (!sim) sim = await startDialerTestServer();
  sim.handler.reset();
});
afterAll(() => sim?.close());

const NEW_AGENT = {
  function: 'add_user',
  agent_user: '2000',
  agent_pass: '9999',
  agent_user_level: '1',
  agent_full_name: 'New Agent',
  agent_user_group: 'AGENTS',
};

const get = (query: string, init?: RequestInit) => fetch(`${sim.base}${API}?${query}`, init);
const postForm = (body: string, query = '') =>
  fetch(`${sim.base}${API}${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
const control = (path: string, init?: RequestInit) =>
  fetch(`${sim.base}/__sim/dialer/${path}`, init);
const setFaults = (faults: unknown) =>
  control('faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
const agentAdded = () => findUser(sim.handler.state, '2000') !== undefined;

describe('the API path', () => {
  it('answers a GET like the real server: HTTP 200, text/html, no CORS headers', async () => {
    const res = await get(apiQuery(NEW_AGENT));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.text()).toBe(
      'SUCCESS: add_user USER HAS BEEN ADDED - api|2000|9999|1|New Agent|AGENTS\n',
    );
  });

  it('reads a form-encoded POST body', async () => {
    const res = await postForm(apiQuery(NEW_AGENT));
    expect(await res.text()).toMatch(/^SUCCESS: add_user/);
    expect(agentAdded()).toBe(true);
  });

  it('lets the query string win over the POST body, as VICIdial does', async () => {
    const res = await postForm(apiQuery({ ...NEW_AGENT, agent_user: '3000' }), 'agent_user=2000');
    expect(await res.text()).toContain('- api|2000|');
    expect(sim.handler.requestLog.at(-1)?.bodyParams).toContain('agent_pass');
    expect(sim.handler.requestLog.at(-1)?.bodyParams).not.toContain('agent_user');
  });

  it('ignores a JSON POST body, as PHP fills $_POST only from forms', async () => {
    const res = await fetch(`${sim.base}${API}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'api', pass: '1234' }),
    });
    expect(await res.text()).toBe('ERROR: Login incorrect, please try again: |||BAD|\n');
  });

  it('does not claim paths it does not own', async () => {
    expect((await fetch(`${sim.base}/dialer/other.php`)).status).toBe(404);
    expect((await fetch(`${sim.base}/vicidial/other.php`)).status).toBe(404);
  });
});

describe('the request log', () => {
  it('records method, path, params with passwords as sent, status and request-line length', async () => {
    const query = apiQuery(NEW_AGENT);
    await get(query);
    const log = (await (await control('log')).json()) as RequestLogEntry[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      method: 'GET',
      path: API,
      backend: 'elision',
      function: 'add_user',
      params: { user: 'api', pass: '1234', agent_pass: '9999' },
      status: 200,
      fault: null,
      processed: true,
      requestLineLength: `GET ${API}?${query} HTTP/1.1`.length,
    });
    expect(Date.parse(log[0]?.time ?? '')).not.toBeNaN();
  });

  it('does not log control requests', async () => {
    await control('state');
    await control('log');
    expect(sim.handler.requestLog).toHaveLength(0);
  });
});

describe('the control endpoints', () => {
  it('dumps users, lists and leads as JSON', async () => {
    const state = await (await control('state')).json();
    expect(state.users.map((u: { user: string }) => u.user)).toContain('api');
    expect(state.lists).toContainEqual({
      list_id: '1101',
      list_name: 'Test API list',
      campaign_id: 'NIKHIL',
      active: 'Y',
    });
    expect(state.leads.length).toBeGreaterThan(0);
  });

  it('restores the seeded state and clears the log and faults on POST reset', async () => {
    await get(apiQuery(NEW_AGENT));
    await setFaults({ latencyMs: 5 });
    expect((await control('reset', { method: 'POST' })).status).toBe(200);
    expect(agentAdded()).toBe(false);
    expect(sim.handler.requestLog).toHaveLength(0);
    expect(sim.handler.faults.latencyMs).toBe(0);
  });

  it('sets faults from a JSON body and reports the result', async () => {
    const res = await setFaults({ failNext: { mode: 'drop', count: 2 } });
    expect(res.status).toBe(200);
    expect((await res.json()).failNext).toEqual([{ mode: 'drop', count: 2 }]);
    expect((await (await control('faults')).json()).failNext).toEqual([{ mode: 'drop', count: 2 }]);
  });

  it('answers 400 with a message naming the bad field', async () => {
    const res = await setFaults({ errorRate: 2 });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/errorRate/);
    const notJson = await control('faults', { method: 'POST', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/JSON/);
  });

  it('answers 405 for a wrong method and 404 for an unknown endpoint', async () => {
    expect((await control('reset')).status).toBe(405);
    expect((await control('nothing-here')).status).toBe(404);
  });
});

describe('fault injection', () => {
  const ADDED = 'SUCCESS: add_user USER HAS BEEN ADDED - api|2000|9999|1|New Agent|AGENTS\n';
  const HALF_ADDED = ADDED.slice(0, Math.floor(ADDED.length / 2));

  it('answers HTTP 500 with an empty body and does not do the work', async () => {
    await setFaults({ failNext: { mode: 'http500' } });
    const res = await get(apiQuery(NEW_AGENT));
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('');
    expect(agentAdded()).toBe(false);
    expect(sim.handler.requestLog.at(-1)).toMatchObject({
      fault: 'http500',
      status: 500,
      processed: false,
    });
  });

  it("answers HTTP 502 with a proxy's HTML page", async () => {
    await setFaults({ failNext: { mode: 'html502' } });
    const res = await get(apiQuery(NEW_AGENT));
    expect(res.status).toBe(502);
    expect(await res.text()).toContain('<title>502 Bad Gateway</title>');
  });

  it('answers HTTP 200 with a body that is neither a reply line nor JSON', async () => {
    await setFaults({ failNext: { mode: 'malformed' } });
    const res = await get(apiQuery({ function: 'active_lists' }));
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).not.toMatch(/^(SUCCESS|ERROR)/);
    expect(() => JSON.parse(body)).toThrow();
  });

  it('cuts the body in half but does the work', async () => {
    await setFaults({ failNext: { mode: 'truncate' } });
    const body = await (await get(apiQuery(NEW_AGENT))).text();
    expect(body).toBe(HALF_ADDED);
    expect(agentAdded()).toBe(true);
  });

  it('can cut the body without doing the work when the fault says commit: false', async () => {
    await setFaults({ failNext: { mode: 'truncate', commit: false } });
    expect(await (await get(apiQuery(NEW_AGENT))).text()).toBe(HALF_ADDED);
    expect(agentAdded()).toBe(false);
  });

  it('drops the connection without a reply', async () => {
    await setFaults({ failNext: { mode: 'drop' } });
    await expect(get(apiQuery(NEW_AGENT))).rejects.toThrow();
    expect(agentAdded()).toBe(false);
    expect(sim.handler.requestLog.at(-1)).toMatchObject({ fault: 'drop', status: null });
  });

  it('lets the next 2 requests time out, then answers normally', async () => {
    await setFaults({ failNext: { mode: 'hang', count: 2 } });
    for (let i = 0; i < 2; i++) {
      await expect(
        get(apiQuery(NEW_AGENT), { signal: AbortSignal.timeout(200) }),
      ).rejects.toThrow();
    }
    expect(agentAdded()).toBe(false);
    expect(await (await get(apiQuery(NEW_AGENT))).text()).toMatch(/^SUCCESS/);
  });

  it('does the work of a hung request when the fault says commit', async () => {
    await setFaults({ failNext: { mode: 'hang', commit: true } });
    await expect(get(apiQuery(NEW_AGENT), { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(agentAdded()).toBe(true);
  });

  it('delays replies by latencyMs: a client that times out meanwhile gets nothing, yet the work is done', async () => {
    await setFaults({ latencyMs: 600 });
    await expect(get(apiQuery(NEW_AGENT), { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await vi.waitFor(() => expect(agentAdded()).toBe(true), { timeout: 5000, interval: 50 });
    expect(sim.handler.requestLog.at(-1)).toMatchObject({
      fault: null,
      processed: true,
      status: null,
    });
  });

  it('applies a fault rate of 1 to every API request but never to control endpoints', async () => {
    await setFaults({ errorRate: 1 });
    expect((await get(apiQuery({ function: 'active_lists' }))).status).toBe(500);
    expect((await get(apiQuery({ function: 'active_lists' }))).status).toBe(500);
    expect((await control('log')).status).toBe(200);
  });

  it('can answer active_lists exactly as the seed example, stray "]}" included', async () => {
    await setFaults({ activeListsSeedQuirk: true });
    const body = await (await get(apiQuery({ function: 'active_lists' }))).text();
    expect(body).toBe(
      '{"success":true,"message":"lists are listed successfully","data":["NIKHIL-1101-Test API list","kartik-2018-kartik jagani","TESTING-20042018-20042018-hardik","NIKHIL-26042018-26042018_custom-form","TESTING-6547-testA","radhika-522018-522018","testcmp-1652018-1652018","Elision-2352018-2352018","test_plk-260518-260518 test"]}]}',
    );
  });
});

describe("Apache's request-line limit", () => {
  /** A GET whose request line `GET <url> HTTP/1.1` is exactly `length` bytes. */
  const getWithRequestLine = (length: number) => {
    const base = `${API}?${apiQuery({ function: 'active_lists' })}&pad=`;
    const pad = 'x'.repeat(length - `GET ${base} HTTP/1.1`.length);
    return fetch(`${sim.base}${base}${pad}`);
  };

  it('answers a request line of 8,190 bytes normally', async () => {
    const res = await getWithRequestLine(8190);
    expect(res.status).toBe(200);
    expect(sim.handler.requestLog.at(-1)?.requestLineLength).toBe(8190);
  });

  it("answers 8,191 bytes with HTTP 414 and Apache's HTML page, without running the script", async () => {
    const res = await getWithRequestLine(8191);
    expect(res.status).toBe(414);
    expect(await res.text()).toContain('<title>414 Request-URI Too Long</title>');
    expect(sim.handler.requestLog.at(-1)).toMatchObject({
      fault: 'uri-too-long',
      status: 414,
      processed: false,
    });
  });

  it('follows a changed limit, and none when set to 0', async () => {
    await setFaults({ maxRequestLine: 1000 });
    expect((await getWithRequestLine(1001)).status).toBe(414);
    await setFaults({ maxRequestLine: 0 });
    expect((await getWithRequestLine(50_000)).status).toBe(200);
  });

  it('does not limit a large POST body', async () => {
    const multiLeads = JSON.stringify(
      Array.from({ length: 300 }, (_, i) => ({
        phone_number: `90000${String(i).padStart(5, '0')}`,
        list_id: '1101',
      })),
    );
    const res = await postForm(apiQuery({ function: 'add_multi_lead', multi_leads: multiLeads }));
    expect(res.status).toBe(200);
    expect(Object.keys(await res.json())).toHaveLength(300);
  });
});
