import { describe, expect, test } from 'vitest';
import { parseDialerReply } from './index';
import { SEED_REPLIES } from './testing/seed-replies';

/** Every reply the seed document prints, verbatim, as a recorded reply. */
describe('every documented reply of the seed', () => {
  test.each(SEED_REPLIES.map((reply) => [reply.fn, reply.body, reply] as const))(
    '%s: %s',
    (fn, body, reply) => {
      for (const status of [200]) {
        const result = parseDialerReply(fn, body, status);
        expect(result.ok).toBe(reply.expect.ok);
        if (!result.ok && !reply.expect.ok) {
          expect(result.kind).toBe(reply.expect.kind);
          expect(result.field).toBe(reply.expect.field);
          expect(result.retryable).toBe(false);
          expect(result.maybeApplied).toBe(false);
          expect(result.message.length).toBeGreaterThan(20);
        }
        expect(typeof (result.ok ? result.raw : result.raw)).toBe('string');
      }
    },
  );

  test('add_user SUCCESS: the echoed agent password is masked in value and raw', () => {
    const result = parseDialerReply(
      'add_user',
      'SUCCESS: add_user USER HAS BEEN ADDED - api|10000|9999|1|Testing Person|AGENTS',
      200,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        reason: 'USER HAS BEEN ADDED',
        data: ['api', '10000', '********', '1', 'Testing Person', 'AGENTS'],
      },
      notices: [],
      raw: 'SUCCESS: add_user USER HAS BEEN ADDED - api|10000|********|1|Testing Person|AGENTS',
    });
  });

  test("add_list's permission error: the password in its data never reaches the message or raw", () => {
    const result = parseDialerReply(
      'add_list',
      '{"success":false,"message":"api User does not have permission to add list in the system","data":{"user":"api","password":"1234"}}',
      200,
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('1234');
  });

  test('add_list SUCCESS as printed (with the PDF line break)', () => {
    const result = parseDialerReply(
      'add_list',
      SEED_REPLIES.find((r) => r.fn === 'add_list' && r.expect.ok)?.body ?? '',
      200,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        message: '1101 list created',
        listId: '1101',
        listName: 'Test API list',
        campaignId: 'TESTCAMP',
      },
    });
  });

  test('active_lists as printed: every list recovered, the stray `]}` reported', () => {
    const body = SEED_REPLIES.find((r) => r.fn === 'active_lists')?.body ?? '';
    const result = parseDialerReply('active_lists', body, 200);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lists).toHaveLength(9);
    expect(result.value.unreadable).toEqual([]);
    expect(result.value.complete).toBe(true);
    expect(result.value.lists[2]).toMatchObject({
      campaignId: 'TESTING',
      listId: '20042018',
      listName: '20042018-hardik',
    });
    expect(result.notices).toEqual([
      `Ignored 2 stray character(s) after the dialer's reply ("]}").`,
    ]);
  });

  test('add_multi_lead: the per-lead map, success with its lead id, failure with its field', () => {
    const created = parseDialerReply(
      'add_multi_lead',
      '{"lead 1":{"success":true,"message":"Record(s)\nCreated","data":"1234567893| 1101|1036||NEW|"}}',
      200,
    );
    expect(created).toMatchObject({
      ok: true,
      value: { complete: true, leads: [{ position: 0, ok: true, leadId: '1036' }] },
    });
    const refused = parseDialerReply(
      'add_multi_lead',
      '{"lead 1":{"success":false,"message":"Invalid phone number","data":"1293"}}',
      200,
    );
    expect(refused).toMatchObject({
      ok: true,
      value: {
        leads: [
          {
            position: 0,
            ok: false,
            data: '1293',
            failure: { kind: 'invalid', field: 'phone_number' },
          },
        ],
      },
    });
  });

  test('add_multi_lead: the JSON-array error says the leads did not arrive, and how to fix it', () => {
    const result = parseDialerReply(
      'add_multi_lead',
      '["ERROR","add_multi_lead YOU MUST USE ALL REQUIRED FIELDS","api",""]',
      200,
    );
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      reason: 'YOU MUST USE ALL REQUIRED FIELDS',
    });
    if (!result.ok) expect(result.message).toContain('switch the request method to GET');
  });
});
