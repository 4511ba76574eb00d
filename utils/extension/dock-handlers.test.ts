import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dockHandlers, sendToDock } from './dock-handlers';
import { getDockPlace, getLiveDock, watchDockTabs } from './dock-state';
import { saveSettings } from './settings-store';
import { widgetHandlers } from './widget-handlers';

const CRM = 'https://crm.example.com';
const WIDGET_URL = 'https://dialer.example.com/widget/';

const ctx = (tabId: number, frameId = 0) => ({
  sender: {
    id: 'test',
    url: `${CRM}/contacts`,
    tab: { id: tabId, url: `${CRM}/contacts` },
    frameId,
  },
  kind: 'content-script' as const,
});

const call = { action: 'click_to_call', phone_code: '1', phone_number: '4155550134' } as const;

/** Two CRM tabs; `sendMessage` answers as a started dock would (tabs in `docks` only). */
async function setUp(widgetUrl = WIDGET_URL) {
  await saveSettings({ widgetMode: 'docked', widgetUrl });
  const a = await fakeBrowser.tabs.create({ url: `${CRM}/contacts` });
  const b = await fakeBrowser.tabs.create({ url: `${CRM}/contacts/2` });
  const docks = new Set<number>([a.id ?? -1, b.id ?? -1]);
  const sent: { tabId: number; message: unknown }[] = [];
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId, message) => {
    sent.push({ tabId, message });
    if (!docks.has(tabId)) throw new Error('Could not establish connection');
    return (message as { type: string }).type === 'dock/deliver' ? { posted: true, note: '' } : {};
  });
  return { a: a.id ?? -1, b: b.id ?? -1, docks, sent };
}

describe('the one live dock', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The widget page allows framing unless a test says otherwise.
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<!doctype html>'));
  });

  it('is off in window mode: no dock is shown', async () => {
    await saveSettings({ widgetMode: 'window', widgetUrl: WIDGET_URL });
    expect((await dockHandlers['dock/hello']({}, ctx(1))).state).toBe('off');
  });

  it('makes the first tab live and offers the take-over to the next, without a widget URL', async () => {
    const { a, b } = await setUp();
    expect(await dockHandlers['dock/hello']({}, ctx(a))).toMatchObject({
      state: 'live',
      widgetUrl: WIDGET_URL,
    });
    expect(await dockHandlers['dock/hello']({}, ctx(b))).toEqual({
      state: 'offer',
      widgetUrl: null,
      place: null,
      note: 'The widget is live in another tab',
    });
    // A reload of the live tab keeps it live.
    expect((await dockHandlers['dock/hello']({}, ctx(a))).state).toBe('live');
    expect(await getLiveDock()).toEqual({ tabId: a, frameId: 0, origin: CRM });
  });

  it('two tabs starting at once: only one becomes live', async () => {
    const { a, b } = await setUp();
    const states = await Promise.all([
      dockHandlers['dock/hello']({}, ctx(a)),
      dockHandlers['dock/hello']({}, ctx(b)),
    ]);
    expect(states.map((s) => s.state).sort()).toEqual(['live', 'offer']);
  });

  it('take-over makes this tab live and tells the old one to stand by', async () => {
    const { a, b, sent } = await setUp();
    await dockHandlers['dock/hello']({}, ctx(a));
    await dockHandlers['dock/hello']({}, ctx(b));
    expect((await dockHandlers['dock/take-over']({}, ctx(b))).state).toBe('live');
    expect(await getLiveDock()).toMatchObject({ tabId: b });
    expect(sent).toContainEqual({ tabId: a, message: { type: 'dock/standby' } });
    expect((await dockHandlers['dock/hello']({}, ctx(a))).state).toBe('offer');
  });

  it('frees the slot when the live tab closes or goes to another site, not on a same-site page', async () => {
    watchDockTabs();
    const { a, b } = await setUp();
    await dockHandlers['dock/hello']({}, ctx(a));
    await fakeBrowser.tabs.update(a, { url: `${CRM}/contacts/7` });
    await vi.waitFor(async () => expect(await getLiveDock()).toMatchObject({ tabId: a }));
    await fakeBrowser.tabs.update(a, { url: 'https://news.example.org/' });
    await vi.waitFor(async () => expect(await getLiveDock()).toBeNull());

    await dockHandlers['dock/hello']({}, ctx(b));
    // fakeBrowser's tabs.remove looks the window up by the tab's id: fire the event itself.
    await fakeBrowser.tabs.onRemoved.trigger(b, { isWindowClosing: false, windowId: 1 });
    await vi.waitFor(async () => expect(await getLiveDock()).toBeNull());
  });

  // From a bug: after a switch to window mode the live dock kept its widget loaded, a second
  // softphone session beside the dialer window.
  it('tells the live dock to stand by when the widget mode leaves docked', async () => {
    watchDockTabs();
    const { a, sent } = await setUp();
    await dockHandlers['dock/hello']({}, ctx(a));
    await saveSettings({ widgetMode: 'window', widgetUrl: WIDGET_URL });
    await vi.waitFor(() =>
      expect(sent).toContainEqual({ tabId: a, message: { type: 'dock/standby' } }),
    );
    expect(await getLiveDock()).toBeNull();
  });

  it('a live tab that no longer exists does not block another (missed close event)', async () => {
    const { a, b } = await setUp();
    await dockHandlers['dock/hello']({}, ctx(a));
    // Removed without the watcher running, as when the worker was asleep and missed it.
    vi.spyOn(browser.tabs, 'get').mockImplementation(async (id) => {
      if (id === a) throw new Error(`No tab with id: ${id}`);
      return { id } as never;
    });
    expect((await dockHandlers['dock/hello']({}, ctx(b))).state).toBe('live');
  });

  it('is blocked, with a clear note, when the widget refuses to be framed', async () => {
    const { a } = await setUp('https://strict-dialer.example.com/widget/');
    vi.mocked(fetch).mockResolvedValue(
      new Response('', { headers: { 'X-Frame-Options': 'DENY' } }),
    );
    const state = await dockHandlers['dock/hello']({}, ctx(a));
    expect(state.state).toBe('blocked');
    expect(state.note).toMatch(/X-Frame-Options: DENY.*One dialer window/);
    expect(await getLiveDock()).toBeNull();
  });

  it('is blocked in a sub-frame and without a widget URL', async () => {
    await saveSettings({ widgetMode: 'docked', widgetUrl: '' });
    expect((await dockHandlers['dock/hello']({}, ctx(1))).note).toMatch(/Set the widget URL/);
    const { a } = await setUp();
    expect((await dockHandlers['dock/hello']({}, ctx(a, 3))).state).toBe('blocked');
  });

  it('remembers the place the agent left it', async () => {
    const { a } = await setUp();
    const place = { left: 40, top: 50, width: 400, height: 600, collapsed: true };
    await dockHandlers['dock/save-place'](place, ctx(a));
    expect(await getDockPlace()).toEqual(place);
    expect((await dockHandlers['dock/hello']({}, ctx(a))).place).toEqual(place);
  });
});

