import type {
  BatchOutcome,
  DialerClient,
  DialerFailure,
  DialerResult,
  LeadRowResult,
} from '../../dialer';

/**
 * A dialer client for job tests: a tiny in-memory dialer (leads, lists, users) and a failure
 * for any request, on cue. `hang` never answers: the worker that sent it is taken as dead.
 */

export type Cue =
  | 'ok'
  /** Applied, but the reply was lost: unconfirmed. */
  | 'lost'
  /** Not applied, the server stays down after retries: the job stops. */
  | 'down'
  | 'auth'
  /** Never answers (the worker died while waiting). */
  | 'hang'
  /** Applied, then never answers. */
  | 'apply-hang';

const fail = (kind: DialerFailure['kind'], message: string, more: Partial<DialerFailure> = {}) =>
  ({ ok: false, kind, message, retryable: false, maybeApplied: false, ...more }) as DialerFailure;

const AUTH = fail('auth', 'The dialer refused the API user and password.');
const LOST = fail('unavailable', 'The dialer did not answer in time.', {
  retryable: true,
  maybeApplied: true,
});
const DOWN = fail('unavailable', 'The dialer answered HTTP 503.', { retryable: true });

const never = <T>() => new Promise<T>(() => {});

export function fakeJobClient(options: { batchSize?: number } = {}) {
  const batchSize = options.batchSize ?? 3;
  const dialer = {
    leads: [] as Record<string, string>[],
    lists: new Set<string>(['999']),
    users: new Map<string, Record<string, string>>(),
  };
  /** Every request in order: function name and, for lead batches, its rows. */
  const requests: { fn: string; rows?: number[]; fields?: Record<string, string> }[] = [];
  const cues = new Map<number, Cue>();
  const next = (): Cue => cues.get(requests.length - 1) ?? 'ok';

  async function answer<T>(apply: () => DialerResult<T>): Promise<DialerResult<T>> {
    const cue = next();
    if (cue === 'hang') return never();
    if (cue === 'auth') return AUTH;
    if (cue === 'down') return DOWN;
    const result = apply();
    if (cue === 'apply-hang') return never();
    if (cue === 'lost') return LOST;
    return result;
  }

  const ok = <T>(value: T): DialerResult<T> => ({ ok: true, value, notices: [], raw: '' });

  const validLead = (lead: unknown) =>
    /^\d{6,16}$/.test((lead as Record<string, string>).phone_number ?? '');

  const client: DialerClient = {
    backend: 'elision',
    warnings: [],
    planLeadExport(leads) {
      const refused: LeadRowResult[] = [];
      const valid: number[] = [];
      leads.forEach((lead, row) => {
        if (validLead(lead)) valid.push(row);
        else
          refused.push({
            row,
            status: 'rejected',
            kind: 'invalid',
            field: 'phone_number',
            message: 'phone_number: must be 6-16 digits.',
            retryable: false,
          });
      });
      const batches: number[][] = [];
      for (let i = 0; i < valid.length; i += batchSize) batches.push(valid.slice(i, i + batchSize));
      return { refused, batches, largestRequestBytes: 100 };
    },
    async sendLeadBatch(leads, rows): Promise<BatchOutcome> {
      requests.push({ fn: 'add_multi_lead', rows: [...rows] });
      const result = await answer(() => {
        for (const row of rows) dialer.leads.push({ ...(leads[row] as Record<string, string>) });
        return ok(null);
      });
      const base = { requests: 1, largestRequestBytes: 100 };
      if (result.ok)
        return {
          ...base,
          lost: false,
          rows: rows.map((row) => ({ row, status: 'created', leadId: `L${row}` })),
        };
      const rowsOut: LeadRowResult[] = rows.map((row) =>
        result.maybeApplied
          ? { row, status: 'unconfirmed', message: result.message }
          : {
              row,
              status: 'rejected',
              kind: result.kind,
              message: result.message,
              retryable: result.retryable,
            },
      );
      const stop = result.kind === 'auth' || !result.maybeApplied ? result : undefined;
      return { ...base, rows: rowsOut, lost: result.maybeApplied, stop };
    },
    async addList(input) {
      requests.push({ fn: 'add_list', fields: { ...input } as Record<string, string> });
      if (dialer.lists.has(input.list_id) && next() === 'ok')
        return fail('exists', `${input.list_id} list already exist`, { field: 'list_id' });
      return answer(() => {
        dialer.lists.add(input.list_id);
        return ok({ message: `${input.list_id} list created`, listId: input.list_id });
      });
    },
    async addUser(input) {
      requests.push({ fn: 'add_user', fields: { ...input } as Record<string, string> });
      if (dialer.users.has(input.agent_user) && next() === 'ok')
        return fail('exists', 'USER ALREADY EXISTS', { field: 'agent_user' });
      return answer(() => {
        dialer.users.set(input.agent_user, { ...input } as Record<string, string>);
        return ok({ reason: 'USER HAS BEEN ADDED', data: [] });
      });
    },
    async updateUser(input) {
      requests.push({ fn: 'update_user', fields: { ...input } as Record<string, string> });
      if (!dialer.users.has(input.agent_user) && next() === 'ok')
        return fail('not_found', 'USER DOES NOT EXIST', { field: 'agent_user' });
      return answer(() => {
        dialer.users.set(input.agent_user, {
          ...dialer.users.get(input.agent_user),
          ...input,
        } as Record<string, string>);
        return ok({ reason: 'USER HAS BEEN UPDATED', data: [] });
      });
    },
    async upsertUser(input) {
      const existed = dialer.users.has(input.agent_user);
      const { active: _, ...fields } = input;
      const result = existed ? await client.updateUser(input) : await client.addUser(fields);
      if (!result.ok) return result;
      return ok({ action: existed ? 'updated' : 'added', reason: result.value.reason });
    },
    activeLists: async () => fail('unsupported', 'not in the fake'),
    addMultiLead: async () => {
      throw new Error('not used by jobs');
    },
    testConnection: async () => fail('unsupported', 'not in the fake'),
    resetAuthBlock: () => {},
  };

  return {
    client,
    dialer,
    requests,
    /** The n-th request (0-based, counted over the whole client) answers with `cue`. */
    failOn(n: number, cue: Cue) {
      cues.set(n, cue);
    },
  };
}
