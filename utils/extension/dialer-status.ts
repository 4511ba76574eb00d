import { storage } from 'wxt/utils/storage';
import type { ResponseOf } from '../messaging/protocol';
import { type ClientFromSettings, rememberRefusedLogin } from './dialer-from-settings';

export type DialerStatus = ResponseOf<'dialer/status'>;

/** How long an answer is reused: the popup opens often, and each check is a dialer request. */
export const STATUS_TTL_MS = 60_000;

interface CachedStatus {
  /** The credentials it was checked with (a digest): new settings mean a new check. */
  key: string;
  answers: 'yes' | 'no';
  message: string;
  checkedAt: number;
}

const statusItem = storage.defineItem<CachedStatus | null>('session:dialerStatus', {
  fallback: null,
});

interface StatusDeps {
  clientFromSettings(): Promise<ClientFromSettings>;
  /** Whether the dialer URL, API user and password are set. */
  isConfigured(): Promise<boolean>;
  now?(): number;
}

/**
 * Whether the dialer answers, for the popup: the client's testConnection, kept for a minute in
 * session storage (`refresh` checks again). After a refused login nothing is sent: the client
 * from settings refuses to be made, and its message is the answer.
 */
export async function dialerStatus(
  { refresh = false }: { refresh?: boolean },
  { clientFromSettings, isConfigured, now = Date.now }: StatusDeps,
): Promise<DialerStatus> {
  if (!(await isConfigured())) {
    return {
      configured: false,
      answers: 'unknown',
      message: 'Not configured: set the dialer URL, API user and API password in the options.',
      checkedAt: null,
    };
  }
  const made = await clientFromSettings();
  if (!made.ok) return { configured: true, answers: 'no', message: made.message, checkedAt: null };
  const cached = await statusItem.getValue();
  if (!refresh && cached && cached.key === made.key && now() - cached.checkedAt < STATUS_TTL_MS) {
    const { answers, message, checkedAt } = cached;
    return { configured: true, answers, message, checkedAt };
  }
  const result = await made.client.testConnection();
  if (!result.ok && result.kind === 'auth') await rememberRefusedLogin(made.key);
  const checked: CachedStatus = {
    key: made.key,
    answers: result.ok ? 'yes' : 'no',
    message: result.ok ? connectedText(result.value) : result.message,
    checkedAt: now(),
  };
  await statusItem.setValue(checked);
  return {
    configured: true,
    answers: checked.answers,
    message: checked.message,
    checkedAt: checked.checkedAt,
  };
}

function connectedText(info: { backend: string; listCount?: number; version?: string }): string {
  return info.backend === 'elision'
    ? `The dialer answers (${info.listCount ?? 0} active lists).`
    : `The dialer answers (stock VICIdial ${info.version ?? ''}).`.replace(' )', ')');
}
