import type { ScanStats } from './page-scanner-api';

/** Time spent, per slice and per layout pass, for tests and benchmarks. */
export function createScanStats() {
  const counts = {
    slices: 0,
    longestSliceMs: 0,
    scanMs: 0,
    layouts: 0,
    longestLayoutMs: 0,
    layoutMs: 0,
    buttonsShown: 0,
    deferredRescans: 0,
  };
  return {
    slice(ms: number): void {
      counts.slices++;
      counts.scanMs += ms;
      counts.longestSliceMs = Math.max(counts.longestSliceMs, ms);
    },
    layout(ms: number, shown: number): void {
      counts.layouts++;
      counts.layoutMs += ms;
      counts.longestLayoutMs = Math.max(counts.longestLayoutMs, ms);
      counts.buttonsShown = shown;
    },
    deferredRescan(): void {
      counts.deferredRescans++;
    },
    snapshot(
      rest: Pick<ScanStats, 'numbersFound' | 'buttons' | 'searches' | 'cacheHits' | 'documents'>,
    ): ScanStats {
      return { ...counts, ...rest };
    },
  };
}
