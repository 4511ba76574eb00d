import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests sit next to what they test; e2e/ belongs to Playwright.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,entrypoints,components,simulator,scripts}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
