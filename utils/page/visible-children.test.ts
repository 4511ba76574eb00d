// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createClipChain } from './clip-chain';
import { MANY_CHILDREN, rowOf, visibleChildren } from './visible-children';

/** Lays rows out by hand: happy-dom has no layout. */
function layOut(rows: Element[], rowHeight: number, scrollTop = 0, hidden: number[] = []) {
  rows.forEach((row, i) => {
    const top = i * rowHeight - scrollTop;
    const gone = hidden.includes(i);
    row.getBoundingClientRect = () =>
      (gone
        ? { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }
        : {
            top,
            bottom: top + rowHeight,
            left: 0,
            right: 500,
            width: 500,
            height: rowHeight,
          }) as DOMRect;
  });
}

function table(count: number): HTMLTableSectionElement {
  document.body.innerHTML = `<table><tbody>${'<tr><td>x</td></tr>'.repeat(count)}</tbody></table>`;
  return document.querySelector('tbody') as HTMLTableSectionElement;
}

describe('visibleChildren', () => {
  it('finds the rows on screen of a long table by binary search', () => {
    const body = table(3000);
    const rows = Array.from(body.children);
    layOut(rows, 20, 20_000);
    const reads = { count: 0 };
    for (const row of rows) {
      const read = row.getBoundingClientRect.bind(row);
      row.getBoundingClientRect = () => {
        reads.count++;
        return read();
      };
    }
    const found = visibleChildren(body, createClipChain());
    // innerHeight is 768 in happy-dom: rows 999 (its bottom touches 0) to 1038 are in [0, 768].
    expect(rows.indexOf(found[0] as Element)).toBe(999);
    expect(rows.indexOf(found.at(-1) as Element)).toBe(1038);
    expect(reads.count).toBeLessThan(80);
  });

  it('is not led astray by rows hidden by a filter', () => {
    const body = table(200);
    const rows = Array.from(body.children);
    layOut(rows, 20, 2000, [98, 99, 100, 101]);
    const found = visibleChildren(body, createClipChain());
    expect(rows.indexOf(found[0] as Element)).toBeLessThanOrEqual(100);
    expect(found).toContain(rows[102]);
  });

  it('adds a margin beyond the viewport', () => {
    const body = table(200);
    layOut(Array.from(body.children), 20);
    expect(visibleChildren(body, createClipChain(), 200).length).toBeGreaterThan(
      visibleChildren(body, createClipChain()).length,
    );
  });
});

describe('rowOf', () => {
  it('registers a list once it is long, and finds the row of a cell in it', () => {
    const body = table(MANY_CHILDREN);
    const view = { doc: document, lists: new Set<Element>() };
    const cell = body.querySelector('td') as Element;
    expect(rowOf(cell, view)).toBe(body.firstElementChild);
    expect(view.lists.has(body)).toBe(true);
  });

  it('finds no row in short lists, or under <body>', () => {
    const body = table(3);
    expect(
      rowOf(body.querySelector('td') as Element, { doc: document, lists: new Set() }),
    ).toBeNull();
    document.body.innerHTML = '<p>x</p>'.repeat(MANY_CHILDREN);
    const p = document.querySelector('p') as Element;
    expect(rowOf(p, { doc: document, lists: new Set() })).toBeNull();
  });

  it('counts a list’s children no further than it needs: never all rows of a long table', () => {
    // In Chromium, `children.length` and `childElementCount` visit every child after any change
    // in the list: milliseconds on a 20,000-row body, in a scan slice.
    const body = table(MANY_CHILDREN * 3);
    const children = vi.spyOn(Element.prototype, 'children', 'get');
    const count = vi.spyOn(Element.prototype, 'childElementCount', 'get');
    const view = { doc: document, lists: new Set<Element>() };
    expect(rowOf(body.querySelector('td') as Element, view)).toBe(body.firstElementChild);
    expect(view.lists.has(body)).toBe(true);
    expect(children).not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();
  });
});
