import type { DemoContact, DemoPhone } from '../demo-contacts';
import { Prng } from '../prng';

/**
 * The React table's data and what its controls do to it, as pure functions: the component only
 * holds state and renders, so the behaviour is tested in plain Node (table-model.test.ts).
 */

/** A phone as a cell shows it, with the number a click-to-call button must dial. */
export interface PhoneCell {
  display: string;
  e164: string;
}

export interface CrmRow {
  id: number;
  name: string;
  company: string;
  city: string;
  phone: PhoneCell;
  mobile: PhoneCell | null;
}

export type SortOrder = 'none' | 'asc' | 'desc';

/** Rows shown by default; `?rows=N` (1 to 300) shows more or fewer. */
export const DEFAULT_ROWS = 50;

export function rowCount(search: string, total: number): number {
  const asked = Number(new URLSearchParams(search).get('rows'));
  if (!Number.isInteger(asked) || asked < 1) return Math.min(DEFAULT_ROWS, total);
  return Math.min(asked, total);
}

const cell = (phone: DemoPhone): PhoneCell => ({ display: phone.display, e164: phone.e164 });

export function toRow(contact: DemoContact): CrmRow {
  return {
    id: contact.id,
    name: contact.fullName,
    company: contact.company,
    city: contact.city,
    phone: cell(contact.phone),
    mobile: contact.mobile ? cell(contact.mobile) : null,
  };
}

/**
 * The phone a row shows after `edits` clicks on "Edit phone": another contact's number each
 * time (the next one in `pool`, wrapping), so both the text and the number change.
 */
export function editedPhone(row: CrmRow, edits: number, pool: readonly PhoneCell[]): PhoneCell {
  if (edits === 0 || pool.length === 0) return row.phone;
  return pool[(row.id - 1 + edits) % pool.length] ?? row.phone;
}

/** A new order of the same ids; the same seed always gives the same order. */
export function shuffled(ids: readonly number[], seed: number): number[] {
  const rng = new Prng(seed);
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

export interface ViewOptions {
  query: string;
  sort: SortOrder;
  /** Row ids in the current manual order (after shuffles). */
  order: readonly number[];
  /** The phone each row shows now (after edits). */
  phoneOf: (row: CrmRow) => PhoneCell;
}

/** The rows to render, in order: filtered by the search text, then sorted by name if asked. */
export function visibleRows(rows: readonly CrmRow[], view: ViewOptions): CrmRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = view.order.flatMap((id) => byId.get(id) ?? []);
  const needle = view.query.trim().toLowerCase();
  const matches = (row: CrmRow) =>
    [row.name, row.company, row.city, view.phoneOf(row).display, row.mobile?.display ?? '']
      .join('\n')
      .toLowerCase()
      .includes(needle);
  const filtered = needle ? ordered.filter(matches) : ordered;
  if (view.sort === 'none') return filtered;
  const direction = view.sort === 'asc' ? 1 : -1;
  return [...filtered].sort(
    (a, b) => direction * a.name.localeCompare(b.name, 'en') || a.id - b.id,
  );
}

export function nextSort(sort: SortOrder): SortOrder {
  return sort === 'asc' ? 'desc' : 'asc';
}
