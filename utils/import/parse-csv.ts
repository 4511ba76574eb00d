import Papa from 'papaparse';

/** About 1 MB of text per batch: progress moves and each step stays short. */
export const CSV_CHUNK_BYTES = 1 << 20;

export interface CsvEvents {
  rows(rows: string[][], bytes: number, total: number): void;
  done(rows: number, errors: { row: number; message: string }[]): void;
  error(message: string): void;
}

/**
 * Parses a CSV file (or text) in chunks with papaparse, every cell kept as text exactly as
 * written (no type guessing, no trimming), and reports batches of rows with the bytes read.
 * Row numbers in errors count the first line as row 1, as the preview does.
 */
export function parseCsv(input: Blob | string, events: CsvEvents, chunkSize = CSV_CHUNK_BYTES) {
  const total = typeof input === 'string' ? input.length : input.size;
  let rows = 0;
  const errors: { row: number; message: string }[] = [];
  Papa.parse<string[]>(input as File, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    chunkSize,
    chunk: (results) => {
      for (const error of results.errors) {
        errors.push({ row: rows + (error.row ?? 0) + 1, message: error.message });
      }
      if (rows === 0 && results.data[0]?.[0] !== undefined) {
        // A UTF-8 byte order mark is not part of the first header.
        results.data[0][0] = results.data[0][0].replace(/^\uFEFF/, '');
      }
      rows += results.data.length;
      events.rows(results.data, Math.min(results.meta.cursor, total), total);
    },
    complete: () => events.done(rows, errors),
    error: (error: Error) => events.error(error.message),
  });
}
