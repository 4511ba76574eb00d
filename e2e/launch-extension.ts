import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3-e2e');

/**
 * Starts real Chromium with the built extension loaded (shared by the e2e fixture and the
 * demo). It builds nothing: `npm run build:e2e` does, and `npm test` runs that first.
 */
export async function launchWithExtension(
  options: { headless?: boolean; userDataDir?: string } = {},
): Promise<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? !process.env.HEADED,
    viewport: { width: 1280, height: 800 },
    args: [
      // Both switches together: Playwright's defaults disable extensions otherwise.
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      // The machine has no network: keep Chromium from trying to reach Google at start.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // The id depends on the unpacked path: read it, never hard-code it.
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId };
}
