import type { WidgetMessage } from './widget-messages';
import { httpOriginOf } from './widget-origin';

export const WIDGET_LOAD_TIMEOUT_MS = 30_000;

/**
 * The widget iframe of the live dock. Messages wait until it has loaded, then go to the
 * widget's exact origin: if the frame was navigated elsewhere, the browser drops them.
 */
export function createWidgetFrame(doc: Document, widgetUrl: string) {
  const origin = httpOriginOf(widgetUrl);
  if (!origin) throw new Error('The widget URL is not an http(s) address');
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('allow', 'microphone; autoplay');
  iframe.title = 'Dialer widget';
  iframe.dataset.testid = 'dock-widget';
  const loaded = new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
  });
  iframe.src = widgetUrl;
  return {
    iframe,
    widgetUrl,
    async post(message: WidgetMessage, timeoutMs = WIDGET_LOAD_TIMEOUT_MS): Promise<void> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error('The docked widget did not finish loading')),
          timeoutMs,
        );
      });
      try {
        await Promise.race([loaded, timeout]);
      } finally {
        clearTimeout(timer);
      }
      const target = iframe.contentWindow;
      if (!target) throw new Error('The docked widget was removed');
      target.postMessage(message, origin);
    },
  };
}
export type WidgetFrame = ReturnType<typeof createWidgetFrame>;
