/**
 * Whether the widget page lets a CRM page frame it, read from its response headers. A real
 * dialer may send `X-Frame-Options` or CSP `frame-ancestors`; the browser then shows an error
 * page in the frame that the extension cannot see into, so the background reads the headers and
 * the dock explains instead. Returns why framing is refused, or null when it is allowed.
 */
export function framingRefusal(
  headers: { get(name: string): string | null },
  crmOrigin: string,
  widgetOrigin: string,
): string | null {
  const ancestors = frameAncestors(headers.get('content-security-policy'));
  // CSP frame-ancestors wins over X-Frame-Options where both are sent.
  if (ancestors !== null) {
    return ancestors.some((source) => sourceMatches(source, crmOrigin, widgetOrigin))
      ? null
      : `its Content-Security-Policy allows framing by ${ancestors.join(' ') || "'none'"} only`;
  }
  const xfo = headers.get('x-frame-options')?.trim().toLowerCase();
  if (xfo === 'deny') return 'it sends X-Frame-Options: DENY';
  if (xfo === 'sameorigin' && crmOrigin !== widgetOrigin) {
    return 'it sends X-Frame-Options: SAMEORIGIN';
  }
  return null;
}

/** The frame-ancestors sources of a CSP header (several policies: each must allow), or null. */
function frameAncestors(csp: string | null): string[] | null {
  if (!csp) return null;
  let result: string[] | null = null;
  for (const directive of csp.split(/[;,]/)) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() !== 'frame-ancestors') continue;
    const list = sources.filter((s) => s.toLowerCase() !== "'none'");
    // Two policies both restricting framing: a source must pass both; keep the narrower list.
    result = result === null ? list : result.filter((s) => list.includes(s));
  }
  return result;
}

function sourceMatches(source: string, crmOrigin: string, widgetOrigin: string): boolean {
  const lower = source.toLowerCase();
  if (lower === '*') return true;
  if (lower === "'self'") return crmOrigin === widgetOrigin;
  const crm = new URL(crmOrigin);
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return crm.protocol === lower;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?\/?$/.exec(lower);
  if (!match) return false;
  const [, scheme, wildcard, host = '', port] = match;
  if (scheme && `${scheme}:` !== crm.protocol) return false;
  if (!scheme && crm.protocol !== 'https:' && crm.protocol !== 'http:') return false;
  const hostOk = wildcard ? crm.hostname.endsWith(`.${host}`) : crm.hostname === host;
  const defaultPort = crm.protocol === 'https:' ? '443' : '80';
  const portOk = port === '*' || (port ?? defaultPort) === (crm.port || defaultPort);
  return hostOk && portOk;
}
