import { expect, it } from 'vitest';
import { guessColumns } from './guess-columns';
import { ImportSession } from './import-session';

const table = [
  ['Name', 'Phone'],
  ['Ada Lovelace', '415 555 0134'],
  ['', ''],
  ['No Phone', ''],
  ['Again', '+1 415 555 0134'],
];

async function analysed() {
  const session = new ImportSession();
  session.addRows(table.slice(0, 2), true);
  session.addRows(table.slice(2), false);
  const summary = await session.analyse(
    {
      mode: 'leads',
      mapping: guessColumns(table[0] ?? [], 'leads'),
      defaultCountry: 'US',
      backend: 'elision',
    },
    async () => true,
    1,
  );
  return { session, summary };
}

it('accounts for every row: ready, with a problem, or a blank line', async () => {
  const { summary } = await analysed();
  expect(summary).toMatchObject({
    counts: { total: 3, ok: 1, withProblems: 2, byKind: { 'no-phone': 1, duplicate: 1 } },
    blank: 1,
    columns: ['phone_code', 'phone_number', 'first_name', 'last_name'],
  });
});

it('pages through the rows a filter keeps', async () => {
  const { session } = await analysed();
  expect(session.page('problems', 0, 1)).toMatchObject({
    rows: [{ row: 4 }],
    matching: 2,
    page: 0,
    pages: 2,
  });
  expect(session.page('duplicate', 9, 50)).toMatchObject({ rows: [{ row: 5 }], page: 0 });
});

it('abandons a run when a newer mapping comes in', async () => {
  const session = new ImportSession();
  session.load(table);
  const summary = await session.analyse(
    { mode: 'leads', mapping: ['', 'phone_number'], defaultCountry: 'US', backend: 'elision' },
    async () => false,
    1,
  );
  expect(summary).toBeNull();
});

it('builds the job from the checked rows and writes the problem rows', async () => {
  const { session } = await analysed();
  expect(
    session.buildJob({
      title: 't',
      skipProblemRows: true,
      target: { type: 'existing', listId: '1101' },
    }),
  ).toMatchObject({ ok: true, sent: 1, input: { sourceRows: [2] } });
  expect(session.problemCsv().split('\r\n')).toEqual([
    'Row in file,Problem,Name,Phone',
    '4,phone_number: empty; a lead needs a phone number.,No Phone,',
    '5,Duplicate in the file: +14155550134 is already on row 2.,Again,+1 415 555 0134',
  ]);
});

// From review: the problem-rows CSV of a user import wrote the file's passwords back out.
it('leaves password cells empty in the problem rows CSV of a user import', async () => {
  const session = new ImportSession();
  session.load([
    ['User', 'Password', 'Phone password', 'Group'],
    ['agent1', 'Secret123', 'Pp4567', 'AGENTS'],
    ['agent1', 'Other999', 'Pp8901', 'AGENTS'],
  ]);
  await session.analyse(
    {
      mode: 'users',
      mapping: ['agent_user', 'agent_pass', 'phone_pass', 'agent_user_group'],
      defaultCountry: 'US',
      backend: 'elision',
    },
    async () => true,
  );
  const csv = session.problemCsv();
  expect(csv).toContain('agent1,,,AGENTS');
  expect(csv).not.toMatch(/Secret123|Other999|Pp4567|Pp8901/);
});
