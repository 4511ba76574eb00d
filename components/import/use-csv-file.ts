import { useCallback, useRef, useState } from 'react';
import { fromCsvWorkerSchema } from '@/utils/import/csv-messages';

/** A table to import: a parsed CSV file, or the contacts read from a CRM page. */
export interface ImportSource {
  name: string;
  header: string[];
  /** Data rows; rows[i] is row i + 2 of the file (the header is row 1). */
  rows: string[][];
  /** Papaparse's remarks (unclosed quotes, ...), with their row. */
  parseErrors: { row: number; message: string }[];
}

export type ParseState =
  | { status: 'idle' }
  | { status: 'parsing'; name: string; bytes: number; total: number; rows: number }
  | { status: 'error'; message: string };

/**
 * Parses a picked file in our own module worker (never on the page's thread) and collects the
 * rows it posts in batches, with the bytes read so far for the progress bar.
 */
export function useCsvFile(onParsed: (source: ImportSource) => void) {
  const [state, setState] = useState<ParseState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const parse = useCallback(
    (file: File) => {
      worker.current?.terminate();
      const rows: string[][] = [];
      const csv = new Worker(new URL('../../utils/import/csv-worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.current = csv;
      setState({ status: 'parsing', name: file.name, bytes: 0, total: file.size, rows: 0 });
      csv.addEventListener('message', (event: MessageEvent) => {
        const message = fromCsvWorkerSchema.safeParse(event.data);
        if (!message.success) return;
        const data = message.data;
        if (data.type === 'rows') {
          for (const row of data.rows) rows.push(row);
          setState({
            status: 'parsing',
            name: file.name,
            bytes: Math.min(data.bytes, data.total),
            total: data.total,
            rows: Math.max(rows.length - 1, 0),
          });
        } else if (data.type === 'error') {
          setState({ status: 'error', message: `${file.name} could not be read: ${data.message}` });
          csv.terminate();
        } else {
          csv.terminate();
          worker.current = null;
          const [header, ...body] = rows;
          if (!header || header.every((cell) => cell.trim() === '')) {
            setState({ status: 'error', message: `${file.name} is empty: no header row.` });
            return;
          }
          setState({ status: 'idle' });
          onParsed({ name: file.name, header, rows: body, parseErrors: data.errors });
        }
      });
      csv.addEventListener('error', (event) => {
        setState({ status: 'error', message: `The CSV reader failed: ${event.message}` });
      });
      csv.postMessage({ type: 'parse', file });
    },
    [onParsed],
  );

  return { state, parse };
}
