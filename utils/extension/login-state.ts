import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * The CRM login the content script captured, waiting for the CRM to show that it succeeded.
 * Session storage only: kept in memory, never written to disk, closed to content scripts
 * (Chromium's default for this area), and dropped after a few minutes.
 */
const pendingLoginItem = storage.defineItem<unknown>('session:pendingLogin');
const agentItem = storage.defineItem<unknown>('session:agentLoggedIn');

export const PENDING_LOGIN_TTL_MS = 3 * 60_000;

const pendingSchema = z.object({
  origin: z.string(),
  username: z.string(),
  password: z.string(),
  at: z.number(),
});
const agentSchema = z.object({
  origin: z.string(),
  username: z.string(),
  /** The tab the agent logged in from. */
  tabId: z.optional(z.number()),
});

export type PendingLogin = z.infer<typeof pendingSchema>;

export async function setPendingLogin(login: Omit<PendingLogin, 'at'>, now = Date.now()) {
  await pendingLoginItem.setValue({ ...login, at: now });
}

/** The pending login for this site, if it is still fresh; a stale one is wiped on the way. */
export async function getPendingLogin(
  origin: string,
  now = Date.now(),
): Promise<PendingLogin | null> {
  const parsed = pendingSchema.safeParse(await pendingLoginItem.getValue());
  if (!parsed.success) return null;
  if (now - parsed.data.at > PENDING_LOGIN_TTL_MS) {
    await pendingLoginItem.removeValue();
    return null;
  }
  return parsed.data.origin === origin ? parsed.data : null;
}

export const wipePendingLogin = () => pendingLoginItem.removeValue();

export async function getAgent(): Promise<z.infer<typeof agentSchema> | null> {
  const parsed = agentSchema.safeParse(await agentItem.getValue());
  return parsed.success ? parsed.data : null;
}

export const setAgent = (agent: z.infer<typeof agentSchema>) => agentItem.setValue(agent);
export const clearAgent = () => agentItem.removeValue();
