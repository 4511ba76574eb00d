// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createWidgetFrame } from './dock-frame';

const call = { action: 'click_to_call', phone_code: '1', phone_number: '4155550134' } as const;

function frameWithWindow() {
  const frame = createWidgetFrame(document, 'https://dialer.example.com:8443/agc/widget.php?x=1');
  const postMessage = vi.fn();
  Object.defineProperty(frame.iframe, 'contentWindow', { value: { postMessage } });
  return { frame, postMessage };
}

describe('createWidgetFrame', () => {
  it('may use the microphone and autoplay, and says what it is', () => {
    const { frame } = frameWithWindow();
    expect(frame.iframe.getAttribute('allow')).toBe('microphone; autoplay');
    expect(frame.iframe.title).toBe('Dialer widget');
    expect(frame.iframe.getAttribute('src')).toBe(
      'https://dialer.example.com:8443/agc/widget.php?x=1',
    );
  });

  it('holds messages until the widget has loaded, then posts to its exact origin', async () => {
    const { frame, postMessage } = frameWithWindow();
    const posted = frame.post(call);
    await Promise.resolve();
    expect(postMessage).not.toHaveBeenCalled();
    frame.iframe.dispatchEvent(new Event('load'));
    await posted;
    expect(postMessage).toHaveBeenCalledWith(call, 'https://dialer.example.com:8443');
    // Later messages go at once.
    await frame.post({ action: 'logout' });
    expect(postMessage).toHaveBeenLastCalledWith(
      { action: 'logout' },
      'https://dialer.example.com:8443',
    );
  });

  it('gives up on a widget that never loads', async () => {
    const { frame, postMessage } = frameWithWindow();
    await expect(frame.post(call, 10)).rejects.toThrow('did not finish loading');
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('refuses a widget URL that is not http(s)', () => {
    expect(() => createWidgetFrame(document, 'javascript:alert(1)')).toThrow();
  });
});
