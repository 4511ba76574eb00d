import { describe, expect, it } from 'vitest';
import { handleElisionApi } from './elision-api';
import { createDialerState, type DialerState, findList } from './state';

const LIST = { list_id: '5001', list_name: 'Spring leads', campaign_id: 'TESTCAMP' };

function call(state: DialerState, fields: Record<string, string>, as = 'api') {
  const params = new URLSearchParams({ source: 'test', user: as, pass: '1234', ...fields });
  return JSON.parse(handleElisionApi(state, params).body) as {
    success: boolean;
    message: string;
    data: unknown;
  };
}

const addList = (state: DialerState, fields: Record<string, string> = {}, as = 'api') =>
  call(state, { function: 'add_list', ...LIST, ...fields }, as);

const MISSING = 'Please send list id , campaign id and list name';

describe('add_list field rules', () => {
  it.each([
    ['a 1-digit list id', { list_id: '5' }],
    ['a 15-digit list id', { list_id: '1'.repeat(15) }],
    ['a 5-character list name', { list_name: 'Short' }],
    ['a 31-character list name', { list_name: 'n'.repeat(31) }],
    ['a 1-character campaign id', { campaign_id: 'T' }],
    ['a 9-character campaign id', { campaign_id: 'TESTCAMPS' }],
  ])('rejects %s with the "Please send ..." reply', (_, fields) => {
    expect(addList(createDialerState(), fields)).toMatchObject({
      success: false,
      message: MISSING,
    });
  });

  it.each([
    [
      '2-digit id, 6-character name, 8-character campaign',
      { list_id: '50', list_name: 'Sixsix', campaign_id: 'test_plk' },
    ],
    ['14-digit id, 30-character name', { list_id: '1'.repeat(14), list_name: 'n'.repeat(30) }],
  ])('accepts the boundaries: %s', (_, fields) => {
    const state = createDialerState();
    expect(addList(state, fields)).toMatchObject({ success: true });
    expect(findList(state, fields.list_id)).toBeDefined();
  });

  it('strips non-digits from the list id before checking it', () => {
    const state = createDialerState();
    expect(addList(state, { list_id: '50-01' })).toMatchObject({
      success: true,
      message: '5001 list created',
      data: { list_id: '5001' },
    });
  });

  it('matches campaign ids exactly, so a lowercase testcamp does not exist', () => {
    expect(addList(createDialerState(), { campaign_id: 'testcamp' })).toMatchObject({
      success: false,
      message: 'testcamp campaign does not exist',
    });
  });

  it('stores active N by default, Y when asked, and N for anything else', () => {
    const state = createDialerState();
    addList(state);
    addList(state, { list_id: '5002', active: 'Y' });
    addList(state, { list_id: '5003', active: 'yes' });
    expect(['5001', '5002', '5003'].map((id) => findList(state, id)?.active)).toEqual([
      'N',
      'Y',
      'N',
    ]);
  });

  it('stores the list name with disallowed characters removed', () => {
    const state = createDialerState();
    addList(state, { list_name: "Spring's leads!" });
    expect(findList(state, '5001')?.list_name).toBe('Springs leads');
  });

  it.each(['apinomod', 'apiro'])('refuses %s, echoing its user and password', (as) => {
    expect(addList(createDialerState(), {}, as)).toEqual({
      success: false,
      message: `${as} User does not have permission to add list in the system`,
      data: { user: as, password: '1234' },
    });
  });

  it('lets a level-8 API user with "modify lists" add a list', () => {
    expect(addList(createDialerState(), {}, 'api8')).toMatchObject({ success: true });
  });
});

describe('active_lists', () => {
  it('lists a new active list as <campaign>-<list>-<name> at the end, and leaves inactive ones out', () => {
    const state = createDialerState();
    addList(state, { active: 'Y' });
    addList(state, { list_id: '5002', active: 'N' });
    const { data } = call(state, { function: 'active_lists' });
    expect(data).toContain('TESTCAMP-5001-Spring leads');
    expect((data as string[]).at(-1)).toBe('TESTCAMP-5001-Spring leads');
    expect(data).not.toContain('TESTCAMP-5002-Spring leads');
    expect(data).not.toContain('TESTCAMP-9999-Old inactive list');
  });

  it('answers success with an empty array when no list is active', () => {
    const state = createDialerState();
    for (const list of state.lists) list.active = 'N';
    expect(call(state, { function: 'active_lists' })).toEqual({
      success: true,
      message: 'lists are listed successfully',
      data: [],
    });
  });

  it('is open to a read-only API user (level 7, no modify rights)', () => {
    expect(call(createDialerState(), { function: 'active_lists' }, 'apiro')).toMatchObject({
      success: true,
    });
  });
});
