import type {
  AddListInput,
  AddUserInput,
  DialerClient,
  DialerResult,
  UpdateUserInput,
  UpsertUserInput,
} from '../dialer';
import type { UserSecrets } from './job-input';
import type { StoredInput } from './job-records';
import { callRowResult, stopsJob } from './job-results';
import type { SendOutcome } from './job-runner';

/**
 * One request of a user or list job. The row's fields go to the client as they are: the client
 * checks them against the dialer's rules and refuses (unsent) what breaks one.
 */

function outcomeOf(
  result: DialerResult<unknown>,
  row: number,
  done: 'created' | 'updated',
  sourceRow: number | undefined,
): SendOutcome {
  const stop = !result.ok && stopsJob(result) ? result.message : undefined;
  return {
    results: [callRowResult(row, result, done, sourceRow)],
    lost: !result.ok && result.maybeApplied,
    stop,
    refusedLogin: !result.ok && result.kind === 'auth',
  };
}

export async function sendUser(
  client: DialerClient,
  mode: 'add' | 'update' | 'upsert',
  input: StoredInput,
  row: number,
  held: ReadonlyMap<number, UserSecrets> | undefined,
): Promise<SendOutcome> {
  const fields = { ...input.rows[row], ...held?.get(row) };
  const sourceRow = input.sourceRows?.[row];
  if (mode === 'add')
    return outcomeOf(await client.addUser(fields as AddUserInput), row, 'created', sourceRow);
  if (mode === 'update')
    return outcomeOf(await client.updateUser(fields as UpdateUserInput), row, 'updated', sourceRow);
  const result = await client.upsertUser(fields as UpsertUserInput);
  const done = result.ok && result.value.action === 'updated' ? 'updated' : 'created';
  return outcomeOf(result, row, done, sourceRow);
}

export async function sendListCreate(
  client: DialerClient,
  input: StoredInput,
): Promise<SendOutcome> {
  const list = input.rows[0] ?? {};
  const result = await client.addList(list as AddListInput);
  const outcome = outcomeOf(result, 0, 'created', undefined);
  if (!result.ok) return outcome;
  const row = outcome.results[0];
  if (row) row.message = result.value.message;
  return { ...outcome, patch: { listId: result.value.listId ?? list.list_id } };
}
