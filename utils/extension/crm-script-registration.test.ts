import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncCrmScriptRegistration } from './crm-script-registration';
import { saveSettings } from './settings-store';

const sites = [{ origin: 'https://crm.example.com', enabled: true }];

describe('syncCrmScriptRegistration', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    vi.spyOn(browser.scripting, 'unregisterContentScripts').mockResolvedValue();
    vi.spyOn(browser.scripting, 'registerContentScripts').mockResolvedValue();
  });

  const registered = () =>
    vi.mocked(browser.scripting.registerContentScripts).mock.calls.flatMap(([scripts]) => scripts);

  it('registers no dock script in window mode: those pages never load it', async () => {
    await syncCrmScriptRegistration(sites);
    expect(registered().map((script) => script.id)).toEqual([
      'dialer-bridge-crm-pool',
      'dialer-bridge-crm',
    ]);
  });

  it('registers the call-button pool for document_start, in every frame, so the page paints it with its own first frames', async () => {
    await syncCrmScriptRegistration(sites);
    expect(registered()).toContainEqual({
      id: 'dialer-bridge-crm-pool',
      matches: ['https://crm.example.com/*'],
      js: ['call-button-pool.js'],
      runAt: 'document_start',
      allFrames: true,
    });
  });

  it('registers the paint isolation sheet with the CRM scripts, so it applies before the first paint', async () => {
    await syncCrmScriptRegistration(sites);
    expect(registered()).toContainEqual(
      expect.objectContaining({
        id: 'dialer-bridge-crm',
        js: ['content-scripts/crm.js'],
        css: ['crm-paint.css'],
      }),
    );
  });

  it('registers the dock script in docked mode, in the top page of enabled sites only', async () => {
    await saveSettings({ widgetMode: 'docked' });
    await syncCrmScriptRegistration(sites);
    expect(registered()).toContainEqual(
      expect.objectContaining({
        id: 'dialer-bridge-dock',
        matches: ['https://crm.example.com/*'],
        js: ['content-scripts/dock.js'],
        allFrames: false,
      }),
    );
  });

  it('removes every script of ours when the mode or the sites change', async () => {
    vi.mocked(browser.scripting.getRegisteredContentScripts).mockResolvedValue([
      { id: 'dialer-bridge-crm' },
      { id: 'dialer-bridge-crm-pool' },
      { id: 'dialer-bridge-dock' },
    ] as never);
    await syncCrmScriptRegistration([]);
    expect(browser.scripting.getRegisteredContentScripts).toHaveBeenCalledWith({
      ids: ['dialer-bridge-crm', 'dialer-bridge-crm-pool', 'dialer-bridge-dock'],
    });
    expect(browser.scripting.unregisterContentScripts).toHaveBeenCalledWith({
      ids: ['dialer-bridge-crm', 'dialer-bridge-crm-pool', 'dialer-bridge-dock'],
    });
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
