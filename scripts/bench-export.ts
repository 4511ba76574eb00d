/**
 * `npm run bench:export`: 100,000 leads through the dialer client's addMultiLead to the
 * in-process simulator, next to a bare fetch loop sending exactly the same batches, in the
 * same run. The figure is the ratio client / bare of leads per second (target 0.8 or better);
 * absolute speeds depend on the machine and are printed for context only.
 *
 * Rounds: a warm-up of both paths (not counted), then up to ROUNDS rounds, each running both
 * paths one after the other, the simulator reset and a full GC before every timed run. Rounds
 * come in pairs, client first then bare first, so both orders count equally (the first run of
 * a round tends to be the slower one). Pairs stop early (at least 2 pairs are run) when the
 * time budget is spent, and the output says so. Medians are reported, and next to the
 * wall-clock figure the same ratio measured in CPU time of this process, which other
 * processes' load disturbs less.
 *
 * Exit status is non-zero only when the client's export lost or mis-created leads, or sent a
 * request over the server's limit: never because of speed.
 *
 * Options: --leads N (default 100000), --rounds N (default 6, rounded up to whole pairs),
 * --warmup N (leads, default 20000, 0 to skip), --budget S (seconds for the measured rounds,
 * default 90).
 */
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startSimulator } from '../simulator/server';
import {
  createDialerClient,
  DEFAULT_API_PATHS,
  type DialerClient,
  type LeadExportResult,
} from '../utils/dialer';
import {
  type BenchLead,
  bareBatchUrl,
  bareUrlPrefix,
  clientFirstIn,
  generateLeads,
  median,
  requestLineBytes,
  shouldRunRound,
} from './bench-export-support';

const argNumber = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 0 ? value : fallback;
};

const LEAD_COUNT = Math.max(1, argNumber('leads', 100_000));
const ROUNDS = 2 * Math.ceil(Math.max(1, argNumber('rounds', 6)) / 2);
const MIN_ROUNDS = Math.min(ROUNDS, 4);
const WARMUP_LEADS = Math.min(LEAD_COUNT, argNumber('warmup', 20_000));
const BUDGET_MS = argNumber('budget', 90) * 1000;
const SEED = 20_240_601;
const LIST_ID = '1101';
const APACHE_LIMIT = 8190;
const TARGET_RATIO = 0.8;
const CREDENTIALS = { source: 'bench', user: 'api', pass: '1234' };

/**
 * A full garbage collection before each timed run, so that no run pays for the previous run's
 * garbage (100,000 stored leads dropped by the reset). `tsx` gives no way to pass --expose-gc.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const started = performance.now();
const problems: string[] = [];
const warnings: string[] = [];

const sim = await startSimulator({ host: '127.0.0.1', port: 0 });
const apiUrl = `${sim.dialerOrigin}${DEFAULT_API_PATHS.elision}`;
const barePrefix = bareUrlPrefix({ apiUrl, ...CREDENTIALS });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const makeClient = (): DialerClient =>
  createDialerClient({
    baseUrl: sim.dialerOrigin,
    apiUser: CREDENTIALS.user,
    apiPass: CREDENTIALS.pass,
    source: CREDENTIALS.source,
    fetch: globalThis.fetch,
    sleep,
    random: Math.random,
  });

interface Run {
  leads: number;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (user + system; the simulator runs in it too). */
  cpuMs: number;
  requests: number;
  /** Largest request line the simulator received. */
  largestSeen: number;
  /** Hash of the request lines' lengths and multi_leads values, in order. */
  fingerprint: string;
  created: number;
}

/** The highest 1-minute load average seen after a timed run (this process counts as 1). */
let peakLoad = 0;

