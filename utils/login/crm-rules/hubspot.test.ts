// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hubspot } from './hubspot';
import { describeCrmRule } from './testing/describe-crm-rule';

describeCrmRule(hubspot, {
  login: { username: '#username', password: '#password', submit: '#loginBtn' },
  logout: '#signout',
  generic: 'same fields',
  showError: (doc) => doc.querySelector('.private-alert--danger')?.removeAttribute('hidden'),
});

describe('HubSpot hosts', () => {
  it('matches the app hosts of every region, not the marketing site', () => {
    const hosts = ['https://app.hubspot.com/login', 'https://app-eu1.hubspot.com/contacts/1'];
    for (const address of hosts) expect(hubspot.matches(new URL(address), document)).toBe(true);
    expect(hubspot.matches(new URL('https://www.hubspot.com/'), document)).toBe(false);
  });
});
