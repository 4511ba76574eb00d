import { expect, type Page } from '@playwright/test';

/** The toolbar popup, opened as a page: headless Chromium has no toolbar to click. */
export class PopupPageObject {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async goto() {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    await expect(this.page.getByRole('heading', { name: 'Dialer Bridge' })).toBeVisible();
  }

  get setupStatus() {
    return this.page.getByTestId('setup-status');
  }
}
