import type { Page } from '@playwright/test';
import { demoContacts } from '../simulator/pages/demo-contacts';
import { expect, test } from './fixtures';
import { CrmPageObject, lastCall } from './pages/crm-page';
import { chooseWidgetMode, DockObject } from './pages/dock-page';

test.beforeEach(async ({ options, simulatorSetup }) => {
  // The site is added after docked mode is saved, so its scripts are registered with the dock.
  await options.configure({ ...simulatorSetup, site: undefined });
  await chooseWidgetMode(options, 'docked');
  await options.addSite(simulatorSetup.site ?? '');
});

const widgetPagesOpen = (pages: Page[], dialerOrigin: string) =>
  pages.filter((page) => page.url().startsWith(`${dialerOrigin}/widget/`));

test('the docked widget works too: login and calls reach the widget framed in the CRM page', async ({
  context,
  simulator,
}) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  const dock = new DockObject(crm.page);
  await dock.expectLive();
  await expect(dock.iframe).toHaveAttribute('allow', 'microphone; autoplay');
  await expect(dock.iframe).toHaveAttribute('src', `${simulator.dialerOrigin}/widget/`);

  // The CRM login reached the docked widget (from the CRM page, to the widget's origin).
  await expect(dock.widget.getByTestId('widget-state')).toHaveText('Logged in');
  expect(
    simulator.pages.widgetLog.find(
      (entry) => (entry.data as { action?: string }).action === 'login',
    ),
  ).toMatchObject({ origin: simulator.crmOrigin, accepted: true, page: 'widget' });

  // Buttons under the dock are hidden (the dock covers those numbers): use visible ones.
  const [first] = demoContacts();
  const e164 = first?.expectedE164[0] ?? '';
  await crm.callButton(e164).click();
  await expect(dock.widget.getByTestId('widget-dialing')).toHaveText(`+1 ${e164.slice(2)}`);
  expect(lastCall(simulator, 'entry')).toMatchObject({
    origin: simulator.crmOrigin,
    accepted: true,
    page: 'widget',
    data: { action: 'click_to_call', phone_code: '1', phone_number: e164.slice(2) },
  });
  // Exactly the seed's message, nothing added.
  expect(lastCall(simulator)).toEqual({
    action: 'click_to_call',
    phone_code: '1',
    phone_number: e164.slice(2),
  });
  // No dialer window: the widget is the dock.
  expect(widgetPagesOpen(context.pages(), simulator.dialerOrigin)).toHaveLength(0);

  // A double click dials once.
  const calls = () =>
    simulator.pages.widgetLog.filter(
      (entry) => (entry.data as { action?: string }).action === 'click_to_call',
    ).length;
  const before = calls();
  await crm.callButtons().filter({ visible: true }).nth(3).dblclick();
  await expect.poll(calls).toBe(before + 1);
  await crm.page.waitForTimeout(500);
  expect(calls()).toBe(before + 1);
});

test('the dock remembers being moved and collapsed across a reload', async ({
  context,
  simulator,
}) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  const dock = new DockObject(crm.page);
  await dock.expectLive();
  const start = await dock.position();
  await dock.dragBy(-300, -200);
  await expect
    .poll(() => dock.position())
    .toEqual({ left: start.left - 300, top: start.top - 200 });
  await dock.collapse.click();
  await expect(dock.panel).toHaveAttribute('data-collapsed', 'true');
  // Collapsed keeps the widget loaded (hiding is not unloading: the call goes on).
  await expect(dock.iframe).toHaveCount(1);
  await expect(dock.expand).toBeFocused();

  await crm.page.reload();
  await expect(dock.panel).toHaveAttribute('data-collapsed', 'true');
  expect(await dock.position()).toEqual({ left: start.left - 300, top: start.top - 200 });
  await dock.expand.click();
  await dock.expectLive();

  // Dragged past the edge: the dock stays on screen.
  await dock.dragBy(-5000, -5000);
  await expect.poll(() => dock.position()).toEqual({ left: 0, top: 0 });
});

test('a second tab offers to take over; taking over moves the live dock', async ({
  context,
  simulator,
}) => {
  const first = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await first.login();
  const firstDock = new DockObject(first.page);
  await firstDock.expectLive();

  const second = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await second.page.goto(`${simulator.crmOrigin}/crm/contacts/2`);
  const secondDock = new DockObject(second.page);
  await secondDock.expectOffer();

  // A call from the tab without the widget goes to the live dock in the first tab.
  const other = second.callButtons().filter({ visible: true }).first();
  const otherE164 = (await other.getAttribute('data-e164')) ?? '';
  await other.click();
  await expect(firstDock.widget.getByTestId('widget-dialing')).toContainText(otherE164.slice(-4));
  await expect(secondDock.iframe).toHaveCount(0);

  await secondDock.takeOver.click();
  await secondDock.expectLive();
  await firstDock.expectOffer();

  // Now the first tab's calls go to the second tab's widget.
  // Another number: the same one again within 2 s would be held back as a double dial.
  await first.page.bringToFront();
  const { button, e164 } = await firstDock.reachableCallButton([otherE164]);
  await button.click();
  await expect(secondDock.widget.getByTestId('widget-dialing')).toContainText(e164.slice(-4));
  expect(widgetPagesOpen(context.pages(), simulator.dialerOrigin)).toHaveLength(0);

  // The live tab closed frees the widget: the next call makes the calling tab live.
  await second.page.close();
  const { button: again, e164: againE164 } = await firstDock.reachableCallButton([otherE164, e164]);
  await again.click();
  await firstDock.expectLive();
  await expect(firstDock.widget.getByTestId('widget-dialing')).toContainText(againE164.slice(-4));
});

test('a widget that refuses to be framed gets a clear message instead of a broken dock', async ({
  context,
  options,
  simulator,
}) => {
  await options.goto();
  await options.field('Widget URL').fill(`${simulator.dialerOrigin}/widget/?frame=deny`);
  await options.save();
  await expect(options.status).toHaveText('Saved.');
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  const dock = new DockObject(crm.page);
  await expect(dock.panel).toHaveAttribute('data-state', 'blocked');
  await expect(dock.panel.getByRole('alert')).toContainText(
    /refuses to be shown.*One dialer window/,
  );
  await expect(dock.iframe).toHaveCount(0);
  await crm.callButtons().filter({ visible: true }).first().click();
  await expect(crm.ui).toHaveAttribute('data-last-call', 'failed');
  expect(lastCall(simulator)).toBeUndefined();
});
