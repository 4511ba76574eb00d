import { resolve } from 'node:path';
import { build } from 'wxt';

/**
 * For `--profile`: the e2e build again, unminified, in its own folder, so that the profiler's
 * samples name our functions (and `file:line` points at readable code). Its timings are not
 * the shipped build's: use it to see where the time goes, not how much there is.
 */
export async function buildUnminified(): Promise<string> {
  process.env.NODE_ENV = 'production';
  const outDirTemplate = 'bench-scan-profile';
  await build({
    mode: 'e2e',
    outDirTemplate,
    vite: () => ({ build: { minify: false } }),
  });
  return resolve('.output', outDirTemplate);
}
