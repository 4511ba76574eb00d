// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNumberStore, type DocView, type NumberPlace } from './number-states';
import type { PhoneMatch } from './phone-match';

const match: PhoneMatch = {
  start: 0,
  end: 14,
  raw: '(415) 555-0134',
  e164: '+14155550134',
  countryCallingCode: '1',
  nationalNumber: '4155550134',
  international: '+1 415 555 0134',
};

function placeIn(doc: Document): NumberPlace {
  const row = doc.createElement('tr');
  const view = { rows: new WeakMap(), measured: new Set() } as unknown as DocView;
  return { view, target: doc.createElement('td'), row };
}

describe('createNumberStore', () => {
  it('keeps nodes with numbers, and forgets a node once its text has none', () => {
    const store = createNumberStore(() => {});
    const node = document.createTextNode('(415) 555-0134');
    const where = placeIn(document);
    store.put(node, node.data, [match], where, false);
    expect(store.isCurrent(node, '(415) 555-0134')).toBe(true);
    expect(store.get(node)?.matches).toEqual([match]);
    expect(store.numbersFound).toBe(1);

    store.put(node, 'Order 20240305', [], where, false);
    expect(store.get(node)).toBeUndefined();
    expect(store.numbersFound).toBe(0);
  });

  it('keeps no node whose text has no number, so it holds nothing of a page of dates and IDs', () => {
    const store = createNumberStore(() => {});
    const node = document.createTextNode('2024-03-05 10:42');
    store.put(node, node.data, [], placeIn(document), false);
    expect(store.get(node)).toBeUndefined();
    expect(store.isCurrent(node, node.data)).toBe(false);
    expect(store.numbersFound).toBe(0);
  });
});
