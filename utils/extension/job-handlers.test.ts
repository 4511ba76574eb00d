import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JobRecord } from '../jobs/job-records';
import { jobHandlers } from './job-handlers';
import { JOB_ALARM, notifyJobEnd, showJobProgress } from './job-service';

const pageCtx = {
  sender: { id: 'test', url: 'chrome-extension://test/popup.html' },
  kind: 'extension-page' as const,
};

const record = (patch: Partial<JobRecord>): JobRecord => ({
  id: 'j1',
  kind: 'lead-export',
  title: 'leads.csv',
  state: 'running',
  phase: 'planned',
  createdAt: 0,
  updatedAt: 0,
  total: 10,
  created: 4,
  updated: 0,
  rejected: 0,
  unconfirmed: 0,
  notSent: 0,
  ...patch,
});

describe('job handlers and what the browser shows', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a job with no dialer configured stops with the reason; the badge says so and the alarm goes', async () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    const clear = vi.spyOn(browser.alarms, 'clear').mockResolvedValue(true);
    const started = await jobHandlers['jobs/start'](
      {
        kind: 'lead-export',
        title: 'leads.csv',
        target: { type: 'existing', listId: '1101' },
        leads: [{ phone_number: '7275550000' }],
      },
      pageCtx,
    );
    if (!started.ok) throw new Error('refused');
    await vi.waitFor(async () => {
      const { job } = await jobHandlers['jobs/get']({ jobId: started.jobId }, pageCtx);
      expect(job).toMatchObject({ state: 'stopped', notSent: 1 });
      expect(job?.message).toMatch(/^Not configured/);
    });
    expect(badge).toHaveBeenLastCalledWith({ text: '!' });
    await vi.waitFor(() => expect(clear).toHaveBeenCalledWith(JOB_ALARM));
    const { jobs } = await jobHandlers['jobs/list']({}, pageCtx);
    expect(jobs.map((j) => j.id)).toContain(started.jobId);
    expect(await jobHandlers['jobs/cancel']({ jobId: started.jobId }, pageCtx)).toMatchObject({
      ok: false,
    });
  });

  it('jobs/start refuses an input that breaks a rule, naming the field', async () => {
    const started = await jobHandlers['jobs/start'](
      { kind: 'user-sync', title: 'none', mode: 'add', users: [] },
      pageCtx,
    );
    expect(started).toEqual({
      ok: false,
      problems: [{ field: 'users', message: 'There are no users to send.' }],
    });
  });

  it('the badge shows the percentage while running, ✓ for a clean end, nothing after a cancel', () => {
    const text = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    const title = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    showJobProgress(record({}));
    expect(text).toHaveBeenLastCalledWith({ text: '40%' });
    expect(title).toHaveBeenLastCalledWith({ title: 'leads.csv: 4 of 10 rows' });
    showJobProgress(record({ state: 'done', phase: 'ended', created: 10, message: '10 created.' }));
    expect(text).toHaveBeenLastCalledWith({ text: '✓' });
    expect(title).toHaveBeenLastCalledWith({ title: 'leads.csv: 10 created.' });
    showJobProgress(record({ state: 'cancelled', phase: 'ended' }));
    expect(text).toHaveBeenLastCalledWith({ text: '' });
  });

  it('a notification when a job that took more than 10 s ends, none for a short one', () => {
    const create = vi.spyOn(browser.notifications, 'create').mockResolvedValue('id');
    notifyJobEnd(record({ state: 'done', phase: 'ended', startedAt: 0, endedAt: 5_000 }));
    expect(create).not.toHaveBeenCalled();
    notifyJobEnd(
      record({
        state: 'stopped',
        phase: 'ended',
        startedAt: 0,
        endedAt: 60_000,
        message: 'The dialer refused the login. 4 created, 6 not sent.',
      }),
    );
    expect(create).toHaveBeenCalledWith('job-j1', {
      type: 'basic',
      iconUrl: expect.stringMatching(/icon\/128\.png$/),
      title: 'Dialer Bridge: leads.csv stopped',
      message: 'The dialer refused the login. 4 created, 6 not sent.',
    });
  });

  // From review: one failed open of the job store made every later jobs/* message fail.
  it('a job store that failed to open is opened again on the next message', async () => {
    vi.resetModules();
    const real = await import('../jobs/job-store');
    let opens = 0;
    vi.doMock('../jobs/job-store', () => ({
      ...real,
      openJobStore: () => {
        opens += 1;
        return opens === 1 ? Promise.reject(new Error('blocked')) : real.openJobStore();
      },
    }));
    const fresh = await import('./job-handlers');
    await expect(fresh.jobHandlers['jobs/list']({}, pageCtx)).rejects.toThrow('blocked');
    await expect(fresh.jobHandlers['jobs/list']({}, pageCtx)).resolves.toMatchObject({
      jobs: expect.any(Array),
    });
    expect(opens).toBe(2);
    vi.doUnmock('../jobs/job-store');
  });
});
