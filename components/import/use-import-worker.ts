import { useCallback, useEffect, useRef, useState } from 'react';
import type { DialerBackend } from '@/utils/dialer/dialer-types';
import type { FromCsvWorker } from '@/utils/import/csv-messages';
import { guessColumns } from '@/utils/import/guess-columns';
import type { ColumnMapping, ImportMode } from '@/utils/import/import-fields';
import type { AnalysisSummary, JobRequest, RowFilter } from '@/utils/import/import-session';
import type { JobInput } from '@/utils/jobs/job-types';
import { ImportWorker } from './import-worker';
import type { PreviewPage } from './preview-table';

/** The table being imported, as the page knows it (its rows stay in the worker). */
export interface ImportSource {
  name: string;
  header: string[];
  sample: string[][];
  rows: number;
  parseErrors: { row: number; message: string }[];
}

export type ParseState =
  | { status: 'idle' }
  | { status: 'parsing'; name: string; bytes: number; total: number; rows: number }
  | { status: 'error'; message: string };

export type Analysis =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; summary: AnalysisSummary }
  | { status: 'error'; message: string };

type Built =
  | { ok: true; input: JobInput; sent: number; skipped: number }
  | { ok: false; message: string };

function expect<T extends FromCsvWorker['type']>(
  message: FromCsvWorker,
  type: T,
): Extract<FromCsvWorker, { type: T }> {
  if (message.type !== type) throw new Error(`The import worker answered ${message.type}`);
  return message as Extract<FromCsvWorker, { type: T }>;
}

/**
 * Reading, mapping and checking the table in the import worker; the page keeps the mapping,
 * the counts and one preview page. A new mapping re-checks every row (the old run is dropped).
 */
export function useImportWorker(
  mode: ImportMode,
  settings: { defaultCountry: string; backend: DialerBackend } | undefined,
) {
  const workerRef = useRef<ImportWorker | null>(null);
  const worker = useCallback(() => {
    workerRef.current ??= new ImportWorker();
    return workerRef.current;
  }, []);
  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  const [parse, setParse] = useState<ParseState>({ status: 'idle' });
  const [source, setSource] = useState<ImportSource>();
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [analysis, setAnalysis] = useState<Analysis>();

  const opened = useCallback(
    (name: string, message: FromCsvWorker) => {
      const parsed = expect(message, 'parsed');
      if (parsed.header.every((cell) => cell.trim() === '')) {
        setParse({ status: 'error', message: `${name} is empty: no header row.` });
        return;
      }
      setParse({ status: 'idle' });
      setSource({
        name,
        header: parsed.header,
        sample: parsed.sample,
        rows: parsed.rows,
        parseErrors: parsed.errors,
      });
      setMapping(guessColumns(parsed.header, mode));
    },
    [mode],
  );

  const openFile = useCallback(
    (file: File) => {
      setSource(undefined);
      setAnalysis(undefined);
      setParse({ status: 'parsing', name: file.name, bytes: 0, total: file.size, rows: 0 });
      worker()
        .request({ type: 'parse', file }, (update) => {
          if (update.type === 'progress') {
            setParse({ status: 'parsing', name: file.name, ...update });
          }
        })
        .then(
          (message) => opened(file.name, message),
          (error: Error) =>
            setParse({
              status: 'error',
              message: `${file.name} could not be read: ${error.message}`,
            }),
        );
    },
    [worker, opened],
  );

  const openTable = useCallback(
    (name: string, table: string[][]) => {
      worker()
        .request({ type: 'load', table })
        .then(
          (message) => opened(name, message),
          (error: Error) => setParse({ status: 'error', message: error.message }),
        );
    },
    [worker, opened],
  );

  useEffect(() => {
    if (!source || !settings) return;
    setAnalysis({ status: 'running', done: 0, total: source.rows });
    let current = true;
    worker()
      .request(
        { type: 'analyse', mode, mapping: [...mapping], ...settings },
        (update) =>
          current && update.type === 'analysing' && setAnalysis({ status: 'running', ...update }),
      )
      .then(
        (message) => {
          const done = expect(message, 'analysed');
          if (current) setAnalysis({ status: 'done', summary: done });
        },
        (error: Error) => current && setAnalysis({ status: 'error', message: error.message }),
      );
    return () => {
      current = false;
    };
  }, [worker, source, mode, mapping, settings]);

  const summary = analysis?.status === 'done' ? analysis.summary : undefined;
  const loadPage = useCallback(
    async (filter: RowFilter, page: number, size: number): Promise<PreviewPage> => {
      // `summary` is a dependency: a new analysis loads its own pages.
      void summary;
      return expect(await worker().request({ type: 'page', filter, page, size }), 'page');
    },
    [worker, summary],
  );

  const buildJob = useCallback(
    async (request: JobRequest): Promise<Built> => {
      const reply = expect(await worker().request({ type: 'job', ...request }), 'job');
      if (reply.input === undefined) return { ok: false, message: reply.message ?? 'No job.' };
      // Built by the worker from the checked rows; the background parses it with
      // jobInputSchema on receipt (parsing 100,000 leads here too would block the page).
      return {
        ok: true,
        input: reply.input as JobInput,
        sent: reply.sent ?? 0,
        skipped: reply.skipped ?? 0,
      };
    },
    [worker],
  );

  const problemCsv = useCallback(
    async () => expect(await worker().request({ type: 'problem-csv' }), 'problem-csv').csv,
    [worker],
  );

  return {
    parse,
    source,
    mapping,
    setMapping,
    analysis,
    openFile,
    openTable,
    loadPage,
    buildJob,
    problemCsv,
  };
}
