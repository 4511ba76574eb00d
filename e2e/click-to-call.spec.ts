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
  // Our host, mounted by the pool at document_start, ends up after <body>: <head> stays first.
  expect(
    await crm.page.evaluate(() =>
      Array.from(document.documentElement.children, (el) => el.localName),
    ),
  ).toEqual(['head', 'body', 'dialer-bridge-ui']);
});

// The first buttons come in the pass that gives our host its box: they must land where every
// later pass puts them, with no correction in between.
test('call buttons first show where they stay: right after the end of their number', async ({
  context,
  simulator,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const first: Record<string, { x: number; y: number }> = {};
    (window as unknown as { firstShown: typeof first }).firstShown = first;
    const note = (el: Node) => {
      if (!(el instanceof HTMLButtonElement) || el.hidden || !el.dataset.e164) return;
      const key = `${el.dataset.e164}#${Array.from(el.parentElement?.children ?? []).indexOf(el)}`;
      if (key in first) return;
      const box = el.getBoundingClientRect();
      first[key] = { x: box.left, y: box.top };
    };
    new MutationObserver(() => {
      const shadow = document.querySelector('dialer-bridge-ui')?.shadowRoot;
      if (!shadow || (shadow as ShadowRoot & { watched?: boolean }).watched) return;
      (shadow as ShadowRoot & { watched?: boolean }).watched = true;
      new MutationObserver((records) => {
        for (const record of records) {
          note(record.target);
          for (const node of Array.from(record.addedNodes)) note(node);
        }
      }).observe(shadow, { subtree: true, childList: true, attributes: true });
    }).observe(document, { childList: true, subtree: true });
  });
  const crm = new CrmPageObject(page, simulator.crmOrigin);
  await crm.login();
  await expect(crm.callButtons().first()).toBeVisible();
  // Settled: later passes (hit tests, the rest of the rows) have run.
  await page.waitForTimeout(1000);
  const placed = await page.evaluate(() => {
    const host = document.querySelector('dialer-bridge-ui');
    const buttons = Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []);
    return buttons
      .filter((b) => !b.hidden && b.dataset.e164)
      .map((b) => {
        const box = b.getBoundingClientRect();
        const key = `${b.dataset.e164}#${Array.from(b.parentElement?.children ?? []).indexOf(b)}`;
        // What the page draws just left of the button: the number's last characters.
        const left = document.elementFromPoint(box.left - 2, box.top + box.height / 2);
        return {
          key,
          x: box.left,
          y: box.top,
          inView: box.top >= 0 && box.bottom <= innerHeight,
          digitsLeft: (left?.textContent ?? '').replace(/\D/g, ''),
          last4: (b.dataset.e164 ?? '').slice(-4),
        };
      });
  });
  const first = await page.evaluate(
    () =>
      (window as unknown as { firstShown: Record<string, { x: number; y: number }> }).firstShown,
  );
  const inView = placed.filter((b) => b.inView);
  expect(inView.length).toBeGreaterThan(5);
  for (const button of inView) {
    expect(first[button.key], button.key).toBeDefined();
    expect(Math.abs((first[button.key]?.x ?? 0) - button.x), button.key).toBeLessThan(0.5);
    expect(Math.abs((first[button.key]?.y ?? 0) - button.y), button.key).toBeLessThan(0.5);
    expect(button.digitsLeft, button.key).toContain(button.last4);
  }
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
