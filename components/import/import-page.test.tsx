// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';

const started: unknown[] = [];
const builds: (() => void)[] = [];
const finishBuilds = () => {
  for (const finish of builds.splice(0)) finish();
};

vi.mock('@/utils/messaging/send-message', () => ({
  sendMessage: vi.fn(async (type: string, payload: unknown) => {
    if (type === 'settings/get') return { settings: { defaultCountry: 'US', backend: 'elision' } };
    if (type === 'jobs/start') {
      started.push(payload);
      return { ok: true, jobId: `job-${started.length}` };
    }
    return { job: null };
  }),
}));

vi.mock('./job-progress', () => ({ JobProgress: () => null }));
vi.mock('./preview-table', () => ({ PreviewTable: () => null }));

vi.mock('./use-import-worker', () => ({
  useImportWorker: () => ({
    parse: { status: 'idle' },
    source: { name: 'users.csv', header: ['User'], sample: [], rows: 1, parseErrors: [] },
    mapping: ['agent_user'],
    setMapping: () => {},
    analysis: {
      status: 'done',
      summary: {
        counts: { total: 1, ok: 1, withProblems: 0, byKind: {} },
        blank: 0,
        columns: ['agent_user'],
      },
    },
    openFile: () => {},
    openTable: () => {},
    loadPage: async () => ({ rows: [], matching: 0, page: 0, pages: 1 }),
    buildJob: () =>
      new Promise((resolve) => {
        builds.push(() =>
          resolve({
            ok: true,
            input: { kind: 'user-sync', title: 'users.csv', mode: 'upsert', users: [] },
            sent: 1,
            skipped: 0,
          }),
        );
      }),
    problemCsv: async () => '',
  }),
}));

afterEach(() => {
  document.body.innerHTML = '';
});

// From review: a double click on the run button started two jobs, sending every row twice.
it('a second click while the job is being built starts no second job', async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const { ImportPage } = await import('./import-page');
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<ImportPage params={{ mode: 'users' }} />));
  const button = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === 'Add or update users',
  );
  if (!button) throw new Error('no run button');
  await act(async () => {
    button.click();
    button.click();
  });
  await act(async () => finishBuilds());
  expect(started).toHaveLength(1);
  await act(async () => root.unmount());
});
