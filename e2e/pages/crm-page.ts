import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import type { Simulator } from '../../simulator/server';

/** The simulator's demo CRM, as an agent uses it. */
export class CrmPageObject {
  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {}

  async login(username = '1000', password = '9999') {
    await this.page.goto(`${this.origin}/crm/login`);
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByTestId('contacts-table')).toBeVisible();
  }

  /** Call buttons live in the extension's shadow root; Playwright's CSS pierces open roots. */
  callButtons(root: Page | Locator = this.page): Locator {
    return root.locator('dialer-bridge-ui button[data-e164]');
  }

  callButton(e164: string, root: Page | Locator = this.page): Locator {
    return root.locator(`dialer-bridge-ui button[data-e164="${e164}"]`).first();
  }

  get ui(): Locator {
    return this.page.locator('dialer-bridge-ui');
  }
}

/**
 * The one dialer window, whether a login already opened it or a call is about to: tests must
 * not race the window that the CRM login itself opens.
 */
export async function dialerWindow(context: BrowserContext, dialerOrigin: string): Promise<Page> {
  const isWidget = (page: Page) => page.url().startsWith(`${dialerOrigin}/widget/`);
  await expect.poll(() => context.pages().some(isWidget), { timeout: 15_000 }).toBe(true);
  const page = context.pages().find(isWidget);
  if (!page) throw new Error('no dialer window');
  return page;
}

/** The last click_to_call the widgets received (a CRM login sends its own message as well). */
export function lastCall(simulator: Simulator, what: 'data' | 'entry' = 'data') {
  const entry = simulator.pages.widgetLog.findLast(
    (logged) => (logged.data as { action?: string }).action === 'click_to_call',
  );
  return what === 'data' ? entry?.data : entry;
}

/**
 * The seed's own layout: the dialer page with the CRM in a frame, signed in inside the frame
 * (the CRM's session cookie is partitioned under the dialer's site, so a top-level sign-in
 * does not carry over).
 */
export async function openFramedCrm(
  context: BrowserContext,
  dialerOrigin: string,
  username: string,
  password: string,
) {
  const dialerPage = await context.newPage();
  await dialerPage.goto(`${dialerOrigin}/widget/framed?crm=/crm/login`);
  const frame = dialerPage.frameLocator('[data-testid="crm-frame"]');
  await frame.getByLabel('Username').fill(username);
  await frame.getByLabel('Password').fill(password);
  await frame.getByRole('button', { name: 'Sign in' }).click();
  return { dialerPage, frame };
}
