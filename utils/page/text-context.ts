import type { PhoneContext } from './phone-match';
import { hasChildrenAtLeast } from './scan-walk';
import { composedParent, ELEMENT_NODE, elementOf, TEXT_NODE } from './skip-rules';

const MAX_CONTEXT = 80;
const MAX_LABEL = 60;
const MAX_LABEL_CHILDREN = 4;
const CELL = 'td, th, [role="cell"], [role="gridcell"]';
const LABEL_TAGS = new Set(['label', 'dt', 'th', 'b', 'strong', 'legend', 'caption']);

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_CONTEXT);
}

function textOf(el: Element): string {
  return (
    squeeze(el.textContent) || squeeze(el.getAttribute('aria-label') ?? el.getAttribute('title'))
  );
}

/**
 * Column headers per table, computed once per scan round: every cell of a 5,000-row table asks
 * for the same few headers. A fresh cache each round keeps renamed or reordered columns right.
 */
export interface HeaderCache {
  readonly headers: WeakMap<Element, string[]>;
  /** Whether a table row has a cell with a colspan; without one, a cell's column is its index. */
  readonly spanning: WeakMap<Element, boolean>;
}

export function newHeaderCache(): HeaderCache {
  return { headers: new WeakMap(), spanning: new WeakMap() };
}

/** `closest` that steps out of shadow roots, so LWC cells rendered in nested shadows find their td. */
function closestComposed(el: Element, selector: string, hops = 4): Element | null {
  let from: Element | null = el;
  for (let i = 0; from && i < hops; i++) {
    const found = from.closest(selector);
    if (found) return found;
    const root = from.getRootNode();
    from = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

function span(cell: Element): number {
  return Math.max(1, Number(cell.getAttribute('colspan')) || 1);
}

/** The row holding a table's column headers: the last row of its thead, else a first row of th. */
function headerRowOf(table: Element): Element | null {
  // Walks the table's children, never its rows: a query over 20,000 rows, once per scan
  // slice, would cost more than the scan.
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const name = part.localName;
    if (name === 'thead') return part.lastElementChild;
    const first = name === 'tbody' ? part.firstElementChild : name === 'tr' ? part : null;
    if (first) return first.querySelector(':scope > td') === null ? first : null;
  }
  return null;
}

/** Header texts by column index (colspans expanded) for an HTML table. */
function tableHeaders(table: Element): string[] {
  const headers: string[] = [];
  for (const cell of Array.from(headerRowOf(table)?.children ?? [])) {
    const text = textOf(cell);
    for (let i = 0; i < span(cell); i++) headers.push(text);
  }
  return headers;
}

/** Header texts keyed by `aria-colindex` when the grid uses it, else by position. */
function gridHeaders(grid: Element): string[] {
  const headers: string[] = [];
  // The first header found leads to the header row; the grid's rows are never listed.
  const row = grid.querySelector('[role="columnheader"]')?.parentElement;
  const cells = Array.from(row?.children ?? []).filter(
    (c) => c.getAttribute('role') === 'columnheader',
  );
  cells.forEach((cell, i) => {
    const index = Number(cell.getAttribute('aria-colindex'));
    headers[Number.isInteger(index) && index > 0 ? index - 1 : i] = textOf(cell);
  });
  return headers;
}

function columnIndex(cell: Element, aria: boolean, cache: HeaderCache): number {
  if (aria) {
    const index = Number(cell.getAttribute('aria-colindex'));
    if (Number.isInteger(index) && index > 0) return index - 1;
  }
  const row = cell.parentElement;
  if (!aria && row?.localName === 'tr') {
    // The browser knows a cell's index in its row; the sum of spans is only walked in a row
    // that has a colspan (looked up once per row: a row's cells ask one after another).
    let spanning = cache.spanning.get(row);
    if (spanning === undefined) {
      spanning = row.querySelector(':scope > [colspan]') !== null;
      cache.spanning.set(row, spanning);
    }
    const index = (cell as HTMLTableCellElement).cellIndex;
    if (!spanning && index >= 0) return index;
  }
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    index += c.hasAttribute('colspan') ? span(c) : 1;
  }
  return index;
}

