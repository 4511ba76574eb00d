import type { Page } from '@playwright/test';
import { type DemoPhone, demoContacts } from '../simulator/pages/demo-contacts';
import { expect, test } from './fixtures';
import { CrmPageObject, dialerWindow, lastCall, openFramedCrm } from './pages/crm-page';

declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };

const clickToCall = (phone_code: string, phone_number: string) => ({
  action: 'click_to_call',
  phone_code,
  phone_number,
});

test.beforeEach(async ({ options, simulatorSetup }) => {
  await options.configure(simulatorSetup);
});

test('every number in the rows on screen gets a call button, and nothing else does', async ({
  context,
  simulator,
}) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  await expect(crm.callButtons().first()).toBeAttached();
  const rowsInView = await crm.page.locator('tr[data-contact-id]').evaluateAll((rows) =>
    rows
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
      .map((row) => Number(row.getAttribute('data-contact-id'))),
  );
  expect(rowsInView.length).toBeGreaterThan(5);
  const contacts = new Map(demoContacts().map((contact) => [contact.id, contact]));
  // With the default country US, a number is dialable when it is written internationally,
  // linked as tel:+…, or a North American number; `020 7946 0958` on its own is not.
  const dialable = (phone: DemoPhone | null) =>
    phone !== null &&
    (phone.display.startsWith('+') ||
      phone.telHref?.startsWith('tel:+') ||
      phone.region === 'US' ||
      phone.region === 'CA');
  const expected = rowsInView.flatMap((id) => {
    const contact = contacts.get(id);
    if (!contact) return [];
    return [contact.phone, contact.mobile, ...contact.notePhones]
      .filter(dialable)
      .map((p) => p?.e164);
  });
  await expect
    .poll(async () =>
      crm.callButtons().evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-e164'))),
    )
    .toEqual(expect.arrayContaining(expected));
  const found = await crm
    .callButtons()
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-e164')));
  const everyExpected = new Set(demoContacts().flatMap((contact) => contact.expectedE164));
  // No button for an order number, a date, a price or anything else that is not a phone number.
  expect(found.filter((e164) => !everyExpected.has(e164 ?? ''))).toEqual([]);
  // The buttons say what they do.
  await expect(crm.callButton(expected[0] ?? '')).toHaveAccessibleName(/^Call \+\d[\d ]+/);
});

test('a click sends the seed click_to_call to one dialer window, reused across tabs', async ({
  context,
  simulator,
}) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  const [first] = demoContacts();
  const e164 = first?.expectedE164[0] ?? '';
  await crm.callButton(e164).click();
  const widget = await dialerWindow(context, simulator.dialerOrigin);
  await expect(widget).toHaveURL(`${simulator.dialerOrigin}/widget/`);
  await expect(widget.getByTestId('widget-dialing')).toHaveText(`+1 ${e164.slice(2)}`);
  // The CRM login also reaches the widget (its own message), so look for the call itself.
  const calls = () =>
    simulator.pages.widgetLog.filter(
      (entry) => (entry.data as { action?: string }).action === 'click_to_call',
    );
  expect(calls()).toEqual([
    expect.objectContaining({
      origin: simulator.dialerOrigin,
      accepted: true,
      data: clickToCall('1', e164.slice(2)),
    }),
  ]);

  // A second CRM tab dials through the same window: no second widget.
  const second = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await second.page.goto(`${simulator.crmOrigin}/crm/contacts/2`);
  const other = second.callButtons().first();
  const otherE164 = (await other.getAttribute('data-e164')) ?? '';
  await other.click();
  await expect(widget.getByTestId('widget-dialing')).toContainText(otherE164.slice(-4));
  const widgetPages = context
    .pages()
    .filter((page) => page.url().startsWith(`${simulator.dialerOrigin}/widget/`));
  expect(widgetPages).toHaveLength(1);

  // A double click dials once (a number not dialed yet: the same number is held for 2 s).
  const before = calls().length;
  await crm.callButtons().nth(3).dblclick();
  await expect.poll(() => calls().length).toBe(before + 1);
  await crm.page.waitForTimeout(500);
  expect(calls().length).toBe(before + 1);
});

test('a closed dialer window is opened again on the next call', async ({ context, simulator }) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  await crm.callButtons().first().click();
  await (await dialerWindow(context, simulator.dialerOrigin)).close();
  const secondWindow = context.waitForEvent('page');
  await crm.callButtons().nth(1).click();
  const reopened = await secondWindow;
  await expect(reopened).toHaveURL(`${simulator.dialerOrigin}/widget/`);
  await expect(reopened.getByTestId('widget-dialing')).toContainText(/\d{4}/);
});

test('in the seed’s own layout the framed CRM posts to the dialer page, to its exact origin', async ({
  context,
  simulator,
}) => {
  const { dialerPage, frame } = await openFramedCrm(
    context,
    simulator.dialerOrigin,
    'agent2',
    'secret2',
  );
  const button = frame.locator('dialer-bridge-ui button[data-e164]').first();
  const e164 = (await button.getAttribute('data-e164')) ?? '';
  let opened = false;
  context.once('page', () => {
    opened = true;
  });
  await button.click();
  await expect(dialerPage.getByTestId('widget-dialing')).toContainText(e164.slice(-4));
  await expect
    .poll(() => lastCall(simulator, 'entry'))
    .toMatchObject({
      origin: simulator.crmOrigin,
      page: 'framed',
      accepted: true,
      data: { action: 'click_to_call', phone_number: e164.slice(2) },
    });
  expect(opened).toBe(false);
});

async function tabIdOf(serviceWorker: import('@playwright/test').Worker, page: Page) {
  return serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id,
    page.url(),
  );
}

test('the context menu item and the keyboard command call the selected number', async ({
  context,
  serviceWorker,
  simulator,
}) => {
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  await expect(crm.ui).toHaveAttribute('data-state', 'ready');
  const tabId = await tabIdOf(serviceWorker, crm.page);
  // Headless Chromium has no menu to right-click: call the listener the browser would call.
  await serviceWorker.evaluate(
    ({ tabId }) =>
      (
        globalThis as never as {
          __dialerBridgeE2E: { onCallMenuClicked(i: unknown, t: unknown): void };
        }
      ).__dialerBridgeE2E.onCallMenuClicked(
        {
          menuItemId: 'dialer-bridge-call-selection',
          selectionText: 'call +44 20 7946 0958 today',
          frameId: 0,
        },
        { id: tabId },
      ),
    { tabId },
  );
  await expect.poll(() => lastCall(simulator)).toEqual(clickToCall('44', '2079460958'));

  // The keyboard command reads the page's own selection.
  await crm.page.evaluate(() => {
    const cell = [...document.querySelectorAll('td')].find((td) =>
      /\(\d{3}\) \d{3}-\d{4}/.test(td.textContent ?? ''),
    );
    if (!cell) throw new Error('no phone cell');
    getSelection()?.selectAllChildren(cell);
  });
  const selected = await crm.page.evaluate(() => getSelection()?.toString() ?? '');
  const digits = selected.replace(/\D/g, '').slice(0, 10);
  await serviceWorker.evaluate(
    ({ tabId }) =>
      (
        globalThis as never as { __dialerBridgeE2E: { onCallCommand(c: string, t: unknown): void } }
      ).__dialerBridgeE2E.onCallCommand('call-selection', { id: tabId }),
    { tabId },
  );
  await expect.poll(() => lastCall(simulator)).toEqual(clickToCall('1', digits));
});
