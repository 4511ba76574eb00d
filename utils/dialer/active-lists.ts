import type { ActiveList, ActiveListsValue } from './dialer-types';
import { charCount } from './field-rules';

/**
 * active_lists entries are `<campaign_id>-<list_id>-<list_name>` joined with `-`, but campaign
 * ids and list names may contain `-` themselves (`TESTING-20042018-20042018-hardik`). The list
 * id is the anchor: it is all digits and sits between two dashes. Every `-<digits>-` in the
 * entry is a possible split; the dialer's column sizes decide which are real:
 * a campaign id is 2-8 characters, a list id 2-14 digits, a list name at most 30 characters.
 *
 * Ambiguity (documented choice): when more than one split fits those sizes, e.g.
 * `AB-12-34-name` (campaign `AB`, list 12, name `34-name`; or campaign `AB-12`, list 34, name
 * `name`), the split with the shortest campaign id is taken, because list names carry digits
 * and dashes far more often than campaign ids do, and the entry is flagged `ambiguous` so the
 * UI can show it as sent. When no split fits the sizes (a dialer with longer columns), the
 * leftmost `-<digits>-` split is taken, also flagged. An entry with no `-<digits>-` at all is
 * returned as unreadable, never guessed.
 */

interface Split {
  campaignId: string;
  listId: string;
  listName: string;
}

function candidates(entry: string): Split[] {
  const splits: Split[] = [];
  for (let dash = entry.indexOf('-'); dash !== -1; dash = entry.indexOf('-', dash + 1)) {
    const match = /^-(\d+)-/.exec(entry.slice(dash));
    if (!match?.[1] || dash === 0) continue;
    splits.push({
      campaignId: entry.slice(0, dash),
      listId: match[1],
      listName: entry.slice(dash + match[0].length),
    });
  }
  return splits;
}

const fitsColumns = (split: Split) => {
  const campaign = charCount(split.campaignId);
  return (
    campaign >= 2 &&
    campaign <= 8 &&
    split.listId.length >= 2 &&
    split.listId.length <= 14 &&
    charCount(split.listName) <= 30
  );
};

/** The campaign, list id and list name of one entry, or null when it has no list id. */
export function splitActiveListEntry(entry: string): ActiveList | null {
  const all = candidates(entry);
  const fitting = all.filter(fitsColumns);
  const pool = fitting.length > 0 ? fitting : all;
  const chosen = pool[0];
  if (!chosen) return null;
  return { entry, ...chosen, ambiguous: pool.length > 1 || fitting.length === 0 };
}

function entryText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Reads the `data` array of an active_lists reply; anything unsplittable is kept as sent. */
export function readActiveLists(entries: readonly unknown[], complete: boolean): ActiveListsValue {
  const lists: ActiveList[] = [];
  const unreadable: string[] = [];
  for (const value of entries) {
    const split = typeof value === 'string' ? splitActiveListEntry(value) : null;
    if (split) lists.push(split);
    else unreadable.push(entryText(value));
  }
  return { lists, unreadable, complete };
}
