import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { type Simulator, startSimulator } from '../simulator/server';
import { launchWithExtension } from './launch-extension';
import { type DialerSetup, OptionsPageObject } from './pages/options-page';
import { PopupPageObject } from './pages/popup-page';

interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  options: OptionsPageObject;
  popup: PopupPageObject;
  /** The settings that point the extension at this run's simulator. */
  simulatorSetup: DialerSetup;
}

/**
 * One simulator per worker (started on a free port, reset before each test) and one fresh
 * browser profile with the built extension per test, so no test sees another's storage.
 */
export const test = base.extend<ExtensionFixtures, { simulator: Simulator }>({
  simulator: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
    async ({}, use) => {
      const simulator = await startSimulator();
      await use(simulator);
      await simulator.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ simulator }, use) => {
    simulator.reset();
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  options: async ({ context, extensionId }, use) => {
    await use(new OptionsPageObject(await context.newPage(), extensionId));
  },
  popup: async ({ context, extensionId }, use) => {
    await use(new PopupPageObject(await context.newPage(), extensionId));
  },
  simulatorSetup: async ({ simulator }, use) => {
    await use({
      dialerUrl: simulator.dialerOrigin,
      apiUser: 'api',
      apiPass: '1234',
      widgetUrl: `${simulator.dialerOrigin}/widget/`,
      agentExtension: '8001',
      agentPhonePass: '8001pass',
      site: simulator.crmOrigin,
    });
  },
});

export { expect } from '@playwright/test';
