import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleElisionApi } from './elision-api';
import { createDialerState } from './state';

const KNOWN_KEYS = [
  'function',
  'source',
  'user',
  'pass',
  'agent_user',
  'agent_pass',
  'agent_user_level',
  'agent_full_name',
  'agent_user_group',
  'phone_login',
  'phone_pass',
  'voicemail_id',
  'email',
  'active',
  'list_id',
  'list_name',
  'campaign_id',
  'multi_leads',
];

/** Mostly valid credentials and function names, so runs reach each function's own rules. */
const credentials = fc.record(
  {
    source: fc.constantFrom('test', 'x', ''),
    user: fc.constantFrom('api', 'api8', 'apinomod', 'apiro', 'apilimited', '1000', 'nobody'),
    pass: fc.constantFrom('1234', 'wrong'),
    function: fc.constantFrom(
      'add_user',
      'update_user',
      'add_list',
      'active_lists',
      'add_multi_lead',
      'nope',
    ),
  },
  { requiredKeys: [] },
);

const leadValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.object(),
);
const multiLeads = fc.oneof(
  fc.json(),
  fc
    .array(
      fc.record({ phone_number: leadValue, list_id: fc.oneof(leadValue, fc.constant('1101')) }),
    )
    .map((leads) => JSON.stringify(leads)),
);

const anyParams = fc
  .tuple(
    credentials,
    fc.dictionary(
      fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string()),
      fc.string({ unit: 'grapheme' }),
    ),
    fc.option(multiLeads, { nil: undefined }),
  )
  .map(([creds, extra, leads]) => {
    const params = new URLSearchParams(extra);
    for (const [key, value] of Object.entries(creds)) params.set(key, value);
    if (leads !== undefined) params.set('multi_leads', leads);
    return params;
  });

describe('handleElisionApi on arbitrary input', () => {
  it('always answers HTTP 200 with a non-empty body and never throws', () => {
    const state = createDialerState();
    fc.assert(
      fc.property(anyParams, (params) => {
        const reply = handleElisionApi(state, params);
        expect(reply.status).toBe(200);
        expect(reply.body.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps lead ids unique and the state JSON-serialisable whatever it is sent', () => {
    const state = createDialerState();
    fc.assert(
      fc.property(anyParams, (params) => {
        handleElisionApi(state, params);
      }),
      { numRuns: 500 },
    );
    const ids = state.leads.map((lead) => lead.lead_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => JSON.stringify(state)).not.toThrow();
  });
});
