import { describe, expect, it } from 'vitest';
import { classifySender } from './sender';

const own = { id: 'ext-id', pageBase: 'chrome-extension://ext-id/' };

describe('classifySender', () => {
  it('trusts our own extension pages', () => {
    expect(
      classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id/options.html' }, own),
    ).toBe('extension-page');
  });

  it('treats our script in a web page tab as a content script', () => {
    expect(
      classifySender(
        { id: 'ext-id', url: 'https://crm.example.com/x', tab: { id: 4 }, frameId: 0 },
        own,
      ),
    ).toBe('content-script');
  });

  it('refuses another extension, even one that copies our page paths', () => {
    expect(
      classifySender({ id: 'other', url: 'chrome-extension://other/options.html' }, own),
    ).toBeNull();
    expect(
      classifySender({ id: 'other', url: 'chrome-extension://ext-id/options.html' }, own),
    ).toBeNull();
  });

  it('refuses a web page sender without a tab, and a sender without a URL', () => {
    expect(classifySender({ id: 'ext-id', url: 'https://crm.example.com/' }, own)).toBeNull();
    expect(classifySender({ id: 'ext-id', tab: { id: 1 } }, own)).toBeNull();
  });

  it('refuses a look-alike extension origin', () => {
    expect(
      classifySender(
        { id: 'ext-id', url: 'chrome-extension://ext-id.evil/x', tab: { id: 1 } },
        own,
      ),
    ).toBeNull();
  });
});
