/**
 * Pure helpers of `npm run bench:export` (scripts/bench-export.ts): deterministic leads, the
 * bare request URL the benchmark's plain fetch loop sends, and the median.
 *
 * The bare URL is built here on purpose without the client's code, only with
 * encodeURIComponent and the same extra escapes, so the loop it drives measures plain fetch.
 */

/** mulberry32: a small seeded PRNG, enough for test data (not for anything secret). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One generated lead. Keys are in the client's lead schema order (phone_number, list_id, then
 * the optional fields as lead-schema.ts lists them), so the JSON the bare loop sends is the
 * very JSON the client sends.
 */
export interface BenchLead {
  phone_number: string;
  list_id: string;
  phone_code: string;
  vendor_lead_code: string;
  first_name: string;
  last_name: string;
  city: string;
  state?: string;
  postal_code: string;
  country_code: string;
}

const FIRST_NAMES = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'Aarav',
  'Priya',
  'Rohan',
  'Ananya',
  'Oliver',
  'Amelia',
  'Harry',
  'Isla',
  'Sean',
  'Mary-Kate',
  'Jean-Luc',
  'Zoe',
];

const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Garcia',
  'Sharma',
  'Patel',
  'Iyer',
  'Reddy',
  'Jones',
  'Taylor',
  'Williams',
  "O'Brien",
  'Smith-Jones',
  'Van der Berg',
  'Evans',
  'Nguyen',
  'Khan',
];

/** City, state and the city's area codes (real ones, so the numbers are valid). */
const US_CITIES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['New York', 'NY', ['212', '646', '718']],
  ['Los Angeles', 'CA', ['213', '310']],
  ['Chicago', 'IL', ['312']],
  ['Houston', 'TX', ['713']],
  ['Phoenix', 'AZ', ['602', '480']],
  ['Philadelphia', 'PA', ['215']],
  ['San Diego', 'CA', ['619']],
  ['Seattle', 'WA', ['206']],
];
const IN_CITIES = ['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad', 'Pune'];
const UK_CITIES = ['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Bristol'];
const UK_AREAS = ['SW', 'EC', 'M', 'B', 'LS', 'G', 'BS', 'N', 'E', 'W'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'; // the letters a UK postcode's inward code uses

export type BenchCountry = 'US' | 'IN' | 'UK';

/** Generates `count` valid leads for `listId`, the same every time for the same seed. */
export function generateLeads(count: number, seed: number, listId: string): BenchLead[] {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const digits = (n: number) => {
    let out = '';
    for (let i = 0; i < n; i += 1) out += String(int(0, 9));
    return out;
  };

  const leads: BenchLead[] = [];
  for (let i = 0; i < count; i += 1) {
    const country: BenchCountry = pick(['US', 'US', 'IN', 'UK'] as const);
    const first_name = pick(FIRST_NAMES);
    const last_name = pick(LAST_NAMES);
    const vendor_lead_code = `BENCH-${String(i + 1).padStart(6, '0')}`;
    if (country === 'US') {
      // NANP: the city's area code, an exchange starting 2-9 that is neither N11 nor 555.
      const [city, state, areas] = pick(US_CITIES);
      let exchange = `${int(2, 9)}${digits(2)}`;
      if (exchange.endsWith('11') || exchange === '555') exchange = `${exchange[0]}20`;
      leads.push({
        phone_number: `${pick(areas)}${exchange}${digits(4)}`,
        list_id: listId,
        phone_code: '1',
        vendor_lead_code,
        first_name,
        last_name,
        city,
        state,
        postal_code: `${int(1, 9)}${digits(4)}`,
        country_code: 'USA',
      });
    } else if (country === 'IN') {
      // Indian mobiles: 10 digits starting 9, 8 or 7 (every 9x and 8x range is allocated).
      leads.push({
        phone_number: `${pick(['9', '8', '7'])}${int(0, 9)}${digits(8)}`,
        list_id: listId,
        phone_code: '91',
        vendor_lead_code,
        first_name,
        last_name,
        city: pick(IN_CITIES),
        postal_code: `${int(1, 8)}${digits(5)}`,
        country_code: 'IND',
      });
    } else {
      // UK mobiles 071-075 and 078 (national number without the 0; 07700 900 is drama).
      leads.push({
        phone_number: `7${pick(['1', '2', '3', '4', '5', '8'])}${digits(8)}`,
        list_id: listId,
        phone_code: '44',
        vendor_lead_code,
        first_name,
        last_name,
        city: pick(UK_CITIES),
        postal_code: `${pick(UK_AREAS)}${int(1, 20)} ${int(1, 9)}${pick([...LETTERS])}${pick([...LETTERS])}`,
        country_code: 'GBR',
      });
    }
  }
  return leads;
}

/**
 * encodeURIComponent plus `! ' ( ) *`, which fetch's URL parser would otherwise encode in a
 * query (so the URL goes out byte for byte as built).
 */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export interface BareRequestSettings {
  /** The API script's URL, e.g. http://127.0.0.1:1234/dialer/elision_api.php */
  apiUrl: string;
  source: string;
  user: string;
  pass: string;
}

/** Everything of an add_multi_lead GET URL but the encoded JSON array at its end. */
export function bareUrlPrefix(settings: BareRequestSettings): string {
  const params: Array<[string, string]> = [
    ['source', settings.source],
    ['user', settings.user],
    ['pass', settings.pass],
    ['function', 'add_multi_lead'],
  ];
  const query = params.map(([key, value]) => `${encodeValue(key)}=${encodeValue(value)}&`).join('');
  return `${settings.apiUrl}?${query}multi_leads=`;
}

/** The add_multi_lead GET URL for these rows of `leads`. */
export function bareBatchUrl(prefix: string, leads: readonly object[], rows: readonly number[]) {
  return prefix + encodeValue(`[${rows.map((row) => JSON.stringify(leads[row])).join(',')}]`);
}

/** Apache's request line for a GET of `url`: what its 8,190-byte limit counts. */
export function requestLineBytes(url: string): number {
  const { pathname, search } = new URL(url);
  return `GET ${pathname}${search} HTTP/1.1`.length;
}

/**
 * Rounds come in pairs: the first of a pair runs the client first, the second the bare loop
 * first, so that whatever the first (or the second) run of a round pays falls on both paths
 * equally. Round numbers start at 1.
 */
export const clientFirstIn = (round: number): boolean => round % 2 === 1;

export interface RoundBudget {
  /** Rounds planned (rounded up to whole pairs by the caller). */
  rounds: number;
  /** Rounds always run, budget or not (whole pairs). */
  minRounds: number;
  /** Time spent on the measured rounds so far, and the budget for them. */
  spentMs: number;
  budgetMs: number;
}

/**
 * Whether to run round `round`. The second round of a pair always runs once the first has, so
 * the result never leans on one order; a new pair starts while the planned rounds last and,
 * past the minimum, only when two more rounds at the pace so far fit in the budget.
 */
export function shouldRunRound(round: number, budget: RoundBudget): boolean {
  if (round > budget.rounds) return false;
  if (!clientFirstIn(round) || round <= budget.minRounds) return true;
  const done = round - 1;
  const perRound = done > 0 ? budget.spentMs / done : 0;
  return budget.spentMs + 2 * perRound <= budget.budgetMs;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
