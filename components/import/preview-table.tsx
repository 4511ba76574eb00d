import { useMemo, useState } from 'react';
import type { AnalysedRow, ProblemCounts, ProblemKind } from '@/utils/import/analyse-rows';
import type { ImportMode } from '@/utils/import/import-fields';
import { formatE164 } from '@/utils/import/normalise-phone';

const PAGE_SIZE = 50;
const SECRET_FIELDS = new Set(['agent_pass', 'phone_pass']);

type Filter = 'all' | 'problems' | ProblemKind;

const FILTER_LABELS: Record<Filter, string> = {
  all: 'All rows',
  problems: 'Rows with problems',
  'no-phone': 'No phone',
  'invalid-phone': 'Invalid phone',
  duplicate: 'Duplicate in the file',
  'invalid-field': 'A field breaks a rule',
  cells: 'Missing or extra cells',
};

interface PreviewProps {
  mode: ImportMode;
  rows: readonly AnalysedRow[];
  counts: ProblemCounts;
  blank: readonly number[];
}

/** Every row as it would be sent, a page at a time, with each problem in words. */
export function PreviewTable({ mode, rows, counts, blank }: PreviewProps) {
  const [filter, setFilter] = useState<Filter>(counts.withProblems > 0 ? 'problems' : 'all');
  const [page, setPage] = useState(0);
  const shown = useMemo(() => {
    if (filter === 'all') return rows;
    if (filter === 'problems') return rows.filter((row) => row.problems.length > 0);
    return rows.filter((row) => row.problems.some((problem) => problem.kind === filter));
  }, [rows, filter]);
  const columns = useMemo(() => {
    const seen = new Set<string>();
    for (const row of rows.slice(0, 200))
      for (const field of Object.keys(row.fields)) seen.add(field);
    return [...seen];
  }, [rows]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const countOf = (key: Filter) =>
    key === 'all' ? counts.total : key === 'problems' ? counts.withProblems : counts.byKind[key];

  return (
    <section aria-label="Preview">
      <h2>Preview</h2>
      <p data-testid="preview-summary">
        {counts.total.toLocaleString()} {mode === 'leads' ? 'leads' : 'users'}:{' '}
        <span className="status-ok">{counts.ok.toLocaleString()} ready</span>,{' '}
        <span className={counts.withProblems ? 'status-error' : undefined}>
          {counts.withProblems.toLocaleString()} with problems
        </span>
        {blank.length > 0 && <> ({blank.length.toLocaleString()} blank lines are not records)</>}.
      </p>
      <div className="row wrap">
        <label>
          Show{' '}
          <select
            aria-label="Show rows"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as Filter);
              setPage(0);
            }}
          >
            {(Object.keys(FILTER_LABELS) as Filter[])
              .filter((key) => key === 'all' || key === 'problems' || countOf(key) > 0)
              .map((key) => (
                <option key={key} value={key}>
                  {FILTER_LABELS[key]} ({countOf(key).toLocaleString()})
                </option>
              ))}
          </select>
        </label>
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          Previous
        </button>
        <span>
          Page {current + 1} of {pages}
        </span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          Next
        </button>
      </div>
      <div className="table-scroll">
        <table className="grid preview" data-testid="preview-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.row} data-row={row.row} className={row.problems.length ? 'bad' : ''}>
                <td>{row.row}</td>
                {columns.map((column) => (
                  <td key={column}>
                    {SECRET_FIELDS.has(column) && row.fields[column] ? '••••' : row.fields[column]}
                  </td>
                ))}
                <td className="problems">
                  {row.problems.length === 0 ? (
                    <span className="status-ok">{row.phone ? formatE164(row.phone) : 'OK'}</span>
                  ) : (
                    row.problems.map((problem) => (
                      <div key={problem.kind + problem.field + problem.message}>
                        {problem.message}
                      </div>
                    ))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
