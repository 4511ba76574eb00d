import { describe, expect, test } from 'vitest';
import { parseDialerReply } from './index';

/**
 * Replies of stock VICIdial's non_agent_api.php (its NON-AGENT_API.txt examples) and of the
 * probed servers (dialer-api-reality.md), recorded verbatim.
 */
describe('stock VICIdial and probed replies', () => {
  test.each([
    ['add_user', 'ERROR: Login incorrect, please try again: |api|wrong|BAD|', 'auth', undefined],
    [
      'active_lists',
      'ERROR: Login incorrect, please try again: |api|wrong|BAD|',
      'auth',
      undefined,
    ],
    [
      'add_multi_lead',
      'ERROR: Login incorrect, please try again: |api|wrong|LOCK|',
      'auth',
      undefined,
    ],
    ['add_lead', 'ERROR: Too many login attempts, try again in 15 minutes', 'auth', undefined],
    [
      'add_user',
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |api|add_user|',
      'permission',
      undefined,
    ],
    [
      'add_lead',
      'ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - 6666|add_lead',
      'permission',
      undefined,
    ],
    ['add_user', 'ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n', 'invalid', 'source'],
    ['update_user', 'ERROR: update_user NO UPDATES DEFINED - 6666|0', 'invalid', undefined],
    [
      'add_list',
      'ERROR: add_list USER DOES NOT HAVE PERMISSION TO ADD LISTS - 6666|0',
      'permission',
      undefined,
    ],
    [
      'add_list',
      'ERROR: add_list YOU MUST USE ALL REQUIRED FIELDS - 6666|1000||',
      'invalid',
      undefined,
    ],
    [
      'add_list',
      'ERROR: add_list CAMPAIGN DOES NOT EXIST - 6666|TESTCIMP',
      'not_found',
      'campaign_id',
    ],
    ['add_list', 'ERROR: add_list LIST ALREADY EXISTS - 6666|1101', 'exists', 'list_id'],
    [
      'add_lead',
      'ERROR: add_lead INVALID PHONE NUMBER LENGTH - 72755|6666 ',
      'invalid',
      'phone_number',
    ],
    [
      'add_lead',
      'ERROR: add_lead INVALID PHONE NUMBER PREFIX - 72755|6666 ',
      'invalid',
      'phone_number',
    ],
    [
      'add_lead',
      'ERROR: add_lead USER DOES NOT HAVE PERMISSION TO ADD LEADS TO THE SYSTEM - 6666|0 ',
      'permission',
      undefined,
    ],
    [
      'add_lead',
      'ERROR: add_lead NOT AN ALLOWED LIST ID - 7275551212|98762',
      'permission',
      'list_id',
    ],
    [
      'add_lead',
      'ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - 7275551212|12344',
      'not_found',
      'list_id',
    ],
    [
      'add_lead',
      'ERROR: add_lead DUPLICATE PHONE NUMBER IN LIST - 7275551111|101|8765444',
      'exists',
      'phone_number',
    ],
    ['add_user', 'ERROR: add_user SOMETHING NEW AND UNKNOWN - 6666', 'invalid', undefined],
    ['active_lists', 'ERROR: NO FUNCTION SPECIFIED', 'unsupported', undefined],
  ] as const)('%s: %s', (fn, body, kind, field) => {
    const result = parseDialerReply(fn, body, 200);
    expect(result).toMatchObject({ ok: false, kind, retryable: false, maybeApplied: false });
    if (!result.ok) expect(result.field).toBe(field);
  });

  test('a locked account is told apart from a wrong password', () => {
    const locked = parseDialerReply(
      'add_user',
      'ERROR: Login incorrect, please try again: |api|1234|LOCK|',
      200,
    );
    const wrong = parseDialerReply(
      'add_user',
      'ERROR: Login incorrect, please try again: |api|12345|BAD|',
      200,
    );
    expect(!locked.ok && locked.message).toMatch(/locked the API user.*Wait 15 minutes/);
    expect(!wrong.ok && wrong.message).toMatch(
      /refused the API user or password.*Nothing is retried/,
    );
  });

  test('the login error never shows the password it echoes', () => {
    const result = parseDialerReply(
      'add_user',
      'ERROR: Login incorrect, please try again: |api|hunter22|BAD|',
      200,
    );
    expect(JSON.stringify(result)).not.toContain('hunter22');
    expect(!result.ok && result.raw).toBe(
      'ERROR: Login incorrect, please try again: |api|********|BAD|',
    );
  });

  test("an unknown refusal keeps the dialer's words", () => {
    const result = parseDialerReply(
      'add_user',
      'ERROR: add_user SOMETHING NEW AND UNKNOWN - 6666',
      200,
    );
    expect(!result.ok && result.message).toBe(
      'The dialer refused add_user: SOMETHING NEW AND UNKNOWN.',
    );
  });

  test('add_lead SUCCESS in the probed order, with NOTICE lines', () => {
    const body =
      'SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|1101|193715|-5.00|api\nNOTICE: add_lead ADDED TO HOPPER - 7275551111|api|193715|1677922\n';
    expect(parseDialerReply('add_lead', body, 200, { listId: '1101' })).toEqual({
      ok: true,
      value: {
        phoneNumber: '7275551111',
        listId: '1101',
        leadId: '193715',
        gmtOffset: '-5.00',
        data: ['7275551111', '1101', '193715', '-5.00', 'api'],
      },
      notices: ['NOTICE: add_lead ADDED TO HOPPER - 7275551111|api|193715|1677922'],
      raw: body,
    });
  });

  test("add_lead SUCCESS in stock VICIdial's documented order: the sent list id anchors the lead id", () => {
    const result = parseDialerReply(
      'add_lead',
      'SUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4',
      200,
      { listId: '999' },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { listId: '999', leadId: '193715', gmtOffset: '-4' },
    });
  });

  test('stock add_list SUCCESS', () => {
    expect(
      parseDialerReply(
        'add_list',
        'SUCCESS: add_list LIST HAS BEEN ADDED - 6666|1101|TESTCAMP\n',
        200,
      ),
    ).toMatchObject({
      ok: true,
      value: { message: 'LIST HAS BEEN ADDED', listId: '1101', campaignId: 'TESTCAMP' },
    });
  });

  test('version', () => {
    const result = parseDialerReply(
      'version',
      'VERSION: 2.4-34|BUILD: 110424-0854|DATE: 2011-05-29 12:19:22|EPOCH: 1306685962|DST: 1|TZ: -5|TZNOW: -4| \n',
      200,
    );
    expect(result).toMatchObject({ ok: true, value: { version: '2.4-34', build: '110424-0854' } });
  });

  test('a SUCCESS line wins over an ERROR line in the same reply (the work was done)', () => {
    const result = parseDialerReply(
      'update_user',
      'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000\nERROR: update_user SOMETHING - api\n',
      200,
    );
    expect(result).toMatchObject({ ok: true, notices: ['ERROR: update_user SOMETHING - api'] });
  });

  test('a SUCCESS for another function is not a success for this one', () => {
    expect(
      parseDialerReply('add_user', 'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000', 200),
    ).toMatchObject({
      ok: false,
      kind: 'malformed',
      maybeApplied: true,
    });
  });
});
