import * as z from 'zod/mini';
import type { DialerBackend } from './dialer-types';
import { CHARSETS, type TextRule, textCheck } from './field-rules';
import { textField, type Validated, validateRequest } from './request-schemas';

/**
 * One lead, as add_multi_lead (Elision) and add_lead (stock VICIdial) take it. The seed only
 * requires `phone_number` and `list_id`; the other fields are `vicidial_list` columns with the
 * sizes and kept characters of stock add_lead.
 *
 * Choices where the seed is silent:
 * - An optional field may be the empty string: a CSV's empty cell stores as empty, nothing is
 *   lost. Leave a field out or send '' — both store nothing.
 * - Unknown fields are refused: the dialer would drop them without a word.
 * - `phone_number` must already be digits only (6-16), the country code apart in `phone_code`:
 *   the dialer deletes everything else and never splits a country code off.
 * - `list_id` is 2-14 digits (the seed's add_list rule); stock VICIdial's add_lead wants 3-12
 *   and files leads with any other id under list 999, so the vicidial back end checks that.
 */

const rule = (max: number, chars: TextRule['chars']): TextRule => ({ min: 0, max, chars });
const pattern = (regex: RegExp, text: string): TextRule => ({
  min: 0,
  max: 0,
  pattern: { regex, rule: text },
});

