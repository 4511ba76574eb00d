import { useEffect, useState } from 'react';
import type { AnalysedRow, ProblemKind } from '@/utils/import/analyse-rows';
import type { ImportMode } from '@/utils/import/import-fields';
import type { AnalysisSummary, RowFilter } from '@/utils/import/import-session';
import { formatE164 } from '@/utils/import/normalise-phone';
import { SECRET_FIELDS } from '@/utils/jobs/job-input';

const PAGE_SIZE = 50;
const SECRET = new Set<string>(SECRET_FIELDS);

const FILTER_LABELS: Record<RowFilter, string> = {
  all: 'All rows',
  problems: 'Rows with problems',
  'no-phone': 'No phone',
  'invalid-phone': 'Invalid phone',
  duplicate: 'Duplicate in the file',
  'invalid-field': 'A field breaks a rule',
  cells: 'Missing or extra cells',
};

export interface PreviewPage {
  rows: AnalysedRow[];
  matching: number;
  page: number;
  pages: number;
}

interface PreviewProps {
  mode: ImportMode;
  summary: AnalysisSummary;
  loadPage(filter: RowFilter, page: number, size: number): Promise<PreviewPage>;
}

/** Every row as it would be sent, a page at a time (rows stay in the worker), with its problems. */
export function PreviewTable({ mode, summary, loadPage }: PreviewProps) {
  const { counts } = summary;
  const [filter, setFilter] = useState<RowFilter>(counts.withProblems > 0 ? 'problems' : 'all');
  const [page, setPage] = useState(0);
  const [shown, setShown] = useState<PreviewPage>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    loadPage(filter, page, PAGE_SIZE).then(
      (result) => current && setShown(result),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [loadPage, filter, page]);

  const countOf = (key: RowFilter) =>
    key === 'all'
      ? counts.total
      : key === 'problems'
        ? counts.withProblems
        : (counts.byKind[key as ProblemKind] ?? 0);
  const pages = shown?.pages ?? 1;
  const current = shown?.page ?? 0;

  return (
    <section aria-label="Preview">
      <h2>Preview</h2>
      <p data-testid="preview-summary">
        {counts.total.toLocaleString()} {mode === 'leads' ? 'leads' : 'users'}:{' '}
        <span className="status-ok">{counts.ok.toLocaleString()} ready</span>,{' '}
        <span className={counts.withProblems ? 'status-error' : undefined}>
          {counts.withProblems.toLocaleString()} with problems
        </span>
        {summary.blank > 0 && <> ({summary.blank.toLocaleString()} blank lines are not records)</>}.
      </p>
      {error && <p className="status-error">{error}</p>}
      <div className="row wrap">
        <label>
          Show{' '}
          <select
            aria-label="Show rows"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as RowFilter);
              setPage(0);
            }}
          >
            {(Object.keys(FILTER_LABELS) as RowFilter[])
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
              {summary.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {shown?.rows.map((row) => (
              <tr key={row.row} data-row={row.row} className={row.problems.length ? 'bad' : ''}>
                <td>{row.row}</td>
                {summary.columns.map((column) => (
                  <td key={column}>
                    {SECRET.has(column) && row.fields[column] ? '••••' : row.fields[column]}
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
