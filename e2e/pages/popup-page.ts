import { expect, type Locator, type Page } from '@playwright/test';

/** The toolbar popup, opened as a page: headless Chromium has no toolbar to click. */
export class PopupPageObject {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  get url() {
    return `chrome-extension://${this.extensionId}/popup.html`;
  }

  async goto(search = '') {
    await this.page.goto(`${this.url}${search}`);
    await expect(this.page.getByRole('heading', { name: 'Dialer Bridge' })).toBeVisible();
  }

  get setupStatus() {
    return this.page.getByTestId('setup-status');
  }

  get dialerStatus() {
    return this.page.getByTestId('dialer-status');
  }

  /** Opens a collapsible action section ("Dialer user", "Dialer list", "Export leads"). */
  async openSection(name: string): Promise<Locator> {
    await this.page.getByText(name, { exact: true }).click();
    return this.page.locator('details[open]').filter({ hasText: name });
  }

  /** A field of the user or list form by its seed name (labels change with the mode). */
  field(form: 'user' | 'list', name: string) {
    return this.page.locator(`#${form}-${name}`);
  }

  async fillUser(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) {
      const field = this.field('user', name);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
  }

  jobOutcome(form: 'Dialer user' | 'Dialer list') {
    return this.page.getByRole('form', { name: form }).getByTestId('job-outcome');
  }
}
