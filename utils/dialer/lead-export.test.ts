import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LeadInput, LeadRowResult } from './index';
import { json, type RecordedRequest, type Step, text } from './testing/fake-fetch';
import { lead, testClient } from './testing/test-client';

const sentLeads = (request: RecordedRequest | undefined) =>
  JSON.parse(request?.params.get('multi_leads') ?? '[]') as Array<Record<string, string>>;

/** The dialer's per-lead map: every lead of the request created, lead ids from 100. */
function allCreated(request: RecordedRequest): Step {
  const leads = sentLeads(request);
  return json(
    Object.fromEntries(
      leads.map((l, i) => [
        `lead ${i + 1}`,
        {
          success: true,
          message: 'Record(s) Created',
          data: `${l.phone_number}| ${l.list_id}|${100 + i}||NEW|`,
        },
      ]),
    ),
  );
}

const phones = (n: number, start = 7275550000) =>
  Array.from({ length: n }, (_, i) => lead(String(start + i)));

describe('addMultiLead on Elision', () => {
  test('a result for every row: created, refused by the dialer, refused before sending', async () => {
    const { client, requests } = testClient([
      json({
        'lead 1': {
          success: true,
          message: 'Record(s) Created',
          data: '7275551111| 1101|1036||NEW|',
        },
        'lead 2': { success: false, message: 'Invalid phone number', data: '123456' },
        'lead 3': {
          success: true,
          message: 'Record(s) Created',
          data: '7275553333| 1101|1037||NEW|',
        },
      }),
    ]);
    const result = await client.addMultiLead([
      lead('7275551111'),
      lead('123456'),
      lead('+1 727 555'),
      lead('7275553333'),
    ]);
    expect(requests).toHaveLength(1);
    expect(sentLeads(requests[0]).map((l) => l.phone_number)).toEqual([
      '7275551111',
      '123456',
      '7275553333',
    ]);
    expect(result.rows).toEqual([
      { row: 0, status: 'created', leadId: '1036' },
      {
        row: 1,
        status: 'rejected',
        kind: 'invalid',
        field: 'phone_number',
        message: expect.stringContaining('"123456"'),
        retryable: false,
      },
      {
        row: 2,
        status: 'rejected',
        kind: 'invalid',
        field: 'phone_number',
        message: expect.stringContaining('6-16 digits'),
        retryable: false,
      },
      { row: 3, status: 'created', leadId: '1037' },
    ]);
    expect(result).toMatchObject({ created: 2, rejected: 2, unconfirmed: 0, requests: 1 });
  });

  test('batches by encoded request length: no request over the limit, every lead sent exactly once', async () => {
    const { client, requests } = testClient(allCreated, { maxRequestBytes: 1200 });
    // Apostrophes and parentheses: fetch's URL parser would encode them if the client did not.
    const leads = phones(40).map((l, i) => ({
      ...l,
      last_name: "O'Neil",
      comments: `Note (${i}) café ${'☕'.repeat(i % 7)}`,
    }));
    const result = await client.addMultiLead(leads);
    expect(requests.length).toBeGreaterThan(3);
    for (const request of requests) expect(request.size).toBeLessThanOrEqual(1200);
    const sent = requests.flatMap((r) => sentLeads(r).map((l) => l.phone_number));
    expect(sent).toEqual(leads.map((l) => l.phone_number));
    expect(result.created).toBe(40);
    expect(result.largestRequestBytes).toBe(Math.max(...requests.map((r) => r.size)));
  });

  test("the default limit keeps GET requests under Apache's 8,190 bytes", async () => {
    const { client, requests } = testClient(allCreated);
    await client.addMultiLead(
      phones(500).map((l) => ({
        ...l,
        first_name: 'Firstname',
        last_name: 'Lastname',
        city: 'Ahmedabad',
      })),
    );
    expect(Math.max(...requests.map((r) => r.size))).toBeLessThanOrEqual(8000);
    expect(Math.max(...requests.map((r) => r.size))).toBeGreaterThan(7000);
  });

  test('a batch whose reply never arrived is unconfirmed and never resent; later batches go on', async () => {
    const { client, requests } = testClient(
      (request, index) => (index === 1 ? { hang: true } : allCreated(request)),
      { maxLeadsPerBatch: 2 },
    );
    const result = await client.addMultiLead(phones(6));
    expect(requests).toHaveLength(3);
    expect(result.rows.map((r) => r.status)).toEqual([
      'created',
      'created',
      'unconfirmed',
      'unconfirmed',
      'created',
      'created',
    ]);
    const unconfirmed = result.rows[2] as Extract<LeadRowResult, { status: 'unconfirmed' }>;
    expect(unconfirmed.message).toMatch(
      /did not answer within .*Check the dialer before sending this lead again/,
    );
  });

  test.each([
    ['a dropped connection', { error: 'ECONNRESET' }],
    ['a reply cut off while arriving', { cutBody: '{"lead 1":{"success":true' }],
    ['HTTP 500 (a crash, maybe after the work)', { status: 500, body: '' }],
    ['HTTP 502 from a proxy', { status: 502, body: '<html><title>502 Bad Gateway</title></html>' }],
    ['an empty HTTP 200', { body: '' }],
  ] as Array<[string, Step]>)('%s: unconfirmed, not resent', async (_, step) => {
    const { client, requests } = testClient([step]);
    const result = await client.addMultiLead(phones(2));
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ unconfirmed: 2, created: 0 });
  });

  test('failures before sending are retried: connection refused, HTTP 503', async () => {
    const { client, requests } = testClient((request, index) =>
      index === 0
        ? { error: 'ECONNREFUSED' }
        : index === 1
          ? { status: 503, body: '' }
          : allCreated(request),
    );
    expect(await client.addMultiLead(phones(2))).toMatchObject({ created: 2, requests: 3 });
    expect(requests).toHaveLength(3);
  });

  test('a truncated per-lead map: recovered leads created, the rest unconfirmed', async () => {
    const body =
      '{"lead 1":{"success":true,"message":"Record(s) Created","data":"7275550000| 1101|5||NEW|"},"lead 2":{"success":tr';
    const { client, requests } = testClient([{ body }]);
    const result = await client.addMultiLead(phones(3));
    expect(requests).toHaveLength(1);
    expect(result.rows.map((r) => r.status)).toEqual(['created', 'unconfirmed', 'unconfirmed']);
  });

  test('a reply that leaves a lead out: that lead is unconfirmed', async () => {
    const { client } = testClient([
      json({ 'lead 1': { success: true, message: 'ok', data: '1| 1101|9||NEW|' } }),
    ]);
    expect((await client.addMultiLead(phones(2))).rows.map((r) => r.status)).toEqual([
      'created',
      'unconfirmed',
    ]);
  });

  test("HTTP 414 (the server's limit is lower): the batch is split and resent, nothing lost", async () => {
    const { client, requests } = testClient((request) =>
      request.size > 600 ? { status: 414, body: '' } : allCreated(request),
    );
    const result = await client.addMultiLead(phones(12));
    expect(result.created).toBe(12);
    const delivered = requests
      .filter((r) => r.size <= 600)
      .flatMap((r) => sentLeads(r).map((l) => l.phone_number));
    expect(delivered.sort()).toEqual(
      phones(12)
        .map((l) => l.phone_number)
        .sort(),
    );
  });

  test('a refused login stops the export at once: the rest is not sent', async () => {
    const { client, requests } = testClient(
      [text('ERROR: Login incorrect, please try again: |api|1234|BAD|')],
      { maxLeadsPerBatch: 2 },
    );
    const result = await client.addMultiLead(phones(6));
    expect(requests).toHaveLength(1);
    expect(result.stoppedBy).toMatchObject({ kind: 'auth' });
    expect(result.rows.every((r) => r.status === 'rejected' && r.kind === 'auth')).toBe(true);
    expect(result.rows[4]).toMatchObject({
      message: expect.stringMatching(/^Not sent: the export stopped/),
      retryable: true,
    });
  });

  test.each([
    [
      'the JSON-array error',
      json(['ERROR', 'add_multi_lead YOU MUST USE ALL REQUIRED FIELDS', 'api', '']),
    ],
    [
      'no permission for the function',
      text('ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |api|add_multi_lead|'),
    ],
    ['a server that stays down', { error: 'ECONNREFUSED' } as Step],
  ])('%s stops the export', async (_, step) => {
    const { client, requests } = testClient(() => step, {
      maxLeadsPerBatch: 2,
      retry: { maxAttempts: 2 },
    });
    const result = await client.addMultiLead(phones(6));
    expect(result.stoppedBy).toBeDefined();
    expect(result.rejected).toBe(6);
    expect(requests.length).toBeLessThanOrEqual(2);
  });

  test('three batches in a row without a reply stop the export', async () => {
    const { client, requests } = testClient(() => ({ hang: true }), { maxLeadsPerBatch: 1 });
    const result = await client.addMultiLead(phones(5));
    expect(requests).toHaveLength(3);
    expect(result).toMatchObject({ unconfirmed: 3, rejected: 2 });
    expect(result.stoppedBy?.message).toMatch(/3 requests in a row got no usable reply/);
  });

  test('a lead too long for any request is rejected, the others sent', async () => {
    const { client, requests } = testClient(allCreated, { maxRequestBytes: 700 });
    const result = await client.addMultiLead([
      lead('7275550001'),
      lead('7275550002', {
        comments: 'x'.repeat(255),
        address1: 'y'.repeat(100),
        address2: 'z'.repeat(100),
        address3: 'w'.repeat(100),
      }),
    ]);
    expect(result.rows[1]).toMatchObject({
      status: 'rejected',
      kind: 'invalid',
      message: expect.stringMatching(/over the limit of 700/),
    });
    expect(requests).toHaveLength(1);
  });

  test('progress is reported after each batch', async () => {
    const { client } = testClient(allCreated, { maxLeadsPerBatch: 2 });
    const seen: number[] = [];
    await client.addMultiLead(phones(5), { onProgress: ({ done }) => seen.push(done) });
    expect(seen).toEqual([2, 4, 5]);
  });

  test('planLeadExport and sendLeadBatch, for a job runner that records each batch', async () => {
    const { client, requests } = testClient(allCreated, { maxLeadsPerBatch: 2 });
    const leads: unknown[] = [...phones(3), { phone_number: 'x' }];
    const plan = client.planLeadExport(leads);
    expect(plan.batches).toEqual([[0, 1], [2]]);
    expect(plan.refused.map((r) => r.row)).toEqual([3]);
    const second = await client.sendLeadBatch(leads, plan.batches[1] ?? []);
    expect(second.rows).toEqual([{ row: 2, status: 'created', leadId: '100' }]);
    expect(requests).toHaveLength(1);
  });

  test('property: whatever the dialer answers, every row gets exactly one result', async () => {
    const stepArb = fc.oneof(
      fc.constant<Step | 'created'>('created'),
      fc.constantFrom<Step>(
        { hang: true },
        { error: 'ECONNRESET' },
        { error: 'ECONNREFUSED' },
        { status: 500, body: '' },
        { status: 503, body: '' },
        { status: 414, body: '' },
        { body: 'garbage' },
        { body: '{"lead 1":{"success":true,"message":"x","data":"1| 1|2||NEW|"},"lead 2":{"suc' },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 25 }),
        fc.array(stepArb, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        async (count, steps, perBatch) => {
          const { client } = testClient(
            (request, index) => {
              const step = steps[index % steps.length] ?? 'created';
              return step === 'created' ? allCreated(request) : step;
            },
            { maxLeadsPerBatch: perBatch, retry: { maxAttempts: 2 }, timeoutMs: 5 },
          );
          const leads: LeadInput[] = phones(count);
          const result = await client.addMultiLead(leads);
          expect(result.rows.map((r) => r.row)).toEqual(leads.map((_, i) => i));
          expect(result.created + result.rejected + result.unconfirmed).toBe(count);
        },
      ),
      { numRuns: 60 },
    );
  });
});
