import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PAGE_CONTACTS } from '../messaging/import-messages';
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
      left: 0,
    });
  });

  it('counts the numbers past the limit instead of dropping them without a word', async () => {
    const many = Array.from({ length: MAX_PAGE_CONTACTS - 1 }, () => contact);
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, result: { contacts: many, left: 5 } },
      { frameId: 1, result: { contacts: [contact, contact, contact], left: 0 } },
    ] as never);
    const reply = await importHandlers['page/contacts']({ tabId: 7 }, pageCtx);
    expect(reply.ok && reply.contacts.length).toBe(MAX_PAGE_CONTACTS);
    // 5 the top frame left out, and 2 of the second frame's 3 over the limit.
    expect(reply.ok && reply.left).toBe(7);
  });

  it('says what to do when the browser does not let it read the page', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page'),
    );
    const reply = await importHandlers['page/contacts']({ tabId: 7 }, pageCtx);
    expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/Enable the site/) });
  });
});
