// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DOCK_ROOT_TAG, UI_ROOT_TAG } from './mount-ui-root';
import { isInSkippedSubtree, isSkippedElement, isTelLink } from './skip-rules';

function el(html: string): Element {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild as Element;
}

describe('skip rules', () => {
  it.each([
    '<script></script>',
    '<style></style>',
    '<noscript></noscript>',
    '<textarea></textarea>',
    '<input>',
    '<select></select>',
    '<option></option>',
    '<code></code>',
    '<pre></pre>',
    '<svg></svg>',
    '<div contenteditable=""></div>',
    '<div contenteditable="plaintext-only"></div>',
    '<div role="textbox"></div>',
    '<div role="combobox"></div>',
    '<div role="searchbox"></div>',
    '<div role="spinbutton"></div>',
    '<div hidden></div>',
    '<div aria-hidden="true"></div>',
    '<div inert></div>',
    `<${UI_ROOT_TAG}></${UI_ROOT_TAG}>`,
    // From a bug: the docked widget's panel was walked, its shadow root observed and scanned.
    `<${DOCK_ROOT_TAG}></${DOCK_ROOT_TAG}>`,
  ])('skips %s', (html) => {
    expect(isSkippedElement(el(html))).toBe(true);
  });

  it.each([
    '<div></div>',
    '<span></span>',
    '<div contenteditable="false"></div>',
    '<div aria-hidden="false"></div>',
    '<div role="gridcell"></div>',
    '<button></button>',
  ])('scans %s', (html) => {
    expect(isSkippedElement(el(html))).toBe(false);
  });

  it('sees a skipped ancestor through shadow hosts', () => {
    const editor = el('<div contenteditable="true"><x-field></x-field></div>');
    document.body.append(editor);
    const shadow = (editor.firstElementChild as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>415 555 0134</span>';
    expect(isInSkippedSubtree(shadow.querySelector('span')?.firstChild as Node)).toBe(true);
    editor.remove();
  });

  it('knows tel: and callto: links', () => {
    expect(isTelLink(el('<a href="tel:+14155550134"></a>'))).toBe(true);
    expect(isTelLink(el('<a href=" CALLTO://+14155550134"></a>'))).toBe(true);
    expect(isTelLink(el('<a href="https://example.com/tel:1"></a>'))).toBe(false);
    expect(isTelLink(el('<span href="tel:1"></span>'))).toBe(false);
  });
});
