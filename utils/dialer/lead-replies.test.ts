import { describe, expect, test } from 'vitest';
import { success } from './dialer-types';
import { readLeadEntry, readLeadMap } from './lead-replies';
import { rowsOfBatchReply } from './lead-results';

const created = (data: string) => ({ success: true, message: 'Record(s) Created', data });

describe('readLeadEntry: the lead id is the third field of the data', () => {
  test.each([
    ['1234567893| 1101|1036||NEW|', '1036'],
    ['1234567893| 1101| 1036 ', '1036'],
    ['1234567893|1101|1036', '1036'],
    ['1234567893|1101|', undefined],
    ['1234567893|1101', undefined],
    ['1234567893|1101|x36|', undefined],
    ['1234567893|1101||1036|', undefined],
    ['', undefined],
  ])('%j -> %s', (data, leadId) => {
    const reply = readLeadEntry(0, created(data));
    expect(reply).toMatchObject({ ok: true, position: 0, data });
    expect(reply.ok && reply.leadId).toBe(leadId);
  });
});

describe('readLeadMap', () => {
  test('entries come out ordered by lead number, whatever order they came in', () => {
    const { leads, ignored } = readLeadMap([
      ['lead 3', created('1|2|30|')],
      ['lead 1', created('1|2|10|')],
      ['lead 2', created('1|2|20|')],
    ]);
    expect(leads.map((lead) => lead.position)).toEqual([0, 1, 2]);
    expect(leads.map((lead) => lead.ok && lead.leadId)).toEqual(['10', '20', '30']);
    expect(ignored).toEqual([]);
  });

  test('in order already: kept as is; repeats and unknown keys are ignored', () => {
    const { leads, ignored } = readLeadMap([
      ['lead 1', created('1|2|10|')],
      ['lead 2', created('1|2|20|')],
      ['lead 2', created('1|2|99|')],
      ['lead 0', created('1|2|0|')],
      ['other', created('1|2|0|')],
    ]);
    expect(leads.map((lead) => lead.ok && lead.leadId)).toEqual(['10', '20']);
    expect(ignored).toEqual(['lead 2', 'lead 0', 'other']);
  });

  test('out of order with a repeat: the first answer for a lead is kept', () => {
    const { leads, ignored } = readLeadMap([
      ['lead 2', created('1|2|20|')],
      ['lead 1', created('1|2|10|')],
      ['lead 2', created('1|2|99|')],
      ['lead 1', created('1|2|98|')],
    ]);
    expect(leads.map((lead) => lead.ok && lead.leadId)).toEqual(['10', '20']);
    expect(ignored).toEqual(['lead 2', 'lead 1']);
  });
});

describe('rowsOfBatchReply', () => {
  test('maps each reply to its row by position, in any order; a lead not mentioned is unconfirmed', () => {
    const leads = readLeadMap([
      ['lead 3', created('1|2|30|')],
      ['lead 1', created('1|2|10|')],
    ]).leads.reverse();
    const rows = rowsOfBatchReply([7, 8, 9], success({ leads, complete: true }, ''));
    expect(rows).toEqual([
      { row: 7, status: 'created', leadId: '10' },
      expect.objectContaining({ row: 8, status: 'unconfirmed' }),
      { row: 9, status: 'created', leadId: '30' },
    ]);
  });
});
