import { describe, expect, it } from 'vitest';
import { handleElisionApi } from './elision-api';
import { createDialerState, type DialerState, findList } from './state';
import { handleVicidialApi } from './vicidial-api';

const LIST = {
  function: 'add_list',
  list_id: '3001',
  list_name: 'Spring leads',
  campaign_id: 'TESTCAMP',
};

function text(state: DialerState, query: Record<string, string>): string {
  const params = new URLSearchParams({ source: 'test', user: 'api', pass: '1234', ...query });
  return handleVicidialApi(state, params).body;
}

describe('stock add_list', () => {
  it('adds an inactive list by default and answers with a text line', () => {
    const state = createDialerState();
    expect(text(state, LIST)).toBe('SUCCESS: add_list LIST HAS BEEN ADDED - api|3001|TESTCAMP\n');
    expect(findList(state, '3001')).toEqual({
      list_id: '3001',
      list_name: 'Spring leads',
      campaign_id: 'TESTCAMP',
      active: 'N',
    });
  });

  it('stores active=Y, and N for anything but exactly Y', () => {
    const state = createDialerState();
    text(state, { ...LIST, active: 'Y' });
    text(state, { ...LIST, list_id: '3002', active: 'y' });
    expect(findList(state, '3001')?.active).toBe('Y');
    expect(findList(state, '3002')?.active).toBe('N');
  });

  it('refuses an API user without the modify lists right', () => {
    expect(text(createDialerState(), { ...LIST, user: 'apinomod' })).toBe(
      'ERROR: add_list USER DOES NOT HAVE PERMISSION TO ADD LISTS - apinomod|0\n',
    );
    expect(text(createDialerState(), { ...LIST, user: 'apiro' })).toBe(
      'ERROR: add_list USER DOES NOT HAVE PERMISSION TO ADD LISTS - apiro|0\n',
    );
  });

  it.each([
    ['a 1-digit list id', { list_id: '7' }, '7|Spring leads|TESTCAMP'],
    ['a 15-digit list id', { list_id: '123456789012345' }, '123456789012345|Spring leads|TESTCAMP'],
    ['a list id without digits', { list_id: 'abc' }, '|Spring leads|TESTCAMP'],
    ['a 5-character name', { list_name: 'Short' }, '3001|Short|TESTCAMP'],
    ['a 31-character name', { list_name: 'x'.repeat(31) }, `3001|${'x'.repeat(31)}|TESTCAMP`],
    ['a 9-character campaign', { campaign_id: 'TESTCAMPX' }, '3001|Spring leads|TESTCAMPX'],
    ['nothing', { list_id: '', list_name: '', campaign_id: '' }, '||'],
  ])('refuses %s with the filtered values', (_, change, data) => {
    expect(text(createDialerState(), { ...LIST, ...change })).toBe(
      `ERROR: add_list YOU MUST USE ALL REQUIRED FIELDS - api|${data}\n`,
    );
  });

  it('filters before checking: a name short of 6 characters once filtered is refused', () => {
    expect(text(createDialerState(), { ...LIST, list_name: "O'Br!€n" })).toBe(
      'ERROR: add_list YOU MUST USE ALL REQUIRED FIELDS - api|3001|OBrn|TESTCAMP\n',
    );
    const state = createDialerState();
    expect(text(state, { ...LIST, list_name: "O'Brien & Co list" })).toMatch(/^SUCCESS/);
    expect(findList(state, '3001')?.list_name).toBe('OBrien  Co list');
  });

  it('refuses a campaign that does not exist, matching case', () => {
    expect(text(createDialerState(), { ...LIST, campaign_id: 'testcamp' })).toBe(
      'ERROR: add_list CAMPAIGN DOES NOT EXIST - api|testcamp\n',
    );
  });

  it('refuses a list id that exists, including one Elision added', () => {
    const state = createDialerState();
    expect(text(state, { ...LIST, list_id: '1101' })).toBe(
      'ERROR: add_list LIST ALREADY EXISTS - api|1101\n',
    );
    const elision = new URLSearchParams({ source: 'test', user: 'api', pass: '1234', ...LIST });
    expect(handleElisionApi(state, elision).body).toMatch(/"success":true/);
    expect(text(state, LIST)).toBe('ERROR: add_list LIST ALREADY EXISTS - api|3001\n');
  });
});
