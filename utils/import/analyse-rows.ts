import type { DialerBackend } from '../dialer/dialer-types';
import { validateLead } from '../dialer/lead-schema';
import { upsertUserSchema, validateRequest } from '../dialer/request-schemas';
import type { ColumnMapping, ImportMode } from './import-fields';
import { normalisePhone } from './normalise-phone';

export const PROBLEM_KINDS = [
  'no-phone',
  'invalid-phone',
  'duplicate',
  'invalid-field',
  'cells',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface RowProblem {
  kind: ProblemKind;
  field: string;
  message: string;
}

/** One CSV row after mapping: what would be sent, and why it cannot be as it is. */
export interface AnalysedRow {
  /** The row's number in the file, the header being row 1 (what a spreadsheet shows). */
  row: number;
  /** The lead (without list_id, which the job sets) or the user, as it would be sent. */
  fields: Record<string, string>;
  problems: RowProblem[];
  /** The normalised number in E.164 (`+14155550134`), for the preview. */
  phone?: string;
}

export interface AnalyseOptions {
  mode: ImportMode;
  mapping: ColumnMapping;
  /** The header's cell count: a row with another count has lost or gained a cell. */
  columns: number;
  defaultCountry: string;
  backend: DialerBackend;
}

/** Any valid id: list_id is checked by the list chooser, each lead only needs to pass the rest. */
const PLACEHOLDER_LIST_ID = '1000';

/**
 * Maps, normalises and validates rows one at a time, remembering the numbers (leads) or user
 * names (users) already seen so that a later copy is reported as a duplicate of the first.
 * Pure: the import page runs it in slices, the benchmark and the tests in a loop.
 */
export function createRowAnalyser(options: AnalyseOptions) {
  const seen = new Map<string, number>();
  const { mapping } = options;
  const phoneColumn = mapping.indexOf('phone_number');
  const codeColumn = mapping.indexOf('phone_code');
  const altColumn = mapping.indexOf('alt_phone');
  const fullNameColumn = mapping.indexOf('full_name');
  const plain = mapping
    .map((target, column) => ({ target, column }))
    .filter(
      ({ target }) =>
        target !== '' &&
        (options.mode === 'users' ||
          !['phone_number', 'phone_code', 'alt_phone', 'full_name'].includes(target)),
    );

  const analyseLead = (cells: readonly string[], row: number): AnalysedRow => {
    const fields: Record<string, string> = {};
    const problems: RowProblem[] = [];
    const result: AnalysedRow = { row, fields, problems };
    const phoneCode = codeColumn >= 0 ? (cells[codeColumn] ?? '') : '';
    const phone = normalisePhone(phoneColumn >= 0 ? (cells[phoneColumn] ?? '') : '', {
      defaultCountry: options.defaultCountry,
      phoneCode,
    });
    if (phone.ok) {
      fields.phone_code = phone.phoneCode;
      fields.phone_number = phone.phoneNumber;
      result.phone = phone.e164;
      const first = seen.get(phone.e164);
      if (first === undefined) seen.set(phone.e164, row);
      else {
        problems.push({
          kind: 'duplicate',
          field: 'phone_number',
          message: `Duplicate in the file: ${phone.e164} is already on row ${first}.`,
        });
      }
    } else {
      problems.push({ kind: phone.kind, field: 'phone_number', message: phone.message });
    }
    for (const { target, column } of plain) {
      const value = cells[column] ?? '';
      if (value !== '') fields[target] = value;
    }
    if (fullNameColumn >= 0) splitFullName(cells[fullNameColumn] ?? '', fields);
    if (altColumn >= 0 && (cells[altColumn] ?? '').trim() !== '') {
      const alt = normalisePhone(cells[altColumn] ?? '', {
        defaultCountry: options.defaultCountry,
        phoneCode,
        field: 'alt_phone',
      });
      if (!alt.ok)
        problems.push({ kind: 'invalid-field', field: 'alt_phone', message: alt.message });
      else if (phone.ok && alt.phoneCode !== phone.phoneCode) {
        problems.push({
          kind: 'invalid-field',
          field: 'alt_phone',
          message: `alt_phone: ${alt.e164} has country code +${alt.phoneCode}, the lead's phone +${phone.phoneCode}; a lead has one phone_code.`,
        });
      } else fields.alt_phone = alt.phoneNumber;
    }
    if (phone.ok) {
      const checked = validateLead({ ...fields, list_id: PLACEHOLDER_LIST_ID }, options.backend);
      if (!checked.ok) {
        for (const issue of checked.issues ?? [{ field: 'lead', message: checked.message }]) {
          if (issue.field === 'list_id') continue;
          problems.push({ kind: 'invalid-field', field: issue.field, message: issue.message });
        }
      }
    } else {
      // Still name the other fields' problems, so one pass over the file shows them all.
      const checked = validateLead(
        { ...fields, phone_number: '000000', list_id: PLACEHOLDER_LIST_ID },
        options.backend,
      );
      if (!checked.ok) {
        for (const issue of checked.issues ?? []) {
          if (issue.field === 'list_id' || issue.field === 'phone_number') continue;
          problems.push({ kind: 'invalid-field', field: issue.field, message: issue.message });
        }
      }
    }
    return result;
  };

  const analyseUser = (cells: readonly string[], row: number): AnalysedRow => {
    const fields: Record<string, string> = {};
    const problems: RowProblem[] = [];
    for (const { target, column } of plain) {
      const value = cells[column] ?? '';
      if (value !== '') fields[target] = value;
    }
    const checked = validateRequest(upsertUserSchema, fields, 'This user');
    if (!checked.ok) {
      for (const issue of checked.issues ?? [{ field: 'user', message: checked.message }]) {
        problems.push({ kind: 'invalid-field', field: issue.field, message: issue.message });
      }
    }
    const user = fields.agent_user;
    if (user !== undefined) {
      const first = seen.get(user);
      if (first === undefined) seen.set(user, row);
      else {
        problems.push({
          kind: 'duplicate',
          field: 'agent_user',
          message: `Duplicate in the file: user ${user} is already on row ${first}.`,
        });
      }
    }
    return { row, fields, problems };
  };

  const analyse = options.mode === 'leads' ? analyseLead : analyseUser;
  return (cells: readonly string[], row: number): AnalysedRow => {
    const result = analyse(cells, row);
    if (cells.length !== options.columns) {
      result.problems.unshift({
        kind: 'cells',
        field: 'row',
        message: `This row has ${cells.length} cells where the header has ${options.columns}: a cell was lost or added (check quotes and commas).`,
      });
    }
    return result;
  };
}

/** "Ada King Lovelace" → first_name "Ada", last_name "King Lovelace", unless the row has them. */
function splitFullName(fullName: string, fields: Record<string, string>) {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return;
  if (fields.first_name === undefined) fields.first_name = words[0] ?? '';
  if (fields.last_name === undefined && words.length > 1) {
    fields.last_name = words.slice(1).join(' ');
  }
}

/** A row whose cells are all empty is a blank line, not a record. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export interface ProblemCounts {
  total: number;
  ok: number;
  withProblems: number;
  byKind: Record<ProblemKind, number>;
}

export function countProblems(rows: readonly AnalysedRow[]): ProblemCounts {
  const byKind = Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<
    ProblemKind,
    number
  >;
  let withProblems = 0;
  for (const row of rows) {
    if (row.problems.length === 0) continue;
    withProblems += 1;
    for (const kind of new Set(row.problems.map((problem) => problem.kind))) byKind[kind] += 1;
  }
  return { total: rows.length, ok: rows.length - withProblems, withProblems, byKind };
}
