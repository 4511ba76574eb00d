// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createButtonLayer } from './call-button-layer';
import { isUiRootShown, UI_ROOT_TAG } from './mount-ui-root';

describe('createButtonLayer', () => {
  beforeEach(() => {
    document.documentElement.innerHTML =
      '<head></head><body><p id="a">1</p><p id="b">2</p><p id="c">3</p></body>';
  });

  const node = (id: string) => document.getElementById(id) as Element;
  const button = (name: string) => {
    const b = document.createElement('button');
    b.name = name;
    return b;
  };
  const order = (layer: ReturnType<typeof createButtonLayer>) =>
    Array.from(layer.element.querySelectorAll('button'), (b) => b.name);

  it('keeps buttons in reading order: by where they were first shown, then page order', () => {
    const layer = createButtonLayer(document);
    layer.insert(button('c'), node('c'), 0, 10, 300);
    layer.insert(button('a'), node('a'), 0, 10, 100);
    layer.insert(button('b2'), node('b'), 1);
    layer.insert(button('b1'), node('b'), 0);
    expect(order(layer)).toEqual(['a', 'c', 'b1', 'b2']);
    const b1 = layer.element.querySelector('[name="b1"]') as HTMLButtonElement;
    layer.placed(b1, 10, 200);
    expect(order(layer)).toEqual(['a', 'b1', 'c', 'b2']);
    // Once placed, a button keeps its place in Tab order, wherever it moves later.
    layer.placed(b1, 10, 999);
    expect(order(layer)).toEqual(['a', 'b1', 'c', 'b2']);
  });

  it('removes buttons and compacts without losing order', () => {
    const layer = createButtonLayer(document);
    const buttons = Array.from({ length: 600 }, (_, i) => button(String(i)));
    buttons.forEach((b, i) => {
      layer.insert(b, node('a'), i, 0, i);
    });
    for (const b of buttons.slice(0, 400)) layer.remove(b);
    layer.insert(button('new'), node('a'), 0, 0, 450.5);
    expect(layer.size).toBe(201);
    expect(order(layer).slice(49, 52)).toEqual(['449', '450', 'new']);
  });

  it('mounts one host with styles, and removes it on destroy when it made it', () => {
    const before = document.documentElement.outerHTML;
    const layer = createButtonLayer(document);
    expect(document.querySelectorAll(UI_ROOT_TAG)).toHaveLength(1);
    const shadow = layer.host.shadowRoot as ShadowRoot;
    const css = [
      ...shadow.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText)),
      shadow.querySelector('style')?.textContent ?? '',
    ].join('\n');
    expect(css).toContain('.call-buttons');
    layer.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves a host someone else mounted, and whatever else lives in it', () => {
    const host = document.createElement(UI_ROOT_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('iframe'));
    document.documentElement.append(host);
    createButtonLayer(document).destroy();
    expect(host.isConnected).toBe(true);
    expect(shadow.childElementCount).toBe(1);
  });

  it('gives a hidden host its box before reading where the layer is', () => {
    const layer = createButtonLayer(document);
    expect(isUiRootShown(layer.host)).toBe(false);
    layer.origin();
    expect(isUiRootShown(layer.host)).toBe(true);
    layer.destroy();
  });
});
