import { SECRET_FIELDS } from '../jobs/job-input';
import type { LeadExportTarget } from '../jobs/job-types';
import {
  type AnalysedRow,
  type AnalyseOptions,
  countProblems,
  createRowAnalyser,
  isBlankRow,
  type ProblemCounts,
  type ProblemKind,
} from './analyse-rows';
import { type BuiltJob, buildLeadExportJob, buildUserSyncJob } from './build-job-input';
import type { ColumnMapping } from './import-fields';
import { problemRowsCsv } from './problem-rows-csv';

export type RowFilter = 'all' | 'problems' | ProblemKind;

export interface AnalysisSummary {
  counts: ProblemCounts;
  /** Row numbers of blank lines: not records, listed so the count adds up. */
  blank: number;
  /** The fields the rows fill, in order, for the preview's columns. */
  columns: string[];
}

export interface JobRequest {
  title: string;
  skipProblemRows: boolean;
  /** Leads only; users are upserted. */
  target?: LeadExportTarget;
}

/**
 * One import's table and its analysis, kept where the work happens (the import worker), so the
 * page holds only what it shows: counts, one page of the preview, the job input when sent.
 * Pure: the tests and the benchmark drive it directly.
 */
export class ImportSession {
  header: string[] = [];
  private rows: string[][] = [];
  private analysed: AnalysedRow[] = [];
  private mode: AnalyseOptions['mode'] = 'leads';
  private mapping: ColumnMapping = [];
  /** The rows the last filter kept: paging through them does not filter 100,000 rows again. */
  private filtered?: { filter: RowFilter; rows: AnalysedRow[] };

  load(table: string[][]) {
    const [header = [], ...rows] = table;
    this.header = header;
    this.rows = rows;
    this.analysed = [];
    this.filtered = undefined;
  }

  addRows(rows: string[][], first: boolean) {
    let start = 0;
    if (first) {
      this.header = rows[0] ?? [];
      this.rows = [];
      this.analysed = [];
      this.filtered = undefined;
      start = 1;
    }
    for (let index = start; index < rows.length; index += 1) this.rows.push(rows[index] ?? []);
  }

  get rowCount() {
    return this.rows.length;
  }

  sample(count = 5) {
    return this.rows.slice(0, count);
  }

  /**
   * Analyses every row; between slices of `sliceRows` it calls `pause`, which may return false
   * to abandon the run (a newer mapping came in).
   */
  async analyse(
    options: Omit<AnalyseOptions, 'columns'>,
    pause: (done: number, total: number) => Promise<boolean>,
    sliceRows = 2000,
  ): Promise<AnalysisSummary | null> {
    const analyse = createRowAnalyser({ ...options, columns: this.header.length });
    const analysed: AnalysedRow[] = [];
    let blank = 0;
    const total = this.rows.length;
    for (let index = 0; index < total; index += 1) {
      if (index > 0 && index % sliceRows === 0 && !(await pause(index, total))) return null;
      const cells = this.rows[index] ?? [];
      if (isBlankRow(cells)) blank += 1;
      else analysed.push(analyse(cells, index + 2));
    }
    this.analysed = analysed;
    this.filtered = undefined;
    this.mode = options.mode;
    this.mapping = options.mapping;
    const columns = new Set<string>();
    for (const row of analysed.slice(0, 200))
      for (const field of Object.keys(row.fields)) columns.add(field);
    return { counts: countProblems(analysed), blank, columns: [...columns] };
  }

  page(filter: RowFilter, page: number, size: number) {
    if (this.filtered?.filter !== filter) this.filtered = { filter, rows: this.select(filter) };
    const matching = this.filtered.rows;
    const pages = Math.max(1, Math.ceil(matching.length / size));
    const current = Math.min(Math.max(page, 0), pages - 1);
    return {
      rows: matching.slice(current * size, (current + 1) * size),
      matching: matching.length,
      page: current,
      pages,
    };
  }

  private select(filter: RowFilter): AnalysedRow[] {
    return filter === 'all'
      ? this.analysed
      : filter === 'problems'
        ? this.analysed.filter((row) => row.problems.length > 0)
        : this.analysed.filter((row) => row.problems.some((problem) => problem.kind === filter));
  }

  buildJob(request: JobRequest): BuiltJob {
    const options = {
      title: request.title,
      rows: this.analysed,
      skipProblemRows: request.skipProblemRows,
    };
    if (this.mode === 'users') return buildUserSyncJob(options);
    if (!request.target) return { ok: false, message: 'Choose the list the leads go to.' };
    return buildLeadExportJob({ ...options, target: request.target });
  }

  /**
   * The rows with problems as they were in the file, with row number and problem in front;
   * cells mapped to a password are left empty (no password is ever written out).
   */
  problemCsv(): string {
    const secret = new Set<string>(SECRET_FIELDS);
    const hidden = new Set(
      this.mapping.flatMap((target, column) => (secret.has(target) ? [column] : [])),
    );
    const cellsOf = (row: number) => {
      const cells = this.rows[row - 2];
      return hidden.size === 0
        ? cells
        : cells?.map((cell, column) => (hidden.has(column) ? '' : cell));
    };
    return problemRowsCsv(
      this.header,
      cellsOf,
      this.analysed.filter((row) => row.problems.length > 0),
    );
  }
}