describe('messages to the docked widget', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(''));
  });

  it('go to the live tab, whichever tab dials', async () => {
    const { a, b, sent } = await setUp();
    await dockHandlers['dock/hello']({}, ctx(a));
    expect(await sendToDock(call, ctx(b).sender)).toEqual({ ok: true });
    expect(sent).toEqual([{ tabId: a, message: { type: 'dock/deliver', message: call } }]);
  });

  it('make the dialing tab live when no tab is', async () => {
    const { b, sent } = await setUp();
    expect(await sendToDock(call, ctx(b).sender)).toEqual({ ok: true });
    expect(await getLiveDock()).toMatchObject({ tabId: b });
    expect(sent).toEqual([{ tabId: b, message: { type: 'dock/deliver', message: call } }]);
  });

  it('wait for the dock of a page still loading to start', async () => {
    const { a, docks, sent } = await setUp();
    docks.delete(a);
    const delivered = sendToDock(call, ctx(a).sender);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    docks.add(a);
    await dockHandlers['dock/hello']({}, ctx(a));
    expect(await delivered).toEqual({ ok: true });
    expect(sent).toHaveLength(2);
  });

  it('dial once per number within 2 s and report what happened', async () => {
    const { a, sent } = await setUp();
    const openWindow = vi.spyOn(browser.windows, 'create');
    await dockHandlers['dock/hello']({}, ctx(a));
    const dial = () => widgetHandlers['widget/dial']({ message: { ...call } }, ctx(a));
    expect(await dial()).toEqual({ status: 'sent', message: 'Dialing +1 4155550134' });
    expect((await dial()).status).toBe('duplicate');
    expect(sent).toHaveLength(1);
    // Never a dialer window in docked mode.
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('carry the CRM login to the live dock, reported as docked', async () => {
    const { a, sent } = await setUp();
    const delivery = await widgetHandlers['widget/relay'](
      { message: { action: 'logout' } },
      ctx(a),
    );
    expect(delivery).toEqual({ delivered: 'docked', note: 'logout' });
    expect(sent).toEqual([
      { tabId: a, message: { type: 'dock/deliver', message: { action: 'logout' } } },
    ]);
  });
});
