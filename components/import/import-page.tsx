import { useEffect, useRef, useState } from 'react';
import type { DialerBackend } from '@/utils/dialer/dialer-types';
import { type ImportMode, REQUIRED_TARGETS } from '@/utils/import/import-fields';
import { pageContactsTable } from '@/utils/import/page-contacts';
import { MAX_PAGE_CONTACTS } from '@/utils/messaging/import-messages';
import { sendMessage } from '@/utils/messaging/send-message';
import { ColumnMappingTable } from './column-mapping';
import { downloadText } from './download';
import { JobProgress } from './job-progress';
import { ListChooser, type TargetState } from './list-chooser';
import { PreviewTable } from './preview-table';
import { useImportWorker } from './use-import-worker';

interface PageParams {
  mode: ImportMode;
  tabId?: number;
}

export function readPageParams(search: string): PageParams {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tabId'));
  return {
    mode: params.get('what') === 'users' ? 'users' : 'leads',
    tabId: Number.isInteger(tabId) && tabId > 0 ? tabId : undefined,
  };
}

type Settings = { defaultCountry: string; backend: DialerBackend };

/**
 * The import page: a CSV (or the contacts on a CRM page) → column mapping → preview with every
 * row's problems → target list → a background job, its progress and its summary.
 */
export function ImportPage({ params }: { params: PageParams }) {
  const { mode } = params;
  const [settings, setSettings] = useState<Settings>();
  const [settingsError, setSettingsError] = useState<string>();
  const [pageError, setPageError] = useState<string>();
  const [pageLeft, setPageLeft] = useState(0);
  const [target, setTarget] = useState<TargetState>({ ok: false, message: 'Choose a list.' });
  const [skipProblems, setSkipProblems] = useState(false);
  const [runError, setRunError] = useState<string>();
  const [started, setStarted] = useState<{ jobId: string; skipped: number }>();
  // A second click while the first is still building or starting its job would send every row twice.
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const imp = useImportWorker(mode, settings);
  const { source, mapping, analysis } = imp;
  const { openTable } = imp;

  // A new file starts over: nothing of the last one's choices or job carries over unseen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the source changes.
  useEffect(() => {
    setStarted(undefined);
    setRunError(undefined);
    setSkipProblems(false);
  }, [source]);

  useEffect(() => {
    sendMessage('settings/get', {}).then(
      ({ settings: saved }) =>
        setSettings({ defaultCountry: saved.defaultCountry, backend: saved.backend }),
      (error: Error) => setSettingsError(error.message),
    );
  }, []);

  useEffect(() => {
    if (params.tabId === undefined) return;
    sendMessage('page/contacts', { tabId: params.tabId }).then(
      (reply) => {
        if (!reply.ok) setPageError(reply.message);
        else if (reply.contacts.length === 0) {
          setPageError(`No phone numbers were found on ${reply.title || reply.url}.`);
        } else {
          setPageLeft(reply.left);
          openTable(`Contacts on ${reply.title || reply.url}`, pageContactsTable(reply.contacts));
        }
      },
      (error: Error) => setPageError(error.message),
    );
  }, [params.tabId, openTable]);

  const missing = REQUIRED_TARGETS[mode].filter((field) => !mapping.includes(field));
  const done = analysis?.status === 'done' ? analysis.summary : undefined;

  const run = async () => {
    if (!source || !done || sending.current) return;
    setRunError(undefined);
    if (mode === 'leads' && !target.ok) return setRunError(target.message);
    sending.current = true;
    setBusy(true);
    try {
      const built = await imp.buildJob({
        title: source.name,
        skipProblemRows: skipProblems,
        target: mode === 'leads' && target.ok ? target.target : undefined,
      });
      if (!built.ok) return setRunError(built.message);
      const reply = await sendMessage('jobs/start', built.input);
      if (!reply.ok) {
        setRunError(reply.problems.map((problem) => problem.message).join(' '));
        return;
      }
      setStarted({ jobId: reply.jobId, skipped: built.skipped });
    } catch (error) {
      setRunError((error as Error).message);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const downloadSkipped = async () => {
    if (!source) return;
    try {
      downloadText(
        `${source.name.replace(/\.csv$/i, '')}-rows-with-problems.csv`,
        await imp.problemCsv(),
      );
    } catch (error) {
      setRunError((error as Error).message);
    }
  };

  const noun = mode === 'leads' ? 'leads' : 'users';
  const parse = imp.parse;

  return (
    <main className="import">
      <h1>{mode === 'leads' ? 'Export leads to the dialer' : 'Add or update dialer users'}</h1>
      {settingsError && <p className="status-error">{settingsError}</p>}
      {params.tabId === undefined ? (
        <section aria-label="File">
          <div className="field">
            <label htmlFor="csv-file">CSV file</label>
            <input
              id="csv-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              disabled={parse.status === 'parsing'}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) imp.openFile(file);
              }}
            />
            <p className="field-hint">
              {mode === 'leads'
                ? 'An export from your CRM, with a header row: phone, names, email, city, postal code…'
                : 'An export of CRM users, with a header row: user, password, level, full name, group…'}
            </p>
          </div>
          {parse.status === 'parsing' && (
            <p data-testid="parse-progress">
              <progress max={parse.total || 1} value={parse.bytes} aria-label="Reading" /> Reading{' '}
              {parse.name}: {parse.rows.toLocaleString()} rows
            </p>
          )}
          {parse.status === 'error' && (
            <p className="status-error" role="alert">
              {parse.message}
            </p>
          )}
        </section>
      ) : (
        !source &&
        (pageError ? (
          <p className="status-error" role="alert">
            {pageError}
          </p>
        ) : (
          <p>Reading the contacts on the CRM page…</p>
        ))
      )}

      {source && (
        <>
          {pageLeft > 0 && (
            <p className="status-warn" role="status" data-testid="page-contacts-left">
              {pageLeft.toLocaleString()} more numbers on the CRM page were left out (a page gives
              at most {MAX_PAGE_CONTACTS.toLocaleString()}): export that list from the CRM as a CSV
              to send them all.
            </p>
          )}
          <p data-testid="source-name">
            <strong>{source.name}</strong>: {source.rows.toLocaleString()} rows after the header.
          </p>
          {source.parseErrors.length > 0 && (
            <ul className="status-warn" aria-label="Reading problems">
              {source.parseErrors.slice(0, 20).map((error) => (
                <li key={`${error.row}:${error.message}`}>
                  Row {error.row}: {error.message}
                </li>
              ))}
            </ul>
          )}
          <ColumnMappingTable
            mode={mode}
            header={source.header}
            sample={source.sample}
            mapping={mapping}
            onChange={imp.setMapping}
          />
          {missing.length === 0 && analysis?.status === 'running' && (
            <p data-testid="analysis-progress">
              <progress max={analysis.total} value={analysis.done} aria-label="Checking rows" />{' '}
              Checking rows: {analysis.done.toLocaleString()} of {analysis.total.toLocaleString()}
            </p>
          )}
          {analysis?.status === 'error' && (
            <p className="status-error" role="alert">
              {analysis.message}
            </p>
          )}
          {missing.length === 0 && done && (
            <PreviewTable
              key={JSON.stringify(mapping)}
              mode={mode}
              summary={done}
              loadPage={imp.loadPage}
            />
          )}
          {missing.length === 0 && done && !started && (
            <section aria-label="Send">
              {mode === 'leads' && settings && (
                <ListChooser backend={settings.backend} onChange={setTarget} />
              )}
              {done.counts.withProblems > 0 && (
                <div className="row">
                  <input
                    id="skip-problems"
                    type="checkbox"
                    checked={skipProblems}
                    onChange={(event) => setSkipProblems(event.target.checked)}
                  />
                  <label htmlFor="skip-problems">
                    Skip the {done.counts.withProblems.toLocaleString()} rows with problems (they
                    are not sent; download them to fix)
                  </label>
                  <button type="button" onClick={downloadSkipped}>
                    Download rows with problems (CSV)
                  </button>
                </div>
              )}
              <p>
                <button type="button" className="primary" disabled={busy} onClick={run}>
                  {mode === 'leads' ? 'Run export' : 'Add or update users'}
                </button>{' '}
                {mode === 'leads' && target.ok && (
                  <span>
                    {(
                      done.counts.ok + (skipProblems ? 0 : done.counts.withProblems)
                    ).toLocaleString()}{' '}
                    {noun} to {target.describe}
                  </span>
                )}
              </p>
              {runError && (
                <p className="status-error" role="alert" data-testid="run-error">
                  {runError}
                </p>
              )}
            </section>
          )}
          {started && (
            <>
              {started.skipped > 0 && (
                <p className="status-warn" data-testid="skipped-note">
                  {started.skipped.toLocaleString()} rows with problems were skipped and not sent.{' '}
                  <button type="button" onClick={downloadSkipped}>
                    Download rows with problems (CSV)
                  </button>
                </p>
              )}
              <JobProgress jobId={started.jobId} />
            </>
          )}
        </>
      )}
    </main>
  );
}
