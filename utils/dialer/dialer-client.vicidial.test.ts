import { describe, expect, test } from 'vitest';
import type { RecordedRequest, Step } from './testing/fake-fetch';
import { text } from './testing/fake-fetch';
import { lead, testClient } from './testing/test-client';

const vicidial = { backend: 'vicidial' as const };

/** Stock add_lead's SUCCESS line, in the probed order: phone|list_id|lead_id|gmt|apiuser. */
function leadAdded(request: RecordedRequest): Step {
  const phone = request.params.get('phone_number') ?? '';
  return text(
    `SUCCESS: add_lead LEAD HAS BEEN ADDED - ${phone}|${request.params.get('list_id')}|${Number(phone.slice(-4))}|-5.00|api`,
  );
}

describe('stock VICIdial back end', () => {
  test('user and list functions go to non_agent_api.php', async () => {
    const { client, requests } = testClient(
      [
        text('SUCCESS: add_user USER HAS BEEN ADDED - api|1000|9999|1|Testing Person|AGENTS'),
        text('SUCCESS: add_list LIST HAS BEEN ADDED - api|1101|TESTCAMP'),
      ],
      vicidial,
    );
    expect(
      await client.addUser({
        agent_user: '1000',
        agent_pass: '9999',
        agent_user_level: '1',
        agent_full_name: 'Testing Person',
        agent_user_group: 'AGENTS',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await client.addList({
        list_id: '1101',
        list_name: 'Test API list',
        campaign_id: 'TESTCAMP',
      }),
    ).toMatchObject({
      ok: true,
      value: { listId: '1101', listName: 'Test API list', campaignId: 'TESTCAMP' },
    });
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/vicidial/non_agent_api.php',
      '/vicidial/non_agent_api.php',
    ]);
  });

  test('activeLists is unsupported, says so, and sends nothing', async () => {
    const { client, requests } = testClient([], vicidial);
    const result = await client.activeLists();
    expect(result).toMatchObject({ ok: false, kind: 'unsupported', retryable: false });
    expect(!result.ok && result.message).toContain('type the list id');
    expect(requests).toHaveLength(0);
  });

  test('leads go one per add_lead call, with the list existence check on', async () => {
    const { client, requests } = testClient(leadAdded, vicidial);
    const result = await client.addMultiLead([
      lead('7275551001', { first_name: 'Bob', phone_code: '1' }),
      lead('7275551002'),
    ]);
    expect(result).toMatchObject({ created: 2, requests: 2 });
    expect(result.rows).toEqual([
      { row: 0, status: 'created', leadId: '1001' },
      { row: 1, status: 'created', leadId: '1002' },
    ]);
    const first = Object.fromEntries(
      requests.find((r) => r.params.get('phone_number') === '7275551001')?.params ?? [],
    );
    expect(first).toMatchObject({
      function: 'add_lead',
      phone_number: '7275551001',
      list_id: '1101',
      first_name: 'Bob',
      phone_code: '1',
      list_exists_check: 'Y',
    });
  });

  test('no more than leadConcurrency calls are in flight at once', async () => {
    let inFlight = 0;
    let most = 0;
    const slowFetch = async (url: string) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      const phone = new URL(url).searchParams.get('phone_number');
      return new Response(`SUCCESS: add_lead LEAD HAS BEEN ADDED - ${phone}|1101|1|-5|api\n`);
    };
    const slowClient = testClient([], { ...vicidial, leadConcurrency: 3, fetch: slowFetch }).client;
    const result = await slowClient.addMultiLead(
      Array.from({ length: 10 }, (_, i) => lead(String(7275550000 + i))),
    );
    expect(result.created).toBe(10);
    expect(most).toBe(3);
  });

  test('per-lead refusals, and a lost reply left unconfirmed and never resent', async () => {
    const { client, requests } = testClient(
      (request) => {
        const phone = request.params.get('phone_number');
        if (phone === '7275550001')
          return text('ERROR: add_lead DUPLICATE PHONE NUMBER IN LIST - 7275550001|1101|8765444');
        if (phone === '7275550002') return { hang: true };
        if (phone === '7275550003')
          return text(
            'ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - 7275550003|1101',
          );
        return leadAdded(request);
      },
      { ...vicidial, leadConcurrency: 1 },
    );
    const result = await client.addMultiLead([
      lead('7275550000'),
      lead('7275550001'),
      lead('7275550002'),
      lead('7275550003'),
    ]);
    expect(result.rows.map((r) => [r.status, r.status === 'rejected' ? r.kind : ''])).toEqual([
      ['created', ''],
      ['rejected', 'exists'],
      ['unconfirmed', ''],
      ['rejected', 'not_found'],
    ]);
    expect(requests.filter((r) => r.params.get('phone_number') === '7275550002')).toHaveLength(1);
  });

  test('a list id stock VICIdial would replace with 999 is refused', async () => {
    const { client, requests } = testClient(leadAdded, vicidial);
    const result = await client.addMultiLead([{ phone_number: '7275550000', list_id: '11' }]);
    expect(result.rows[0]).toMatchObject({ status: 'rejected', field: 'list_id' });
    expect(requests).toHaveLength(0);
  });

  test('a refused login stops the export: at most the calls already in flight were sent', async () => {
    const { client, requests } = testClient(
      () => text('ERROR: Login incorrect, please try again: |api|1234|BAD|'),
      { ...vicidial, leadConcurrency: 4 },
    );
    const result = await client.addMultiLead(
      Array.from({ length: 20 }, (_, i) => lead(String(7275550000 + i))),
    );
    expect(requests.length).toBeLessThanOrEqual(4);
    expect(result).toMatchObject({ rejected: 20, stoppedBy: { kind: 'auth' } });
  });
});
