import { expect, test } from './fixtures';

declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };

test('the popup enables the current CRM site in one click, and pauses and resumes it', async ({
  context,
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
  const host = `localhost:${simulator.port}`;
  const site = popup.page.getByTestId('current-site');
  await popup.page.goto(`${popup.url}?tabId=${tabId}`);
  await expect(site).toContainText(`${host} is not a CRM site yet.`);

  await site.getByRole('button', { name: 'Enable on this site' }).click();
  await expect(site).toContainText(`Call buttons are on for ${host}.`);
  await crm.reload();
  await expect(crm.locator('dialer-bridge-ui')).toHaveAttribute('data-state', 'ready');

  await site.getByRole('button', { name: 'Pause on this site' }).click();
  await expect(site).toContainText(`Call buttons are paused for ${host}.`);
  await crm.reload();
  await crm.waitForTimeout(500);
  await expect(crm.locator('dialer-bridge-ui')).toHaveCount(0);

  await site.getByRole('button', { name: 'Resume on this site' }).click();
  await expect(site).toContainText(`Call buttons are on for ${host}.`);
  await crm.reload();
  await expect(crm.locator('dialer-bridge-ui')).toHaveAttribute('data-state', 'ready');
});
