import { classifyReason } from './classify-reason';
import type { AddLeadValue, LeadReply } from './dialer-types';
import type { ReplyLine } from './parse-text-reply';

/**
 * The per-lead answers: add_multi_lead's `{"lead 1":{…},"lead 2":{…}}` map (Elision) and
 * add_lead's SUCCESS line (stock VICIdial).
 */

const LEAD_KEY = /^lead (\d+)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isLeadMap(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  // Own keys only, as Object.keys: the first one usually settles it.
  for (const key in value) if (Object.hasOwn(value, key) && LEAD_KEY.test(key)) return true;
  return false;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const DIGITS = /^\d+$/;

/** `1234567893| 1101|1036||NEW|`: phone, list id, lead id, (empty), status. */
function leadIdOf(data: string): string | undefined {
  // The third field, found without splitting the whole line (once per lead of an export).
  const first = data.indexOf('|');
  const second = first < 0 ? -1 : data.indexOf('|', first + 1);
  if (second < 0) return undefined;
  const third = data.indexOf('|', second + 1);
  const id = data.slice(second + 1, third < 0 ? undefined : third).trim();
  return id && DIGITS.test(id) ? id : undefined;
}

/** One `"lead N"` entry; `position` is N-1, the lead's index within the batch that was sent. */
export function readLeadEntry(position: number, entry: unknown): LeadReply {
  const data = isRecord(entry) ? text(entry.data) : '';
  if (!isRecord(entry) || typeof entry.success !== 'boolean') {
    return {
      position,
      ok: false,
      data,
      failure: {
        kind: 'malformed',
        message: 'The dialer answered for this lead in a form the client does not know.',
      },
    };
  }
  const message = text(entry.message);
  if (entry.success) return { position, ok: true, leadId: leadIdOf(data), message, data };
  // "1101 list does not exist": the subject is the message's first word.
  const subject = /^(\S+) (?:list|campaign) /.exec(message)?.[1];
  const failed = classifyReason({ fn: 'add_multi_lead', reason: message, data: [data], subject });
  const { kind, field, reason } = failed;
  return { position, ok: false, data, failure: { kind, field, reason, message: failed.message } };
}

/**
 * Every `"lead N"` entry, ordered by N. Keys that are not `lead N` and repeated numbers are
 * reported in `ignored` rather than guessed at.
 */
export function readLeadMap(entries: Iterable<[string | number, unknown]>): {
  leads: LeadReply[];
  ignored: string[];
} {
  const reader = leadMapReader();
  for (const [key, value] of entries) reader.add(key, value);
  return reader.done();
}

/**
 * readLeadMap over a parsed reply's own keys, without building an array of entries: a reply
 * holds one entry per lead sent, 100,000 over a large export.
 */
export function readLeadRecord(record: Record<string, unknown>): {
  leads: LeadReply[];
  ignored: string[];
} {
  const reader = leadMapReader();
  for (const key in record) if (Object.hasOwn(record, key)) reader.add(key, record[key]);
  return reader.done();
}

/** N of `lead N` (NaN for any other key), read without a regex match per lead. */
function leadNumber(label: string): number {
  if (!label.startsWith('lead ') || label.length === 5) return Number.NaN;
  let number = 0;
  for (let i = 5; i < label.length; i += 1) {
    const digit = label.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

function leadMapReader() {
  const leads: LeadReply[] = [];
  const ignored: string[] = [];
  // The dialer answers in order, so a position past the last one is new; only a reply out of
  // order needs the set of positions seen, and a sort at the end.
  let last = -1;
  let seen: Set<number> | undefined;
  const add = (key: string | number, value: unknown) => {
    const label = typeof key === 'number' ? `lead ${key}` : key;
    const number = leadNumber(label);
    const position = number - 1;
    if (!Number.isSafeInteger(number) || number < 1) {
      ignored.push(label);
      return;
    }
    if (position <= last) {
      seen ??= new Set(leads.map((lead) => lead.position));
      if (seen.has(position)) {
        ignored.push(label);
        return;
      }
    } else last = position;
    seen?.add(position);
    leads.push(readLeadEntry(position, value));
  };
  const done = () => {
    if (seen) leads.sort((a, b) => a.position - b.position);
    return { leads, ignored };
  };
  return { add, done };
}

/**
 * add_lead's `SUCCESS: add_lead LEAD HAS BEEN ADDED - <data>`. Servers differ in the order of
 * the data (the probed server prints `phone|list_id|lead_id|gmt|apiuser`; stock VICIdial's
 * documentation shows `phone|apiuser|list_id|lead_id|gmt`), but in both the lead id follows
 * the list id. So when the list id that was sent is known, it anchors the reading.
 */
export function readAddLeadSuccess(line: ReplyLine, sentListId?: string): AddLeadValue {
  const { data } = line;
  const phoneNumber = data[0] ?? '';
  const anchor = sentListId === undefined ? -1 : data.indexOf(sentListId, 1);
  const listIndex = anchor > 0 ? anchor : 1;
  const leadId = data[listIndex + 1];
  return {
    phoneNumber,
    listId: data[listIndex] || undefined,
    leadId: leadId && /^\d+$/.test(leadId) ? leadId : undefined,
    gmtOffset: data[listIndex + 2] || undefined,
    data: [...data],
  };
}
