import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { createDialerClient, validateLead } from '../utils/dialer';
import {
  bareBatchUrl,
  bareUrlPrefix,
  clientFirstIn,
  encodeValue,
  generateLeads,
  median,
  requestLineBytes,
  seededRandom,
  shouldRunRound,
} from './bench-export-support';

const API_URL = 'http://127.0.0.1:8123/dialer/elision_api.php';
const SETTINGS = { apiUrl: API_URL, source: 'bench', user: 'api', pass: '1234' };

/** A client whose fetch records each URL and answers every lead of it as created. */
function recordingClient() {
  const urls: string[] = [];
  const client = createDialerClient({
    baseUrl: 'http://127.0.0.1:8123',
    apiUser: 'api',
    apiPass: '1234',
    source: 'bench',
    fetch: async (url) => {
      urls.push(url);
      const leads = JSON.parse(new URL(url).searchParams.get('multi_leads') ?? '[]') as unknown[];
      const reply = Object.fromEntries(
        leads.map((_, i) => [
          `lead ${i + 1}`,
          { success: true, message: 'Record(s) Created', data: `1| 1101|${i + 1}||NEW|` },
        ]),
      );
      return new Response(JSON.stringify(reply), { status: 200 });
    },
    sleep: async () => {},
    random: () => 0.5,
  });
  return { client, urls };
}

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});

describe('generateLeads', () => {
  const leads = generateLeads(3000, 11, '1101');

  it('is deterministic per seed', () => {
    expect(generateLeads(3000, 11, '1101')).toEqual(leads);
    expect(generateLeads(50, 12, '1101')).not.toEqual(leads.slice(0, 50));
  });

  it('makes leads the client accepts unchanged, with unique vendor codes, in list 1101', () => {
    for (const lead of leads) {
      const checked = validateLead(lead, 'elision');
      expect(checked).toEqual({ ok: true, value: lead });
      // Same keys in the same order as the validated value: the same JSON on the wire.
      if (checked.ok) expect(JSON.stringify(checked.value)).toBe(JSON.stringify(lead));
    }
    expect(new Set(leads.map((lead) => lead.vendor_lead_code)).size).toBe(leads.length);
    expect(leads.every((lead) => lead.list_id === '1101')).toBe(true);
  });

  it('makes valid US, Indian and UK numbers, each country well represented', () => {
    const byCode = new Map<string, number>();
    for (const lead of leads) {
      byCode.set(lead.phone_code, (byCode.get(lead.phone_code) ?? 0) + 1);
      const number = parsePhoneNumberWithError(`+${lead.phone_code}${lead.phone_number}`);
      expect(number.isValid(), `+${lead.phone_code} ${lead.phone_number}`).toBe(true);
    }
    expect([...byCode.keys()].sort()).toEqual(['1', '44', '91']);
    for (const count of byCode.values()) expect(count).toBeGreaterThan(leads.length / 6);
  });
});

describe('bare request URLs', () => {
  it('encode what fetch would otherwise change', () => {
    expect(encodeValue("O'Brien (x)*!")).toBe('O%27Brien%20%28x%29%2A%21');
  });

  it('are byte for byte the URLs the client sends for the same batches', async () => {
    const leads = generateLeads(400, 3, '1101');
    const { client, urls } = recordingClient();
    const plan = client.planLeadExport(leads);
    expect(plan.refused).toEqual([]);
    expect(plan.batches.length).toBeGreaterThan(5);
    const result = await client.addMultiLead(leads);
    expect(result.created).toBe(leads.length);

    const prefix = bareUrlPrefix(SETTINGS);
    const bare = plan.batches.map((rows) => bareBatchUrl(prefix, leads, rows));
    expect(bare).toEqual(urls);
    expect(Math.max(...bare.map(requestLineBytes))).toBe(plan.largestRequestBytes);
    expect(result.largestRequestBytes).toBe(plan.largestRequestBytes);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('rounds in pairs', () => {
  it('each pair runs the client first, then the bare loop first', () => {
    expect([1, 2, 3, 4, 5, 6].map(clientFirstIn)).toEqual([true, false, true, false, true, false]);
  });

  const rounds = (spentPerRound: number, budgetMs: number, planned = 8, minRounds = 4) => {
    let run = 0;
    for (let round = 1; ; round += 1) {
      const budget = { rounds: planned, minRounds, spentMs: run * spentPerRound, budgetMs };
      if (!shouldRunRound(round, budget)) return run;
      run += 1;
    }
  };

  it('always whole pairs: the minimum, then as many pairs as fit, never past the plan', () => {
    expect(rounds(10_000, 1)).toBe(4);
    expect(rounds(10_000, 60_000)).toBe(6);
    expect(rounds(10_000, 59_999)).toBe(4);
    expect(rounds(10_000, 1e9)).toBe(8);
    expect(rounds(10_000, 1e9, 2, 2)).toBe(2);
    for (const budget of [0, 15_000, 35_000, 45_000, 75_000, 1e9])
      expect(rounds(10_000, budget) % 2).toBe(0);
  });

  it('the second round of a pair runs even over budget', () => {
    const over = { rounds: 8, minRounds: 4, spentMs: 1e9, budgetMs: 1 };
    expect(shouldRunRound(6, over)).toBe(true);
    expect(shouldRunRound(5, over)).toBe(false);
    expect(shouldRunRound(9, { ...over, budgetMs: 1e12 })).toBe(false);
  });
});
