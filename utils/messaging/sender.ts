/** Who sent a runtime message, as far as the background is concerned. */
export type SenderKind = 'extension-page' | 'content-script';

/** The fields of `runtime.MessageSender` that the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * Classifies a sender before any handler runs. Only our own extension may talk to the
 * background at all; a page of ours (popup, options, import) is trusted; a content script is
 * identified by its tab and an http(s) page URL, and only ever gets the content-script messages.
 */
export function classifySender(
  sender: SenderInfo,
  own: { id: string; pageBase: string },
): SenderKind | null {
  if (sender.id !== own.id || !sender.url) return null;
  // `pageBase` is runtime.getURL(''), e.g. chrome-extension://<id>/. A prefix test, because
  // URL.origin is "null" for non-special schemes outside the browser.
  if (sender.url.startsWith(own.pageBase)) return 'extension-page';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (sender.tab?.id !== undefined && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return 'content-script';
  }
  return null;
}

/** The site a content script runs on, from the browser's own sender URL, never from a message. */
export function senderOrigin(sender: SenderInfo): string {
  return sender.url ? new URL(sender.url).origin : '';
}
