import { describe, expect, it } from 'vitest';
import { LOCK_MS, MAX_FAILED_LOGINS } from './auth';
import { handleElisionApi } from './elision-api';
import { createDialerState, type DialerState } from './state';

const T0 = Date.UTC(2024, 0, 1);

function call(state: DialerState, query: Record<string, string>, now = T0): string {
  const params = new URLSearchParams({
    source: 'test',
    user: 'api',
    pass: '1234',
    function: 'active_lists',
    ...query,
  });
  return handleElisionApi(state, params, { now }).body;
}

const OK = /^\{"success":true/;

describe('login', () => {
  it('locks the account after 10 failed logins, even for the right password, for 15 minutes', () => {
    const state = createDialerState();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect(call(state, { pass: 'wrong' }, T0 + i)).toBe(
        'ERROR: Login incorrect, please try again: |api|wrong|BAD|\n',
      );
    }
    expect(call(state, {}, T0 + 1000)).toBe(
      'ERROR: Login incorrect, please try again: |api|1234|LOCK|\n',
    );
    expect(call(state, {}, T0 + 9 + LOCK_MS - 1)).toMatch(/\|LOCK\|\n$/);
    expect(call(state, {}, T0 + 9 + LOCK_MS)).toMatch(OK);
  });

  it('forgets failed logins after a successful one', () => {
    const state = createDialerState();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) call(state, { pass: 'wrong' });
    expect(call(state, {})).toMatch(OK);
    call(state, { pass: 'wrong' });
    expect(call(state, {})).toMatch(OK);
  });

  it.each([
    ['an unknown user', { user: 'nobody' }, '|nobody|1234|BAD|'],
    ['a 1-character password', { pass: '1' }, '|api|1|BAD|'],
    ['no credentials at all', { user: '', pass: '' }, '|||BAD|'],
  ])('refuses %s', (_, query, tail) => {
    expect(call(createDialerState(), query)).toBe(
      `ERROR: Login incorrect, please try again: ${tail}\n`,
    );
  });

  it('keeps the last value of a repeated parameter, as PHP does', () => {
    const params = new URLSearchParams(
      'source=test&user=api&pass=wrong&pass=1234&function=active_lists',
    );
    expect(handleElisionApi(createDialerState(), params).body).toMatch(OK);
  });
});

describe('source and function checks', () => {
  it('answers a missing source with two Invalid Source lines', () => {
    const params = new URLSearchParams('user=api&pass=1234&function=active_lists');
    expect(handleElisionApi(createDialerState(), params).body).toBe(
      'ERROR: Invalid Source - \nERROR: Invalid Source: ||\n',
    );
  });

  it('accepts a 2-character source and, like real servers, a 21-character one', () => {
    expect(call(createDialerState(), { source: 'ab' })).toMatch(OK);
    expect(call(createDialerState(), { source: 's'.repeat(21) })).toMatch(OK);
  });

  it('checks the login before the source', () => {
    expect(call(createDialerState(), { pass: 'wrong', source: '' })).toMatch(
      /^ERROR: Login incorrect/,
    );
  });

  it('answers an unknown function before looking at the source', () => {
    expect(call(createDialerState(), { function: 'version', source: '' })).toBe(
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |api|version|\n',
    );
  });

  it.each(['', 'constructor', '__proto__', 'toString'])('treats function "%s" as unknown', (fn) => {
    expect(call(createDialerState(), { function: fn })).toBe(
      `ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |api|${fn}|\n`,
    );
  });

  it("refuses a function outside the API user's allowed functions, after the source check", () => {
    const state = createDialerState();
    const as = { user: 'apilimited' };
    expect(call(state, { ...as, function: 'add_user' })).toBe(
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |apilimited|add_user|\n',
    );
    expect(call(state, { ...as, function: 'add_user', source: 'x' })).toMatch(
      /^ERROR: Invalid Source/,
    );
    expect(call(state, as)).toMatch(OK);
  });

  it('refuses every function to the agent user 1000, which has no API access', () => {
    expect(call(createDialerState(), { user: '1000' })).toBe(
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |1000|active_lists|\n',
    );
  });
});
