import { expect, test } from './fixtures';
import { CrmPageObject, lastCall } from './pages/crm-page';

test.beforeEach(async ({ options, simulatorSetup }) => {
  await options.configure(simulatorSetup);
});

test('call buttons follow a React table through re-renders without breaking it', async ({
  context,
  simulator,
}) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  const page = crm.page;
  await page.goto(`${simulator.crmOrigin}/crm/react`);
  await expect(page.locator('#react-root')).toHaveAttribute('data-ready', 'true');
  // Rows whose phone is a US number: dialable with the default country, so each has a button.
  const usRow = page
    .locator('tr[data-contact-id]')
    .filter({ has: page.locator('td[data-e164^="+1"]') })
    .first();
  const phoneCell = usRow.getByTestId('react-phone');
  const before = (await phoneCell.getAttribute('data-e164')) ?? '';
  await expect(crm.callButton(before)).toBeAttached();

  const errors = page.getByTestId('react-errors');
  for (const control of ['react-shuffle', 'react-sort', 'react-rerender', 'react-shuffle']) {
    await page.getByTestId(control).click();
    await expect(errors).toHaveAttribute('data-count', '0');
  }
  // Every number on screen still has exactly one button, wherever its row moved.
  await expect(crm.callButton(before)).toBeAttached();
  await expect
    .poll(async () => {
      const all = await crm
        .callButtons()
        .evaluateAll((buttons) =>
          buttons.filter((b) => !(b as HTMLElement).hidden).map((b) => b.getAttribute('data-e164')),
        );
      return all.length - new Set(all).size;
    })
    .toBe(0);

  // React rewrites a cell's text in place: the button follows the new number.
  const contactId = await page
    .locator('tr[data-contact-id]')
    .filter({ has: page.locator(`td[data-e164="${before}"]`) })
    .first()
    .getAttribute('data-contact-id');
  const row = page.locator(`tr[data-contact-id="${contactId}"]`);
  await row.getByTestId('react-edit-phone').click();
  const after = (await row.getByTestId('react-phone').getAttribute('data-e164')) ?? '';
  expect(after).not.toBe(before);
  await expect(errors).toHaveAttribute('data-count', '0');
  if (after.startsWith('+1')) {
    await crm.callButton(after).click();
    await expect
      .poll(() => lastCall(simulator))
      .toEqual({
        action: 'click_to_call',
        phone_code: '1',
        phone_number: after.slice(2),
      });
  }
  // The search box filters rows away and back: React keeps working, buttons come back.
  await page.getByTestId('react-search').fill('zzzz-no-match');
  await expect(page.getByTestId('react-row')).toHaveCount(0);
  await page.getByTestId('react-search').fill('');
  await expect(page.getByTestId('react-row').first()).toBeVisible();
  await expect(crm.callButtons().first()).toBeAttached();
  await expect(errors).toHaveAttribute('data-count', '0');
});
