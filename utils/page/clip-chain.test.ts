// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createClipChain } from './clip-chain';

function box(el: Element, left: number, top: number, width: number, height: number): void {
  el.getBoundingClientRect = () =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;
  Object.defineProperty(el, 'clientWidth', { value: width, configurable: true });
  Object.defineProperty(el, 'clientHeight', { value: height, configurable: true });
}

describe('createClipChain', () => {
  it('lists the ancestors that clip, through shadow roots, never <body>', () => {
    document.body.innerHTML = `<div id="outer" style="overflow: auto"><div id="plain">
      <div id="cell" style="overflow: hidden"><x-card id="card"></x-card></div></div></div>`;
    document.body.style.overflow = 'hidden';
    const shadow = (document.getElementById('card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div style="overflow-y: scroll"><span>415 555 0134</span></div>';
    const chain = createClipChain().ancestors(shadow.querySelector('span') as Element);
    expect(chain.map((el) => el.id || el.localName)).toEqual(
      ['div', 'card', 'cell', 'outer'].filter((id) => id !== 'card'),
    );
  });

  it('shows a point only inside every clipping box', () => {
    document.body.innerHTML = `<div id="scroller" style="overflow: auto"><p id="row">415 555 0134</p></div>`;
    const clips = createClipChain();
    box(document.getElementById('scroller') as Element, 0, 100, 500, 300);
    const row = document.getElementById('row') as Element;
    expect(clips.shows(row, 50, 150)).toBe(true);
    // Scrolled out of the container: still in the document, no longer on screen.
    expect(clips.shows(row, 50, 450)).toBe(false);
    expect(clips.shows(row, 50, 90)).toBe(false);
  });
});
