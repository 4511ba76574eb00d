import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './html';

describe('html', () => {
  it('escapes every interpolated value', () => {
    const evil = `<img src=x onerror="a('b')">&\``;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      `<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`,
    );
    expect(escapeHtml(evil)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;&#96;');
  });

  it('nests SafeHtml and arrays, and drops null, undefined and false', () => {
    const items = ['a<', 'b'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul>0',
    );
    expect(html`${raw('<br>')}`.value).toBe('<br>');
  });
});
