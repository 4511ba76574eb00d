import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { DialerSetup, OptionsPageObject } from './pages/options-page';

declare const chrome: {
  storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } };
};

const PASSWORD = 'Crm-Typed-77';

/** A new tab signed into the demo CRM as its admin, on one of the admin screens. */
async function openAdminScreen(context: BrowserContext, origin: string, path: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/crm/login`);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('admin123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/crm/login'));
  await page.goto(`${origin}${path}`);
  return page;
}

async function fillNewUser(page: Page, username: string, password: string) {
  const form = page.getByTestId('user-form');
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByLabel('Full name').fill('Jane Doe');
  await form.getByLabel('User level').selectOption('2');
  await form.getByLabel('User group').fill('AGENTS');
  await form.getByLabel('Email').fill(`${username}@example.com`);
}

async function extensionStorage(serviceWorker: Worker) {
  return serviceWorker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
  );
}

/** Points the extension at the simulator with the admin-screen follow setting given. */
async function configureFollow(
  options: OptionsPageObject,
  setup: DialerSetup,
  follow: 'offer' | 'auto' | 'off',
) {
  await options.configure(setup);
  await options.page.getByLabel('Users and lists saved in the CRM').selectOption(follow);
  await options.save();
  await expect(options.status).toHaveText('Saved.');
}

const offer = (page: Page) => page.locator('dialer-bridge-admin-toast').getByTestId('admin-offer');

test.describe('following the demo CRM admin screens', () => {
  test('saving a new user offers it; Create makes it in the dialer with the CRM password', async ({
    context,
    options,
    simulatorSetup,
    simulator,
    serviceWorker,
  }) => {
    await options.configure(simulatorSetup);
    const crm = await openAdminScreen(context, simulator.crmOrigin, '/crm/admin/users');
    await fillNewUser(crm, 'jdoe', PASSWORD);
    await crm.getByRole('button', { name: 'Create user' }).click();
    await expect(crm).toHaveURL(/saved=jdoe/);

    await expect(offer(crm)).toContainText('Create user jdoe in the dialer?');
    expect(simulator.dialer.state.users.some((user) => user.user === 'jdoe')).toBe(false);
    await offer(crm).getByRole('button', { name: 'Create' }).click();
    await expect(offer(crm)).toContainText('User jdoe created in the dialer');
    expect(simulator.dialer.state.users.find((user) => user.user === 'jdoe')).toMatchObject({
      pass: PASSWORD,
      full_name: 'Jane Doe',
      user_level: 2,
      user_group: 'AGENTS',
      active: 'Y',
    });
    expect(await extensionStorage(serviceWorker)).not.toContain(PASSWORD);
  });

  test('editing a user offers the update; the password left empty stays as it is', async ({
    context,
    options,
    simulatorSetup,
    simulator,
  }) => {
    await options.configure(simulatorSetup);
    const crm = await openAdminScreen(context, simulator.crmOrigin, '/crm/admin/users?edit=1000');
    const form = crm.getByTestId('user-form');
    await form.getByLabel('Full name').fill('Testing Person Two');
    await form.getByLabel('Active').uncheck();
    await crm.getByRole('button', { name: 'Save user' }).click();
    await expect(offer(crm)).toContainText('Update user 1000 in the dialer?');
    await offer(crm).getByRole('button', { name: 'Update' }).click();
    await expect(offer(crm)).toContainText('User 1000 updated in the dialer');
    // No password typed: update_user leaves the dialer's own (the seed's 1234) as it was.
    expect(simulator.dialer.state.users.find((user) => user.user === '1000')).toMatchObject({
      pass: '1234',
      full_name: 'Testing Person Two',
      active: 'N',
    });
  });

  test('a form sent back with errors offers nothing', async ({
    context,
    options,
    simulatorSetup,
    simulator,
    serviceWorker,
  }) => {
    await options.configure(simulatorSetup);
    const crm = await openAdminScreen(context, simulator.crmOrigin, '/crm/admin/users');
    await fillNewUser(crm, 'j', PASSWORD); // a one-letter username: the CRM refuses it
    await crm.getByRole('button', { name: 'Create user' }).click();
    await expect(crm.getByTestId('admin-errors')).toBeVisible();
    await crm.waitForTimeout(1000);
    await expect(crm.locator('dialer-bridge-admin-toast')).toHaveCount(0);
    // The next good save offers only itself.
    await fillNewUser(crm, 'jdoe2', 'Other-pw-1');
    await crm.getByRole('button', { name: 'Create user' }).click();
    await expect(offer(crm)).toHaveCount(1);
    await expect(offer(crm)).toContainText('Create user jdoe2 in the dialer?');
    expect(await extensionStorage(serviceWorker)).not.toContain(PASSWORD);
  });

  test('with "create straight away", a new list is made without a click', async ({
    context,
    options,
    simulatorSetup,
    simulator,
  }) => {
    await configureFollow(options, simulatorSetup, 'auto');
    const crm = await openAdminScreen(context, simulator.crmOrigin, '/crm/admin/lists');
    const form = crm.getByTestId('list-form');
    await form.getByLabel('List ID').fill('4321');
    await form.getByLabel('List name').fill('Spring leads');
    await form.getByLabel('Active').check();
    await crm.getByRole('button', { name: 'Create list' }).click();
    await expect(offer(crm)).toContainText('List 4321 created in the dialer');
    expect(simulator.dialer.state.lists.find((list) => list.list_id === '4321')).toEqual({
      list_id: '4321',
      list_name: 'Spring leads',
      campaign_id: 'TESTCAMP',
      active: 'Y',
    });
  });

  test('with "create straight away", a new user too, password and all', async ({
    context,
    options,
    simulatorSetup,
    simulator,
    serviceWorker,
  }) => {
    await configureFollow(options, simulatorSetup, 'auto');
    const crm = await openAdminScreen(context, simulator.crmOrigin, '/crm/admin/users');
    await fillNewUser(crm, 'auto1', PASSWORD);
    await crm.getByRole('button', { name: 'Create user' }).click();
    await expect(offer(crm)).toContainText('User auto1 created in the dialer');
    expect(simulator.dialer.state.users.find((user) => user.user === 'auto1')?.pass).toBe(PASSWORD);
    expect(await extensionStorage(serviceWorker)).not.toContain(PASSWORD);
  });
});

test('with following turned off, a saved CRM user is left alone', async ({
  context,
  options,
  simulatorSetup,
  simulator,
}) => {
  await configureFollow(options, simulatorSetup, 'off');
  const crm = await openAdminScreen(context, simulator.crmOrigin, '/crm/admin/users');
  const users = simulator.dialer.state.users.length;
  await fillNewUser(crm, 'offuser', PASSWORD);
  await crm.getByRole('button', { name: 'Create user' }).click();
  await crm.waitForURL((url) => url.searchParams.has('saved'));
  await crm.waitForTimeout(1000);
  await expect(crm.locator('dialer-bridge-admin-toast')).toHaveCount(0);
  expect(simulator.dialer.state.users).toHaveLength(users);
});
