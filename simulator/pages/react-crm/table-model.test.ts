import { describe, expect, it } from 'vitest';
import { demoContacts } from '../demo-contacts';
import {
  type CrmRow,
  DEFAULT_ROWS,
  editedPhone,
  nextSort,
  rowCount,
  shuffled,
  toRow,
  visibleRows,
} from './table-model';

const contacts = demoContacts();
const rows = contacts.slice(0, 20).map(toRow);
const pool = contacts.map((c) => ({ display: c.phone.display, e164: c.phone.e164 }));
const ids = rows.map((r) => r.id);
const view = (change: Partial<Parameters<typeof visibleRows>[1]> = {}) =>
  visibleRows(rows, { query: '', sort: 'none', order: ids, phoneOf: (r) => r.phone, ...change });

describe('the React table model', () => {
  it('shows 50 rows by default and 1 to 300 with ?rows=N', () => {
    expect(rowCount('', 300)).toBe(DEFAULT_ROWS);
    expect(rowCount('?rows=7', 300)).toBe(7);
    expect(rowCount('?rows=1000', 300)).toBe(300);
    expect(rowCount('?rows=0', 300)).toBe(DEFAULT_ROWS);
    expect(rowCount('?rows=x', 300)).toBe(DEFAULT_ROWS);
  });

  it('keeps the demo data: name, company, city, phone and mobile with their E.164', () => {
    const first = contacts[0];
    expect(rows[0]).toEqual({
      id: 1,
      name: first?.fullName,
      company: first?.company,
      city: first?.city,
      phone: { display: first?.phone.display, e164: first?.phone.e164 },
      mobile: first?.mobile ? { display: first.mobile.display, e164: first.mobile.e164 } : null,
    });
  });

  it('filters on name, company, city and the phone shown, ignoring case', () => {
    const target = rows[3] as CrmRow;
    expect(view({ query: target.name.toUpperCase() }).map((r) => r.id)).toContain(target.id);
    expect(view({ query: target.phone.display }).map((r) => r.id)).toEqual([target.id]);
    expect(view({ query: 'no such contact zzz' })).toEqual([]);
    expect(view({ query: '   ' })).toHaveLength(20);
  });

  it('sorts by name both ways, and keeps the manual order when not sorting', () => {
    const names = (sort: 'asc' | 'desc') => view({ sort }).map((r) => r.name);
    const sorted = [...rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en'));
    expect(names('asc')).toEqual(sorted);
    expect(names('desc')).toEqual([...sorted].reverse());
    expect(view({ order: [...ids].reverse() }).map((r) => r.id)).toEqual([...ids].reverse());
    expect(nextSort('none')).toBe('asc');
    expect(nextSort('asc')).toBe('desc');
    expect(nextSort('desc')).toBe('asc');
  });

  it('shuffles into another order of the same ids, the same for the same seed', () => {
    const once = shuffled(ids, 1);
    expect(once).not.toEqual(ids);
    expect([...once].sort((a, b) => a - b)).toEqual(ids);
    expect(shuffled(ids, 1)).toEqual(once);
    expect(shuffled(ids, 2)).not.toEqual(once);
  });

  it("replaces a row's phone with the next contact's number on each edit", () => {
    const row = rows[4] as CrmRow;
    expect(editedPhone(row, 0, pool)).toEqual(row.phone);
    expect(editedPhone(row, 1, pool)).toEqual(pool[5]);
    expect(editedPhone(row, 2, pool)).toEqual(pool[6]);
    expect(editedPhone(rows[0] as CrmRow, 300, pool)).toEqual(pool[0]);
    const phoneOf = (r: CrmRow) => editedPhone(r, r.id === row.id ? 1 : 0, pool);
    const found = (query: string) => view({ query, phoneOf }).map((r) => r.id);
    expect(found(pool[5]?.display ?? '?')).toContain(row.id);
    expect(found(row.phone.display)).not.toContain(row.id);
  });
});
