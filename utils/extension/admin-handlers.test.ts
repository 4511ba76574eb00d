import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JobInput, JobView } from '../jobs/job-types';
import { adminHandlers } from './admin-handlers';
import { saveSettings } from './settings-store';

// The job runner is built elsewhere: a fake that finishes every job with one created row.
const started: JobInput[] = [];
vi.mock('./job-handlers', () => ({
  jobHandlers: {
    'jobs/start': async (input: JobInput) => {
      started.push(input);
      return { ok: true, jobId: `job-${started.length}` };
    },
    'jobs/get': async ({ jobId }: { jobId: string }) => ({
      job: {
        id: jobId,
        kind: 'user-sync',
        title: 'CRM user jdoe',
        state: 'done',
        createdAt: 0,
        updatedAt: 0,
        total: 1,
        done: 1,
        created: 1,
        updated: 0,
        rejected: 0,
        unconfirmed: 0,
        notSent: 0,
        rows: [{ row: 0, status: 'created', message: 'USER HAS BEEN ADDED' }],
      } satisfies JobView,
    }),
  },
}));

const PASSWORD = 'Typed-In-Crm-7';
const tab = (id: number) => ({
  sender: { id: 'test', url: 'http://crm.test/crm/admin/users', tab: { id } },
  kind: 'content-script' as const,
});
const save = {
  entity: 'user' as const,
  isNew: true,
  user: {
    agent_user: 'jdoe',
    agent_pass: PASSWORD,
    agent_user_level: '1',
    agent_full_name: 'Jane Doe',
    agent_user_group: 'AGENTS',
  },
};

async function storedText() {
  return JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.session.get(null),
  ]);
}

describe('following the CRM admin screens', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    started.length = 0;
  });

  it('offers the sync after a save that worked, runs it on Create, and stores no password', async () => {
    expect(await adminHandlers['crm-admin/saved'](save, tab(1))).toEqual({
      held: true,
      text: 'Create user jdoe in the dialer?',
    });
    const { offers } = await adminHandlers['crm-admin/offers']({ outcome: 'saved' }, tab(1));
    expect(offers).toEqual([
      expect.objectContaining({ text: 'Create user jdoe in the dialer?', state: 'offered' }),
    ]);
    expect(started).toEqual([]);
    const offerId = offers[0]?.offerId ?? '';
    expect(await adminHandlers['crm-admin/answer']({ offerId, accept: true }, tab(1))).toEqual({
      ok: true,
      text: 'User jdoe: sending to the dialer…',
      jobId: 'job-1',
    });
    expect(started[0]).toMatchObject({ mode: 'add', users: [{ agent_pass: PASSWORD }] });
    expect(await adminHandlers['crm-admin/result']({ offerId }, tab(1))).toEqual({
      done: true,
      ok: true,
      text: 'User jdoe created in the dialer: USER HAS BEEN ADDED',
    });
    expect(await storedText()).not.toContain(PASSWORD);
    // Answered: the next page shows nothing.
    expect((await adminHandlers['crm-admin/offers']({ outcome: 'none' }, tab(1))).offers).toEqual(
      [],
    );
  });

  it('a form sent back with errors offers nothing', async () => {
    await adminHandlers['crm-admin/saved'](save, tab(2));
    expect(await adminHandlers['crm-admin/offers']({ outcome: 'refused' }, tab(2))).toEqual({
      offers: [],
    });
    expect(await adminHandlers['crm-admin/offers']({ outcome: 'saved' }, tab(2))).toEqual({
      offers: [],
    });
  });

  it('with auto, the job starts as soon as the save is confirmed', async () => {
    await saveSettings({ crmAdminFollow: 'auto' });
    await adminHandlers['crm-admin/saved'](save, tab(3));
    const { offers } = await adminHandlers['crm-admin/offers']({ outcome: 'saved' }, tab(3));
    expect(offers).toEqual([expect.objectContaining({ state: 'started' })]);
    expect(started).toHaveLength(1);
    expect(await storedText()).not.toContain(PASSWORD);
  });

  it('with off, nothing is held', async () => {
    await saveSettings({ crmAdminFollow: 'off' });
    expect((await adminHandlers['crm-admin/saved'](save, tab(4))).held).toBe(false);
    expect(await adminHandlers['crm-admin/offers']({ outcome: 'saved' }, tab(4))).toEqual({
      offers: [],
    });
  });

  it('Dismiss sends nothing, and another tab cannot answer an offer', async () => {
    await adminHandlers['crm-admin/saved'](save, tab(5));
    const { offers } = await adminHandlers['crm-admin/offers']({ outcome: 'saved' }, tab(5));
    const offerId = offers[0]?.offerId ?? '';
    expect((await adminHandlers['crm-admin/answer']({ offerId, accept: true }, tab(6))).ok).toBe(
      false,
    );
    await adminHandlers['crm-admin/answer']({ offerId, accept: false }, tab(5));
    expect((await adminHandlers['crm-admin/answer']({ offerId, accept: true }, tab(5))).ok).toBe(
      false,
    );
    expect(started).toEqual([]);
  });
});
