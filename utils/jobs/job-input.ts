import { addListSchema, validateRequest } from '../dialer/request-schemas';
import type { JobRecord, StoredInput } from './job-records';
import type { JobInput } from './job-types';

/** What jobs/start refuses before anything is stored, and what of the input is stored. */

export interface Problem {
  field: string;
  message: string;
}

/** The user fields that are never written to IndexedDB or storage. */
export const SECRET_FIELDS = ['agent_pass', 'phone_pass'] as const;
export type UserSecrets = Partial<Record<(typeof SECRET_FIELDS)[number], string>>;

export const MAX_JOB_ROWS = 200_000;

function listProblems(list: Record<string, string>, prefix: string): Problem[] {
  const checked = validateRequest(addListSchema, list, 'The list');
  if (checked.ok) return [];
  return (checked.issues ?? [{ field: checked.field ?? 'list', message: checked.message }]).map(
    (issue) => ({ field: `${prefix}${issue.field}`, message: issue.message }),
  );
}

function rowsProblems(count: number, sourceRows: number[] | undefined, what: string): Problem[] {
  if (count === 0) return [{ field: what, message: `There are no ${what} to send.` }];
  if (count > MAX_JOB_ROWS)
    return [
      {
        field: what,
        message: `${count} ${what} is more than one job takes (${MAX_JOB_ROWS}): split the file.`,
      },
    ];
  if (sourceRows && sourceRows.length !== count)
    return [
      {
        field: 'sourceRows',
        message: `sourceRows has ${sourceRows.length} entries for ${count} ${what}.`,
      },
    ];
  return [];
}

export function inputProblems(input: JobInput): Problem[] {
  if (input.kind === 'list-create') return listProblems(input.list, 'list.');
  if (input.kind === 'user-sync')
    return rowsProblems(input.users.length, input.sourceRows, 'users');
  const rows = rowsProblems(input.leads.length, input.sourceRows, 'leads');
  if (input.target.type === 'new') return [...rows, ...listProblems(input.target.list, 'list.')];
  if (!/^\d{2,14}$/.test(input.target.listId))
    return [...rows, { field: 'listId', message: 'listId: must be 2-14 digits.' }];
  return rows;
}

export const rowCount = (input: JobInput) =>
  input.kind === 'lead-export'
    ? input.leads.length
    : input.kind === 'user-sync'
      ? input.users.length
      : 1;

/** The input as stored, and the passwords to keep in memory only. */
export function splitInput(
  jobId: string,
  input: JobInput,
): { stored: StoredInput; secrets?: Map<number, UserSecrets> } {
  if (input.kind === 'list-create') return { stored: { jobId, rows: [input.list] } };
  if (input.kind === 'lead-export')
    return { stored: { jobId, rows: input.leads, sourceRows: input.sourceRows } };
  const secrets = new Map<number, UserSecrets>();
  const hadSecret: boolean[] = [];
  const rows = input.users.map((user, row) => {
    const { agent_pass, phone_pass, ...rest } = user;
    const secret: UserSecrets = {
      ...(agent_pass !== undefined && { agent_pass }),
      ...(phone_pass !== undefined && { phone_pass }),
    };
    const has = Object.keys(secret).length > 0;
    hadSecret.push(has);
    if (has) secrets.set(row, secret);
    return rest;
  });
  return { stored: { jobId, rows, sourceRows: input.sourceRows, hadSecret }, secrets };
}

export function newJobRecord(
  id: string,
  input: JobInput,
  now: number,
): Omit<JobRecord, 'mode' | 'target' | 'list'> {
  return {
    id,
    kind: input.kind,
    title: input.title.trim() || 'Sync job',
    state: 'queued',
    phase: 'new',
    createdAt: now,
    updatedAt: now,
    total: rowCount(input),
    created: 0,
    updated: 0,
    rejected: 0,
    unconfirmed: 0,
    notSent: 0,
  };
}
