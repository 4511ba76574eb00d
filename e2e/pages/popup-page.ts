import { expect, type Page } from '@playwright/test';

/** The toolbar popup, opened as a page: headless Chromium has no toolbar to click. */
export class PopupPageObject {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  get url() {
    return `chrome-extension://${this.extensionId}/popup.html`;
  }

  async goto() {
    await this.page.goto(this.url);
    await expect(this.page.getByRole('heading', { name: 'Dialer Bridge' })).toBeVisible();
  }

  get setupStatus() {
    return this.page.getByTestId('setup-status');
  }
}
