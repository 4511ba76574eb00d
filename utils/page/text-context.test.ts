// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { columnHeader, contextFor, newHeaderCache, precedingLabel } from './text-context';

function textIn(selector: string): Text {
  const el = document.querySelector(selector);
  const text = Array.from(el?.childNodes ?? []).find(
    (n) => n.nodeType === 3 && /\d/.test(n.nodeValue ?? ''),
  );
  if (!text) throw new Error(`no number text in ${selector}`);
  return text as Text;
}

describe('columnHeader', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the header over a cell, counting colspans', () => {
    document.body.innerHTML = `<table>
      <thead><tr><th colspan="2">Contact</th><th>Order #</th><th>Phone</th></tr></thead>
      <tbody><tr><td>Ann</td><td>Lee</td><td id="o">4155550134</td><td><span id="p">415 555 0199</span></td></tr></tbody>
    </table>`;
    const cache = newHeaderCache();
    expect(columnHeader(textIn('#o'), cache)).toBe('Order #');
    expect(columnHeader(textIn('#p'), cache)).toBe('Phone');
  });

  it('counts the colspans of a row that has them, and not those of other rows', () => {
    document.body.innerHTML = `<table>
      <thead><tr><th>First</th><th>Last</th><th>Order #</th><th>Phone</th></tr></thead>
      <tbody>
        <tr><td colspan="2">Ann Lee</td><td id="o">4155550134</td><td id="p">415 555 0199</td></tr>
        <tr><td>Bo</td><td id="l">Kim 4155550100</td><td id="o2">4155550135</td><td id="p2">415 555 0198</td></tr>
      </tbody>
    </table>`;
    const cache = newHeaderCache();
    expect(columnHeader(textIn('#o'), cache)).toBe('Order #');
    expect(columnHeader(textIn('#p'), cache)).toBe('Phone');
    expect(columnHeader(textIn('#l'), cache)).toBe('Last');
    expect(columnHeader(textIn('#o2'), cache)).toBe('Order #');
    expect(columnHeader(textIn('#p2'), cache)).toBe('Phone');
  });

  it('uses a first row of header cells when there is no thead', () => {
    document.body.innerHTML = `<table><tr><th>Mobile</th></tr><tr><td id="m">415 555 0134</td></tr></table>`;
    expect(columnHeader(textIn('#m'), newHeaderCache())).toBe('Mobile');
  });

  it('reads ARIA grids, by aria-colindex when the grid uses it', () => {
    document.body.innerHTML = `<div role="grid">
      <div role="row"><div role="columnheader" aria-colindex="3">Fax</div><div role="columnheader" aria-colindex="4">Invoice</div></div>
      <div role="row"><div role="gridcell" aria-colindex="4" id="i">415 555 0134</div></div></div>`;
    expect(columnHeader(textIn('#i'), newHeaderCache())).toBe('Invoice');
  });

  it('gives a header cell no header of its own', () => {
    document.body.innerHTML = `<table><thead><tr><th id="h">Call 415 555 0134</th></tr></thead></table>`;
    expect(columnHeader(textIn('#h'), newHeaderCache())).toBeUndefined();
  });

  it('finds the td of a number rendered in a nested shadow root (LWC cells)', () => {
    document.body.innerHTML = `<table><thead><tr><th>Phone</th></tr></thead><tbody><tr><td><x-cell></x-cell></td></tr></tbody></table>`;
    const shadow = (document.querySelector('x-cell') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>415 555 0134</span>';
    const text = shadow.querySelector('span')?.firstChild as Text;
    expect(columnHeader(text, newHeaderCache())).toBe('Phone');
  });
});

describe('precedingLabel', () => {
  it.each([
    ['<label for="f">Phone</label><span id="f"><i id="t">415 555 0134</i></span>', 'Phone'],
    ['<span id="t" aria-label="Fax number">415 555 0134</span>', 'Fax number'],
    ['<b id="lab">Work</b><span id="t" aria-labelledby="lab">415 555 0134</span>', 'Work'],
    ['<dl><dt>Mobile</dt><dd id="t">415 555 0134</dd></dl>', 'Mobile'],
    [
      '<div><span class="slds-form-element__label">Ticket</span><div><span id="t">415 555 0134</span></div></div>',
      'Ticket',
    ],
    ['<p id="t"><strong>Invoice:</strong> 415 555 0134</p>', 'Invoice:'],
    ['<p id="t">Phone: <span>x</span> 415 555 0134</p>', undefined],
    ['<table><tr><th>Home phone</th><td id="t">415 555 0134</td></tr></table>', 'Home phone'],
    ['<table><tr><td>Order 12</td><td id="t">415 555 0134</td></tr></table>', undefined],
    ['<h3>Notes</h3><p id="t">Call 415 555 0134 after lunch</p>', undefined],
  ])('%s → %s', (html, label) => {
    document.body.innerHTML = html;
    expect(precedingLabel(textIn('#t'))).toBe(label);
  });

  it('never counts all children of a big sibling (a long list before the number)', () => {
    document.body.innerHTML = `<div><ul>${'<li>a</li>'.repeat(500)}</ul><span id="t">415 555 0134</span></div>`;
    const count = vi.spyOn(Element.prototype, 'childElementCount', 'get');
    const children = vi.spyOn(Element.prototype, 'children', 'get');
    expect(precedingLabel(textIn('#t'))).toBeUndefined();
    expect(count).not.toHaveBeenCalled();
    expect(children).not.toHaveBeenCalled();
  });

  it('puts both in the context', () => {
    document.body.innerHTML = `<table><thead><tr><th>Phone</th></tr></thead><tbody><tr><td><b>Main:</b> <span id="t">415 555 0134</span></td></tr></tbody></table>`;
    expect(contextFor(textIn('#t'), newHeaderCache())).toEqual({ header: 'Phone', label: 'Main:' });
  });
});
