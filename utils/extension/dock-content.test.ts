// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DockState } from '../messaging/dock-messages';
import { runDockContent } from './dock-content';

const posts = vi.fn();
vi.mock('../widget/dock-frame', () => ({
  createWidgetFrame: (doc: Document, widgetUrl: string) => ({
    iframe: doc.createElement('iframe'),
    widgetUrl,
    post: async (message: unknown) => posts(message),
  }),
}));

const call = { action: 'click_to_call', phone_code: '1', phone_number: '4155550134' };
const live: DockState = {
  state: 'live',
  widgetUrl: 'https://dialer.example.com/widget/',
  place: null,
  note: '',
};
const offer: DockState = { state: 'offer', widgetUrl: null, place: null, note: '' };

/** Answers the dock's own requests as the background would. */
function background(states: DockState[]) {
  const requests: string[] = [];
  // fakeBrowser has one onMessage for both directions: answer only the dock's own sends.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id) return undefined;
    const { type } = message as { type: string };
    requests.push(type);
    if (type === 'dock/save-place') return Promise.resolve({ ok: true, data: {} });
    return Promise.resolve({ ok: true, data: states.shift() ?? live });
  });
  return requests;
}

const fromBackground = (message: unknown) =>
  fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });
const iframes = () =>
  document.querySelector('dialer-bridge-dock')?.shadowRoot?.querySelectorAll('iframe').length ?? 0;

describe('the dock content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    posts.mockClear();
    document.querySelector('dialer-bridge-dock')?.remove();
  });

  it('loads the widget when live and posts what the background relays', async () => {
    background([live]);
    await runDockContent({ signal: new AbortController().signal, isInvalid: false });
    expect(iframes()).toBe(1);
    const [reply] = (await fromBackground({ type: 'dock/deliver', message: call })).filter(Boolean);
    expect(reply).toEqual({ posted: true, note: '' });
    expect(posts).toHaveBeenCalledWith(call);
  });

  it('shows the offer without a widget, and loads it when it becomes the live tab', async () => {
    const requests = background([offer, live]);
    await runDockContent({ signal: new AbortController().signal, isInvalid: false });
    expect(iframes()).toBe(0);
    await fromBackground({ type: 'dock/deliver', message: call });
    expect(requests).toEqual(['dock/hello', 'dock/hello']);
    expect(iframes()).toBe(1);
    expect(posts).toHaveBeenCalledWith(call);
  });

  it('unloads the widget when another tab takes over', async () => {
    background([live]);
    await runDockContent({ signal: new AbortController().signal, isInvalid: false });
    await fromBackground({ type: 'dock/standby' });
    expect(iframes()).toBe(0);
    expect(document.querySelector('dialer-bridge-dock')?.shadowRoot?.textContent).toContain(
      'Widget is live in another tab',
    );
  });

  // From review: the stand-by can overtake the reply that made this tab live.
  it('a stand-by that arrives before its "live" reply keeps the widget unloaded', async () => {
    let answer: ((state: DockState) => void) | undefined;
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, sender: { id?: string }) => {
      if (sender.id) return undefined;
      return new Promise((resolve) => {
        answer = (state) => resolve({ ok: true, data: state });
      });
    });
    const running = runDockContent({ signal: new AbortController().signal, isInvalid: false });
    await vi.waitFor(() => expect(answer).toBeDefined());
    await fromBackground({ type: 'dock/standby' });
    answer?.(live);
    await running;
    expect(iframes()).toBe(0);
    expect(document.querySelector('dialer-bridge-dock')?.shadowRoot?.textContent).toContain(
      'Widget is live in another tab',
    );
  });

  it('ignores messages that are not from its own background, or not valid', async () => {
    background([live]);
    await runDockContent({ signal: new AbortController().signal, isInvalid: false });
    // From a tab (another content script or page): refused.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'dock/deliver', message: call },
      { id: fakeBrowser.runtime.id, tab: { id: 3 } as never },
    );
    await fromBackground({ type: 'dock/deliver', message: { ...call, phone_number: '1-800' } });
    await fromBackground({ type: 'dock/deliver', message: { ...call, extra: 'x' } });
    expect(posts).not.toHaveBeenCalled();
  });

  it('shows nothing in window mode', async () => {
    background([{ state: 'off', widgetUrl: null, place: null, note: '' }]);
    await runDockContent({ signal: new AbortController().signal, isInvalid: false });
    expect(document.querySelector('dialer-bridge-dock')).toBeNull();
  });
});
