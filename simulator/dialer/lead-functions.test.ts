import { describe, expect, it } from 'vitest';
import { handleElisionApi } from './elision-api';
import { createDialerState, type DialerState } from './state';

type LeadReply = Record<string, { success: boolean; message: string; data: string }>;

function send(state: DialerState, multiLeads: string): string {
  const params = new URLSearchParams({
    source: 'test',
    user: 'api',
    pass: '1234',
    function: 'add_multi_lead',
    multi_leads: multiLeads,
  });
  return handleElisionApi(state, params, { now: Date.UTC(2024, 0, 2) }).body;
}

const addLeads = (state: DialerState, leads: unknown[]) =>
  JSON.parse(send(state, JSON.stringify(leads))) as LeadReply;

const lastLead = (state: DialerState) => state.leads.at(-1);

describe('add_multi_lead phone numbers', () => {
  it.each([
    ['5 digits', '12345', false],
    ['6 digits', '123456', true],
    ['16 digits', '1234567890123456', true],
    ['17 digits', '12345678901234567', false],
  ])('%s: accepted = %s', (_, phone, accepted) => {
    const reply = addLeads(createDialerState(), [{ phone_number: phone, list_id: '1101' }]);
    expect(reply['lead 1']).toMatchObject(
      accepted
        ? { success: true }
        : { success: false, message: 'Invalid phone number', data: phone },
    );
  });

  it('strips everything but digits and does not split off the country code', () => {
    const state = createDialerState();
    const reply = addLeads(state, [{ phone_number: '+91 (987) 654-3210', list_id: '1101' }]);
    expect(reply['lead 1']?.data).toBe('919876543210| 1101|1036||NEW|');
    expect(lastLead(state)).toMatchObject({ phone_number: '919876543210', phone_code: '1' });
  });

  it('keeps the phone_code sent with the lead', () => {
    const state = createDialerState();
    addLeads(state, [{ phone_code: '44', phone_number: '2071234567', list_id: '1101' }]);
    expect(lastLead(state)).toMatchObject({ phone_code: '44', phone_number: '2071234567' });
  });
});

describe('add_multi_lead per-lead results', () => {
  it('numbers results "lead 1".."lead n" in input order and hands out lead ids only to created leads', () => {
    const state = createDialerState();
    const reply = addLeads(state, [
      { phone_number: '9000000001', list_id: '1101' },
      { phone_number: '12', list_id: '1101' },
      { phone_number: '9000000003', list_id: 2018 },
    ]);
    expect(Object.keys(reply)).toEqual(['lead 1', 'lead 2', 'lead 3']);
    expect(reply['lead 1']?.data).toBe('9000000001| 1101|1036||NEW|');
    expect(reply['lead 2']).toEqual({
      success: false,
      message: 'Invalid phone number',
      data: '12',
    });
    expect(reply['lead 3']?.data).toBe('9000000003| 2018|1037||NEW|');
  });

  it('continues lead ids across calls', () => {
    const state = createDialerState();
    addLeads(state, [{ phone_number: '9000000001', list_id: '1101' }]);
    const reply = addLeads(state, [{ phone_number: '9000000002', list_id: '1101' }]);
    expect(reply['lead 1']?.data).toBe('9000000002| 1101|1037||NEW|');
  });

  it.each([
    ['no list_id', { phone_number: '9000000001' }, '9000000001'],
    ['no phone_number', { list_id: '1101' }, ''],
    ['a lead that is not an object', 'just text', ''],
  ])('asks for phone number and list id for %s', (_, lead, data) => {
    expect(addLeads(createDialerState(), [lead])['lead 1']).toEqual({
      success: false,
      message: 'Please send phone number and list id',
      data,
    });
  });

  it('refuses a list that does not exist', () => {
    expect(
      addLeads(createDialerState(), [{ phone_number: '9000000001', list_id: '7777' }])['lead 1'],
    ).toEqual({
      success: false,
      message: '7777 list does not exist',
      data: '9000000001',
    });
  });

  it('adds leads to an inactive list and adds a duplicate twice (no duplicate check)', () => {
    const state = createDialerState();
    const lead = { phone_number: '9000000001', list_id: '9999' };
    addLeads(state, [lead, lead]);
    expect(state.leads.filter((l) => l.phone_number === '9000000001')).toHaveLength(2);
  });

  it('reads a JSON object of leads as PHP reads a decoded assoc array', () => {
    const reply = JSON.parse(
      send(createDialerState(), '{"a":{"phone_number":"9000000001","list_id":"1101"}}'),
    );
    expect(reply).toEqual({
      'lead 1': {
        success: true,
        message: 'Record(s) Created',
        data: '9000000001| 1101|1036||NEW|',
      },
    });
  });
});

describe('add_multi_lead storage', () => {
  it('cuts text fields to their vicidial_list column and removes " \\ ; #', () => {
    const state = createDialerState();
    addLeads(state, [
      {
        phone_number: '9000000001',
        list_id: '1101',
        first_name: 'A'.repeat(40),
        state: 'Gujarat',
        comments: 'call #1; "urgent"',
        last_name: 'José',
      },
    ]);
    expect(lastLead(state)).toMatchObject({
      first_name: 'A'.repeat(30),
      state: 'Gu',
      comments: 'call 1 urgent',
      last_name: 'José',
      status: 'NEW',
      user: 'api',
      entry_date: '2024-01-02T00:00:00.000Z',
    });
  });

  it('casts JSON values as PHP does: numbers to text, true to "1", null and objects to ""', () => {
    const state = createDialerState();
    addLeads(state, [
      {
        phone_number: 9000000001,
        list_id: 1101,
        postal_code: 91,
        vendor_lead_code: true,
        city: null,
        email: {},
      },
    ]);
    expect(lastLead(state)).toMatchObject({
      postal_code: '91',
      vendor_lead_code: '1',
      city: '',
      email: '',
    });
  });
});

describe('add_multi_lead required-field error', () => {
  it.each([
    ['not JSON', 'not json'],
    ['an empty array', '[]'],
    ['a JSON string', '"1101"'],
  ])('answers the JSON array error for multi_leads that is %s, echoing it', (_, raw) => {
    expect(JSON.parse(send(createDialerState(), raw))).toEqual([
      'ERROR',
      'add_multi_lead YOU MUST USE ALL REQUIRED FIELDS',
      'api',
      raw,
    ]);
  });

  it('escapes "/" and non-ASCII the way PHP json_encode does', () => {
    expect(send(createDialerState(), 'a/b é')).toBe(
      '["ERROR","add_multi_lead YOU MUST USE ALL REQUIRED FIELDS","api","a\\/b \\u00e9"]',
    );
  });
});
