import { describe, expect, test } from 'vitest';
import { readActiveLists, splitActiveListEntry } from './active-lists';
import { SEED_ACTIVE_LISTS } from './testing/seed-replies';

describe('splitActiveListEntry', () => {
  test.each(SEED_ACTIVE_LISTS.map(([c, l, n]) => [`${c}-${l}-${n}`, c, l, n]))(
    'seed entry %s',
    (entry, campaignId, listId, listName) => {
      expect(splitActiveListEntry(entry)).toEqual({
        entry,
        campaignId,
        listId,
        listName,
        ambiguous: false,
      });
    },
  );

  test('a campaign id with dashes and underscores (up to 8 characters)', () => {
    expect(splitActiveListEntry('MY-CMP_1-555-Leads - May')).toMatchObject({
      campaignId: 'MY-CMP_1',
      listId: '555',
      listName: 'Leads - May',
      ambiguous: false,
    });
  });

  test('a list name made of digits and dashes', () => {
    expect(splitActiveListEntry('CAMP-1001-2024-05-01')).toMatchObject({
      campaignId: 'CAMP',
      listId: '1001',
      listName: '2024-05-01',
      ambiguous: false,
    });
  });

  test('two splits that both fit the sizes: the shortest campaign id, flagged ambiguous', () => {
    expect(splitActiveListEntry('AB-12-34-name')).toEqual({
      entry: 'AB-12-34-name',
      campaignId: 'AB',
      listId: '12',
      listName: '34-name',
      ambiguous: true,
    });
  });

  test('the column sizes rule out a split: a 10-character campaign id cannot be', () => {
    expect(splitActiveListEntry('ABCDEFG-22-33-x')).toMatchObject({
      campaignId: 'ABCDEFG',
      listId: '22',
      ambiguous: false,
    });
  });

  test('nothing fits the sizes: the leftmost split, flagged', () => {
    expect(splitActiveListEntry('AVERYLONGCAMPAIGN-1-name')).toMatchObject({
      campaignId: 'AVERYLONGCAMPAIGN',
      listId: '1',
      listName: 'name',
      ambiguous: true,
    });
  });

  test('an empty list name is allowed', () => {
    expect(splitActiveListEntry('CAMP-1101-')).toMatchObject({
      listId: '1101',
      listName: '',
      ambiguous: false,
    });
  });

  test.each(['', 'NOLISTID', 'CAMP-abc-name', '-1101-name', 'CAMP-1101'])(
    '%j has no list id: null, never a guess',
    (entry) => {
      expect(splitActiveListEntry(entry)).toBeNull();
    },
  );
});

describe('readActiveLists', () => {
  test('unsplittable and non-string entries are kept as sent', () => {
    expect(readActiveLists(['A1-11-name', 'garbage', 42, null, { x: 1 }], true)).toEqual({
      lists: [
        { entry: 'A1-11-name', campaignId: 'A1', listId: '11', listName: 'name', ambiguous: false },
      ],
      unreadable: ['garbage', '42', 'null', '{"x":1}'],
      complete: true,
    });
  });
});
