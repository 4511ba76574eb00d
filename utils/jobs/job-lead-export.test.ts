import { describe, expect, test } from 'vitest';
import { failure } from '../dialer/dialer-types';
import { listOutcome } from './job-lead-export';

describe("what add_list's answer means for a lead export to a new list", () => {
  const ok = {
    ok: true as const,
    value: { message: '4401 list created', listId: '4401' },
    notices: [],
    raw: '',
  };
  const exists = failure('exists', '4401 list already exist', { field: 'list_id' });

  test('created: the leads go to it', () => {
    expect(listOutcome(ok, '4401', false)).toEqual({ ok: true, listId: '4401' });
  });

  test('exists on a first attempt: someone else’s list, the job stops and says what to do', () => {
    expect(listOutcome(exists, '4401', false)).toMatchObject({
      ok: false,
      stop: expect.stringMatching(/already exists.*choose it as an existing list/),
    });
  });

  test('exists after our own attempt lost its reply, or was out when the worker stopped: ours', () => {
    expect(listOutcome({ ...exists, afterLostReply: true }, '4401', false)).toEqual({
      ok: true,
      listId: '4401',
    });
    expect(listOutcome(exists, '4401', true)).toEqual({ ok: true, listId: '4401' });
  });

  test('a refused login stops the job and is remembered', () => {
    expect(listOutcome(failure('auth', 'Login incorrect.'), '4401', false)).toMatchObject({
      ok: false,
      refusedLogin: true,
    });
  });
});
