import { expect, test } from './fixtures';

test('a custom login rule is checked before it is saved, then kept', async ({ options }) => {
  await options.goto();
  const form = options.page.getByRole('form', { name: 'Add a login rule' });
  await form.getByLabel('Name', { exact: true }).fill('Acme CRM');
  await form.getByLabel('Pages').fill('https://crm.acme.example/*');
  await form.getByLabel('Username field selector').fill('input[name=');
  await form.getByLabel('Password field selector').fill('#password');
  await form.getByLabel('Logout control selector').fill('a.logout');
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(options.page.getByTestId('rules-status')).toHaveText(
    'Not saved: fix the fields marked below.',
  );
  await expect(form.getByText(/Username field selector/).last()).toBeVisible();
  await expect(form.locator('[role="alert"]')).toContainText('Username field selector');
  await expect(
    options.page.getByRole('list', { name: 'Custom login rules' }).getByRole('listitem'),
  ).toHaveCount(0);

  await form.getByLabel('Username field selector').fill('input[name="login"]');
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(options.page.getByTestId('rules-status')).toHaveText('Saved the rule "Acme CRM".');
  await options.page.reload();
  await expect(options.page.getByRole('list', { name: 'Custom login rules' })).toContainText(
    'Acme CRM on https://crm.acme.example/*',
  );
});
