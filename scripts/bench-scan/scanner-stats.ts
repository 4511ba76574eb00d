import type { CDPSession } from '@playwright/test';
import type { ScanStats } from '../../utils/page/page-scanner-api';

export type ScannerFigures = Pick<
  ScanStats,
  | 'numbersFound'
  | 'slices'
  | 'longestSliceMs'
  | 'scanMs'
  | 'layouts'
  | 'longestLayoutMs'
  | 'layoutMs'
  | 'deferredRescans'
> & { searches?: number; cacheHits?: number };

/**
 * The scanner's own figures (numbers found, slices, longest slice...), read after a run without
 * exposing anything from the extension. The content script keeps no reference to the scanner's
 * API object, so DevTools looks for the live objects behind it among the plain objects of the
 * content script's isolated world, by their shape: the stats recorder (utils/page/scan-stats.ts:
 * `slice`, `layout`, `deferredRescan`, `snapshot`), the number store (number-states.ts: `put`,
 * `sweep`, `dropWhere`, `isCurrent`, a `numbersFound` getter) and the match cache (`find` with
 * `calls` and `hits` getters). Undefined when they are not found exactly once (a refactor
 * changed their shape): the benchmark then says so and goes on without them. Run it after the
 * trace is stopped: the heap query costs the page a garbage collection.
 */
export async function readScannerStats(
  cdp: CDPSession,
  extensionId: string,
): Promise<ScannerFigures | undefined> {
  const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
  const onContext = (event: { context: (typeof contexts)[number] }) => {
    contexts.push(event.context);
  };
  cdp.on('Runtime.executionContextCreated', onContext);
  const group = 'bench-scan';
  try {
    await cdp.send('Runtime.enable');
    const world = contexts.find(
      (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.isDefault === false,
    );
    if (!world) return undefined;
    const proto = await cdp.send('Runtime.evaluate', {
      expression: 'Object.prototype',
      contextId: world.id,
      objectGroup: group,
    });
    if (!proto.result.objectId) return undefined;
    const found = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: proto.result.objectId,
      objectGroup: group,
    });
    if (!found.objects.objectId) return undefined;
    const read = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId,
      functionDeclaration: READ_FIGURES,
      returnByValue: true,
      objectGroup: group,
    });
    return (read.result.value as ScannerFigures | null) ?? undefined;
  } finally {
    cdp.off('Runtime.executionContextCreated', onContext);
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
    await cdp.send('Runtime.disable').catch(() => undefined);
  }
}

/** Runs with `this` = every plain object of the isolated world. */
const READ_FIGURES = `function () {
  const methods = (o, keys) => {
    try { return keys.every((k) => typeof o[k] === 'function'); } catch { return false; }
  };
  const getter = (o, k) => typeof Object.getOwnPropertyDescriptor(o, k)?.get === 'function';
  const pick = (test) => this.filter((o) => o && test(o));
  const recorders = pick((o) => methods(o, ['slice', 'layout', 'deferredRescan', 'snapshot']));
  const stores = pick((o) => methods(o, ['put', 'sweep', 'dropWhere', 'isCurrent']) && getter(o, 'numbersFound'));
  const caches = pick((o) => methods(o, ['find']) && getter(o, 'calls') && getter(o, 'hits'));
  if (recorders.length !== 1 || stores.length !== 1) return null;
  const cache = caches.length === 1 ? caches[0] : undefined;
  const figures = recorders[0].snapshot({ numbersFound: stores[0].numbersFound });
  if (cache) Object.assign(figures, { searches: cache.calls, cacheHits: cache.hits });
  return figures;
}`;
