import { describe, expect, it } from 'vitest';
import { checkUrlPattern, urlPatternMatches } from './url-pattern';

const matches = (pattern: string, address: string) => urlPatternMatches(pattern, new URL(address));

describe('custom rule URL patterns', () => {
  it('an origin covers every page of that origin only', () => {
    expect(
      matches('https://crm.example.com', 'https://crm.example.com/index.php?module=Home'),
    ).toBe(true);
    expect(matches('https://crm.example.com/', 'https://crm.example.com/a/b')).toBe(true);
    expect(matches('https://crm.example.com', 'http://crm.example.com/')).toBe(false);
    expect(matches('https://crm.example.com', 'https://crm.example.com:8443/')).toBe(false);
    expect(matches('https://crm.example.com', 'https://evil.crm.example.com.attacker.net/')).toBe(
      false,
    );
  });

  it('a path with * covers the pages under it, query included', () => {
    expect(
      matches('https://crm.example.com/app/*', 'https://crm.example.com/app/contacts?x=1'),
    ).toBe(true);
    expect(matches('https://crm.example.com/app/*', 'https://crm.example.com/other')).toBe(false);
    expect(
      matches(
        'https://crm.example.com/*action=Login*',
        'https://crm.example.com/index.php?action=Login',
      ),
    ).toBe(true);
  });

  it('*. covers the domain and its subdomains; *:// covers http and https; ports must match', () => {
    expect(matches('https://*.example.com/*', 'https://eu.crm.example.com/x')).toBe(true);
    expect(matches('https://*.example.com/*', 'https://example.com/')).toBe(true);
    expect(matches('https://*.example.com/*', 'https://notexample.com/')).toBe(false);
    expect(matches('*://crm.example.com', 'http://crm.example.com/')).toBe(true);
    expect(matches('http://localhost:8080', 'http://localhost:8080/crm/login')).toBe(true);
    expect(matches('http://localhost:8080', 'http://localhost:9090/crm/login')).toBe(false);
  });

  it.each([
    'crm.example.com',
    'ftp://crm.example.com',
    'https://',
    'https://*/',
    'https://crm.*.com',
    'https://a b.com',
    '',
  ])('refuses %j', (pattern) => {
    expect(checkUrlPattern(pattern).ok).toBe(false);
  });
});
