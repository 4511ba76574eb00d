import { defineConfig } from '@playwright/test';

// Real Debian Chromium (Playwright cannot download its own browser here), one worker: the
// machines have 2 cores, and every test starts its own browser with the extension loaded.
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
});
