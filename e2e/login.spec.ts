import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFramedCrm } from './pages/crm-page';

declare const chrome: {
  storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } };
};

test.beforeEach(async ({ options, simulatorSetup }) => {
  await options.configure(simulatorSetup);
});

async function signIn(page: Page, origin: string, password: string) {
  await page.goto(`${origin}/crm/login`);
  await page.getByLabel('Username').fill('1000');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function extensionStorage(serviceWorker: Worker) {
  return serviceWorker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
  );
}

test('logging into the CRM logs the agent into the widget; logging out logs them out', async ({
  context,
  simulator,
  serviceWorker,
}) => {
  const crm = await context.newPage();
  const windowOpened = context.waitForEvent('page');
  await signIn(crm, simulator.crmOrigin, '9999');
  const widget = await windowOpened;
  await expect(widget.getByTestId('widget-state')).toHaveAttribute('data-state', 'logged-in');
  await expect(widget.getByTestId('widget-agent')).toHaveText('1000');
  await expect(widget.getByTestId('widget-extension')).toHaveText('8001');
  expect(simulator.pages.widgetLog.map((entry) => entry.data)).toEqual([
    {
      action: 'login',
      username: '1000',
      password: '9999',
      extension: '8001',
      phone_pass: '8001pass',
    },
  ]);
  // The captured password was wiped once it was delivered.
  expect(await extensionStorage(serviceWorker)).not.toContain('9999');

  await crm.getByTestId('crm-logout').click();
  await expect(widget.getByTestId('widget-state')).toHaveAttribute('data-state', 'logged-out');
  await crm.waitForTimeout(1000);
  expect(simulator.pages.widgetLog.map((entry) => entry.data)).toEqual([
    expect.objectContaining({ action: 'login' }),
    { action: 'logout' },
  ]);
});

test('a wrong CRM password sends nothing to the widget and keeps no copy', async ({
  context,
  simulator,
  serviceWorker,
}) => {
  const crm = await context.newPage();
  let opened = false;
  context.on('page', () => {
    opened = true;
  });
  await signIn(crm, simulator.crmOrigin, 'not-the-password');
  await expect(crm.getByTestId('crm-login-error')).toBeVisible();
  await crm.waitForTimeout(2500);
  expect(simulator.pages.widgetLog).toEqual([]);
  expect(opened).toBe(false);
  expect(await extensionStorage(serviceWorker)).not.toContain('not-the-password');
});

test('in the seed’s layout the CRM framed by the dialer page logs the widget in and out', async ({
  context,
  simulator,
}) => {
  const { dialerPage, frame } = await openFramedCrm(
    context,
    simulator.dialerOrigin,
    '1000',
    '9999',
  );
  await expect(dialerPage.getByTestId('widget-state')).toHaveAttribute('data-state', 'logged-in');
  await expect(dialerPage.getByTestId('widget-extension')).toHaveText('8001');
  expect(simulator.pages.widgetLog.at(-1)).toMatchObject({
    page: 'framed',
    origin: simulator.crmOrigin,
    data: { action: 'login', username: '1000', extension: '8001' },
  });
  await frame.getByTestId('crm-logout').click();
  await expect(dialerPage.getByTestId('widget-state')).toHaveAttribute('data-state', 'logged-out');
});

test('a CRM page that speaks the seed itself works through the extension', async ({
  context,
  simulator,
}) => {
  const crm = await context.newPage();
  await crm.goto(`${simulator.crmOrigin}/crm/seed-speaker`);
  await expect(crm.locator('dialer-bridge-ui')).toHaveAttribute('data-state', 'ready');
  const windowOpened = context.waitForEvent('page');
  await crm.getByTestId('seed-call').click();
  const widget = await windowOpened;
  await expect(widget.getByTestId('widget-dialing')).toHaveText('+1 4155550134');
  expect(simulator.pages.widgetLog.at(-1)).toMatchObject({
    origin: simulator.dialerOrigin,
    data: { action: 'click_to_call', phone_code: '1', phone_number: '4155550134' },
  });
});

test('a foreign iframe posting seed messages changes nothing', async ({ context, simulator }) => {
  const crm = await context.newPage();
  await signIn(crm, simulator.crmOrigin, '9999');
  await expect.poll(() => simulator.pages.widgetLog.length).toBe(1);
  await crm.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    frame.src = `data:text/html,<script>
      parent.postMessage({action:'logout'}, '*');
      parent.postMessage({action:'click_to_call', phone_code:'1', phone_number:'9005550100'}, '*');
      parent.postMessage({action:'login', username:'evil', password:'x', extension:'1', phone_pass:'x'}, '*');
    </script>`;
    document.body.append(frame);
  });
  await crm.waitForTimeout(1500);
  expect(simulator.pages.widgetLog).toHaveLength(1);
});

test('opening the CRM login page in another tab does not log the agent out', async ({
  context,
  simulator,
}) => {
  const crm = await context.newPage();
  const windowOpened = context.waitForEvent('page');
  await signIn(crm, simulator.crmOrigin, '9999');
  const widget = await windowOpened;
  await expect(widget.getByTestId('widget-state')).toHaveAttribute('data-state', 'logged-in');
  const other = await context.newPage();
  await other.goto(`${simulator.crmOrigin}/crm/login`);
  await expect(other.locator('dialer-bridge-ui')).toHaveAttribute('data-state', 'ready');
  await other.waitForTimeout(1500);
  await expect(widget.getByTestId('widget-state')).toHaveAttribute('data-state', 'logged-in');
  expect(
    simulator.pages.widgetLog.map((entry) => (entry.data as { action: string }).action),
  ).toEqual(['login']);
});
