// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoContacts } from '../demo-contacts';
import { ContactsApp } from './contacts-app';
import { toRow } from './table-model';

/** The React table's controls in a DOM; the real-browser check is the e2e suite's job. */

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const contacts = demoContacts();
const rows = contacts.slice(0, 12).map(toRow);
const pool = contacts.map((c) => ({ display: c.phone.display, e164: c.phone.e164 }));

let container: HTMLElement;
let root: Root;
let mounted = 0;

beforeEach(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(() =>
    root.render(<ContactsApp rows={rows} phonePool={pool} onMounted={() => (mounted += 1)} />),
  );
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
const rowIds = () =>
  [...container.querySelectorAll('tr[data-contact-id]')].map((tr) =>
    Number(tr.getAttribute('data-contact-id')),
  );
const renders = () => Number($('react-render-count').textContent);
const click = (el: Element) =>
  act(() => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));

describe('the React contacts table', () => {
  it('renders every row keyed by contact id, once, and reports the mount', () => {
    expect(rowIds()).toEqual(rows.map((r) => r.id));
    expect(renders()).toBe(1);
    expect(mounted).toBeGreaterThan(0);
    expect($('react-row-count').textContent).toBe('12');
  });

  it('filters rows as the search box changes', async () => {
    const input = $('react-search') as HTMLInputElement;
    const name = rows[2]?.name ?? '';
    await act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(input, name);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(rowIds()).toContain(rows[2]?.id);
    expect(rowIds().length).toBeLessThan(12);
  });

  it('sorts by name, then the other way', async () => {
    const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id - b.id);
    await click($('react-sort'));
    expect($('react-sort').dataset.sort).toBe('asc');
    expect(rowIds()).toEqual(sorted.map((r) => r.id));
    await click($('react-sort'));
    expect($('react-table').dataset.sort).toBe('desc');
    expect(rowIds()[0]).toBe(sorted.at(-1)?.id);
  });

  it('reorders the same row elements on Shuffle', async () => {
    const before = new Map(
      [...container.querySelectorAll('tr[data-contact-id]')].map((tr) => [
        tr.getAttribute('data-contact-id'),
        tr,
      ]),
    );
    await click($('react-shuffle'));
    expect(rowIds()).not.toEqual(rows.map((r) => r.id));
    for (const tr of container.querySelectorAll('tr[data-contact-id]')) {
      expect(before.get(tr.getAttribute('data-contact-id'))).toBe(tr);
    }
  });

  it('changes the phone text of one row in place on Edit phone', async () => {
    const tr = container.querySelector('tr[data-contact-id="3"]') as HTMLElement;
    const cell = tr.querySelector('[data-testid="react-phone"]') as HTMLElement;
    await click(tr.querySelector('[data-testid="react-edit-phone"]') as Element);
    expect(container.querySelector('tr[data-contact-id="3"] [data-testid="react-phone"]')).toBe(
      cell,
    );
    expect(cell.textContent).toBe(pool[3]?.display);
    expect(cell.dataset.e164).toBe(pool[3]?.e164);
    expect(cell.dataset.edits).toBe('1');
  });

  it('re-renders everything on Re-render without replacing nodes, and replaces them on Remount', async () => {
    const table = $('react-table');
    await click($('react-rerender'));
    expect(renders()).toBe(2);
    expect($('react-table')).toBe(table);
    await click($('react-remount'));
    expect(renders()).toBe(3);
    expect($('react-table')).not.toBe(table);
    expect(rowIds()).toEqual(rows.map((r) => r.id));
  });

  it('keeps working when foreign elements are added outside its root', async () => {
    const foreign = document.createElement('div');
    foreign.textContent = 'extension UI';
    document.body.append(foreign);
    document.body.prepend(document.createElement('span'));
    await click($('react-shuffle'));
    await click($('react-rerender'));
    expect(rowIds()).toHaveLength(12);
    foreign.remove();
  });
});
