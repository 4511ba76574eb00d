import { describe, expect, it } from 'vitest';
import { normalisePhone } from './normalise-phone';

describe('normalisePhone', () => {
  it('splits a national US number into phone_code 1 and the national digits', () => {
    expect(normalisePhone('(415) 555-0134', { defaultCountry: 'US' })).toMatchObject({
      ok: true,
      phoneCode: '1',
      phoneNumber: '4155550134',
      e164: '+14155550134',
    });
  });

  it('reads an international number whatever the default country, dropping the trunk 0', () => {
    expect(normalisePhone('+44 (0)20 7946 0958', { defaultCountry: 'US' })).toMatchObject({
      ok: true,
      phoneCode: '44',
      phoneNumber: '2079460958',
    });
    expect(normalisePhone('0044 20 7946 0958', { defaultCountry: 'GB' })).toMatchObject({
      ok: true,
      phoneCode: '44',
    });
  });

  it('reads a national number with the default country from the settings', () => {
    expect(normalisePhone('020 7946 0958', { defaultCountry: 'GB' })).toMatchObject({
      ok: true,
      phoneCode: '44',
      phoneNumber: '2079460958',
    });
  });

  it('uses the row phone code column for a number written without one', () => {
    expect(normalisePhone('98765 43210', { defaultCountry: 'US', phoneCode: '91' })).toMatchObject({
      ok: true,
      phoneCode: '91',
      phoneNumber: '9876543210',
    });
  });

  it('names the problem: empty, invalid, extension, conflicting code', () => {
    expect(normalisePhone('  ', { defaultCountry: 'US' })).toMatchObject({
      ok: false,
      kind: 'no-phone',
    });
    const invalid = normalisePhone('12345', { defaultCountry: 'US' });
    expect(invalid).toMatchObject({ ok: false, kind: 'invalid-phone' });
    expect(invalid.ok || invalid.message).toMatch(/^phone_number: "12345" is not a valid/);
    expect(normalisePhone('415-555-0134 x12', { defaultCountry: 'US' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('extension (12)'),
    });
    expect(
      normalisePhone('+44 20 7946 0958', { defaultCountry: 'US', phoneCode: '1' }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('phone code column says 1') });
    expect(normalisePhone('4155550134', { defaultCountry: 'US', phoneCode: 'x1' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('phone_code'),
    });
  });
});
