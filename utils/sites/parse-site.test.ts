import { describe, expect, it } from 'vitest';
import { originMatchPattern, parseSiteInput } from './parse-site';

describe('parseSiteInput', () => {
  it.each([
    ['https://crm.example.com', 'https://crm.example.com'],
    ['  https://crm.example.com/app/contacts?id=3  ', 'https://crm.example.com'],
    ['http://localhost:8080/crm/', 'http://localhost:8080'],
    ['HTTPS://CRM.Example.com', 'https://crm.example.com'],
  ])('takes the origin of %j', (input, origin) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'Site is required, e.g. https://crm.example.com'],
    ['crm.example.com', 'Site must be a full address starting with http:// or https://'],
    ['ftp://crm.example.com', 'Site must start with http:// or https://'],
    ['https://user:pw@crm.example.com', 'Site must not contain a user name or password'],
  ])('refuses %j with the rule', (input, message) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, message });
  });

  it('makes a match pattern that covers the whole origin', () => {
    expect(originMatchPattern('http://127.0.0.1:9000')).toBe('http://127.0.0.1:9000/*');
  });
});
