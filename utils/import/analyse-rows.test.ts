import { describe, expect, it } from 'vitest';
import { type AnalyseOptions, countProblems, createRowAnalyser, isBlankRow } from './analyse-rows';
import { buildLeadExportJob, buildUserSyncJob } from './build-job-input';
import { guessColumns } from './guess-columns';
import { problemRowsCsv } from './problem-rows-csv';

const header = ['Lead ID', 'First Name', 'Last Name', 'Phone', 'City', 'Zip'];
const options: AnalyseOptions = {
  mode: 'leads',
  mapping: guessColumns(header, 'leads'),
  columns: header.length,
  defaultCountry: 'US',
  backend: 'elision',
};

function analyseAll(rows: string[][], opts = options) {
  const analyse = createRowAnalyser(opts);
  return rows.map((cells, index) => analyse(cells, index + 2));
}

describe('createRowAnalyser for leads', () => {
  it('maps a row into a lead with the normalised number and its country code', () => {
    const [row] = analyseAll([['L-1', 'Ada', 'Lovelace', '(415) 555-0134', 'San Jose', '95112']]);
    expect(row).toEqual({
      row: 2,
      fields: {
        phone_code: '1',
        phone_number: '4155550134',
        vendor_lead_code: 'L-1',
        first_name: 'Ada',
        last_name: 'Lovelace',
        city: 'San Jose',
        postal_code: '95112',
      },
      problems: [],
      phone: '+14155550134',
    });
  });

  it('reports no phone, an invalid phone and a duplicate, naming the first row', () => {
    const rows = analyseAll([
      ['1', 'A', 'B', '', 'X', '1'],
      ['2', 'A', 'B', 'call me', 'X', '1'],
      ['3', 'A', 'B', '415 555 0134', 'X', '1'],
      ['4', 'A', 'B', '+1 415-555-0134', 'X', '1'],
    ]);
    expect(rows.map((row) => row.problems.map((problem) => problem.kind))).toEqual([
      ['no-phone'],
      ['invalid-phone'],
      [],
      ['duplicate'],
    ]);
    expect(rows[3]?.problems[0]?.message).toBe(
      'Duplicate in the file: +14155550134 is already on row 4.',
    );
    expect(countProblems(rows)).toMatchObject({
      total: 4,
      ok: 1,
      withProblems: 3,
      byKind: { 'no-phone': 1, 'invalid-phone': 1, duplicate: 1 },
    });
  });

  it('names the field and the rule a value breaks, also on a row without a phone', () => {
    const [good, bad] = analyseAll([
      ['1', 'José', 'B', '415 555 0134', 'X', '1'],
      ['2', 'A', 'B', '', 'X', '12345678901'],
    ]);
    expect(good?.problems).toEqual([
      {
        kind: 'invalid-field',
        field: 'first_name',
        message: expect.stringContaining('first_name: only'),
      },
    ]);
    expect(bad?.problems.map((problem) => problem.field)).toEqual(['phone_number', 'postal_code']);
  });

  it('reports a row whose cell count differs from the header', () => {
    const [row] = analyseAll([['1', 'A', 'B', '415 555 0134']]);
    expect(row?.problems[0]).toMatchObject({ kind: 'cells', field: 'row' });
  });

  it('splits a full name column and keeps alt_phone as national digits', () => {
    const head = ['Name', 'Phone', 'Other Phone'];
    const [row] = analyseAll([['Ada King Lovelace', '4155550134', '(650) 253-0000']], {
      ...options,
      mapping: guessColumns(head, 'leads'),
      columns: 3,
    });
    expect(row?.fields).toMatchObject({
      first_name: 'Ada',
      last_name: 'King Lovelace',
      alt_phone: '6502530000',
    });
  });

  it('treats a row of empty cells as blank', () => {
    expect(isBlankRow(['', ' '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});

describe('createRowAnalyser for users', () => {
  const head = ['Username', 'Password', 'User Level', 'Full Name', 'User Group', 'Active'];
  const userOptions: AnalyseOptions = {
    ...options,
    mode: 'users',
    mapping: guessColumns(head, 'users'),
    columns: head.length,
  };

  it('validates with the client upsert rules and reports duplicate users', () => {
    const rows = analyseAll(
      [
        ['2001', 'pw1', '1', 'Test One', 'AGENTS', 'Y'],
        ['2002', '', '1', 'Test Two', 'AGENTS', 'yes'],
        ['2001', 'pw1', '1', 'Test One', 'AGENTS', 'Y'],
      ],
      userOptions,
    );
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[0]?.fields).toEqual({
      agent_user: '2001',
      agent_pass: 'pw1',
      agent_user_level: '1',
      agent_full_name: 'Test One',
      agent_user_group: 'AGENTS',
      active: 'Y',
    });
    expect(rows[1]?.problems.map((problem) => problem.field)).toEqual(['agent_pass', 'active']);
    expect(rows[2]?.problems).toEqual([
      expect.objectContaining({ kind: 'duplicate', field: 'agent_user' }),
    ]);

    expect(buildUserSyncJob({ title: 'u.csv', rows, skipProblemRows: true })).toMatchObject({
      ok: true,
      input: { kind: 'user-sync', mode: 'upsert', sourceRows: [2] },
      sent: 1,
    });
  });
});

describe('building the job input', () => {
  const rows = analyseAll([
    ['1', 'A', 'B', '415 555 0134', 'X', '1'],
    ['2', 'A', 'B', '', 'X', '1'],
  ]);

  it('refuses to leave problem rows out unless the user chose to skip them', () => {
    const refused = buildLeadExportJob({
      title: 'leads.csv',
      rows,
      skipProblemRows: false,
      target: { type: 'existing', listId: '1101' },
    });
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/^1 row has problems/) });
  });

  it('sends the good rows with their file row numbers and lists the skipped ones', () => {
    const built = buildLeadExportJob({
      title: 'leads.csv',
      rows,
      skipProblemRows: true,
      target: { type: 'existing', listId: '1101' },
    });
    expect(built).toMatchObject({
      ok: true,
      input: {
        kind: 'lead-export',
        title: 'leads.csv',
        target: { type: 'existing', listId: '1101' },
        leads: [{ phone_code: '1', phone_number: '4155550134' }],
        sourceRows: [2],
      },
      sent: 1,
      skipped: [expect.objectContaining({ row: 3 })],
    });
  });

  it('writes the skipped rows as CSV with their row and problem in front', () => {
    const cells = new Map([[3, ['2', 'A', 'B', '', 'X', '1']]]);
    const csv = problemRowsCsv(header, (row) => cells.get(row), [rows[1] as never]);
    expect(csv.split('\r\n')).toEqual([
      'Row in file,Problem,Lead ID,First Name,Last Name,Phone,City,Zip',
      '3,phone_number: empty; a lead needs a phone number.,2,A,B,,X,1',
    ]);
  });
});
