import { describe, expect, it } from 'vitest';
import { describeWidgetMessage, rebuildWidgetMessage } from './widget-messages';

describe('rebuildWidgetMessage', () => {
  it.each([
    [{ action: 'click_to_call', phone_code: '1', phone_number: '4155550134' }],
    [{ action: 'logout' }],
    [{ action: 'login', username: '1000', password: '9999', extension: '8001', phone_pass: 'x' }],
  ])('accepts the seed message %j and returns an equal, fresh object', (message) => {
    const rebuilt = rebuildWidgetMessage(message);
    expect(rebuilt).toEqual(message);
    expect(rebuilt).not.toBe(message);
  });

  it('keeps the seed key order whatever order arrived', () => {
    const rebuilt = rebuildWidgetMessage({
      phone_number: '4155550134',
      phone_code: '1',
      action: 'click_to_call',
    });
    expect(Object.keys(rebuilt ?? {})).toEqual(['action', 'phone_code', 'phone_number']);
  });

  it.each([
    ['an extra field', { action: 'logout', redirect: 'https://evil.example' }],
    [
      'a number as JSON number',
      { action: 'click_to_call', phone_code: '1', phone_number: 4155550134 },
    ],
    [
      'a number with separators',
      { action: 'click_to_call', phone_code: '1', phone_number: '415-555-0134' },
    ],
    [
      'a phone code with +',
      { action: 'click_to_call', phone_code: '+1', phone_number: '4155550134' },
    ],
    ['an unknown action', { action: 'hangup' }],
    ['WXT’s own content-script message', { type: 'abc:content:wxt:content-script-started' }],
    [
      'a login without password',
      { action: 'login', username: 'a', extension: '1', phone_pass: '' },
    ],
    ['a string', 'logout'],
    ['null', null],
  ])('refuses %s', (_name, message) => {
    expect(rebuildWidgetMessage(message)).toBeNull();
  });
});

describe('describeWidgetMessage', () => {
  it('never includes a password', () => {
    const text = describeWidgetMessage({
      action: 'login',
      username: '1000',
      password: 'secret-pw',
      extension: '8001',
      phone_pass: 'phone-pw',
    });
    expect(text).toBe('login 1000 on extension 8001');
  });
});
