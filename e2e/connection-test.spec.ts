import { expect, test } from './fixtures';

test('Test connection reports that the dialer accepted the saved API user', async ({
  options,
  simulatorSetup,
  simulator,
}) => {
  await options.configure(simulatorSetup);
  await options.page.getByRole('button', { name: 'Test connection' }).click();
  const result = options.page.getByTestId('connection-result');
  await expect(result).toContainText(
    /Connected: the dialer accepted the API user \(\d+ active lists\)/,
  );
  const calls = simulator.dialer.requestLog.filter(
    (entry) => entry.path === '/dialer/elision_api.php',
  );
  expect(calls.map((entry) => entry.params.function)).toEqual(['active_lists']);
});

test('a refused login is reported once and never sent again with the same password', async ({
  options,
  simulatorSetup,
  simulator,
}) => {
  await options.configure({ ...simulatorSetup, apiPass: 'wrong' });
  const button = options.page.getByRole('button', { name: 'Test connection' });
  const result = options.page.getByTestId('connection-result');
  await button.click();
  await expect(result).toContainText(/password/i);
  await expect(result).not.toContainText('wrong');
  await button.click();
  await expect(result).toContainText('Nothing more is sent with them');
  const calls = simulator.dialer.requestLog.filter(
    (entry) => entry.path === '/dialer/elision_api.php',
  );
  expect(calls).toHaveLength(1);

  // A corrected password is tried again.
  await options.field('API password').fill('1234');
  await options.save();
  await button.click();
  await expect(result).toContainText('Connected');
});

test('Test connection waits until the changes are saved', async ({ options }) => {
  await options.goto();
  await options.field('API user').fill('api');
  await expect(options.page.getByRole('button', { name: 'Test connection' })).toBeDisabled();
  await expect(
    options.page.getByText('Save first: the test uses the saved settings.'),
  ).toBeVisible();
});
