/** The exact origin of an http(s) URL (widget messages are posted to it, never to "*"). */
export function httpOriginOf(widgetUrl: string): string | null {
  if (!widgetUrl) return null;
  try {
    const url = new URL(widgetUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The seed's own layout: the dialer page is the parent and frames the CRM. True when this
 * document is a frame whose direct parent is on the widget's origin. `ancestorOrigins` is
 * Chromium's; elsewhere the referrer of a framed document is its parent's URL.
 */
export function isFramedByDialer(
  frame: { isTop: boolean; ancestorOrigins?: ArrayLike<string> },
  referrer: string,
  widgetOrigin: string | null,
): boolean {
  if (!widgetOrigin || frame.isTop) return false;
  const ancestors = frame.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] === widgetOrigin;
  return httpOriginOf(referrer) === widgetOrigin;
}
