import 'fake-indexeddb/auto';
import { createDialerClient } from '../utils/dialer';
import { createJobRunner } from '../utils/jobs/job-runner';
import { openJobStore } from '../utils/jobs/job-store';
import { failedRowsCsv, jobView } from '../utils/jobs/job-views';

/**
 * How the job store copes with a 100,000-lead export (fake-indexeddb in Node, so slower than a
 * browser's IndexedDB): time to store the input, plan, send every batch (the dialer answers at
 * once) and read the view and the CSV. Prints figures; asserts nothing.
 */

const N = Number(process.argv[2] ?? 100_000);
const leads = Array.from({ length: N }, (_, i) => ({
  phone_number: String(7275550000 + i),
  first_name: `Lead ${i}`,
  city: 'Ahmedabad',
}));
const fetchOk = async (url: string) => {
  const params = new URL(url).searchParams;
  const sent = JSON.parse(params.get('multi_leads') ?? '[]') as unknown[];
  const body = Object.fromEntries(
    sent.map((_, i) => [
      `lead ${i + 1}`,
      i % 1000 === 0
        ? { success: false, message: 'Invalid phone number', data: '1' }
        : { success: true, message: 'Record(s) Created', data: `1|1101|${i}||NEW|` },
    ]),
  );
  return new Response(JSON.stringify(body));
};
const client = createDialerClient({
  baseUrl: 'https://dialer.example.com',
  apiUser: 'api',
  apiPass: '1234',
  source: 'bench',
  fetch: fetchOk,
  sleep: async () => {},
  random: Math.random,
});
const store = await openJobStore();
const marks: [string, number][] = [];
let t = performance.now();
const mark = (label: string) => {
  const now = performance.now();
  marks.push([label, Math.round(now - t)]);
  t = now;
};
let batches = 0;
const runner = createJobRunner({
  store,
  connect: async () => ({ ok: true, client, key: 'k' }),
  rememberRefusedLogin: async () => {},
  now: Date.now,
  newId: () => 'bench',
  onProgress: (job) => {
    if (job.phase === 'planned' && batches === 0) mark('planned (validate, batch, store plan)');
    batches++;
  },
});
await runner.start({
  kind: 'lead-export',
  title: 'bench',
  target: { type: 'existing', listId: '1101' },
  leads,
});
mark('input stored');
await runner.idle();
mark('all batches sent and acked');
const batchCount = (await store.getBatches('bench')).length;
const view = await jobView(store, 'bench');
mark('jobs/get view');
const csv = await failedRowsCsv(store, 'bench');
mark('failed-rows CSV');
console.log(
  `${N} leads, ${batchCount} batch records, created ${view?.created}, rejected ${view?.rejected}, csv rows ${csv.ok ? csv.rows : 0}`,
);
for (const [label, ms] of marks) console.log(`${label.padEnd(42)} ${ms} ms`);
