import { useEffect, useState } from 'react';
import type { DialerBackend } from '@/utils/dialer/dialer-types';
import {
  type AnalysedRow,
  countProblems,
  createRowAnalyser,
  isBlankRow,
  type ProblemCounts,
} from '@/utils/import/analyse-rows';
import type { ColumnMapping, ImportMode } from '@/utils/import/import-fields';
import type { ImportSource } from './use-csv-file';

export type Analysis =
  | { status: 'running'; done: number; total: number }
  | {
      status: 'done';
      rows: AnalysedRow[];
      counts: ProblemCounts;
      /** Row numbers of blank lines: not records, listed so the count adds up. */
      blank: number[];
    };

/** Work in slices of about this long, then let the page paint and answer input. */
const SLICE_MS = 12;

/**
 * Maps, normalises and validates every row for the current mapping, in short slices so that
 * 50,000 rows never freeze the page; a new mapping abandons the run in progress.
 */
export function useAnalysis(
  source: ImportSource | undefined,
  mode: ImportMode,
  mapping: ColumnMapping,
  settings: { defaultCountry: string; backend: DialerBackend } | undefined,
): Analysis | undefined {
  const [analysis, setAnalysis] = useState<Analysis>();

  useEffect(() => {
    if (!source || !settings) return;
    let cancelled = false;
    const analyse = createRowAnalyser({
      mode,
      mapping,
      columns: source.header.length,
      defaultCountry: settings.defaultCountry,
      backend: settings.backend,
    });
    const rows: AnalysedRow[] = [];
    const blank: number[] = [];
    const total = source.rows.length;
    let index = 0;
    const step = () => {
      if (cancelled) return;
      const until = performance.now() + SLICE_MS;
      while (index < total && (index % 64 !== 0 || performance.now() < until)) {
        const cells = source.rows[index] ?? [];
        if (isBlankRow(cells)) blank.push(index + 2);
        else rows.push(analyse(cells, index + 2));
        index += 1;
      }
      if (index < total) {
        setAnalysis({ status: 'running', done: index, total });
        setTimeout(step, 0);
      } else {
        setAnalysis({ status: 'done', rows, counts: countProblems(rows), blank });
      }
    };
    setAnalysis({ status: 'running', done: 0, total });
    const timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source, mode, mapping, settings]);

  return analysis;
}
