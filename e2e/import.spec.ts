import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { DialerLead } from '../simulator/dialer/state';
import { demoContacts } from '../simulator/pages/demo-contacts';
import { expect, test } from './fixtures';
import { CrmPageObject } from './pages/crm-page';
import { ImportPageObject } from './pages/import-page';

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const phone = (n: number) => `(415) 555-${String(100 + n).padStart(4, '0')}`;
const digits = (n: number) => `415555${String(100 + n).padStart(4, '0')}`;

function leadsCsv(count: number, from = 0): string {
  const lines = ['First Name,Last Name,Phone,E-mail,City,Zip,Lead ID'];
  for (let i = from; i < from + count; i += 1) {
    lines.push(`Ada${i},Lovelace,${phone(i)},ada${i}@example.com,London,${10000 + i},L-${i}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const leadsIn = (leads: readonly DialerLead[], listId: string) =>
  leads.filter((lead) => lead.list_id === listId && lead.user === 'api');

async function jobView(page: Page) {
  const jobId = await page.getByTestId('job-progress').getAttribute('data-job-id');
  const reply = (await page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'jobs/get', payload: { jobId: id } }),
    jobId,
  )) as { data: { job: { rows: { sourceRow?: number; status: string; message: string }[] } } };
  return reply.data.job;
}

test.beforeEach(async ({ options, simulatorSetup }) => {
  await options.configure(simulatorSetup);
});

test('a CRM export goes to an existing list: every lead lands once, normalised', async ({
  context,
  extensionId,
  simulator,
}) => {
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto();
  await page.chooseCsv('crm-export.csv', leadsCsv(5));
  await expect(page.page.getByLabel('Import column Phone as')).toHaveValue('phone_number');
  await expect(page.page.getByLabel('Import column Lead ID as')).toHaveValue('vendor_lead_code');
  await expect(page.previewSummary).toContainText('5 leads: 5 ready, 0 with problems');
  await expect(page.previewRow(2)).toContainText('4155550100');
  await page.chooseExistingList('1101');
  await page.run();
  expect(await page.waitForSummary()).toContain('5 of 5 rows done: 5 created');

  const leads = leadsIn(simulator.dialer.state.leads, '1101').filter((lead) =>
    lead.phone_number.startsWith('415555'),
  );
  expect(leads.map((lead) => lead.phone_number)).toEqual([0, 1, 2, 3, 4].map(digits));
  expect(leads[0]).toMatchObject({
    phone_code: '1',
    first_name: 'Ada0',
    last_name: 'Lovelace',
    email: 'ada0@example.com',
    city: 'London',
    postal_code: '10000',
    vendor_lead_code: 'L-0',
  });
});

test('a new list is created with add_list first, then gets the leads', async ({
  context,
  extensionId,
  simulator,
}) => {
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto();
  await page.chooseCsv('new-list.csv', leadsCsv(3));
  await page.chooseNewList({
    list_id: '7770001',
    list_name: 'Import e2e list',
    campaign_id: 'TESTCAMP',
  });
  await page.run();
  expect(await page.waitForSummary()).toContain('3 created');
  expect(simulator.dialer.state.lists).toContainEqual(
    expect.objectContaining({ list_id: '7770001', list_name: 'Import e2e list' }),
  );
  expect(leadsIn(simulator.dialer.state.leads, '7770001')).toHaveLength(3);
});

test('problem rows are shown with their reason and are only left out when the user says so', async ({
  context,
  extensionId,
  simulator,
}) => {
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto();
  const csv = [
    'Name,Phone,City',
    'Good Row,415 555 0101,Paris',
    'No Phone,,Paris',
    'Bad Phone,12345,Paris',
    'Again Good,+1 415-555-0101,Paris',
    'José Ok,415 555 0102,Paris',
    'Last Good,415 555 0103,Paris',
  ].join('\n');
  await page.chooseCsv('problems.csv', csv);
  await expect(page.previewSummary).toContainText('6 leads: 2 ready, 4 with problems');
  await expect(page.previewRow(3)).toContainText('phone_number: empty; a lead needs a phone');
  await expect(page.previewRow(4)).toContainText('"12345" is not a valid phone number');
  await expect(page.previewRow(5)).toContainText('Duplicate in the file');
  await expect(page.previewRow(5)).toContainText('already on row 2');
  await expect(page.previewRow(6)).toContainText('first_name: only');

  await page.chooseExistingList('1101');
  await page.run();
  await expect(page.page.getByTestId('run-error')).toContainText('4 rows have problems');
  expect(simulator.dialer.requestLog.filter((e) => e.params.function === 'add_multi_lead')).toEqual(
    [],
  );

  await page.skipProblemRows();
  await page.run();
  expect(await page.waitForSummary()).toContain('2 of 2 rows done: 2 created');
  await expect(page.page.getByTestId('skipped-note')).toContainText('4 rows with problems');
  const download = page.page.waitForEvent('download');
  await page.page
    .getByTestId('skipped-note')
    .getByRole('button', { name: 'Download rows with problems (CSV)' })
    .click();
  const text = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(text.split('\r\n')[0]).toBe('Row in file,Problem,Name,Phone,City');
  expect(text).toContain('3,phone_number: empty; a lead needs a phone number.,No Phone,,Paris');
  expect(text.split('\r\n')).toHaveLength(5);
});

test('with 5xx, a timeout, a malformed and a cut reply every lead is created once or reported', async ({
  context,
  extensionId,
  simulator,
}) => {
  test.setTimeout(150_000);
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto();
  await page.chooseCsv('faults.csv', leadsCsv(120));
  await page.chooseExistingList('1101');
  simulator.dialer.setFaults({
    failNext: [
      { mode: 'http500', count: 1 },
      { mode: 'malformed', count: 1 },
      { mode: 'truncate', count: 1 },
      { mode: 'hang', count: 1 },
      { mode: 'html502', count: 1 },
    ],
  });
  await page.run();
  await page.waitForSummary(120_000);
  const job = await jobView(page.page);
  const created = leadsIn(simulator.dialer.state.leads, '1101');
  for (let i = 0; i < 120; i += 1) {
    const copies = created.filter((lead) => lead.phone_number === digits(i)).length;
    const result = job.rows.find((row) => row.sourceRow === i + 2);
    expect(copies, `row ${i + 2} is on the dialer at most once`).toBeLessThanOrEqual(1);
    if (copies === 0) {
      expect(result?.status, `row ${i + 2} is reported`).toMatch(/rejected|unconfirmed|not-sent/);
    } else if (result) {
      expect(result.status).toMatch(/created|unconfirmed/);
    }
  }
});

test('leads the dialer rejects are listed with its reason and download as CSV', async ({
  context,
  extensionId,
}) => {
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto();
  await page.chooseCsv('rejected.csv', leadsCsv(2));
  // Not among the dialer's active lists: typed by hand, and the dialer refuses every lead.
  await page.typeListId('4444');
  await page.run();
  expect(await page.waitForSummary()).toContain('2 rejected');
  await expect(page.page.getByTestId('job-problems')).toContainText(
    'List "4444" does not exist in the dialer',
  );
  const download = page.page.waitForEvent('download');
  await page.page.getByRole('button', { name: 'Download problem rows (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(text).toContain('does not exist in the dialer');
  expect(text).toContain('4155550100');
});

test('a CSV of CRM users is upserted: new users added, existing ones updated', async ({
  context,
  extensionId,
  simulator,
}) => {
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto('?what=users');
  await expect(
    page.page.getByRole('heading', { name: 'Add or update dialer users' }),
  ).toBeVisible();
  await page.chooseCsv(
    'users.csv',
    [
      'Username,Password,User Level,Full Name,User Group,Email,Active',
      '2101,pw2101,1,New Agent One,AGENTS,one@example.com,Y',
      '2102,pw2102,1,New Agent Two,AGENTS,,Y',
      '1000,1234,1,Renamed Person,AGENTS,agent1000@example.com,Y',
    ].join('\n'),
  );
  await expect(page.previewSummary).toContainText('3 users: 3 ready');
  await expect(page.preview).not.toContainText('pw2101');
  await page.run(/Add or update users/);
  expect(await page.waitForSummary()).toMatch(/3 of 3 rows done: 2 created, 1 updated/);
  const users = simulator.dialer.state.users;
  expect(users.find((user) => user.user === '2101')).toMatchObject({
    pass: 'pw2101',
    full_name: 'New Agent One',
    user_group: 'AGENTS',
    email: 'one@example.com',
  });
  expect(users.find((user) => user.user === '2102')).toMatchObject({ full_name: 'New Agent Two' });
  expect(users.find((user) => user.user === '1000')).toMatchObject({ full_name: 'Renamed Person' });
});

test('the contacts on the demo CRM page are exported with their names', async ({
  context,
  extensionId,
  serviceWorker,
  simulator,
}) => {
  test.setTimeout(120_000);
  const crm = new CrmPageObject(await context.newPage(), simulator.crmOrigin);
  await crm.login();
  const tabId = await serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id,
    `${simulator.crmOrigin}/crm/*`,
  );
  const page = new ImportPageObject(await context.newPage(), extensionId);
  await page.goto(`?tabId=${tabId}`);
  await expect(page.page.getByTestId('source-name')).toContainText('Contacts on');
  await expect(page.page.getByLabel('Import column Name as')).toHaveValue('full_name');
  await expect(page.page.getByLabel('Import column Phone as')).toHaveValue('phone_number');
  await expect(page.previewSummary).toContainText('leads:');
  const summary = (await page.previewSummary.textContent()) ?? '';
  const ready = Number(/([\d,]+) ready/.exec(summary)?.[1]?.replace(/,/g, ''));
  expect(ready).toBeGreaterThan(100);
  await page.chooseExistingList('1101');
  if (/[1-9][\d,]* with problems/.test(summary)) await page.skipProblemRows();
  await page.run();
  expect(await page.waitForSummary(90_000)).toContain(`${ready} created`);

  // Each lead is a number written on its contact's row, with that row's name. (Which numbers
  // are read, and in which country, is the phone finder's business with default country US.)
  const rows = demoContacts().map((contact) => ({
    contact,
    digits: [contact.phone?.display, contact.mobile?.display, contact.notes]
      .join(' ')
      .replace(/\D/g, ''),
  }));
  const exported = leadsIn(simulator.dialer.state.leads, '1101').filter(
    (lead) => lead.entry_date > '2020',
  );
  expect(exported).toHaveLength(ready);
  for (const lead of exported) {
    const row = rows.find(
      ({ contact, digits }) =>
        digits.includes(lead.phone_number) &&
        contact.fullName === `${lead.first_name} ${lead.last_name}`,
    );
    expect(
      row,
      `${lead.phone_number} (${lead.first_name} ${lead.last_name}) is on its row`,
    ).toBeDefined();
  }
});
