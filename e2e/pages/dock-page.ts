import { expect, type Locator, type Page } from '@playwright/test';
import type { OptionsPageObject } from './options-page';

/** The docked widget inside a CRM page (its shadow root is open: Playwright's CSS pierces it). */
export class DockObject {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('dialer-bridge-dock .dock');
  }

  get iframe(): Locator {
    return this.page.locator('dialer-bridge-dock iframe');
  }

  /**
   * A call button the agent can actually click: shown, and not under the dock panel (which
   * lies above the call-button layer). Returns its number; `except` skips numbers just dialed.
   */
  async reachableCallButton(
    except: readonly string[] = [],
  ): Promise<{ button: Locator; e164: string }> {
    const e164 = await this.page.evaluate((skip) => {
      const host = document.querySelector('dialer-bridge-ui');
      const buttons = host?.shadowRoot?.querySelectorAll<HTMLElement>('button[data-e164]') ?? [];
      for (const button of buttons) {
        const number = button.dataset.e164 ?? '';
        if (button.hidden || skip.includes(number)) continue;
        const box = button.getBoundingClientRect();
        if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        if (hit === host) return number;
      }
      return '';
    }, except);
    if (!e164) throw new Error('no call button outside the dock');
    const button = this.page
      .locator(`dialer-bridge-ui button[data-e164="${e164}"]`)
      .filter({ visible: true })
      .first();
    return { button, e164 };
  }

  /** The widget inside the dock's iframe. */
  get widget() {
    return this.page.frameLocator('dialer-bridge-dock iframe');
  }

  get takeOver(): Locator {
    return this.panel.getByRole('button', { name: 'Take over the dialer widget in this tab' });
  }

  get collapse(): Locator {
    return this.panel.getByRole('button', { name: 'Collapse the dialer widget' });
  }

  get expand(): Locator {
    return this.panel.getByRole('button', { name: 'Expand the dialer widget' });
  }

  async expectLive() {
    await expect(this.panel).toHaveAttribute('data-state', 'live');
    await expect(this.iframe).toHaveCount(1);
    await expect(this.widget.getByTestId('widget-ready')).toBeVisible();
  }

  async expectOffer() {
    await expect(this.panel).toHaveAttribute('data-state', 'offer');
    await expect(this.panel).toContainText('Widget is live in another tab');
    await expect(this.iframe).toHaveCount(0);
  }

  /** The panel's place on screen, as its style says. */
  async position(): Promise<{ left: number; top: number }> {
    return this.panel.evaluate((el) => ({
      left: Number.parseFloat((el as HTMLElement).style.left),
      top: Number.parseFloat((el as HTMLElement).style.top),
    }));
  }

  /** Drags the dock by its title bar, as an agent does with the mouse. */
  async dragBy(dx: number, dy: number) {
    const bar = this.panel.locator('.bar .title');
    const box = await bar.boundingBox();
    if (!box) throw new Error('no dock title bar');
    const x = box.x + 10;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 3 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 3 });
    await this.page.mouse.up();
  }
}

/** Switches the widget mode in the options page, as a user does, and saves. */
export async function chooseWidgetMode(options: OptionsPageObject, mode: 'window' | 'docked') {
  await options.goto();
  await options.field('Widget mode').selectOption(mode);
  await options.save();
  await expect(options.status).toHaveText('Saved.');
}
