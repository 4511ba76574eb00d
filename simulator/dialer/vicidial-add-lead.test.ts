import { describe, expect, it } from 'vitest';
import { createDialerState, type DialerState } from './state';
import { handleVicidialApi } from './vicidial-api';
import { leadGmtOffset } from './vicidial-clock';

const WINTER = Date.UTC(2024, 0, 15, 12);
const SUMMER = Date.UTC(2024, 6, 15, 12);
const DAY = 86_400_000;

const LEAD = {
  function: 'add_lead',
  phone_number: '4155550134',
  phone_code: '1',
  list_id: '1101',
  first_name: 'Ada',
  last_name: 'Lovelace',
};

function text(state: DialerState, query: Record<string, string>, now = WINTER): string {
  const params = new URLSearchParams({ source: 'test', user: 'api', pass: '1234', ...query });
  return handleVicidialApi(state, params, { now }).body;
}
const lastLead = (state: DialerState) => state.leads.at(-1);

describe('stock add_lead', () => {
  it('adds one lead and answers phone, list, lead id, gmt offset and API user', () => {
    const state = createDialerState();
    expect(text(state, LEAD)).toBe(
      'SUCCESS: add_lead LEAD HAS BEEN ADDED - 4155550134|1101|1036|-5.00|api\n',
    );
    expect(lastLead(state)).toMatchObject({
      lead_id: 1036,
      list_id: '1101',
      phone_code: '1',
      phone_number: '4155550134',
      first_name: 'Ada',
      last_name: 'Lovelace',
      status: 'NEW',
      user: 'api',
      gender: 'U',
      rank: '0',
      entry_date: new Date(WINTER).toISOString(),
    });
    expect(text(state, { ...LEAD, phone_number: '4155550135' })).toMatch(/\|1101\|1037\|/);
  });

  it('reports the gmt offset of the phone code: plain number in summer, empty when unknown', () => {
    expect(text(createDialerState(), LEAD, SUMMER)).toMatch(/\|1036\|-4\|api\n$/);
    expect(text(createDialerState(), { ...LEAD, phone_code: '91' })).toMatch(/\|1036\|5\.50\|api/);
    expect(text(createDialerState(), { ...LEAD, phone_code: '999' })).toMatch(/\|1036\|\|api\n$/);
    expect(leadGmtOffset('61', WINTER)).toBe('11');
    expect(leadGmtOffset('44', SUMMER)).toBe('1');
  });

  it('keeps only digits (and pipes) of the phone number; phone_code defaults to 1', () => {
    const state = createDialerState();
    const { phone_code: _, ...noCode } = LEAD;
    expect(text(state, { ...noCode, phone_number: '(415) 555-0134' })).toMatch(
      /^SUCCESS: add_lead LEAD HAS BEEN ADDED - 4155550134\|/,
    );
    expect(lastLead(state)?.phone_code).toBe('1');
  });

  it.each([
    ['5 digits', '41555', '41555'],
    ['17 digits', '12345678901234567', '12345678901234567'],
    ['no digits', 'call me', ''],
  ])('refuses a phone number of %s', (_, phone, echoed) => {
    const state = createDialerState();
    expect(text(state, { ...LEAD, phone_number: phone })).toBe(
      `ERROR: add_lead INVALID PHONE NUMBER LENGTH - ${echoed}|api\n`,
    );
    expect(state.leads).toHaveLength(3);
  });

  it('accepts 6 and 16 digits', () => {
    expect(text(createDialerState(), { ...LEAD, phone_number: '123456' })).toMatch(/^SUCCESS/);
    expect(text(createDialerState(), { ...LEAD, phone_number: '1'.repeat(16) })).toMatch(
      /^SUCCESS/,
    );
  });

  it('adds a lead to a list that does not exist, as the real script does', () => {
    const state = createDialerState();
    expect(text(state, { ...LEAD, list_id: '424242' })).toMatch(
      /^SUCCESS: add_lead LEAD HAS BEEN ADDED - 4155550134\|424242\|1036\|/,
    );
  });

  it('puts a lead with a list id of fewer than 3 digits in list 999', () => {
    for (const list_id of ['', '12', 'ab']) {
      const state = createDialerState();
      expect(text(state, { ...LEAD, list_id })).toMatch(/- 4155550134\|999\|1036\|/);
      expect(lastLead(state)?.list_id).toBe('999');
    }
  });

  it('refuses a list that does not exist when list_exists_check=Y is sent', () => {
    const state = createDialerState();
    expect(text(state, { ...LEAD, list_id: '424242', list_exists_check: 'Y' })).toBe(
      'ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - 4155550134|424242\n',
    );
    expect(text(state, { ...LEAD, list_exists_check: 'Y' })).toMatch(/^SUCCESS/);
  });

  it('refuses an API user without the modify leads right, in the colon form', () => {
    for (const user of ['apinomod', 'apiro']) {
      expect(text(createDialerState(), { ...LEAD, user })).toBe(
        `ERROR: add_lead USER DOES NOT HAVE PERMISSION TO ADD LEADS TO THE SYSTEM: |${user}|0|\n`,
      );
    }
  });

  it('adds the same lead twice unless a duplicate check is asked for', () => {
    const state = createDialerState();
    text(state, LEAD);
    expect(text(state, LEAD)).toMatch(/^SUCCESS.*\|1037\|/);
    expect(text(state, { ...LEAD, duplicate_check: 'DUPLIST' })).toBe(
      'ERROR: add_lead DUPLICATE PHONE NUMBER IN LIST - 4155550134|1101|1036\n',
    );
  });

  it('checks duplicates in the campaign lists and in the whole system', () => {
    const state = createDialerState(); // seed lead 1033 (9876543210) is in list 1101, campaign NIKHIL
    const seeded = { ...LEAD, phone_number: '9876543210' };
    expect(text(state, { ...seeded, list_id: '26042018', duplicate_check: 'DUPLIST' })).toMatch(
      /^SUCCESS/,
    );
    expect(text(state, { ...seeded, list_id: '6547', duplicate_check: 'DUPCAMP' })).toMatch(
      /^SUCCESS/,
    );
    expect(text(state, { ...seeded, list_id: '26042018', duplicate_check: 'DUPCAMP' })).toBe(
      'ERROR: add_lead DUPLICATE PHONE NUMBER IN CAMPAIGN LISTS - 9876543210|26042018|1033|1101\n',
    );
    expect(text(state, { ...seeded, list_id: '2018', duplicate_check: 'DUPSYS' })).toBe(
      'ERROR: add_lead DUPLICATE PHONE NUMBER IN SYSTEM - 9876543210|2018|1033|1101\n',
    );
  });

  it('limits a duplicate check to recent leads with a day suffix', () => {
    const state = createDialerState();
    text(state, LEAD, WINTER);
    const check = { ...LEAD, duplicate_check: 'DUPLIST7DAY' };
    expect(text(state, check, WINTER + 6 * DAY)).toMatch(/^ERROR: add_lead DUPLICATE/);
    expect(text(state, check, WINTER + 8 * DAY)).toMatch(/^SUCCESS/);
  });

  it('stores fields as the server does: filtered characters, cut to the column', () => {
    const state = createDialerState();
    text(state, {
      ...LEAD,
      first_name: 'José "JJ" O\'Brien;#',
      last_name: 'x'.repeat(40),
      state: 'California',
      vendor_lead_code: 'V-1',
    });
    expect(lastLead(state)).toMatchObject({
      first_name: "José JJ O'Brien",
      last_name: 'x'.repeat(30),
      state: 'Ca',
      vendor_lead_code: 'V-1',
    });
  });
});