/** The header of the table or grid column a node sits in; undefined outside tables. */
export function columnHeader(node: Node, cache: HeaderCache): string | undefined {
  const el = elementOf(node);
  // Most numbers in tables sit right in their cell: skip the selector matching then.
  const cell =
    el && (el.localName === 'td' || el.localName === 'th' ? el : closestComposed(el, CELL));
  if (!cell) return undefined;
  const aria = cell.localName !== 'td' && cell.localName !== 'th';
  const table = aria
    ? cell.closest('[role="grid"], [role="table"], [role="treegrid"]')
    : cell.closest('table');
  if (!table) return undefined;
  let headers = cache.headers.get(table);
  if (!headers) {
    headers = aria ? gridHeaders(table) : tableHeaders(table);
    cache.headers.set(table, headers);
  }
  const header = headers[columnIndex(cell, aria, cache)];
  // A header cell is its own header: "Phone" above "Phone" says nothing.
  const isHeader = cell.localName === 'th' || cell.getAttribute('role') === 'columnheader';
  return header && !isHeader ? header : undefined;
}

// Tag and role compared directly, not with `matches`: these run for every number's text.
function isCellElement(el: Element): boolean {
  const name = el.localName;
  if (name === 'td' || name === 'th') return true;
  const role = el.getAttribute('role');
  return role === 'cell' || role === 'gridcell';
}

function isRowHeader(el: Element): boolean {
  return el.localName === 'th' || el.getAttribute('role') === 'rowheader';
}

/** A short text that reads as a field name: a label-ish tag, a "label" class, or "Name:". */
function labelText(node: Node): string | undefined {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    if (value.length > 4 * MAX_LABEL) return undefined;
    const text = squeeze(value);
    return text.length <= MAX_LABEL && text.endsWith(':') ? text : undefined;
  }
  if (node.nodeType !== ELEMENT_NODE) return undefined;
  const el = node as Element;
  // A label is a small element; the text of a big sibling (a whole table) is never read, and
  // its children are counted only as far as the limit (childElementCount counts them all).
  if (hasChildrenAtLeast(el, MAX_LABEL_CHILDREN + 1)) return undefined;
  const text = textOf(el);
  if (!text || text.length > MAX_LABEL) return undefined;
  const labelish =
    LABEL_TAGS.has(el.localName) ||
    el.getAttribute('role') === 'rowheader' ||
    /label/i.test(el.getAttribute('class') ?? '') ||
    text.endsWith(':');
  return labelish ? text : undefined;
}

function previousMeaningful(node: Node): Node | null {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === TEXT_NODE && !prev.nodeValue?.trim())
    prev = prev.previousSibling;
  return prev;
}

/**
 * The labels of a document (a live list the browser keeps, empty on most CRM pages) or of a
 * shadow root (small). Never a selector query over the page per number: some frameworks give
 * every cell an id.
 */
function labelsIn(root: Document | ShadowRoot): Element[] {
  return Array.from(
    'getElementsByTagName' in root
      ? root.getElementsByTagName('label')
      : root.querySelectorAll('label'),
  );
}

/** What the element itself says it is: aria-labelledby, aria-label, `<label for>`, dd's dt. */
function ownLabel(el: Element): string | undefined {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = squeeze(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
    );
    if (text) return text;
  }
  const aria = squeeze(el.getAttribute('aria-label'));
  if (aria) return aria;
  if (el.id) {
    const label = labelsIn(el.getRootNode() as Document | ShadowRoot).find(
      (l) => l.getAttribute('for') === el.id,
    );
    if (label) return textOf(label) || undefined;
  }
  if (el.localName === 'dd') {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.localName === 'dt') return textOf(s) || undefined;
    }
  }
  return undefined;
}

/**
 * The label in front of a text: looks at the node, then up to three ancestors, for their own
 * label or a label-like sibling just before them. Stops at the table cell, whose meaning comes
 * from its column header (or, in a two-column "Phone | number" table, from its row header).
 */
export function precedingLabel(node: Node): string | undefined {
  let current: Node | null = node;
  for (let level = 0; current && level < 4; level++) {
    if (current.nodeType === ELEMENT_NODE) {
      const own = ownLabel(current as Element);
      if (own) return own;
    }
    const prev = previousMeaningful(current);
    const isCell = current.nodeType === ELEMENT_NODE && isCellElement(current as Element);
    if (prev && (!isCell || (prev.nodeType === ELEMENT_NODE && isRowHeader(prev as Element)))) {
      const label = labelText(prev);
      if (label) return label;
    }
    if (isCell) return undefined;
    current = composedParent(current);
  }
  return undefined;
}

/** The context the finder gets for a text node or a link. */
export function contextFor(node: Node, cache: HeaderCache): PhoneContext {
  const context: PhoneContext = {};
  const header = columnHeader(node, cache);
  if (header) context.header = header;
  const label = precedingLabel(node);
  if (label) context.label = label;
  return context;
}