/** Runs `work` timed, after a reset of the simulator and a full GC. */
async function timed(work: () => Promise<void>) {
  sim.reset();
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  peakLoad = Math.max(peakLoad, loadavg()[0] ?? 0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** What the simulator saw since its last reset: requests, largest line, a fingerprint. */
function seenBySimulator() {
  const hash = createHash('sha1');
  let largest = 0;
  for (const entry of sim.dialer.requestLog) {
    largest = Math.max(largest, entry.requestLineLength);
    hash.update(`${entry.requestLineLength}\n${entry.params.multi_leads ?? ''}\n`);
  }
  return {
    requests: sim.dialer.requestLog.length,
    largestSeen: largest,
    fingerprint: hash.digest('hex').slice(0, 12),
  };
}

/** Leads the dialer holds beyond its seeded ones. */
const seededLeadCount = (() => {
  sim.reset();
  return sim.dialer.state.leads.length;
})();
const storedLeads = () => sim.dialer.state.leads.slice(seededLeadCount);

/** The client's result and the dialer's data both say every lead was created, as sent. */
function checkClientRun(label: string, leads: readonly BenchLead[], result: LeadExportResult) {
  const fail = (message: string) => problems.push(`${label}: ${message}`);
  const expected = leads.length;
  if (result.rows.length !== expected) fail(`${result.rows.length} result rows for ${expected}`);
  if (result.created !== expected)
    fail(
      `created ${result.created} of ${expected} (rejected ${result.rejected}, unconfirmed ${result.unconfirmed})`,
    );
  if (result.stoppedBy) fail(`stopped: ${result.stoppedBy.message}`);
  if (result.largestRequestBytes >= APACHE_LIMIT)
    fail(`a request of ${result.largestRequestBytes} bytes (limit ${APACHE_LIMIT})`);
  const stored = storedLeads();
  if (stored.length !== expected)
    fail(`the dialer holds ${stored.length} new leads, not ${expected}`);
  const byId = new Map(stored.map((lead) => [String(lead.lead_id), lead]));
  if (byId.size !== stored.length) fail('lead ids repeat');
  let mismatches = 0;
  let firstMismatch = '';
  result.rows.forEach((row, index) => {
    const sent = leads[row.row];
    const lead = row.status === 'created' && row.leadId ? byId.get(row.leadId) : undefined;
    const same =
      row.row === index &&
      sent !== undefined &&
      lead !== undefined &&
      lead.status === 'NEW' &&
      (Object.keys(sent) as Array<keyof BenchLead>).every((key) => lead[key] === sent[key]);
    if (!same) {
      mismatches += 1;
      firstMismatch ||= `row ${index}: ${JSON.stringify(row)}`;
    }
  });
  if (mismatches > 0)
    fail(`${mismatches} rows not stored as sent under their lead id (first: ${firstMismatch})`);
}

async function runClient(leads: readonly BenchLead[], label: string): Promise<Run> {
  const client = makeClient();
  let result: LeadExportResult | undefined;
  const time = await timed(async () => {
    result = await client.addMultiLead(leads);
  });
  if (!result) throw new Error('addMultiLead returned nothing');
  const seen = seenBySimulator();
  checkClientRun(label, leads, result);
  if (result.requests !== seen.requests)
    problems.push(
      `${label}: the client counted ${result.requests} requests, the dialer got ${seen.requests}`,
    );
  if (seen.largestSeen !== result.largestRequestBytes)
    problems.push(
      `${label}: the client reported ${result.largestRequestBytes} bytes as its largest request, the dialer saw ${seen.largestSeen}`,
    );
  return { leads: leads.length, ...time, ...seen, created: result.created };
}

/** The bare loop: build each GET URL, fetch it, read the body as text. Nothing else. */
async function runBare(
  leads: readonly BenchLead[],
  batches: readonly number[][],
  label: string,
): Promise<Run> {
  let notOk = 0;
  const time = await timed(async () => {
    for (const rows of batches) {
      const response = await fetch(bareBatchUrl(barePrefix, leads, rows));
      await response.text();
      if (response.status !== 200) notOk += 1;
    }
  });
  const seen = seenBySimulator();
  const created = storedLeads().length;
  if (notOk > 0) warnings.push(`${label}: ${notOk} bare requests got a status other than 200`);
  if (created !== leads.length)
    warnings.push(`${label}: the bare loop created ${created} of ${leads.length} leads`);
  return { leads: leads.length, ...time, ...seen, created };
}

// ---------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const lps = (run: Run) => (run.leads / run.ms) * 1000;
const verdict = (value: number) => (value >= TARGET_RATIO ? 'met' : 'NOT met');
const ratioOf = (pair: { client: Run; bare: Run }) => lps(pair.client) / lps(pair.bare);
const cpuRatioOf = (pair: { client: Run; bare: Run }) => pair.bare.cpuMs / pair.client.cpuMs;

const tGen = performance.now();
const leads = generateLeads(LEAD_COUNT, SEED, LIST_ID);
const genMs = performance.now() - tGen;
const planClient = makeClient();
const tPlan = performance.now();
const plan = planClient.planLeadExport(leads);
const planMs = performance.now() - tPlan;
if (plan.refused.length > 0)
  problems.push(`the client refused ${plan.refused.length} generated leads before sending`);
const bareLargest = plan.batches.reduce(
  (max, rows) => Math.max(max, requestLineBytes(bareBatchUrl(barePrefix, leads, rows))),
  0,
);
if (bareLargest !== plan.largestRequestBytes)
  warnings.push(
    `the bare loop's largest request is ${bareLargest} bytes, the client planned ${plan.largestRequestBytes}`,
  );

console.log('bench:export: add_multi_lead through the dialer client vs a bare fetch loop');
console.log(
  `  node ${process.version}, simulator in-process at ${sim.dialerOrigin}, list ${LIST_ID}, seed ${SEED}`,
);
console.log(
  `  ${fmt(LEAD_COUNT)} leads generated in ${fmt(genMs)} ms; client plan: ${fmt(plan.batches.length)} requests, largest ${fmt(plan.largestRequestBytes)} bytes (planned in ${fmt(planMs)} ms, cold)`,
);

if (WARMUP_LEADS > 0) {
  const warm = leads.slice(0, WARMUP_LEADS);
  const warmBatches = planClient.planLeadExport(warm).batches;
  const a = await runClient(warm, 'warm-up client');
  const b = await runBare(warm, warmBatches, 'warm-up bare');
  console.log(
    `  warm-up (${fmt(WARMUP_LEADS)} leads, not counted): client ${fmt(a.ms)} ms, bare ${fmt(b.ms)} ms`,
  );
}

const measuredFrom = performance.now();
const runs: Array<{ client: Run; bare: Run }> = [];
let stoppedEarly = false;
for (let round = 1; round <= ROUNDS; round += 1) {
  const budget = {
    rounds: ROUNDS,
    minRounds: MIN_ROUNDS,
    spentMs: performance.now() - measuredFrom,
    budgetMs: BUDGET_MS,
  };
  if (!shouldRunRound(round, budget)) {
    stoppedEarly = true;
    break;
  }
  const label = `round ${round}`;
  const clientFirst = clientFirstIn(round);
  let client: Run;
  let bare: Run;
  if (clientFirst) {
    client = await runClient(leads, `${label} client`);
    bare = await runBare(leads, plan.batches, `${label} bare`);
  } else {
    bare = await runBare(leads, plan.batches, `${label} bare`);
    client = await runClient(leads, `${label} client`);
  }
  if (client.fingerprint !== bare.fingerprint)
    warnings.push(`${label}: the client and the bare loop did not send the same requests`);
  const pair = { client, bare };
  runs.push(pair);
  console.log(
    `  ${label} (${clientFirst ? 'client first' : 'bare first'}): client ${fmt(client.ms)} ms (CPU ${fmt(client.cpuMs)}) = ${fmt(lps(client))} leads/s, bare ${fmt(bare.ms)} ms (CPU ${fmt(bare.cpuMs)}) = ${fmt(lps(bare))} leads/s, ratio ${fmt(ratioOf(pair), 2)} (CPU ${fmt(cpuRatioOf(pair), 2)})`,
  );
}
sim.reset();
await sim.close();

const clientLps = median(runs.map((r) => lps(r.client)));
const bareLps = median(runs.map((r) => lps(r.bare)));
const ratio = clientLps / bareLps;
const cpuRatio = median(runs.map((r) => r.bare.cpuMs)) / median(runs.map((r) => r.client.cpuMs));
const last = runs[runs.length - 1] as { client: Run; bare: Run };
const sameRequests = runs.every((r) => r.client.fingerprint === r.bare.fingerprint);
const roundsText = `${runs.length} round${runs.length > 1 ? 's' : ''}`;

console.log('');
console.log(`Results: median of ${roundsText} of ${fmt(LEAD_COUNT)} leads per path`);
if (stoppedEarly)
  console.log(
    `  (${roundsText} of ${ROUNDS} planned: the ${fmt(BUDGET_MS / 1000)} s budget for measured rounds was spent; every round still sends all ${fmt(LEAD_COUNT)} leads)`,
  );
const line = (label: string, value: string, rest: string) =>
  console.log(`  ${label.padEnd(22)}${value.padStart(9)}  ${rest}`);
line(
  'client addMultiLead',
  fmt(clientLps),
  `leads/s   elapsed ${fmt(median(runs.map((r) => r.client.ms)))} ms, CPU ${fmt(median(runs.map((r) => r.client.cpuMs)))} ms`,
);
line(
  'bare fetch loop',
  fmt(bareLps),
  `leads/s   elapsed ${fmt(median(runs.map((r) => r.bare.ms)))} ms, CPU ${fmt(median(runs.map((r) => r.bare.cpuMs)))} ms`,
);
line(
  'RATIO client/bare',
  fmt(ratio, 2),
  `wall clock; target ${TARGET_RATIO} or better: ${verdict(ratio)} (per round: ${runs.map((r) => fmt(ratioOf(r), 2)).join(', ')})`,
);
line(
  'ratio in CPU time',
  fmt(cpuRatio, 2),
  `bare CPU / client CPU; target ${TARGET_RATIO}: ${verdict(cpuRatio)} (per round: ${runs.map((r) => fmt(cpuRatioOf(r), 2)).join(', ')})`,
);
const cores = availableParallelism();
line(
  'machine load',
  fmt(peakLoad, 2),
  peakLoad > cores
    ? `peak 1-min load average on ${cores} cores: other processes competed for the CPU, so the wall-clock figures are disturbed; the CPU-time ratio is the steadier reading`
    : `peak 1-min load average on ${cores} cores: quiet enough for the wall-clock ratio`,
);
line(
  'requests sent',
  fmt(last.client.requests),
  `per run (bare ${fmt(last.bare.requests)}; the same requests byte for byte in every round: ${sameRequests ? 'yes' : 'NO'})`,
);
line(
  'largest request',
  fmt(last.client.largestSeen),
  `bytes of request line as received (limit ${fmt(APACHE_LIMIT)}; client's plan ${fmt(plan.largestRequestBytes)})`,
);
line(
  'leads created',
  fmt(last.client.created),
  `of ${fmt(LEAD_COUNT)} expected (result rows and the dialer's stored leads agree in every run: ${problems.length === 0 ? 'yes' : 'NO'})`,
);
line('total run time', fmt((performance.now() - started) / 1000, 1), 's');
for (const warning of warnings) console.log(`  warning: ${warning}`);
if (problems.length > 0) {
  console.log('');
  console.log('EXPORT INCORRECT:');
  for (const problem of problems) console.log(`  ${problem}`);
  process.exitCode = 1;
}
