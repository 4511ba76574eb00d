import { describe, expect, it } from 'vitest';
import { framingRefusal } from './dock-framing';

const CRM = 'https://crm.example.com';
const WIDGET = 'https://dialer.example.com';
const refusal = (headers: Record<string, string>) =>
  framingRefusal(new Headers(headers), CRM, WIDGET);

describe('framingRefusal', () => {
  it('allows a widget that says nothing about framing', () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ 'content-security-policy': "default-src 'self'" })).toBeNull();
  });

  it.each([
    [{ 'x-frame-options': 'DENY' }, /DENY/],
    [{ 'x-frame-options': 'sameorigin' }, /SAMEORIGIN/],
    [{ 'content-security-policy': "frame-ancestors 'none'" }, /'none'/],
    [{ 'content-security-policy': "frame-ancestors 'self'" }, /'self'/],
    [{ 'content-security-policy': 'frame-ancestors https://other.example.com' }, /other/],
    [{ 'content-security-policy': 'frame-ancestors http://crm.example.com' }, /crm/],
  ])('refuses %j', (headers, reason) => {
    expect(refusal(headers)).toMatch(reason);
  });

  it.each([
    [{ 'content-security-policy': 'frame-ancestors https://crm.example.com' }],
    [{ 'content-security-policy': "frame-ancestors 'self' https://*.example.com" }],
    [{ 'content-security-policy': 'frame-ancestors crm.example.com:443' }],
    [{ 'content-security-policy': 'frame-ancestors https:' }],
    [{ 'content-security-policy': 'frame-ancestors *' }],
    // frame-ancestors wins over X-Frame-Options.
    [{ 'content-security-policy': `frame-ancestors ${CRM}`, 'x-frame-options': 'DENY' }],
  ])('allows %j', (headers) => {
    expect(refusal(headers)).toBeNull();
  });

  it('allows SAMEORIGIN when the CRM and the widget share an origin', () => {
    expect(framingRefusal(new Headers({ 'x-frame-options': 'SAMEORIGIN' }), CRM, CRM)).toBeNull();
  });
});
