import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DIALER_FUNCTIONS, FAILURE_KINDS, parseDialerReply } from './index';
import { SEED_REPLIES } from './testing/seed-replies';

const fnArb = fc.constantFrom(...DIALER_FUNCTIONS);
const statusArb = fc.oneof(
  fc.constantFrom(0, 200, 201, 204, 301, 400, 401, 403, 404, 408, 414, 429, 500, 502, 503, 504),
  fc.integer(),
  fc.double(),
);

/** Bodies that look like dialer replies, so the property explores deep paths too. */
const replyishBody = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.constantFrom(...SEED_REPLIES.map((r) => r.body)),
  fc
    .tuple(fc.constantFrom(...SEED_REPLIES.map((r) => r.body)), fc.nat(), fc.nat())
    .map(([body, a, b]) =>
      body.slice(Math.min(a, b) % (body.length + 1), Math.max(a, b) % (body.length + 1)),
    ),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('SUCCESS', 'ERROR', 'NOTICE', 'VERSION', 'junk'),
        fc.string(),
        fc.constantFrom(' - ', ': |', ':|', ' '),
        fc.array(fc.string(), { maxLength: 6 }),
      ),
      { maxLength: 5 },
    )
    .map((lines) => lines.map(([k, r, s, d]) => `${k}: ${r}${s}${d.join('|')}`).join('\n')),
  fc
    .dictionary(fc.oneof(fc.constant('lead 1'), fc.string()), fc.jsonValue())
    .map((v) => JSON.stringify(v)),
);

describe('parseDialerReply properties', () => {
  test('any body and any status give a result, never an exception', () => {
    fc.assert(
      fc.property(fnArb, replyishBody, statusArb, (fn, body, status) => {
        const result = parseDialerReply(fn, body, status);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          expect(Array.isArray(result.notices)).toBe(true);
          expect(typeof result.raw).toBe('string');
        } else {
          expect(FAILURE_KINDS).toContain(result.kind);
          expect(result.message.length).toBeGreaterThan(0);
          expect(typeof result.retryable).toBe('boolean');
          expect(typeof result.maybeApplied).toBe('boolean');
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('values that are not strings or numbers do not throw either', () => {
    fc.assert(
      fc.property(fnArb, fc.anything(), fc.anything(), (fn, body, status) => {
        const result = parseDialerReply(fn, body as string, status as number);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  test('a password in a login error is never in the result', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9_-]{4,20}$/), fnArb, (pass, fn) => {
        const result = parseDialerReply(
          fn,
          `ERROR: Login incorrect, please try again: |api|${pass}|BAD|`,
          200,
        );
        expect(result.ok).toBe(false);
        expect(JSON.stringify(result)).not.toContain(`|${pass}|`);
      }),
    );
  });

  test('any complete lead map gives one entry per lead, at the right position', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (outcomes) => {
        const map = Object.fromEntries(
          outcomes.map((ok, i) => [
            `lead ${i + 1}`,
            {
              success: ok,
              message: ok ? 'Record(s) Created' : 'Invalid phone number',
              data: `${i}| 11|${i + 100}||NEW|`,
            },
          ]),
        );
        const result = parseDialerReply('add_multi_lead', JSON.stringify(map), 200);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.leads.map((l) => [l.position, l.ok])).toEqual(
          outcomes.map((ok, i) => [i, ok]),
        );
      }),
    );
  });
});
