import { describe, expect, it } from 'vitest';
import { parseTelHref } from './parse-tel-href';

describe('parseTelHref', () => {
  it('reads an international tel: link with an RFC 3966 extension', () => {
    const href = 'tel:+1-415-555-0134;ext=12';
    expect(parseTelHref(href, 'GB')).toEqual({
      start: 0,
      end: href.length,
      raw: href,
      e164: '+14155550134',
      extension: '12',
      countryCallingCode: '1',
      nationalNumber: '4155550134',
      international: '+1 415 555 0134',
      country: 'US',
    });
  });

  it.each([
    ['tel:02079460958', 'GB', '+442079460958'],
    ['tel:2079460958', 'GB', '+442079460958'],
    ['TEL:(415)%20555-0134', 'US', '+14155550134'],
    ['callto:+442079460958', 'US', '+442079460958'],
    ['callto://+442079460958', 'US', '+442079460958'],
    ['tel:0044 20 7946 0958', 'US', '+442079460958'],
    ['tel:98765-43210', 'IN', '+919876543210'],
    ['tel:7946-0958;phone-context=+44-20', 'US', '+442079460958'],
  ] as const)('reads %s (default %s) as %s', (href, country, e164) => {
    expect(parseTelHref(href, country)?.e164).toBe(e164);
  });

  it('takes digits dialled after a pause as the extension', () => {
    expect(parseTelHref('tel:+18005550199,,123', 'US')?.extension).toBe('123');
    expect(parseTelHref('tel:+18005550199p45', 'US')?.extension).toBe('45');
  });

  it.each([
    'mailto:jane@example.com',
    'https://example.com/tel:4155550134',
    'callto:jane.doe.skype',
    'tel:911',
    'tel:',
    'tel:%E0%A4%A',
  ])('returns null for %s', (href) => {
    expect(parseTelHref(href, 'US')).toBeNull();
  });
});
