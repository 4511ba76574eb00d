import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { closeStorageToContentScripts } from './close-storage';

describe('closeStorageToContentScripts', () => {
  it('restricts local and session storage to trusted contexts where the browser can', async () => {
    const local = vi.fn().mockResolvedValue(undefined);
    const session = vi.fn().mockResolvedValue(undefined);
    Object.assign(browser.storage.local, { setAccessLevel: local });
    Object.assign(browser.storage.session, { setAccessLevel: session });
    await closeStorageToContentScripts();
    expect(local).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does nothing where the browser has no such switch (Firefox)', async () => {
    Object.assign(browser.storage.local, { setAccessLevel: undefined });
    Object.assign(browser.storage.session, { setAccessLevel: undefined });
    await expect(closeStorageToContentScripts()).resolves.toBeUndefined();
  });
});
