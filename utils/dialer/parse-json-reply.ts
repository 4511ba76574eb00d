import { readActiveLists } from './active-lists';
import { classifyReason } from './classify-reason';
import {
  type DialerFunction,
  type DialerResult,
  failure,
  type ReplyValues,
  success,
} from './dialer-types';
import { isLeadMap, readLeadMap, readLeadRecord } from './lead-replies';
import { maskSecrets } from './mask-secrets';
import { recoverDataStrings, recoverLeadEntries } from './read-json';

/**
 * Elision's JSON replies: `{"success":bool,"message":…,"data":…}`, add_multi_lead's per-lead
 * map, and the JSON-array error `["ERROR","add_multi_lead YOU MUST USE ALL REQUIRED FIELDS",
 * "api",""]`, plus what can be recovered from a cut one.
 */

type AnyReply = DialerResult<ReplyValues[DialerFunction]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

function unknownShape(fn: DialerFunction, raw: string): AnyReply {
  return failure(
    'malformed',
    `The dialer answered ${fn} with JSON of a shape the client does not know; it may or may not have been carried out.`,
    { raw, maybeApplied: true },
  );
}

/** `["ERROR","<fn> <REASON>","<user>","<data>"]`. */
function readArrayReply(fn: DialerFunction, value: unknown[], raw: string): AnyReply {
  const [keyword, text] = value;
  if (keyword !== 'ERROR' || typeof text !== 'string') return unknownShape(fn, raw);
  const reason = text.replace(/^[a-z][a-z0-9_]*\s+/, '');
  const data = value.slice(2).map((item) => str(item) ?? '');
  return { ...classifyReason({ fn, reason, data, subject: data[1] }), raw };
}

function readSuccessTrue(
  fn: DialerFunction,
  reply: Record<string, unknown>,
  raw: string,
  notices: string[],
): AnyReply {
  const message = str(reply.message) ?? '';
  const data = reply.data;
  switch (fn) {
    case 'add_list': {
      const fields = isRecord(data) ? data : {};
      return success(
        {
          message,
          listId: str(fields.list_id),
          listName: str(fields.list_name),
          campaignId: str(fields.campaign_id),
        },
        raw,
        notices,
      );
    }
    case 'active_lists':
      if (!Array.isArray(data)) return unknownShape(fn, raw);
      return success(readActiveLists(data, true), raw, notices);
    case 'add_user':
    case 'update_user':
      return success({ reason: message, data: [] }, raw, notices);
    default:
      return unknownShape(fn, raw);
  }
}

/** A JSON value that was read whole (possibly with text around it, reported in `notices`). */
export function interpretJson(
  fn: DialerFunction,
  value: unknown,
  raw: string,
  notices: string[],
): AnyReply {
  if (Array.isArray(value)) return readArrayReply(fn, value, raw);
  if (fn === 'add_multi_lead' && isLeadMap(value)) {
    const { leads, ignored } = readLeadRecord(value);
    const extra =
      ignored.length > 0
        ? [`Ignored entries the client does not know: ${ignored.join(', ')}.`]
        : [];
    return success({ leads, complete: true }, raw, [...notices, ...extra]);
  }
  if (!isRecord(value) || typeof value.success !== 'boolean') return unknownShape(fn, raw);
  if (value.success) return readSuccessTrue(fn, value, raw, notices);
  const message = str(value.message) ?? '';
  // "TESTCAMP campaign does not exist", "1101 list already exist": the subject comes first.
  const subject = /^(\S+) (?:list|campaign) /.exec(message)?.[1];
  return { ...classifyReason({ fn, reason: message, data: [], subject }), raw };
}

/** A body whose JSON starts but never closes: keep every complete part, say what is missing. */
export function interpretCutJson(fn: DialerFunction, body: string, raw: string): AnyReply {
  const cut = { raw, retryable: true, maybeApplied: true };
  if (fn === 'add_multi_lead') {
    const entries = recoverLeadEntries(body);
    if (entries.length > 0) {
      const { leads } = readLeadMap(entries.map((entry) => [entry.number, entry.value]));
      return success({ leads, complete: false }, raw, [
        `The reply was cut off after ${leads.length} lead(s); the leads it does not mention may or may not have been added.`,
      ]);
    }
  }
  if (fn === 'active_lists') {
    const entries = recoverDataStrings(body);
    if (entries.length > 0) {
      return success(readActiveLists(entries, false), raw, [
        `The reply was cut off after ${entries.length} list(s); more lists may exist. Type the list id if yours is missing.`,
      ]);
    }
  }
  return failure(
    'malformed',
    `The dialer's reply to ${fn} was cut off before it said whether it worked; it may or may not have been carried out.`,
    cut,
  );
}

/** Notices for text found around a JSON value (a PHP warning before it, stray `]}` after). */
export function strayTextNotices(
  before: string,
  after: string,
  secrets: readonly string[],
): string[] {
  const notices: string[] = [];
  if (before) {
    const shown = maskSecrets(before, secrets).replace(/\s+/g, ' ').slice(0, 120);
    notices.push(`Ignored text the dialer printed before its reply: "${shown}".`);
  }
  if (after) {
    const shown = maskSecrets(after, secrets).slice(0, 40);
    notices.push(
      `Ignored ${after.length} stray character(s) after the dialer's reply ("${shown}").`,
    );
  }
  return notices;
}
