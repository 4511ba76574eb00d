import { useEffect, useRef, useState } from 'react';
import {
  type CrmRow,
  editedPhone,
  nextSort,
  type PhoneCell,
  type SortOrder,
  shuffled,
  visibleRows,
} from './table-model';

/**
 * A contacts table as a React CRM renders it: React owns every node under the root and
 * re-renders on each control. The phone text is the only child of its cell, so React rewrites
 * that cell's text on an edit, the case that breaks an extension which split or wrapped the
 * text node. No timers: everything happens on a click or a keystroke.
 */
export interface ContactsAppProps {
  rows: readonly CrmRow[];
  /** Replacement numbers for "Edit phone" (every demo contact's phone). */
  phonePool: readonly PhoneCell[];
  /** Called once after the first commit (main.tsx marks the root ready). */
  onMounted?: () => void;
}

export function ContactsApp({ rows, phonePool, onMounted }: ContactsAppProps) {
  const renders = useRef(0);
  renders.current += 1;

  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder>('none');
  const [order, setOrder] = useState<readonly number[]>(() => rows.map((row) => row.id));
  const [shuffles, setShuffles] = useState(0);
  const [edits, setEdits] = useState<ReadonlyMap<number, number>>(new Map());
  const [, setTick] = useState(0);
  const [mounts, setMounts] = useState(0);

  useEffect(() => {
    onMounted?.();
  }, [onMounted]);

  const phoneOf = (row: CrmRow) => editedPhone(row, edits.get(row.id) ?? 0, phonePool);
  const shown = visibleRows(rows, { query, sort, order, phoneOf });

  const shuffle = () => {
    const seed = shuffles + 1;
    setShuffles(seed);
    setOrder((current) => shuffled(current, seed));
    setSort('none');
  };
  const editPhone = (id: number) =>
    setEdits((current) => new Map(current).set(id, (current.get(id) ?? 0) + 1));

  return (
    <div className="react-crm" data-testid="react-crm">
      <div className="row-between">
        <h1>
          React contacts{' '}
          <span className="count" data-testid="react-row-count">
            {shown.length}
          </span>
          <span className="muted small"> of {rows.length}</span>
        </h1>
        <span className="muted small">
          Renders: <span data-testid="react-render-count">{renders.current}</span>
        </span>
      </div>
      <div className="toolbar">
        <input
          type="search"
          placeholder="Filter contacts"
          aria-label="Filter contacts"
          data-testid="react-search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          data-testid="react-sort"
          data-sort={sort}
          onClick={() => setSort(nextSort)}
        >
          Sort by name {sort === 'asc' ? '▲' : sort === 'desc' ? '▼' : ''}
        </button>
        <button type="button" data-testid="react-shuffle" onClick={shuffle}>
          Shuffle
        </button>
        <button type="button" data-testid="react-rerender" onClick={() => setTick((t) => t + 1)}>
          Re-render
        </button>
        <button type="button" data-testid="react-remount" onClick={() => setMounts((m) => m + 1)}>
          Remount table
        </button>
      </div>
      <div className="table-wrap">
        <table
          key={mounts}
          className="grid contacts"
          data-testid="react-table"
          data-sort={sort}
          data-mount={mounts}
        >
          <thead>
            <tr>
              <th>Name</th>
              <th>Company</th>
              <th>City</th>
              <th>Phone</th>
              <th>Mobile</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <ContactRow
                key={row.id}
                row={row}
                phone={phoneOf(row)}
                edits={edits.get(row.id) ?? 0}
                onEditPhone={editPhone}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface ContactRowProps {
  row: CrmRow;
  phone: PhoneCell;
  edits: number;
  onEditPhone: (id: number) => void;
}

function ContactRow({ row, phone, edits, onEditPhone }: ContactRowProps) {
  return (
    <tr data-contact-id={row.id} data-testid="react-row">
      <td className="nowrap">{row.name}</td>
      <td>{row.company}</td>
      <td>{row.city}</td>
      <td className="phone" data-testid="react-phone" data-e164={phone.e164} data-edits={edits}>
        {phone.display}
      </td>
      <td className="phone" data-testid="react-mobile" data-e164={row.mobile?.e164 ?? ''}>
        {row.mobile ? row.mobile.display : <span className="muted">—</span>}
      </td>
      <td>
        <button type="button" data-testid="react-edit-phone" onClick={() => onEditPhone(row.id)}>
          Edit phone
        </button>
      </td>
    </tr>
  );
}
