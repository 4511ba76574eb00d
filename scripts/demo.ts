/**
 * `npm start`: the main job on the built-in simulator. Starts the local dialer and demo CRM,
 * opens Chromium with the built extension, configures it through its own options page as a
 * user would, and opens the demo CRM next to the dialer widget. With a display it stays open
 * for you to use; without one (or with --headless) it runs the same steps headless, writes
 * screenshots to demo-output/ and prints what happened.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../e2e/launch-extension';
import { ImportPageObject } from '../e2e/pages/import-page';
import { OptionsPageObject } from '../e2e/pages/options-page';
import { PopupPageObject } from '../e2e/pages/popup-page';
import { startSimulator } from '../simulator/server';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');
const portArg = process.argv.indexOf('--port');
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 0;

const step = (text: string) => console.log(`• ${text}`);

const sim = await startSimulator({ port });
step(`Simulator: dialer ${sim.dialerOrigin}, demo CRM ${sim.crmOrigin}`);
const { context, extensionId, serviceWorker } = await launchWithExtension({ headless });
type ChromeTabs = { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } };
step(`Chromium ${headless ? '(headless)' : ''} started with Dialer Bridge ${extensionId}`);

try {
  await mkdir(outDir, { recursive: true });
  const options = new OptionsPageObject(await context.newPage(), extensionId);
  await options.configure({
    dialerUrl: sim.dialerOrigin,
    apiUser: 'api',
    apiPass: '1234',
    widgetUrl: `${sim.dialerOrigin}/widget/`,
    agentExtension: '8001',
    agentPhonePass: '8001pass',
    site: sim.crmOrigin,
  });
  step(`Options saved: dialer ${sim.dialerOrigin} as api, CRM site ${sim.crmOrigin} enabled`);
  if (headless) await options.page.screenshot({ path: `${outDir}/options.png`, fullPage: true });

  // Signing into the CRM signs the agent into the widget: the extension opens the one dialer
  // window and sends the seed's `login` there.
  const crm = await context.newPage();
  await crm.goto(`${sim.crmOrigin}/crm/login`);
  await crm.getByLabel('Username').fill('1000');
  await crm.getByLabel('Password').fill('9999');
  const dialerWindow = context.waitForEvent('page', { timeout: 15_000 });
  await crm.getByRole('button', { name: 'Sign in' }).click();
  await crm.waitForURL(`${sim.crmOrigin}/crm/`);
  const widget = await dialerWindow;
  const loggedIn = await widget
    .getByTestId('widget-state')
    .and(widget.locator('[data-state="logged-in"]'))
    .waitFor({ timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  step(
    `Signed into the demo CRM as 1000: the widget ${loggedIn ? 'shows agent 1000 on extension 8001' : 'did NOT log in'}`,
  );

  // Every number gets a call button; one click dials through the widget.
  const buttons = crm.locator('dialer-bridge-ui button[data-e164]');
  await buttons.first().waitFor({ state: 'attached', timeout: 15_000 });
  const first = buttons.first();
  const label = await first.getAttribute('aria-label');
  await first.click();
  const dialingText = widget.getByTestId('widget-dialing').filter({ hasText: /\d/ });
  await dialingText.waitFor({ timeout: 10_000 }).catch(() => undefined);
  const dialing = await widget.getByTestId('widget-dialing').textContent();
  step(
    `${await buttons.count()} call buttons on screen; clicked "${label}": the widget is dialing ${dialing?.trim()}`,
  );
  await first.focus();

  // The popup, about the CRM tab (opened as a page: headless Chromium has no toolbar).
  const crmTabId = await serviceWorker.evaluate(
    async (url) => (await (globalThis as unknown as ChromeTabs).chrome.tabs.query({ url }))[0]?.id,
    crm.url(),
  );
  const popup = new PopupPageObject(await context.newPage(), extensionId);
  await popup.page.goto(`${popup.url}?tabId=${crmTabId}`);
  await popup.page.getByTestId('current-site').waitFor();
  // The popup asks the dialer whether it answers: show its answer, not "Checking…".
  await popup.dialerStatus
    .and(popup.page.locator('[data-answers="yes"], [data-answers="no"]'))
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText keeps the line breaks.
  step(`Popup: ${(await popup.page.locator('main').innerText()).replace(/\s+/g, ' ')}`);
  if (headless) {
    await popup.page.setViewportSize({ width: 360, height: 260 });
    await popup.page.screenshot({ path: `${outDir}/popup.png` });
  }
  await popup.page.close();

  // The seed's own layout: the dialer page frames the CRM, widget beside it.
  const framed = await context.newPage();
  await framed.goto(`${sim.dialerOrigin}/widget/framed?crm=/crm/login`);
  const frame = framed.frameLocator('[data-testid="crm-frame"]');
  await frame.getByLabel('Username').fill('agent2');
  await frame.getByLabel('Password').fill('secret2');
  await frame.getByRole('button', { name: 'Sign in' }).click();
  await framed
    .locator('[data-testid="widget-state"][data-state="logged-in"]')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const framedButton = frame.locator('dialer-bridge-ui button[data-e164]').nth(2);
  await framedButton.waitFor({ state: 'attached', timeout: 15_000 });
  await framedButton.click();
  await framed
    .getByTestId('widget-dialing')
    .filter({ hasText: /\d/ })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const framedDialing = await framed.getByTestId('widget-dialing').textContent();
  step(
    `Dialer page framing the CRM: signed in as agent2 inside the frame, dialing ${framedDialing?.trim()}`,
  );

  // The admin's job: a CRM export of leads into an active dialer list, run as a sync job.
  const leadsBefore = sim.dialer.state.leads.length;
  const importer = new ImportPageObject(await context.newPage(), extensionId);
  await importer.goto();
  await importer.chooseCsv(
    'crm-leads-export.csv',
    [
      'First Name,Last Name,Mobile Phone,Email,City,Zip,Lead ID',
      'Grace,Hopper,(415) 555-0181,grace@example.com,Arlington,22201,L-1001',
      'Alan,Turing,+44 20 7946 0959,alan@example.com,London,NW1,L-1002',
      'Ada,Lovelace,312-555-0182,ada@example.com,Chicago,60601,L-1003',
    ].join('\r\n'),
  );
  await importer.chooseExistingList('1101');
  await importer.run();
  const counts = (await importer.waitForSummary()).replace(/\s+/g, ' ').trim();
  // Only what this export added (the simulator's seed data has leads in list 1101 already).
  const exported = sim.dialer.state.leads.slice(leadsBefore);
  step(
    `Lead export to list 1101 from crm-leads-export.csv: ${counts} The dialer added ${exported.map((lead) => `${lead.first_name} ${lead.last_name} ${lead.phone_code} ${lead.phone_number}`).join(', ')}`,
  );
  if (headless) await importer.page.screenshot({ path: `${outDir}/import.png`, fullPage: true });

  const active =
    loggedIn &&
    Boolean(dialing?.trim()) &&
    Boolean(framedDialing?.trim()) &&
    exported.length === 3 &&
    exported.every((lead) => lead.list_id === '1101');

  if (headless) {
    await crm.screenshot({ path: `${outDir}/crm-contacts.png` });
    await widget.screenshot({ path: `${outDir}/widget.png` });
    await framed.screenshot({ path: `${outDir}/crm-next-to-widget.png` });
    step(
      `Screenshots written to ${outDir}/: options.png popup.png crm-contacts.png widget.png crm-next-to-widget.png import.png`,
    );
    // Passwords are masked: a demo log is still a log.
    const shown = sim.pages.widgetLog
      .filter((entry) => entry.accepted)
      .map((entry) =>
        JSON.stringify(entry.data).replace(/"(password|phone_pass)":"[^"]*"/g, '"$1":"•••"'),
      );
    step(`The widgets received ${shown.length} message(s):\n    ${shown.join('\n    ')}`);
    if (!active) process.exitCode = 1;
  } else {
    await crm.bringToFront();
    console.log('\nChromium is open on the demo CRM. Press Ctrl-C here to stop.');
    await new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      context.once('close', () => done());
    });
  }
} finally {
  await context.close().catch(() => undefined);
  await sim.close();
}
