import { describe, expect, it } from 'vitest';
import { parseStoredSettings, validateSettingsPatch } from './parse-settings';
import { DEFAULT_SETTINGS } from './settings-schema';

describe('parseStoredSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps every valid field and falls back field by field, reporting each bad one', () => {
    const { settings, problems } = parseStoredSettings({
      dialerUrl: 'https://dialer.example.com',
      apiUser: 'api',
      source: 'x',
      phoneCode: 44,
    });
    expect(settings.dialerUrl).toBe('https://dialer.example.com');
    expect(settings.apiUser).toBe('api');
    expect(settings.source).toBe(DEFAULT_SETTINGS.source);
    expect(settings.phoneCode).toBe(DEFAULT_SETTINGS.phoneCode);
    expect(problems.map((problem) => problem.field)).toEqual(['source', 'phoneCode']);
    expect(problems[0]?.message).toBe(
      'Source must be 2-20 letters or digits; the default was used',
    );
  });

  it('reports a stored value that is not an object instead of throwing', () => {
    const { settings, problems } = parseStoredSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('ignores keys that are no longer settings', () => {
    expect(parseStoredSettings({ retired: true }).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('validateSettingsPatch', () => {
  it('accepts valid fields', () => {
    expect(
      validateSettingsPatch({ apiUser: 'api', defaultCountry: 'IN', phoneCode: '91' }),
    ).toEqual({
      ok: true,
      patch: { apiUser: 'api', defaultCountry: 'IN', phoneCode: '91' },
    });
  });

  it.each([
    ['source', 'a', 'Source must be 2-20 letters or digits'],
    ['source', 'a'.repeat(21), 'Source must be 2-20 letters or digits'],
    ['source', 'crm-sync', 'Source must be 2-20 letters or digits'],
    ['dialerUrl', 'dialer.example.com', 'Dialer URL must be a full http:// or https:// address'],
    [
      'dialerUrl',
      'ftp://dialer.example.com',
      'Dialer URL must be a full http:// or https:// address',
    ],
    ['widgetUrl', 'javascript:alert(1)', 'Widget URL must be a full http:// or https:// address'],
    ['apiPath', 'dialer/api.php', 'API path must start with / and contain no spaces'],
    ['defaultCountry', 'us', 'Default country must be two capital letters, e.g. US'],
    ['defaultCountry', 'ZZ', 'Default country must be a country with phone numbers, e.g. US'],
    ['phoneCode', '+1', 'Phone code must be 1-3 digits, e.g. 1'],
    ['backend', 'asterisk', 'Back end must be elision or vicidial'],
    ['apiUser', 'u'.repeat(21), 'API user must be at most 20 characters'],
  ])('refuses %s = %j with "%s", naming nothing else', (field, value, message) => {
    expect(validateSettingsPatch({ [field]: value })).toEqual({
      ok: false,
      problems: [{ field, message }],
    });
  });

  it('refuses a key that is not a setting rather than dropping it silently', () => {
    expect(validateSettingsPatch({ apiPassword: 'x' })).toEqual({
      ok: false,
      problems: [{ field: 'apiPassword', message: 'apiPassword is not a setting' }],
    });
  });

  it('refuses a site that is not a bare origin', () => {
    const result = validateSettingsPatch({
      sites: [{ origin: 'https://crm.example.com/app', enabled: true }],
    });
    expect(result.ok).toBe(false);
  });
});
