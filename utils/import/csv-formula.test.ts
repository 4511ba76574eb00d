import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START } from './csv-formula';
import { problemRowsCsv } from './problem-rows-csv';

describe('problem-row CSVs are safe to open in a spreadsheet', () => {
  it('prefixes formula-like cells and leaves numbers and ordinary text alone', () => {
    const csv = Papa.unparse(
      [['=HYPERLINK("x")', '@SUM(A1)', '+cmd', '-x', '+44 20 7946 0958', '-5', 'Jane']],
      { escapeFormulae: FORMULA_START },
    );
    expect(csv).toBe(`"'=HYPERLINK(""x"")","'@SUM(A1)","'+cmd","'-x",+44 20 7946 0958,-5,Jane`);
  });

  it('the import page’s skipped-rows file escapes them too', () => {
    const csv = problemRowsCsv(['Name', 'Phone'], () => ['=1+1', '+1 415 555 0134'], [
      { row: 2, problems: [{ message: 'no phone' }] } as never,
    ]);
    expect(csv.split('\r\n')[1]).toBe(`2,no phone,"'=1+1",+1 415 555 0134`);
  });
});
