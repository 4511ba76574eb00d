import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CrmState, type CrmUser, sessionUser, startSession } from './crm-state';
import { parseCookies, redirect } from './http-util';

/**
 * Two cookies carry the same session token. The plain SameSite=Lax one serves the CRM as a
 * top-level page. When the CRM is framed by the dialer page (127.0.0.1 framing localhost, a
 * cross-site frame), browsers neither send nor store Lax cookies, so a second cookie is
 * SameSite=None; Secure; Partitioned (CHIPS): Chromium accepts Secure on http://localhost,
 * and partitioning keeps it working where third-party cookies are blocked.
 */
export const SESSION_COOKIE = 'crm_session';
export const FRAMED_SESSION_COOKIE = 'crm_session_framed';

const BASE = 'Path=/crm; HttpOnly';

export function sessionCookies(token: string): string[] {
  return [
    `${SESSION_COOKIE}=${token}; ${BASE}; SameSite=Lax`,
    `${FRAMED_SESSION_COOKIE}=${token}; ${BASE}; SameSite=None; Secure; Partitioned`,
  ];
}

export function clearedSessionCookies(): string[] {
  const expired = 'Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
  return [
    `${SESSION_COOKIE}=; ${BASE}; SameSite=Lax; ${expired}`,
    `${FRAMED_SESSION_COOKIE}=; ${BASE}; SameSite=None; Secure; Partitioned; ${expired}`,
  ];
}

export function sessionTokens(req: IncomingMessage): string[] {
  const cookies = parseCookies(req);
  return [cookies.get(SESSION_COOKIE), cookies.get(FRAMED_SESSION_COOKIE)].filter(
    (t): t is string => Boolean(t),
  );
}

export function currentUser(req: IncomingMessage, state: CrmState): CrmUser | null {
  for (const token of sessionTokens(req)) {
    const user = sessionUser(state, token);
    if (user) return user;
  }
  return null;
}

/** Signs the user in: a new token, both cookies in the returned Set-Cookie list. */
export function signIn(state: CrmState, user: CrmUser): string[] {
  return sessionCookies(startSession(state, user.username));
}

export function signOut(req: IncomingMessage, state: CrmState): string[] {
  for (const token of sessionTokens(req)) state.sessions.delete(token);
  return clearedSessionCookies();
}

/** Only a path inside the CRM may follow a login: never another origin (no open redirect). */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/crm/') || next.includes('//') || next.includes('\\')) {
    return '/crm/';
  }
  return next;
}

/** The signed-in user, or null after answering with a redirect to the login page. */
export function requireUser(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: CrmState,
): CrmUser | null {
  const user = currentUser(req, state);
  if (user) return user;
  const next = url.pathname + url.search;
  const query = next === '/crm/' ? '' : `?next=${encodeURIComponent(next)}`;
  redirect(res, `/crm/login${query}`);
  return null;
}
