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
const { context, extensionId } = await launchWithExtension({ headless });
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

  const popup = new PopupPageObject(await context.newPage(), extensionId);
  await popup.goto();
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText keeps the line breaks.
  step(`Popup: ${(await popup.setupStatus.innerText()).replace(/\s+/g, ' ')}`);
  if (headless) {
    await popup.page.setViewportSize({ width: 360, height: 260 });
    await popup.page.screenshot({ path: `${outDir}/popup.png` });
  }
  await popup.page.close();

  const widget = await context.newPage();
  await widget.goto(`${sim.dialerOrigin}/widget/`);
  step(`Widget page open: ${sim.dialerOrigin}/widget/`);

  const crm = await context.newPage();
  await crm.goto(`${sim.crmOrigin}/crm/login`);
  await crm.getByLabel('Username').fill('1000');
  await crm.getByLabel('Password').fill('9999');
  await crm.getByRole('button', { name: 'Sign in' }).click();
  await crm.waitForURL(`${sim.crmOrigin}/crm/`);
  const active = await crm
    .locator('dialer-bridge-ui[data-state="ready"]')
    .waitFor({ state: 'attached', timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  const rows = await crm.locator('[data-contact-id]').count();
  step(
    `Demo CRM: logged in as 1000, ${rows} contacts; Dialer Bridge ${active ? 'is active on this site' : 'did NOT start'}`,
  );

  // The seed's own layout: the dialer page frames the CRM, widget beside it.
  const framed = await context.newPage();
  await framed.goto(`${sim.dialerOrigin}/widget/framed`);
  const framedActive = await framed
    .frameLocator('iframe')
    .locator('dialer-bridge-ui[data-state="ready"]')
    .waitFor({ state: 'attached', timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  step(
    `Dialer page framing the CRM: Dialer Bridge ${framedActive ? 'is active in the framed CRM' : 'did NOT start in the frame'}`,
  );

  if (headless) {
    await crm.screenshot({ path: `${outDir}/crm-contacts.png` });
    await widget.screenshot({ path: `${outDir}/widget.png` });
    await framed.screenshot({ path: `${outDir}/crm-next-to-widget.png` });
    step(
      `Screenshots written to ${outDir}/: options.png popup.png crm-contacts.png widget.png crm-next-to-widget.png`,
    );
    const log = sim.pages.widgetLog;
    step(
      `Widget received ${log.length} message(s)${log.length ? `: ${log.map((entry) => JSON.stringify(entry.data)).join(', ')}` : ''}`,
    );
    if (!active || !framedActive) process.exitCode = 1;
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
