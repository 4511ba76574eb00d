import Papa from 'papaparse';
import type { AnalysedRow } from './analyse-rows';
import { FORMULA_START } from './csv-formula';

/**
 * The rows that were not sent, as they were in the file, with the row number and every problem
 * in two columns in front: ready to fix in a spreadsheet and import again.
 */
export function problemRowsCsv(
  header: readonly string[],
  cellsOf: (row: number) => readonly string[] | undefined,
  rows: readonly AnalysedRow[],
): string {
  // Row and problem first: a row with a missing or extra cell still lines up with its header.
  const data = rows.map((row) => [
    String(row.row),
    row.problems.map((problem) => problem.message).join(' '),
    ...(cellsOf(row.row) ?? []),
  ]);
  return Papa.unparse(
    { fields: ['Row in file', 'Problem', ...header], data },
    { escapeFormulae: FORMULA_START },
  );
}
