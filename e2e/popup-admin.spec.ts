import { expect, test } from './fixtures';

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
    // The dialer's refusal (USER GROUP DOES NOT EXIST), in the client's words for the row.
    await expect(popup.jobOutcome('Dialer user')).toContainText(
      'User jdoe not synced (agent_user_group): User group "NOPE" does not exist in the dialer',
    );
    expect(simulator.dialer.state.users).toHaveLength(users);
  });

  test('creates a list', async ({ popup, simulator }) => {
    await popup.goto();
    await popup.openSection('Dialer list');
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
