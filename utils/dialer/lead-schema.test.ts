import { describe, expect, test } from 'vitest';
import { validateLead } from './lead-schema';

const problems = (lead: unknown, backend: 'elision' | 'vicidial' = 'elision') => {
  const result = validateLead(lead, backend);
  return result.ok ? [] : (result.issues ?? []);
};
const fields = (lead: unknown, backend: 'elision' | 'vicidial' = 'elision') =>
  problems(lead, backend).map((issue) => issue.field);

const seedLead = {
  city: 'Ahmedabad',
  email: '',
  phone_number: '1234567893',
  first_name: 'test',
  last_name: 'test',
  vendor_lead_code: '1236',
  list_id: '1101',
  postal_code: '91',
};

describe('lead rules', () => {
  test("the seed's example lead passes (its numbers as text)", () => {
    expect(problems(seedLead)).toEqual([]);
  });

  test('phone_number and list_id are required', () => {
    expect(problems({})).toEqual([
      { field: 'phone_number', message: 'phone_number: required.' },
      { field: 'list_id', message: 'list_id: required.' },
    ]);
  });

  test('phone_number is 6-16 digits, without country code or punctuation', () => {
    expect(fields({ ...seedLead, phone_number: '123456' })).toEqual([]);
    expect(fields({ ...seedLead, phone_number: '1234567890123456' })).toEqual([]);
    expect(fields({ ...seedLead, phone_number: '12345' })).toEqual(['phone_number']);
    expect(fields({ ...seedLead, phone_number: '12345678901234567' })).toEqual(['phone_number']);
    const [issue] = problems({ ...seedLead, phone_number: '+1 727 555 1212' });
    expect(issue?.message).toBe(
      'phone_number: must be 6-16 digits with no spaces or punctuation; put the country code in phone_code.',
    );
  });

  test('a phone number given as a number is refused (leading zeros would be lost)', () => {
    expect(problems({ ...seedLead, phone_number: 1234567893 })).toEqual([
      { field: 'phone_number', message: 'phone_number: must be text.' },
    ]);
  });

  test('list_id: 2-14 digits on Elision, 3-12 on stock VICIdial', () => {
    expect(fields({ ...seedLead, list_id: '11' })).toEqual([]);
    expect(fields({ ...seedLead, list_id: '12345678901234' })).toEqual([]);
    expect(fields({ ...seedLead, list_id: '1' })).toEqual(['list_id']);
    expect(fields({ ...seedLead, list_id: '11' }, 'vicidial')).toEqual(['list_id']);
    expect(fields({ ...seedLead, list_id: '101' }, 'vicidial')).toEqual([]);
    expect(fields({ ...seedLead, list_id: '1234567890123' }, 'vicidial')).toEqual(['list_id']);
  });

  test('an empty optional field is fine (an empty CSV cell stores as empty)', () => {
    expect(
      fields({ ...seedLead, first_name: '', comments: '', gender: '', phone_code: '' }),
    ).toEqual([]);
  });

  test('fields the dialer does not know are refused rather than dropped', () => {
    expect(problems({ ...seedLead, favourite_colour: 'blue' })).toEqual([
      {
        field: 'favourite_colour',
        message: 'favourite_colour: not a lead field the dialer knows; it would be dropped.',
      },
    ]);
  });

  test.each([
    ['first_name', 'José', '"é"'],
    ['last_name', 'Smith+Jones', '"+"'],
    ['address1', 'Apt #4', '"#"'],
    ['comments', 'call; then email', '";"'],
    ['comments', 'say "hi"', '"""'],
    ['email', 'a+b@example.com', '"+"'],
  ])('%s %j: the dialer would change it, so it is refused', (field, value, shown) => {
    const [issue] = problems({ ...seedLead, [field]: value });
    expect(issue?.field).toBe(field);
    expect(issue?.message).toContain(`remove ${shown}.`);
  });

  test("what the dialer keeps passes: O'Reilly, Unicode comments, 255-character comments", () => {
    expect(fields({ ...seedLead, last_name: "O'Reilly", comments: 'Café ☕ client' })).toEqual([]);
    expect(fields({ ...seedLead, comments: 'x'.repeat(255) })).toEqual([]);
    expect(fields({ ...seedLead, comments: 'x'.repeat(256) })).toEqual(['comments']);
  });

  test.each([
    ['first_name', 31],
    ['middle_initial', 2],
    ['state', 3],
    ['postal_code', 11],
    ['country_code', 4],
    ['alt_phone', 13],
    ['email', 71],
    ['vendor_lead_code', 21],
    ['title', 5],
  ])('%s longer than %i characters is refused (it would be cut)', (field, length) => {
    expect(fields({ ...seedLead, [field]: 'a'.repeat(length) })).toEqual([field]);
    expect(fields({ ...seedLead, [field]: 'a'.repeat(length - 1) })).toEqual([]);
  });

  test('patterned fields: phone_code, gender, date_of_birth, rank', () => {
    expect(
      fields({
        ...seedLead,
        phone_code: '44',
        gender: 'F',
        date_of_birth: '1980-02-29',
        rank: '5',
      }),
    ).toEqual([]);
    expect(fields({ ...seedLead, phone_code: '+44' })).toEqual(['phone_code']);
    expect(fields({ ...seedLead, phone_code: '12345' })).toEqual(['phone_code']);
    expect(fields({ ...seedLead, gender: 'm' })).toEqual(['gender']);
    expect(fields({ ...seedLead, date_of_birth: '29/02/1980' })).toEqual(['date_of_birth']);
    expect(fields({ ...seedLead, rank: '123456' })).toEqual(['rank']);
  });

  test('a lead that is not an object is refused', () => {
    expect(problems('1234567893')).toEqual([
      { field: 'request', message: 'lead: expected an object of fields.' },
    ]);
  });
});
