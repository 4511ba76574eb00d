// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdminFormRule } from '../crm-admin/admin-form-rule';
import { followCrmAdmin } from './crm-admin-follow';

const sent: Array<{ type: string; payload: unknown }> = [];
vi.mock('../messaging/send-content-message', () => ({
  createContentSender: () => async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    if (type === 'crm-admin/saved') return { held: true, text: '' };
    if (type === 'crm-admin/offers') return { offers: [] };
    throw new Error(`unexpected ${type}`);
  },
}));

// A single-page app's user editor: a save button, no <form>, a notice when saved.
const rules: AdminFormRule[] = [
  {
    entity: 'user',
    form: '.edit',
    submit: 'button.save',
    fields: { agent_user: 'input' },
    saved: { selector: '.saved' },
    refused: '.failed',
  },
];
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('following a single-page app admin screen', () => {
  const page = new AbortController();
  afterEach(() => page.abort());

  // From review: each submit started its own watch, and both reported the next notice.
  it('two submits, then one notice: the outcome is reported once', async () => {
    document.body.innerHTML =
      '<div class="edit"><input value="jdoe"><button class="save">Save</button></div>';
    let time = 10_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (time += 1000));
    followCrmAdmin(page.signal, rules);
    const save = document.querySelector('button');
    save?.click();
    await settle();
    save?.click();
    await settle();
    const notice = document.createElement('p');
    notice.className = 'saved';
    document.body.append(notice);
    await settle();
    expect(sent.filter(({ type }) => type === 'crm-admin/saved')).toHaveLength(2);
    const reported = sent.filter(
      ({ type, payload }) =>
        type === 'crm-admin/offers' && (payload as { outcome: string }).outcome === 'saved',
    );
    expect(reported).toHaveLength(1);
  });
});
