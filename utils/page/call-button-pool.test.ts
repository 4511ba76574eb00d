// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCallButton, SPARE } from './call-button';
import { createButtonLayer } from './call-button-layer';
import { mountCallButtonPool } from './call-button-pool';
import { findUiRoot, isUiRootShown } from './mount-ui-root';
import type { PhoneMatch } from './phone-match';
import { browserScheduler } from './schedule';

const match = (e164: string): PhoneMatch => ({
  start: 0,
  end: 12,
  raw: e164,
  e164,
  countryCallingCode: '1',
  nationalNumber: e164.slice(2),
});

describe('the call-button pool', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body><p id="a">1</p><p id="b">2</p></body>';
  });

  const node = (id: string) => document.getElementById(id) as Element;
  const shadow = () => findUiRoot(document)?.shadowRoot as ShadowRoot;

  it('mounts a shown host with one layer of spares nobody can see, reach or hear, and a probe', () => {
    mountCallButtonPool(document, 4);
    mountCallButtonPool(document, 4);
    const host = findUiRoot(document) as HTMLElement;
    expect(isUiRootShown(host)).toBe(true);
    const layers = shadow().querySelectorAll('.call-buttons');
    expect(layers).toHaveLength(1);
    const spares = layers[0]?.querySelectorAll('button') ?? [];
    expect(spares).toHaveLength(4);
    for (const spare of spares) {
      expect(spare.getAttribute('aria-hidden')).toBe('true');
      expect(spare.tabIndex).toBe(-1);
      expect(spare.hidden).toBe(false);
      expect(spare.querySelector('svg')).not.toBeNull();
    }
    expect(layers[0]?.querySelectorAll('div')).toHaveLength(1);
  });

  it('moves the host after <body> once the parser adds it, as at document_start', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.replaceChildren(); // what document_start sees: <html> alone
    mountCallButtonPool(doc, 2);
    const host = findUiRoot(doc) as HTMLElement;
    expect(doc.documentElement.firstChild).toBe(host);
    doc.documentElement.append(doc.createElement('head'));
    await Promise.resolve();
    expect(doc.documentElement.firstChild).toBe(host); // no <body> yet
    doc.documentElement.append(doc.createElement('body'));
    await Promise.resolve();
    expect(Array.from(doc.documentElement.children, (el) => el.localName)).toEqual([
      'head',
      'body',
      'dialer-bridge-ui',
    ]);
    expect(host.shadowRoot?.querySelectorAll('button')).toHaveLength(2);
    // Where <body> was there already, the host is mounted last.
    mountCallButtonPool(document, 2);
    expect(document.documentElement.lastElementChild).toBe(findUiRoot(document));
  });

  it('hands its layer, styles included, to the call-button script', () => {
    mountCallButtonPool(document, 2);
    const sheets = shadow().adoptedStyleSheets.length;
    const pooled = shadow().querySelector('.call-buttons');
    const layer = createButtonLayer(document);
    expect(layer.element).toBe(pooled);
    expect(shadow().adoptedStyleSheets).toHaveLength(sheets);
    expect(shadow().querySelectorAll('.call-buttons')).toHaveLength(1);
  });

  it('gives out its spares first, in order, then makes new buttons, hidden until placed', () => {
    mountCallButtonPool(document, 2);
    const layer = createButtonLayer(document);
    const [first, second] = layer.element.querySelectorAll('button');
    const onPress = vi.fn();
    const a = createCallButton(layer.element, match('+14155550134'), onPress);
    expect(a).toBe(first);
    expect(a.hasAttribute('aria-hidden')).toBe(false);
    expect(a.tabIndex).toBe(0);
    expect(a.hidden).toBe(false);
    expect(a.getAttribute('aria-label')).toBe('Call +1 415 555 0134');
    a.click();
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(createCallButton(layer.element, match('+14155550135'), onPress)).toBe(second);
    expect(layer.element.querySelector(SPARE)).toBeNull();
    const made = createCallButton(layer.element, match('+14155550136'), onPress);
    expect(made.isConnected).toBe(false);
    expect(made.hidden).toBe(true);
    expect(made.querySelector('svg')).not.toBeNull();
  });

  it('stops looking for spares once they are all taken: a big table makes thousands of buttons', () => {
    mountCallButtonPool(document, 1);
    const layer = createButtonLayer(document);
    const make = () => createCallButton(layer.element, match('+14155550134'), () => {});
    make();
    make();
    const search = vi.spyOn(layer.element, 'querySelector');
    for (let i = 0; i < 5; i++) expect(make().hidden).toBe(true);
    expect(search).not.toHaveBeenCalled();
  });

  it('leaves a spare where it is when that is its place in reading order, and moves it when not', () => {
    mountCallButtonPool(document, 3);
    const layer = createButtonLayer(document);
    const insertBefore = vi.spyOn(layer.element, 'insertBefore');
    const take = (e164: string) => createCallButton(layer.element, match(e164), () => {});
    const top = take('+14155550101');
    layer.insert(top, node('a'), 0, 10, 100);
    const below = take('+14155550102');
    layer.insert(below, node('b'), 0, 10, 200);
    // Both were already in reading order, ahead of the spare left and the probe.
    expect(insertBefore).not.toHaveBeenCalled();
    const above = take('+14155550103');
    layer.insert(above, node('a'), 1, 10, 50);
    expect(insertBefore).toHaveBeenCalledTimes(1);
    const buttons = Array.from(layer.element.querySelectorAll('button'));
    expect(buttons.slice(0, 3)).toEqual([above, top, below]);
  });

  it("lets the scheduler's after-layout probe be the pool's, not a second one", () => {
    mountCallButtonPool(document, 1);
    const layer = createButtonLayer(document);
    const probe = layer.element.querySelector('div');
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(el: Element) {
          observed.push(el);
        }
        disconnect() {}
      },
    );
    try {
      browserScheduler(() => layer.element).frame(() => {}, 'after-layout');
      expect(observed).toEqual([probe]);
      expect(layer.element.querySelectorAll('div')).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
