import type { JobInput, LeadExportTarget } from '../jobs/job-types';
import type { AnalysedRow } from './analyse-rows';

export type BuiltJob =
  | {
      ok: true;
      input: JobInput;
      /** Rows sent, in order (their file row numbers are the job's sourceRows). */
      sent: number;
      /** Rows the user chose to skip, each with its problems: listed, never lost. */
      skipped: AnalysedRow[];
    }
  | { ok: false; message: string };

interface BuildOptions {
  title: string;
  rows: readonly AnalysedRow[];
  /** The user's explicit choice to leave rows with problems out. */
  skipProblemRows: boolean;
}

function split(options: BuildOptions, what: string) {
  const good: AnalysedRow[] = [];
  const skipped: AnalysedRow[] = [];
  for (const row of options.rows) (row.problems.length === 0 ? good : skipped).push(row);
  if (skipped.length > 0 && !options.skipProblemRows) {
    return {
      ok: false as const,
      message: `${skipped.length} ${skipped.length === 1 ? 'row has' : 'rows have'} problems. Fix the file, or choose to skip them: skipped rows are not sent and stay listed with their problem.`,
    };
  }
  if (good.length === 0) return { ok: false as const, message: `There are no ${what} to send.` };
  return { ok: true as const, good, skipped };
}

/** The lead-export job for the rows without problems; list_id is set by the job per target. */
export function buildLeadExportJob(options: BuildOptions & { target: LeadExportTarget }): BuiltJob {
  const parts = split(options, 'leads');
  if (!parts.ok) return parts;
  return {
    ok: true,
    input: {
      kind: 'lead-export',
      title: options.title,
      target: options.target,
      leads: parts.good.map((row) => ({ ...row.fields })),
      sourceRows: parts.good.map((row) => row.row),
    },
    sent: parts.good.length,
    skipped: parts.skipped,
  };
}

/** A user-sync job in upsert mode: add_user, then update_user for users that exist. */
export function buildUserSyncJob(options: BuildOptions): BuiltJob {
  const parts = split(options, 'users');
  if (!parts.ok) return parts;
  return {
    ok: true,
    input: {
      kind: 'user-sync',
      title: options.title,
      mode: 'upsert',
      users: parts.good.map((row) => ({ ...row.fields })),
      sourceRows: parts.good.map((row) => row.row),
    },
    sent: parts.good.length,
    skipped: parts.skipped,
  };
}