export const LEAD_FIELD_RULES = {
  phone_code: pattern(
    /^(\d{1,4})?$/,
    'must be the country calling code, 1-4 digits (e.g. 1 or 44)',
  ),
  vendor_lead_code: rule(20, CHARSETS.leadFree),
  source_id: rule(50, CHARSETS.leadFree),
  title: rule(4, CHARSETS.leadName),
  first_name: rule(30, CHARSETS.leadName),
  middle_initial: rule(1, CHARSETS.id),
  last_name: rule(30, CHARSETS.leadName),
  address1: rule(100, CHARSETS.leadAddress),
  address2: rule(100, CHARSETS.leadAddress),
  address3: rule(100, CHARSETS.leadAddress),
  city: rule(50, CHARSETS.leadAddress),
  state: rule(2, CHARSETS.leadState),
  province: rule(50, CHARSETS.leadProvince),
  postal_code: rule(10, CHARSETS.leadPostal),
  country_code: rule(3, CHARSETS.id),
  gender: pattern(/^[MFU]?$/, 'must be M, F or U (uppercase)'),
  date_of_birth: pattern(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date written YYYY-MM-DD'),
  alt_phone: rule(12, CHARSETS.leadName),
  email: rule(70, CHARSETS.leadEmail),
  security_phrase: rule(100, CHARSETS.leadAddress),
  comments: rule(255, CHARSETS.leadFree),
  owner: rule(20, CHARSETS.leadAddress),
  rank: pattern(/^(\d{1,5})?$/, 'must be 1-5 digits'),
} as const satisfies Record<string, TextRule>;

export type LeadOptionalField = keyof typeof LEAD_FIELD_RULES;

const PHONE_RULE: TextRule = {
  min: 6,
  max: 16,
  pattern: {
    regex: /^\d{6,16}$/,
    rule: 'must be 6-16 digits with no spaces or punctuation; put the country code in phone_code',
  },
};

const LIST_ID_RULES: Record<DialerBackend, TextRule> = {
  elision: { min: 2, max: 14, pattern: { regex: /^\d{2,14}$/, rule: 'must be 2-14 digits' } },
  vicidial: {
    min: 3,
    max: 12,
    pattern: {
      regex: /^\d{3,12}$/,
      rule: 'must be 3-12 digits (stock VICIdial files other ids under list 999)',
    },
  },
};

function buildLeadSchema(backend: DialerBackend) {
  const optionalFields = Object.fromEntries(
    Object.entries(LEAD_FIELD_RULES).map(([field, fieldRule]) => [
      field,
      z.optional(textField(field, fieldRule)),
    ]),
  ) as { [K in LeadOptionalField]: z.ZodMiniOptional<ReturnType<typeof textField>> };
  return z.strictObject(
    {
      phone_number: textField('phone_number', PHONE_RULE),
      list_id: textField('list_id', LIST_ID_RULES[backend]),
      ...optionalFields,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')}: not a lead field the dialer knows; it would be dropped.`
          : 'lead: expected an object of fields.',
    },
  );
}

const LEAD_SCHEMAS = {
  elision: buildLeadSchema('elision'),
  vicidial: buildLeadSchema('vicidial'),
};

export type LeadInput = z.input<(typeof LEAD_SCHEMAS)['elision']>;

type LeadRule = readonly [field: string, rule: TextRule, required: boolean];

/** Every lead field with its rule, in the schema's key order (zod builds its value in it). */
function leadRules(backend: DialerBackend): LeadRule[] {
  return [
    ['phone_number', PHONE_RULE, true],
    ['list_id', LIST_ID_RULES[backend], true],
    ...Object.entries(LEAD_FIELD_RULES).map(
      ([field, fieldRule]): LeadRule => [field, fieldRule, false],
    ),
  ];
}

const LEAD_RULES: Record<DialerBackend, readonly LeadRule[]> = {
  elision: leadRules('elision'),
  vicidial: leadRules('vicidial'),
};

/** Each field's place in the schema's key order, and its rule, by name. */
type RuleIndex = ReadonlyMap<
  string,
  { at: number; passes: (value: string) => boolean; required: boolean }
>;

const ruleIndex = (rules: readonly LeadRule[]): RuleIndex =>
  new Map(
    rules.map(([field, rule, required], at) => [field, { at, passes: textCheck(rule), required }]),
  );

const RULE_INDEX: Record<DialerBackend, RuleIndex> = {
  elision: ruleIndex(LEAD_RULES.elision),
  vicidial: ruleIndex(LEAD_RULES.vicidial),
};

/** Both back ends require the same fields (phone_number and list_id). */
const REQUIRED_COUNT = LEAD_RULES.elision.filter(([, , required]) => required).length;

/**
 * The common case without zod: a plain object whose keys are all lead fields, each a string
 * that passes its rule, phone_number and list_id present. Returns the value the schema would
 * (a new object, the schema's key order), or undefined for anything else, which then goes
 * through the schema so that zod writes the messages. Keys are read as zod reads them
 * (`for...in` for unknown keys, `lead[field]` for values); a key whose value is undefined, which
 * zod keeps in its value, falls back too.
 *
 * It visits the lead's own keys (a CRM row fills a handful of the 25 fields), not every rule:
 * this runs once per lead of an export, 100,000 times for a large one.
 */
export function plainValidLead(lead: unknown, backend: DialerBackend): LeadInput | undefined {
  if (typeof lead !== 'object' || lead === null) return undefined;
  const proto = Object.getPrototypeOf(lead);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const record = lead as Record<string, unknown>;
  const rules = RULE_INDEX[backend];
  let value: Record<string, string> = {};
  let required = 0;
  let keys = 0;
  let last = -1;
  let inOrder = true;
  for (const key in record) {
    const entry = rules.get(key);
    const text = record[key];
    if (!entry || typeof text !== 'string' || !entry.passes(text)) return undefined;
    if (entry.required) required += 1;
    if (entry.at < last) inOrder = false;
    last = entry.at;
    value[key] = text;
    keys += 1;
  }
  if (required !== REQUIRED_COUNT) return undefined;
  // zod reads every field by name, a non-enumerable one too (for...in skips it): a lead with
  // such a property is left to zod. Objects from JSON, CSV or IndexedDB never have one.
  if (Object.getOwnPropertyNames(record).length !== keys) return undefined;
  if (!inOrder) {
    // Rare: the keys came in another order. The value takes the schema's (the JSON sent).
    const ordered: Record<string, string> = {};
    for (const [field] of LEAD_RULES[backend])
      if (field in value) ordered[field] = value[field] as string;
    value = ordered;
  }
  return value as LeadInput;
}

/** The schema alone: the reference validateLead's fast path is tested against. */
export function validateLeadBySchema(lead: unknown, backend: DialerBackend): Validated<LeadInput> {
  return validateRequest(LEAD_SCHEMAS[backend], lead, 'This lead');
}

export function validateLead(lead: unknown, backend: DialerBackend): Validated<LeadInput> {
  const value = plainValidLead(lead, backend);
  return value ? { ok: true, value } : validateLeadBySchema(lead, backend);
}
