import { expect, type Locator, type Page } from '@playwright/test';

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
