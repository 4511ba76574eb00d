import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DialerBackend } from './dialer-types';
import type { CharSet, TextRule } from './field-rules';
import {
  LEAD_FIELD_RULES,
  type LeadOptionalField,
  plainValidLead,
  validateLead,
  validateLeadBySchema,
} from './lead-schema';

/**
 * validateLead answers plain, valid leads without zod (plainValidLead) and sends everything
 * else through the schema. Whatever the input, its answer is the schema's answer: the same
 * result, and for a valid lead the same value with its keys in the same order (the order is
 * the JSON sent). And the fast path is not a dead letter: every plain object of strings the
 * schema accepts takes it.
 */

const backendArb = fc.constantFrom<DialerBackend>('elision', 'vicidial');

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
/** Characters outside ASCII: accented, CJK, an emoji (two UTF-16 units), controls. */
const OTHER = ['é', 'ñ', '日', '😀', '\u0000', '\t', '\n', '\u007f', '\u00a0'];
const keptBy = (chars: CharSet) => [...PRINTABLE, ...OTHER].filter((ch) => chars.keeps.test(ch));

const from = (chars: readonly string[], min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
const DIGITS = '0123456789'.split('');

/** Text that mostly passes the field's rule, sometimes only just, sometimes not. */
function goodishText(field: LeadOptionalField): fc.Arbitrary<string> {
  const rule: TextRule = LEAD_FIELD_RULES[field];
  if (rule.chars) {
    const kept = keptBy(rule.chars);
    return fc.oneof(
      { arbitrary: from(kept, 0, rule.max), weight: 50 },
      { arbitrary: from(kept, rule.max, rule.max + 2), weight: 1 },
      { arbitrary: from([...kept, ...PRINTABLE, ...OTHER], 0, rule.max), weight: 1 },
    );
  }
  if (!rule.pattern) throw new Error(`${field}: a rule with neither characters nor a pattern`);
  return fc.oneof(
    { arbitrary: fc.stringMatching(rule.pattern.regex), weight: 50 },
    { arbitrary: from([...DIGITS, '-', 'M', 'F', 'U', 'm', 'x', ' '], 0, 12), weight: 1 },
  );
}

/** Anything a caller might put in a field: mostly text, sometimes not. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom<unknown>(undefined, null, 1234567890, true, ['1234567890'], {}),
  fc
    .string({ unit: fc.constantFrom(...DIGITS), minLength: 6, maxLength: 10 })
    .map((s) => new String(s)),
);

const fieldValue = (text: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: text, weight: 100 }, { arbitrary: anyValue, weight: 1 });

const OPTIONAL_FIELDS = Object.keys(LEAD_FIELD_RULES) as LeadOptionalField[];
const ALL_FIELDS = ['phone_number', 'list_id', ...OPTIONAL_FIELDS];

const fieldsArb = fc.record(
  {
    phone_number: fieldValue(
      fc.oneof({ arbitrary: from(DIGITS, 6, 16), weight: 20 }, from(DIGITS, 4, 18)),
    ),
    list_id: fieldValue(
      fc.oneof({ arbitrary: from(DIGITS, 3, 12), weight: 20 }, from(DIGITS, 1, 15)),
    ),
    ...Object.fromEntries(OPTIONAL_FIELDS.map((field) => [field, fieldValue(goodishText(field))])),
  } as Record<string, fc.Arbitrary<unknown>>,
  { requiredKeys: ['phone_number', 'list_id'] },
);

/** The same fields in any key order (what a CSV's column order gives). */
const plainLeadArb = fc
  .tuple(fieldsArb, fc.shuffledSubarray(ALL_FIELDS, { minLength: ALL_FIELDS.length }))
  .map(([fields, order]) => {
    const lead: Record<string, unknown> = {};
    for (const key of order) if (key in fields) lead[key] = fields[key];
    return lead;
  });

type Lead = Record<string, unknown>;
/** Shapes the fast path must leave to zod (or, for a null prototype, may take). */
const CHANGES: Record<string, (lead: Lead) => unknown> = {
  none: (lead) => lead,
  unknownKey: (lead) => ({ ...lead, phone: '1234567890' }),
  protoKey: (lead) => JSON.parse(JSON.stringify({ ...lead, ['__proto__']: { a: '1' } })),
  noPhone: ({ phone_number: _, ...lead }) => lead,
  noListId: ({ list_id: _, ...lead }) => lead,
  undefinedField: (lead) => ({ ...lead, title: undefined }),
  undefinedPhone: (lead) => ({ ...lead, phone_number: undefined }),
  nullPrototype: (lead) => Object.assign(Object.create(null), lead),
  classInstance: (lead) => Object.assign(new (class Lead {})(), lead),
  hiddenKnownField: (lead) => Object.defineProperty({ ...lead }, 'title', { value: 'Mr' }),
  hiddenUnknownKey: (lead) => Object.defineProperty({ ...lead }, 'phone', { value: '1' }),
  // Counting keys alone would take this: one unknown key seen, one known field not seen.
  hiddenFieldAndUnknownKey: (lead) =>
    Object.defineProperty({ ...lead, phone: '1' }, 'title', { value: 'Mr' }),
  inheritedField: (lead) => Object.assign(Object.create({ title: 'Mr' }), lead),
  symbolKey: (lead) => ({ ...lead, [Symbol('x')]: 'x' }),
  array: (lead) => [lead],
  nothing: () => null,
  text: (lead) => JSON.stringify(lead),
};

const leadishArb = fc
  .tuple(
    plainLeadArb,
    fc.oneof(
      { arbitrary: fc.constant('none'), weight: 10 },
      { arbitrary: fc.constantFrom(...Object.keys(CHANGES)), weight: 4 },
    ),
  )
  .map(([lead, change]) => (CHANGES[change] as (lead: Lead) => unknown)(lead));

const isPlainStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.values(value).every((field) => typeof field === 'string');

describe('validateLead: the fast path and the schema agree', () => {
  test('any input: the same result, a valid value with the same keys in the same order', () => {
    fc.assert(
      fc.property(leadishArb, backendArb, (lead, backend) => {
        const result = validateLead(lead, backend);
        const reference = validateLeadBySchema(lead, backend);
        expect(result).toEqual(reference);
        if (result.ok && reference.ok) {
          expect(Object.keys(result.value)).toEqual(Object.keys(reference.value));
          expect(JSON.stringify(result.value)).toBe(JSON.stringify(reference.value));
        }
      }),
      { numRuns: 4000 },
    );
  });

  test('the fast path takes a lead exactly when the schema accepts it (plain objects of text)', () => {
    fc.assert(
      fc.property(plainLeadArb, backendArb, (lead, backend) => {
        fc.pre(isPlainStringRecord(lead));
        const fast = plainValidLead(lead, backend);
        const reference = validateLeadBySchema(lead, backend);
        expect(fast !== undefined).toBe(reference.ok);
        if (fast && reference.ok) {
          expect(JSON.stringify(fast)).toBe(JSON.stringify(reference.value));
          expect(fast).not.toBe(lead);
        }
      }),
      { numRuns: 4000 },
    );
  });

  test('the generated leads are mostly valid, so the properties test the fast path', () => {
    const sample = fc.sample(plainLeadArb, { numRuns: 1000, seed: 1 });
    const valid = sample.filter((lead) => plainValidLead(lead, 'elision') !== undefined);
    expect(valid.length).toBeGreaterThan(200);
    expect(valid.length).toBeLessThan(900);
  });

  test('every odd shape of input gets the schema answer', () => {
    const lead = { phone_number: '1234567890', list_id: '1101', first_name: 'Mary' };
    for (const [name, change] of Object.entries(CHANGES)) {
      for (const backend of ['elision', 'vicidial'] as const) {
        const input = change(lead);
        const result = validateLead(input, backend);
        const reference = validateLeadBySchema(input, backend);
        expect(result, name).toEqual(reference);
        if (result.ok && reference.ok)
          expect(Object.keys(result.value), name).toEqual(Object.keys(reference.value));
      }
    }
  });

  test('a lead built from a null-prototype object (Object.create(null)) takes the fast path', () => {
    const lead = Object.assign(Object.create(null), {
      phone_number: '1234567890',
      list_id: '1101',
    });
    expect(plainValidLead(lead, 'elision')).toEqual({
      phone_number: '1234567890',
      list_id: '1101',
    });
  });
});
