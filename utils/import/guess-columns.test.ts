import { describe, expect, it } from 'vitest';
import { guessColumns, normaliseHeader } from './guess-columns';

describe('guessColumns for leads', () => {
  it('maps a Salesforce contact export', () => {
    const headers = [
      'Contact ID',
      'Salutation',
      'First Name',
      'Last Name',
      'Title',
      'Mailing Street',
      'Mailing City',
      'Mailing State/Province',
      'Mailing Zip/Postal Code',
      'Phone',
      'Mobile',
      'Email',
      'Lead Source',
      'Description',
      'Birthdate',
    ];
    expect(guessColumns(headers, 'leads')).toEqual([
      'vendor_lead_code',
      'title',
      'first_name',
      'last_name',
      '',
      'address1',
      'city',
      'state',
      'postal_code',
      'phone_number',
      'alt_phone',
      'email',
      'source_id',
      'comments',
      'date_of_birth',
    ]);
  });

  it('maps a HubSpot export, whose phone column says "Phone Number"', () => {
    const headers = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'City'];
    expect(guessColumns(headers, 'leads')).toEqual([
      'vendor_lead_code',
      'first_name',
      'last_name',
      'email',
      'phone_number',
      'city',
    ]);
  });

  it('maps Zoho headers and lets a Mobile column be the phone when there is no other', () => {
    const headers = ['Lead Id', 'Full Name', 'E-mail', 'Mobile Phone', 'Zip', 'Lead Owner'];
    expect(guessColumns(headers, 'leads')).toEqual([
      'vendor_lead_code',
      'full_name',
      'email',
      'phone_number',
      'postal_code',
      'owner',
    ]);
  });

  it('prefers an exact phone header over a column that only mentions a phone', () => {
    expect(guessColumns(['Phone type', 'Phone'], 'leads')).toEqual(['alt_phone', 'phone_number']);
  });

  it('does not guess a full name next to first and last name columns', () => {
    expect(guessColumns(['Name', 'First Name', 'Last Name'], 'leads')).toEqual([
      '',
      'first_name',
      'last_name',
    ]);
  });

  it('leaves unknown columns unmapped and never maps one field twice', () => {
    expect(guessColumns(['Email', 'Email', 'Favourite colour'], 'leads')).toEqual([
      'email',
      '',
      '',
    ]);
  });
});

describe('guessColumns for users', () => {
  it('maps a CRM user export to the seed user fields', () => {
    const headers = [
      'Username',
      'Password',
      'User Level',
      'Full Name',
      'User Group',
      'Phone Login',
      'Phone Password',
      'Voicemail ID',
      'Email',
      'Active',
    ];
    expect(guessColumns(headers, 'users')).toEqual([
      'agent_user',
      'agent_pass',
      'agent_user_level',
      'agent_full_name',
      'agent_user_group',
      'phone_login',
      'phone_pass',
      'voicemail_id',
      'email',
      'active',
    ]);
  });
});

it('normaliseHeader drops a byte order mark, case and punctuation', () => {
  expect(normaliseHeader('\uFEFFMailing Zip/Postal-Code ')).toBe('mailing zip postal code');
});
