import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from './background-handlers';

const ctx = (url: string) => ({
  sender: { id: 'test', url, tab: { id: 1 } },
  kind: 'content-script' as const,
});
const pageCtx = {
  sender: { id: 'test', url: 'chrome-extension://test/options.html' },
  kind: 'extension-page' as const,
};

describe('background handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser does not implement these; the registration itself is covered end to end.
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    vi.spyOn(browser.scripting, 'unregisterContentScripts').mockResolvedValue();
    vi.spyOn(browser.scripting, 'registerContentScripts').mockResolvedValue();
  });

  it('stores secrets but only ever says whether they are set', async () => {
    const saved = await backgroundHandlers['settings/save'](
      { settings: { apiUser: 'api' }, secrets: { apiPass: '1234', agentPhonePass: 'pp' } },
      pageCtx,
    );
    expect(saved.ok).toBe(true);
    const reply = await backgroundHandlers['settings/get']({}, pageCtx);
    expect(reply.secretsSet).toEqual({ apiPass: true, agentPhonePass: true });
    expect(JSON.stringify(reply)).not.toContain('1234');
  });

  it('keeps a secret the save did not mention, and clears one sent as empty', async () => {
    await backgroundHandlers['settings/save'](
      { settings: {}, secrets: { apiPass: '1234', agentPhonePass: 'pp' } },
      pageCtx,
    );
    await backgroundHandlers['settings/save'](
      { settings: {}, secrets: { agentPhonePass: '' } },
      pageCtx,
    );
    const reply = await backgroundHandlers['settings/get']({}, pageCtx);
    expect(reply.secretsSet).toEqual({ apiPass: true, agentPhonePass: false });
  });

  it('saves nothing when one field is bad', async () => {
    const reply = await backgroundHandlers['settings/save'](
      { settings: { apiUser: 'api', source: 'x' } },
      pageCtx,
    );
    expect(reply).toEqual({
      ok: false,
      problems: [{ field: 'source', message: 'Source must be 2-20 letters or digits' }],
    });
    expect((await backgroundHandlers['settings/get']({}, pageCtx)).settings.apiUser).toBe('');
  });

  it('enables a site and registers the CRM scripts for that origin only', async () => {
    const reply = await backgroundHandlers['sites/set'](
      { origin: 'https://crm.example.com/app', enabled: true },
      pageCtx,
    );
    expect(reply.ok).toBe(true);
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ matches: ['https://crm.example.com/*'], allFrames: true }),
      expect.objectContaining({ matches: ['https://crm.example.com/*'], allFrames: true }),
    ]);
  });

  it('reports a site whose origin the browser has not granted', async () => {
    vi.mocked(browser.permissions.contains).mockResolvedValue(false);
    const reply = await backgroundHandlers['sites/set'](
      { origin: 'https://crm.example.com', enabled: true },
      pageCtx,
    );
    expect(reply).toEqual({
      ok: false,
      problems: [
        { field: 'site', message: 'The browser has not granted access to https://crm.example.com' },
      ],
    });
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('tells a content script whether its own page origin is enabled, from the sender URL', async () => {
    await backgroundHandlers['sites/set'](
      { origin: 'https://crm.example.com', enabled: true },
      pageCtx,
    );
    expect(
      (await backgroundHandlers['content/hello']({}, ctx('https://crm.example.com/contacts')))
        .enabled,
    ).toBe(true);
    expect(
      (await backgroundHandlers['content/hello']({}, ctx('https://other.example.com/'))).enabled,
    ).toBe(false);
  });

  it('starts the login script in the frame whose call-button script asks, on enabled sites only', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([]);
    await backgroundHandlers['sites/set'](
      { origin: 'https://crm.example.com', enabled: true },
      pageCtx,
    );
    const page = ctx('https://crm.example.com/contacts');
    const framed = { ...page, sender: { ...page.sender, frameId: 3 } };
    expect(await backgroundHandlers['content/start-login']({}, framed)).toEqual({ started: true });
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 1, frameIds: [3] },
      files: ['content-scripts/crm-login.js'],
      injectImmediately: true,
    });
    inject.mockClear();
    // A hello starts nothing, nor does a site that is not enabled.
    await backgroundHandlers['content/hello']({}, page);
    const other = ctx('https://other.example.com/');
    expect(await backgroundHandlers['content/start-login']({}, other)).toEqual({ started: false });
    expect(inject).not.toHaveBeenCalled();
  });

  it('unregisters the script when the last site is paused', async () => {
    await backgroundHandlers['sites/set'](
      { origin: 'https://crm.example.com', enabled: true },
      pageCtx,
    );
    vi.mocked(browser.scripting.getRegisteredContentScripts).mockResolvedValue([
      { id: 'dialer-bridge-crm' } as never,
    ]);
    vi.mocked(browser.scripting.registerContentScripts).mockClear();
    await backgroundHandlers['sites/set'](
      { origin: 'https://crm.example.com', enabled: false },
      pageCtx,
    );
    expect(browser.scripting.unregisterContentScripts).toHaveBeenCalledWith({
      ids: ['dialer-bridge-crm'],
    });
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
