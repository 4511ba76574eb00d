import { storage } from 'wxt/utils/storage';
import { createDialerClient, type DialerClient } from '../dialer';
import { loadSecrets, loadSettings } from './settings-store';

/**
 * After the dialer refused the login, nothing is sent with the same credentials again until
 * they change: real servers lock the account after 10 failures in 15 minutes, even for the
 * right password. Kept in session storage so a restarted service worker still knows.
 */
const refusedLoginItem = storage.defineItem<string | null>('session:dialerLoginRefused', {
  fallback: null,
});

async function credentialKey(parts: string[]): Promise<string> {
  // A digest, so the password itself is not copied into another storage item.
  const bytes = new TextEncoder().encode(parts.join('\u0000'));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type ClientFromSettings =
  | { ok: true; client: DialerClient; key: string }
  | { ok: false; message: string };

/** The one way background code gets a dialer client: from the stored settings and secrets. */
export async function dialerClientFromSettings(): Promise<ClientFromSettings> {
  const [{ settings }, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
  const missing = [
    !settings.dialerUrl && 'dialer URL',
    !settings.apiUser && 'API user',
    !secrets.apiPass && 'API password',
  ].filter(Boolean);
  if (missing.length > 0) {
    return { ok: false, message: `Not configured: set the ${missing.join(', ')} in the options.` };
  }
  const key = await credentialKey([
    settings.dialerUrl,
    settings.apiPath,
    settings.apiUser,
    secrets.apiPass,
  ]);
  if ((await refusedLoginItem.getValue()) === key) {
    return {
      ok: false,
      message:
        'The dialer refused this API user and password. Nothing more is sent with them (the dialer locks an account after 10 failed logins): correct the password and save.',
    };
  }
  const client = createDialerClient({
    baseUrl: settings.dialerUrl,
    apiPath: settings.apiPath,
    apiUser: settings.apiUser,
    apiPass: secrets.apiPass,
    source: settings.source,
    backend: settings.backend,
    fetch: (input, init) => fetch(input, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
  });
  return { ok: true, client, key };
}

export async function rememberRefusedLogin(key: string): Promise<void> {
  await refusedLoginItem.setValue(key);
}
