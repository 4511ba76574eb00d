import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from './dialer-handler';
import { findList, findUser } from './state';
import { apiQuery, type DialerTestServer, startDialerTestServer } from './test-server';

/** /vicidial/non_agent_api.php as the dialer handler serves it, next to the Elision path. */

let sim: DialerTestServer;
const STOCK = '/vicidial/non_agent_api.php';
const ELISION = '/dialer/elision_api.php';

beforeEach(async () => {
  if (!sim) sim = await startDialerTestServer();
  sim.handler.reset();
});
afterAll(() => sim?.close());

const get = (path: string, fields: Record<string, string>, init?: RequestInit) =>
  fetch(`${sim.base}${path}?${apiQuery(fields)}`, init);
const setFaults = (faults: unknown) =>
  fetch(`${sim.base}/__sim/dialer/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });

const LEAD = { function: 'add_lead', phone_number: '4155550134', list_id: '1101' };
const LIST = {
  function: 'add_list',
  list_id: '3001',
  list_name: 'Spring leads',
  campaign_id: 'TESTCAMP',
};
const AGENT = {
  function: 'add_user',
  agent_user: '2000',
  agent_pass: '9999',
  agent_user_level: '1',
  agent_full_name: 'New Agent',
  agent_user_group: 'AGENTS',
};

describe('the stock VICIdial path', () => {
  it('answers like PHP: HTTP 200, text/html, no CORS headers, errors in the body only', async () => {
    const res = await get(STOCK, { function: 'active_lists' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.text()).toBe('ERROR: NO FUNCTION SPECIFIED\n');
  });

  it('answers version with no parameters but the function', async () => {
    const body = await (await fetch(`${sim.base}${STOCK}?function=version`)).text();
    expect(body).toMatch(
      /^VERSION: 2\.14-123\|BUILD: 200502-0858\|DATE: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|EPOCH: \d+\|DST: [01]\|TZ: -5\.00\|TZNOW: (-5\.00|-4)\|\n$/,
    );
  });

  it('reads a form-encoded POST body like the Elision path', async () => {
    const res = await fetch(`${sim.base}${STOCK}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: apiQuery(LEAD),
    });
    expect(await res.text()).toMatch(
      /^SUCCESS: add_lead LEAD HAS BEEN ADDED - 4155550134\|1101\|1036\|/,
    );
  });
});

describe('one dialer behind both paths', () => {
  it('sees users, lists and leads added through either path', async () => {
    expect(await (await get(ELISION, AGENT)).text()).toMatch(/^SUCCESS: add_user/);
    expect(await (await get(STOCK, AGENT)).text()).toBe(
      'ERROR: add_user USER ALREADY EXISTS - api|2000\n',
    );
    expect(await (await get(STOCK, LIST)).text()).toMatch(/^SUCCESS: add_list/);
    const elisionList = await (await get(ELISION, LIST)).json();
    expect(elisionList).toMatchObject({ success: false, message: '3001 list already exist' });
    expect(await (await get(STOCK, { ...LEAD, list_id: '3001' })).text()).toMatch(/\|3001\|1036\|/);
    const multi = JSON.stringify([{ phone_number: '4155550135', list_id: '3001' }]);
    const added = await (
      await get(ELISION, { function: 'add_multi_lead', multi_leads: multi })
    ).json();
    expect(added['lead 1'].data).toBe('4155550135| 3001|1037||NEW|');
    expect(sim.handler.state.leads.filter((l) => l.list_id === '3001')).toHaveLength(2);
    expect(findUser(sim.handler.state, '2000')).toBeDefined();
    expect(findList(sim.handler.state, '3001')?.campaign_id).toBe('TESTCAMP');
  });

  it('counts failed logins on both paths towards one lock', async () => {
    for (let i = 0; i < 5; i++) await get(ELISION, { function: 'active_lists', pass: 'wrong' });
    for (let i = 0; i < 5; i++) await get(STOCK, { ...LEAD, pass: 'wrong' });
    expect(await (await get(STOCK, LEAD)).text()).toBe(
      'ERROR: Too many login attempts, try again in 15 minutes: |api|LOCK|\n',
    );
    expect(await (await get(ELISION, { function: 'active_lists' })).text()).toBe(
      'ERROR: Login incorrect, please try again: |api|1234|LOCK|\n',
    );
  });
});

describe('faults and the request log on the stock path', () => {
  it('logs the path, the back end and the function', async () => {
    await get(STOCK, LEAD);
    await get(ELISION, { function: 'active_lists' });
    const log = (await (await fetch(`${sim.base}/__sim/dialer/log`)).json()) as RequestLogEntry[];
    expect(log.map((e) => [e.path, e.backend, e.function])).toEqual([
      [STOCK, 'vicidial', 'add_lead'],
      [ELISION, 'elision', 'active_lists'],
    ]);
    expect(log[0]).toMatchObject({ status: 200, processed: true, fault: null });
  });

  it('applies queued faults: HTTP 500 without the work, a cut reply with it', async () => {
    await setFaults({ failNext: [{ mode: 'http500' }, { mode: 'truncate' }] });
    const failed = await get(STOCK, LEAD);
    expect(failed.status).toBe(500);
    expect(sim.handler.state.leads).toHaveLength(3);
    const cut = await (await get(STOCK, LEAD)).text();
    expect('SUCCESS: add_lead LEAD HAS BEEN ADDED - 4155550134|1101|1036|').toContain(cut);
    expect(cut.length).toBeGreaterThan(10);
    expect(sim.handler.state.leads).toHaveLength(4);
    expect(sim.handler.requestLog.map((e) => e.fault)).toEqual(['http500', 'truncate']);
  });

  it('does the work of a timed-out add_lead when the fault commits, so a retry duplicates it', async () => {
    await setFaults({ failNext: { mode: 'hang', commit: true } });
    await expect(get(STOCK, LEAD, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(await (await get(STOCK, LEAD)).text()).toMatch(/\|1101\|1037\|/);
    const retry = await get(STOCK, { ...LEAD, duplicate_check: 'DUPLIST' });
    expect(await retry.text()).toBe(
      'ERROR: add_lead DUPLICATE PHONE NUMBER IN LIST - 4155550134|1101|1036\n',
    );
  });

  it("answers an over-long request line with Apache's 414 on this path too", async () => {
    const res = await get(STOCK, { ...LEAD, comments: 'x'.repeat(9000) });
    expect(res.status).toBe(414);
    expect(sim.handler.requestLog.at(-1)).toMatchObject({ path: STOCK, fault: 'uri-too-long' });
  });
});
