import { expect, test } from './fixtures';
import { ImportPageObject } from './pages/import-page';
import { PopupPageObject } from './pages/popup-page';

declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string }[]> };
};

test.describe('popup admin actions', () => {
  test.beforeEach(async ({ options, simulatorSetup }) => {
    await options.configure({ ...simulatorSetup, site: undefined });
  });

  test('says the dialer answers', async ({ popup }) => {
    await popup.goto();
    await expect(popup.dialerStatus).toHaveAttribute('data-answers', 'yes');
    await expect(popup.dialerStatus).toContainText('The dialer answers');
  });

  test('creates a dialer user, then updates it', async ({ popup, simulator }) => {
    await popup.goto();
    await popup.openSection('Dialer user');
    await popup.fillUser({
      agent_user: 'jdoe',
      agent_pass: 'Pw-1234',
      agent_full_name: 'Jane Doe',
      agent_user_group: 'AGENTS',
      agent_user_level: '3',
      email: 'jdoe@example.com',
    });
    await popup.page.getByRole('button', { name: 'Create user' }).click();
    await expect(popup.jobOutcome('Dialer user')).toContainText('User jdoe created in the dialer');
    const created = simulator.dialer.state.users.find((user) => user.user === 'jdoe');
    expect(created).toMatchObject({
      pass: 'Pw-1234',
      full_name: 'Jane Doe',
      user_level: 3,
      user_group: 'AGENTS',
      email: 'jdoe@example.com',
    });

    await popup.page.getByRole('radio', { name: 'Update' }).check();
    await popup.fillUser({ agent_full_name: 'Jane Q. Doe', agent_pass: '', active: 'N' });
    await popup.page.getByRole('button', { name: 'Update user' }).click();
    await expect(popup.jobOutcome('Dialer user')).toContainText('User jdoe updated in the dialer');
    expect(simulator.dialer.state.users.find((user) => user.user === 'jdoe')).toMatchObject({
      pass: 'Pw-1234',
      full_name: 'Jane Q. Doe',
      active: 'N',
    });
  });

  test('names the field before sending, and shows the dialer reply for an unknown group', async ({
    popup,
    simulator,
  }) => {
    await popup.goto();
    await popup.openSection('Dialer user');
    await popup.fillUser({
      agent_user: 'x',
      agent_full_name: 'Jane Doe',
      agent_user_group: 'NOPE',
    });
    await popup.page.getByRole('button', { name: 'Create user' }).click();
    await expect(popup.field('user', 'agent_user')).toHaveAttribute('aria-invalid', 'true');
    await expect(popup.page.locator('#user-agent_user-error')).toContainText('agent_user:');
    await expect(popup.page.locator('#user-agent_pass-error')).toHaveText('agent_pass: required.');
    const users = simulator.dialer.state.users.length;

    await popup.fillUser({ agent_user: 'jdoe', agent_pass: 'Pw-1234' });
    await popup.page.getByRole('button', { name: 'Create user' }).click();
    // The dialer's refusal in the client's words, and the simulator's own reply text.
    await expect(popup.jobOutcome('Dialer user')).toContainText(
      'User jdoe not synced (agent_user_group): User group "NOPE" does not exist in the dialer',
    );
    await expect(popup.jobOutcome('Dialer user')).toContainText(
      'The dialer said: USER GROUP DOES NOT EXIST.',
    );
    expect(simulator.dialer.state.users).toHaveLength(users);
  });

  test('creates a list', async ({ popup, simulator }) => {
    await popup.goto();
    await popup.openSection('Dialer list');
    // The campaigns of the dialer's active lists are offered as suggestions.
    await expect(popup.page.locator('#dialer-campaigns option[value="NIKHIL"]')).toHaveCount(1);
    await popup.field('list', 'list_id').fill('4321');
    await popup.field('list', 'list_name').fill('Spring leads');
    await popup.field('list', 'campaign_id').fill('TESTCAMP');
    await popup.page.getByLabel('Active').check();
    await popup.page.getByRole('button', { name: 'Create list' }).click();
    await expect(popup.jobOutcome('Dialer list')).toContainText('List 4321 created in the dialer');
    expect(simulator.dialer.state.lists.find((list) => list.list_id === '4321')).toEqual({
      list_id: '4321',
      list_name: 'Spring leads',
      campaign_id: 'TESTCAMP',
      active: 'Y',
    });
  });
});

test('says the dialer does not answer when it refuses the API login', async ({
  options,
  popup,
  simulatorSetup,
}) => {
  await options.configure({ ...simulatorSetup, apiPass: 'wrong', site: undefined });
  await popup.goto();
  await expect(popup.dialerStatus).toHaveAttribute('data-answers', 'no');
  await expect(popup.dialerStatus).toContainText('The dialer does not answer');
});

test('links to the import page: users CSV, and the contacts on the current tab', async ({
  context,
  extensionId,
  popup,
  serviceWorker,
  simulator,
}) => {
  const crm = await context.newPage();
  const crmUrl = `${simulator.crmOrigin}/crm/login`;
  await crm.goto(crmUrl);
  const tabId = await serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id,
    crmUrl,
  );
  await popup.goto(`?tabId=${tabId}`);
  await popup.openSection('Dialer user');
  await popup.page.getByRole('button', { name: 'Bulk from CSV…' }).click();
  // The popup closes itself once the tab is open: a new one for the second link.
  const again = new PopupPageObject(await context.newPage(), extensionId);
  await again.goto(`?tabId=${tabId}`);
  await again.openSection('Export leads');
  await again.page.getByRole('button', { name: 'Export the contacts on this page' }).click();
  // The import page is built on another branch: the tabs' addresses are what this proves.
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url)))
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/import\.html\?what=users$/),
        expect.stringMatching(new RegExp(`/import\\.html\\?tabId=${tabId}$`)),
      ]),
    );
});

test('shows a running export’s progress, and drops it once the job is done', async ({
  context,
  extensionId,
  options,
  popup,
  simulator,
  simulatorSetup,
}) => {
  await options.configure({ ...simulatorSetup, site: undefined });
  const rows = ['First Name,Last Name,Phone'];
  for (let i = 0; i < 300; i += 1) rows.push(`Ada${i},Lovelace,+1 415 555 ${1000 + i}`);
  // Slow replies: the export is still running while the popup looks.
  simulator.dialer.setFaults({ latencyMs: 800 });
  const importer = new ImportPageObject(await context.newPage(), extensionId);
  await importer.goto();
  await importer.chooseCsv('slow-export.csv', rows.join('\r\n'));
  await importer.chooseExistingList('1101');
  await importer.run();

  await popup.goto();
  const running = popup.page.getByTestId('job-progress');
  await expect(running).toContainText('slow-export.csv');
  await expect(running).toContainText('of 300');
  await expect(running.getByRole('progressbar')).toBeVisible();
  simulator.dialer.setFaults({ latencyMs: 0 });
  expect(await importer.waitForSummary()).toContain('300 created');
  await expect(running).toHaveCount(0);
});
