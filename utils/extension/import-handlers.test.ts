import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importHandlers } from './import-handlers';

const pageCtx = {
  sender: { id: 'test', url: 'chrome-extension://test/import.html' },
  kind: 'extension-page' as const,
};
const contact = {
  e164: '+14155550134',
  phoneCode: '1',
  phoneNumber: '4155550134',
  foundIn: 'Phone',
};

describe('page/contacts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({
      url: 'https://crm.example.com/contacts',
      title: 'Contacts',
    } as never);
  });

  it('injects the page-contacts script into every frame and keeps only well-formed replies', async () => {
    const execute = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, result: { contacts: [contact] } },
      { frameId: 1, result: { contacts: [{ e164: 42 }] } },
      { frameId: 2, result: undefined },
    ] as never);
    const reply = await importHandlers['page/contacts']({ tabId: 7 }, pageCtx);
    expect(execute).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: ['/content-scripts/page-contacts.js'],
    });
    expect(reply).toEqual({
      ok: true,
      url: 'https://crm.example.com/contacts',
      title: 'Contacts',
      contacts: [contact],
    });
  });

  it('says what to do when the browser does not let it read the page', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page'),
    );
    const reply = await importHandlers['page/contacts']({ tabId: 7 }, pageCtx);
    expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/Enable the site/) });
  });
});
