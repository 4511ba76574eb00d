import { expect, type Page } from '@playwright/test';

export interface DialerSetup {
  dialerUrl: string;
  apiUser: string;
  apiPass: string;
  widgetUrl: string;
  agentExtension?: string;
  agentPhonePass?: string;
  site?: string;
}

/** The options page as a user sees it: labelled fields, a Save button, the sites list. */
export class OptionsPageObject {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async goto() {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await expect(this.page.getByRole('heading', { name: 'Dialer Bridge settings' })).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  get status() {
    return this.page.locator('form[aria-label="Dialer settings"] output');
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  async addSite(origin: string) {
    await this.field('Site address').fill(origin);
    await this.page.getByRole('button', { name: 'Add site' }).click();
    await expect(this.page.getByRole('list', { name: 'CRM sites' })).toContainText(origin);
  }

  /** Fills in and saves what the local simulator needs, as a user would. */
  async configure(setup: DialerSetup) {
    await this.goto();
    await this.field('Dialer URL').fill(setup.dialerUrl);
    await this.field('API user').fill(setup.apiUser);
    await this.field('API password').fill(setup.apiPass);
    await this.field('Widget URL').fill(setup.widgetUrl);
    if (setup.agentExtension) await this.field('Phone extension').fill(setup.agentExtension);
    if (setup.agentPhonePass) await this.field('Phone password').fill(setup.agentPhonePass);
    await this.save();
    await expect(this.status).toHaveText('Saved.');
    if (setup.site) await this.addSite(setup.site);
  }
}
