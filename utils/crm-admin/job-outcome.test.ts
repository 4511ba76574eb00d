import { describe, expect, it } from 'vitest';
import type { JobView } from '../jobs/job-types';
import { describeJobOutcome } from './job-outcome';

const job = (patch: Partial<JobView>): JobView => ({
  id: 'j1',
  kind: 'user-sync',
  title: 'User jdoe',
  state: 'done',
  createdAt: 0,
  updatedAt: 0,
  total: 1,
  done: 1,
  created: 0,
  updated: 0,
  rejected: 0,
  unconfirmed: 0,
  notSent: 0,
  rows: [],
  ...patch,
});

describe('describeJobOutcome', () => {
  it('a refused row gives our explanation, the field, and the dialer’s own words', () => {
    const outcome = describeJobOutcome(
      job({
        rejected: 1,
        rows: [
          {
            row: 0,
            status: 'rejected',
            message: 'User group "NOPE" does not exist in the dialer',
            field: 'agent_user_group',
            reason: 'USER GROUP DOES NOT EXIST',
          },
        ],
      }),
      'User jdoe',
    );
    expect(outcome).toEqual({
      done: true,
      ok: false,
      text: 'User jdoe not synced (agent_user_group): User group "NOPE" does not exist in the dialer The dialer said: USER GROUP DOES NOT EXIST.',
    });
  });

  it('does not repeat a reason the message already quotes', () => {
    const { text } = describeJobOutcome(
      job({
        rejected: 1,
        rows: [{ row: 0, status: 'rejected', message: 'Refused: NO LIST', reason: 'NO LIST' }],
      }),
      'List 1',
    );
    expect(text).toBe('List 1 not synced: Refused: NO LIST');
  });

  it('a created row says so; a running job is not done yet', () => {
    expect(
      describeJobOutcome(
        job({ created: 1, rows: [{ row: 0, status: 'created', message: '' }] }),
        'User jdoe',
      ),
    ).toMatchObject({ done: true, ok: true, text: 'User jdoe created in the dialer: done' });
    expect(describeJobOutcome(job({ state: 'running', done: 0 }), 'User jdoe').done).toBe(false);
  });
});
