import { expect, type Page } from '@playwright/test';

/** The import page as a user works it: pick a file, check columns and preview, send. */
export class ImportPageObject {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async goto(query = '') {
    await this.page.goto(`chrome-extension://${this.extensionId}/import.html${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async chooseCsv(name: string, text: string) {
    await this.page.getByLabel('CSV file').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    await expect(this.page.getByTestId('source-name')).toContainText(name);
  }

  get preview() {
    return this.page.getByTestId('preview-table');
  }

  get previewSummary() {
    return this.page.getByTestId('preview-summary');
  }

  previewRow(row: number) {
    return this.preview.locator(`tr[data-row="${row}"]`);
  }

  async showRows(label: RegExp | string) {
    await this.page.getByLabel('Show rows').selectOption({ label: label as string });
  }

  /** An existing list, picked from the dialer's active_lists (campaign, id and name). */
  async chooseExistingList(listId: string) {
    const active = this.page.getByLabel('Active list', { exact: true });
    await expect(active).toBeVisible();
    await active.selectOption(listId);
  }

  /** A list id typed by hand (e.g. one the dialer does not list as active). */
  async typeListId(listId: string) {
    const target = this.page.getByLabel('Target', { exact: true });
    await expect(target).toBeVisible();
    await target.selectOption({ label: 'A list id I type' });
    await this.page.getByLabel('List id', { exact: true }).fill(listId);
  }

  async chooseNewList(list: { list_id: string; list_name: string; campaign_id: string }) {
    await expect(this.page.getByLabel('Target', { exact: true })).toBeVisible();
    await this.page.getByLabel('Target', { exact: true }).selectOption({ label: 'A new list' });
    await this.page.getByLabel('New list id').fill(list.list_id);
    await this.page.getByLabel('List name').fill(list.list_name);
    await this.page.getByLabel('Campaign id').fill(list.campaign_id);
  }

  async skipProblemRows() {
    await this.page.getByLabel(/^Skip the .* rows with problems/).check();
  }

  async run(name: RegExp = /Run export|Add or update users/) {
    await this.page.getByRole('button', { name }).click();
  }

  get job() {
    return this.page.getByTestId('job-progress');
  }

  /** Waits for the job's summary (done, cancelled or stopped) and returns its counts text. */
  async waitForSummary(timeout = 45_000) {
    await expect(this.job).toHaveAttribute('data-state', /done|cancelled|stopped/, { timeout });
    return (await this.page.getByTestId('job-counts').textContent()) ?? '';
  }
}
