import { browser } from 'wxt/browser';
import { isFromOwnBackground } from '../messaging/content-protocol';
import {
  type DockDeliveryReply,
  type DockState,
  type dockMessages,
  dockResponses,
  toDockMessageSchema,
} from '../messaging/dock-messages';
import { createContentSender } from '../messaging/send-content-message';
import { createWidgetFrame, type WidgetFrame } from '../widget/dock-frame';
import { createDockPanel, type DockPanel } from '../widget/dock-panel';
import { defaultPlace } from '../widget/dock-place';
import { rebuildWidgetMessage } from '../widget/widget-messages';

const sendDockMessage = createContentSender<typeof dockMessages>(dockResponses);

const viewport = () => ({
  width: document.documentElement.clientWidth || window.innerWidth,
  height: window.innerHeight,
});

/**
 * The docked widget in a CRM page (docked mode, top page only). The background says whether
 * this tab is live (load the widget) or not (offer to take over), relays every widget message
 * for the live tab here, and tells a tab that lost the widget to stand by.
 */
export async function runDockContent(ctx: { signal: AbortSignal; isInvalid: boolean }) {
  if (window.top !== window) return;
  let panel: DockPanel | null = null;
  let frame: WidgetFrame | null = null;
  let note = '';
  // Stand-bys received so far. A stand-by that overtakes the reply that made this tab live (the
  // two travel on different channels) wins: another tab took over meanwhile.
  let standbys = 0;
  const ask = async (type: 'dock/hello' | 'dock/take-over'): Promise<DockState> => {
    const before = standbys;
    const state = await sendDockMessage(type, {});
    return state.state === 'live' && standbys !== before ? { ...state, state: 'offer' } : state;
  };

  const apply = (state: DockState) => {
    note = state.note;
    if (state.state === 'off') {
      // Window mode now (the registration is being updated): no dock in this page.
      panel?.host.remove();
      panel = null;
      frame = null;
      return;
    }
    panel ??= createDockPanel(document, {
      place: state.place ?? defaultPlace(viewport()),
      viewport,
      signal: ctx.signal,
      onPlaceChange: (place) => void sendDockMessage('dock/save-place', place).catch(() => {}),
      onTakeOver: () => void ask('dock/take-over').then(apply, () => {}),
    });
    if (state.place) panel.setPlace(state.place);
    if (state.state === 'live' && state.widgetUrl) {
      if (frame?.widgetUrl !== state.widgetUrl)
        frame = createWidgetFrame(document, state.widgetUrl);
      panel.showWidget(frame.iframe);
    } else {
      frame?.iframe.remove();
      frame = null;
      if (state.state === 'offer') panel.showOffer();
      else panel.showBlocked(state.note);
    }
  };

  const deliver = async (input: unknown): Promise<DockDeliveryReply> => {
    const message = rebuildWidgetMessage(input);
    if (!message) return { posted: false, note: 'Not a widget message' };
    // The background only relays to the live tab: a tab still showing the offer loads it now.
    if (!frame) apply(await ask('dock/hello'));
    if (!frame) return { posted: false, note: note || 'The widget cannot be docked in this tab' };
    try {
      await frame.post(message);
      return { posted: true, note: '' };
    } catch (error) {
      return { posted: false, note: (error as Error).message };
    }
  };

  // Listening before saying hello: a message relayed as soon as this tab is live is not lost.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (!isFromOwnBackground(sender, browser.runtime.id)) return undefined;
    const parsed = toDockMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'dock/standby') {
      standbys += 1;
      if (frame && panel) {
        frame.iframe.remove();
        frame = null;
        panel.showOffer();
      }
      return Promise.resolve({});
    }
    return deliver(parsed.data.message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  const state = await ask('dock/hello');
  if (ctx.isInvalid) return;
  apply(state);
}
