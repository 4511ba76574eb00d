import { expect, test } from './fixtures';

test('the service worker starts and the manifest asks for no site by default', async ({
  serviceWorker,
}) => {
  const manifest = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest).toMatchObject({
    manifest_version: 3,
    name: 'Dialer Bridge',
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab', 'alarms', 'notifications'],
    // Only the e2e build pre-grants loopback; there is no <all_urls>.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
  });
});

test('the popup says what is missing until the extension is configured', async ({
  options,
  popup,
  simulatorSetup,
  simulator,
}) => {
  await popup.goto();
  await expect(popup.setupStatus).toContainText(
    'Not configured yet. Missing: dialer URL, API user, API password, widget URL.',
  );
  await options.configure(simulatorSetup);
  await popup.goto();
  await expect(popup.setupStatus).toContainText(`Set up for 127.0.0.1:${simulator.port} as api`);
  await expect(popup.setupStatus).toContainText('1 of 1 CRM sites enabled');
});

test('the options page saves settings and never shows a stored password again', async ({
  options,
  simulatorSetup,
}) => {
  await options.configure(simulatorSetup);
  await options.page.reload();
  await expect(options.field('Dialer URL')).toHaveValue(simulatorSetup.dialerUrl);
  await expect(options.field('API user')).toHaveValue('api');
  await expect(options.field('API password')).toHaveValue('');
  await expect(options.field('API password')).toHaveAttribute(
    'placeholder',
    'Saved. Type to replace it.',
  );
  await expect(
    options.page.getByText('Plain HTTP: the API password travels unencrypted'),
  ).toBeVisible();
  const values = await options.page
    .locator('input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(values).not.toContain(simulatorSetup.apiPass);
  expect(values).not.toContain(simulatorSetup.agentPhonePass);
});

test('bad settings are refused with the field and the rule, and nothing is saved', async ({
  options,
}) => {
  await options.goto();
  await options.field('Source').fill('x');
  await options.field('Dialer URL').fill('dialer.example.com');
  await options.save();
  await expect(options.status).toHaveText('Nothing was saved: fix the fields marked below.');
  await expect(options.page.getByText('Source must be 2-20 letters or digits')).toBeVisible();
  await expect(
    options.page.getByText('Dialer URL must be a full http:// or https:// address'),
  ).toBeVisible();
  await options.page.reload();
  await expect(options.field('Source')).toHaveValue('dialerbridge');
  await expect(options.field('Dialer URL')).toHaveValue('');
});

test('the content script runs on the demo CRM only once its site is enabled', async ({
  context,
  options,
  simulator,
}) => {
  const crm = await context.newPage();
  await crm.goto(`${simulator.crmOrigin}/crm/login`);
  await expect(crm.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // Give a wrongly registered script every chance to show up before asserting it did not.
  await crm.waitForTimeout(500);
  await expect(crm.locator('dialer-bridge-ui')).toHaveCount(0);
  const bodyIsolation = (page: typeof crm) =>
    page.evaluate(() => getComputedStyle(document.body).isolation);
  expect(await bodyIsolation(crm)).toBe('auto');

  await options.goto();
  await options.addSite(simulator.crmOrigin);
  await crm.reload();
  await expect(crm.locator('dialer-bridge-ui')).toHaveAttribute('data-state', 'ready');
  // The paint isolation sheet (public/crm-paint.css) comes with the script, on enabled sites.
  expect(await bodyIsolation(crm)).toBe('isolate');

  // The dialer's own origin was not enabled: nothing runs there.
  const widget = await context.newPage();
  await widget.goto(`${simulator.dialerOrigin}/widget/`);
  await widget.waitForTimeout(500);
  await expect(widget.locator('dialer-bridge-ui')).toHaveCount(0);
  expect(await bodyIsolation(widget)).toBe('auto');
});
