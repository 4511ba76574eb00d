// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDockPanel, DOCK_TAG } from './dock-panel';

const viewport = () => ({ width: 1280, height: 800 });
const place = { left: 100, top: 100, width: 360, height: 560, collapsed: false };

function mount(start = place) {
  const abort = new AbortController();
  const onPlaceChange = vi.fn();
  const onTakeOver = vi.fn();
  const panel = createDockPanel(document, {
    place: start,
    viewport,
    onPlaceChange,
    onTakeOver,
    signal: abort.signal,
  });
  const shadow = panel.host.shadowRoot as ShadowRoot;
  const dock = shadow.querySelector('.dock') as HTMLElement;
  const button = (label: RegExp) =>
    [...shadow.querySelectorAll('button')].find((b) =>
      label.test(b.getAttribute('aria-label') ?? ''),
    ) as HTMLButtonElement;
  return { panel, shadow, dock, button, onPlaceChange, onTakeOver, abort };
}

describe('the dock panel', () => {
  afterEach(() => {
    document.documentElement.querySelectorAll(DOCK_TAG).forEach((el) => {
      el.remove();
    });
  });

  it('shows the widget iframe when live, at the remembered place and size', () => {
    const { panel, dock, shadow } = mount();
    const iframe = document.createElement('iframe');
    panel.showWidget(iframe);
    expect(dock.dataset.state).toBe('live');
    expect(shadow.querySelector('iframe')).toBe(iframe);
    expect(dock.style.left).toBe('100px');
    expect(dock.style.width).toBe('360px');
    expect(dock.style.height).toBe('560px');
  });

  it('collapses to a small tab without unloading the widget, and remembers it', () => {
    const { panel, dock, shadow, button, onPlaceChange } = mount();
    const iframe = document.createElement('iframe');
    panel.showWidget(iframe);
    button(/Collapse/).click();
    expect(dock.dataset.collapsed).toBe('true');
    expect(shadow.querySelector('iframe')).toBe(iframe);
    expect(onPlaceChange).toHaveBeenLastCalledWith({ ...place, collapsed: true });
    expect(button(/Expand/).getAttribute('aria-expanded')).toBe('false');
    button(/Expand/).click();
    expect(dock.dataset.collapsed).toBe('false');
  });

  it('moves with the arrow keys on its labelled handle, and never off screen', () => {
    const { dock, button, onPlaceChange } = mount({ ...place, left: 8 });
    const grip = button(/Move the dialer widget/);
    grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(dock.style.left).toBe('24px');
    grip.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true }),
    );
    expect(dock.style.left).toBe('0px');
    expect(onPlaceChange).toHaveBeenLastCalledWith({ ...place, left: 0 });
  });

  it('offers the take-over without any iframe', () => {
    const { panel, dock, shadow, button, onTakeOver } = mount();
    panel.showWidget(document.createElement('iframe'));
    panel.showOffer();
    expect(dock.dataset.state).toBe('offer');
    expect(shadow.querySelector('iframe')).toBeNull();
    expect(shadow.textContent).toContain('Widget is live in another tab.');
    button(/Take over/).click();
    expect(onTakeOver).toHaveBeenCalledOnce();
  });

  it('says why the widget cannot be docked, as an alert', () => {
    const { panel, shadow } = mount();
    panel.showBlocked('The dialer widget refuses to be shown inside this page');
    expect(shadow.querySelector('[role="alert"]')?.textContent).toMatch(/refuses/);
  });

  it('brings a place remembered on a bigger screen back into view', () => {
    const { dock } = mount({ ...place, left: 3000, top: 2000 });
    expect(dock.style.left).toBe('920px');
    expect(dock.style.top).toBe('240px');
  });

  it('leaves the page when its script is stopped', () => {
    const { abort } = mount();
    abort.abort();
    expect(document.querySelector(DOCK_TAG)).toBeNull();
  });
});
