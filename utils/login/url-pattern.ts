/**
 * Which pages a custom rule is for, written like a match pattern:
 * - `https://crm.example.com` or `https://crm.example.com/`: every page of that origin;
 * - `https://crm.example.com/app/*`: pages whose path (and query) fits, `*` for any characters;
 * - `https://*.example.com/*`: the domain and its subdomains; `*://…`: http and https.
 * A port, when written, must match; when not, the scheme's default port is meant.
 */
const PATTERN = /^(\*|https?):\/\/(\*\.)?([^/*:?#\s]+)(:\d{1,5})?(\/[^\s#]*)?$/i;

export type PatternCheck = { ok: true } | { ok: false; reason: string };

export function checkUrlPattern(pattern: string): PatternCheck {
  if (pattern.trim() === '') return { ok: false, reason: 'is empty' };
  if (!PATTERN.test(pattern)) {
    return {
      ok: false,
      reason:
        'must look like https://crm.example.com, https://crm.example.com/app/* or https://*.example.com/*',
    };
  }
  return { ok: true };
}

export function urlPatternMatches(pattern: string, url: URL): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, scheme = '', anySubdomain, host = '', port = '', path = ''] = parts;
  const protocol = url.protocol.slice(0, -1);
  if (
    scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme.toLowerCase() !== protocol
  ) {
    return false;
  }
  const wanted = host.toLowerCase();
  const hostname = url.hostname.toLowerCase();
  if (hostname !== wanted && !(anySubdomain && hostname.endsWith(`.${wanted}`))) return false;
  if (port.slice(1) !== url.port) return false;
  if (path === '' || path === '/') return true;
  const glob = path.split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${glob}$`).test(url.pathname + url.search);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
