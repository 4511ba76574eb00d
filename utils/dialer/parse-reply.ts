import { httpStatusFailure, looksLikeHtmlPage, pageTitle } from './classify-http';
import { classifyReason } from './classify-reason';
import {
  type DialerFunction,
  type DialerResult,
  failure,
  type ParsedReply,
  type ReplyValues,
  success,
} from './dialer-types';
import { readAddLeadSuccess } from './lead-replies';
import { MASK, maskSecrets, rawForDisplay } from './mask-secrets';
import { interpretCutJson, interpretJson, strayTextNotices } from './parse-json-reply';
import {
  looksLikeTextReply,
  parseTextReply,
  type ReplyLine,
  type TextReply,
  versionFields,
} from './parse-text-reply';
import { readJson } from './read-json';

export interface ReplyContext {
  /** Passwords the request carried, masked wherever the reply is kept (raw, notices). */
  secrets?: readonly string[];
  /** add_lead: the list id that was sent, to anchor the reading of the SUCCESS data. */
  listId?: string;
}

type AnyReply = DialerResult<ReplyValues[DialerFunction]>;

/**
 * Any dialer reply to a typed result. Never throws: whatever the body and the status, the
 * answer is a success with a typed value or a failure classified by kind. Text and JSON are
 * told apart by the body, never by the content type (PHP sends text/html for both).
 */
export function parseDialerReply<F extends DialerFunction>(
  fn: F,
  body: string,
  httpStatus: number,
  context: ReplyContext = {},
): ParsedReply<F> {
  const text = typeof body === 'string' ? body : '';
  const secrets = Array.isArray(context.secrets) ? context.secrets : [];
  try {
    // The parsers never read `raw`: it is filled in below, masked when first read.
    const result = parse(fn, text, httpStatus, { ...context, secrets }, '') as ParsedReply<F>;
    return withLazyRaw(result, text, secrets);
  } catch {
    // A bug here must not turn into an exception in the background worker.
    return failure('malformed', `The client could not read the dialer's reply to ${fn}.`, {
      raw: safeRaw(text, secrets),
      maybeApplied: true,
    });
  }
}

function safeRaw(text: string, secrets: readonly string[]): string {
  try {
    return rawForDisplay(text, secrets);
  } catch {
    return '';
  }
}

/**
 * Gives `result` its `raw`: the reply masked and cut (rawForDisplay), computed the first time
 * it is read. Masking the whole reply is most of the cost of reading a big add_multi_lead
 * answer, and a lead export never shows it. `raw` stays an own, enumerable property, so
 * spreading the result, JSON.stringify and structured cloning (extension messages) all read
 * it through the getter, masked; the unmasked body lives only in this closure. Writing `raw`
 * replaces it with the value written.
 */
export function withLazyRaw<R extends { raw?: string }>(
  result: R,
  body: string,
  secrets: readonly string[],
): R {
  let masked: string | undefined;
  return Object.defineProperty(result, 'raw', {
    enumerable: true,
    configurable: true,
    get: () => {
      masked ??= safeRaw(body, secrets);
      return masked;
    },
    set: (value: string) => {
      Object.defineProperty(result, 'raw', {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    },
  });
}

function parse(
  fn: DialerFunction,
  body: string,
  httpStatus: number,
  context: ReplyContext,
  raw: string,
): AnyReply {
  const status = Number.isSafeInteger(httpStatus) ? httpStatus : 0;
  const statusFailure = httpStatusFailure(status, body);
  // The message may quote the page's title: masked like the rest of the reply.
  if (statusFailure)
    return { ...statusFailure, message: maskSecrets(statusFailure.message, context.secrets), raw };
  if (body.trim() === '') {
    return failure(
      'malformed',
      `The dialer sent an empty reply to ${fn} (usually a crash); it may or may not have been carried out.`,
      { raw, retryable: true, maybeApplied: true },
    );
  }
  if (looksLikeTextReply(body)) return interpretText(fn, parseTextReply(body), context, raw);
  const json = readJson(body);
  const secrets = context.secrets ?? [];
  switch (json.status) {
    case 'ok':
      return interpretJson(fn, json.value, raw, []);
    case 'extra':
      return interpretJson(fn, json.value, raw, strayTextNotices(json.before, json.after, secrets));
    case 'cut':
      return interpretCutJson(fn, body, raw);
    default:
      return notAReply(fn, body, raw, secrets);
  }
}

function notAReply(
  fn: DialerFunction,
  body: string,
  raw: string,
  secrets: readonly string[],
): AnyReply {
  const phpError =
    /<b>\s*(Fatal error|Parse error|Warning|Notice)\s*<\/b>|PHP (Fatal error|Warning|Notice)/i.exec(
      body,
    );
  if (phpError) {
    return failure(
      'malformed',
      `The dialer printed a PHP ${(phpError[1] ?? phpError[2] ?? 'error').toLowerCase()} instead of a reply to ${fn}; it may or may not have been carried out.`,
      { raw, retryable: true, maybeApplied: true },
    );
  }
  if (looksLikeHtmlPage(body)) {
    const title = pageTitle(body);
    return failure(
      'malformed',
      `The server answered with a web page${title ? ` ("${maskSecrets(title, secrets)}")` : ''} instead of a dialer reply: check the dialer URL and the API path.`,
      { raw },
    );
  }
  return failure(
    'malformed',
    `The dialer's reply to ${fn} is neither a text reply nor JSON; it may or may not have been carried out.`,
    { raw, retryable: true, maybeApplied: true },
  );
}

function successLine(fn: DialerFunction, reply: TextReply): ReplyLine | undefined {
  if (fn === 'version') return reply.lines.find((line) => line.keyword === 'VERSION');
  return reply.lines.find((line) => line.keyword === 'SUCCESS' && line.fn === fn);
}

function interpretText(
  fn: DialerFunction,
  reply: TextReply,
  context: ReplyContext,
  raw: string,
): AnyReply {
  const secrets = context.secrets ?? [];
  const found = successLine(fn, reply);
  const errors = reply.lines.filter((line) => line.keyword === 'ERROR');
  const notices = reply.lines
    .filter((line) => line.keyword === 'NOTICE' || (found && line.keyword === 'ERROR'))
    .map((line) => maskSecrets(line.text, secrets));
  // A SUCCESS line means the work was done, whatever else the reply says.
  if (found) return successValue(fn, found, context, raw, notices);
  const first = errors[0];
  if (first) {
    return {
      ...classifyReason({ fn, reason: first.reason, data: first.data, subject: first.data[1] }),
      raw,
    };
  }
  const other = reply.lines.find((line) => line.keyword === 'SUCCESS');
  const what = other
    ? `a success for ${other.fn ?? 'another function'}`
    : 'no SUCCESS or ERROR line';
  return failure(
    'malformed',
    `The dialer's reply to ${fn} has ${what}; it may or may not have been carried out.`,
    { raw, retryable: true, maybeApplied: true },
  );
}

function successValue(
  fn: DialerFunction,
  line: ReplyLine,
  context: ReplyContext,
  raw: string,
  notices: string[],
): AnyReply {
  switch (fn) {
    case 'version': {
      const fields = versionFields(line);
      return success({ version: fields.VERSION ?? '', build: fields.BUILD, fields }, raw, notices);
    }
    case 'add_user': {
      // The SUCCESS line echoes the new agent's password third: keep it out of the value.
      const data = line.data.map((field, index) => (index === 2 ? MASK : field));
      return success({ reason: line.reason, data }, raw, notices);
    }
    case 'update_user':
      return success({ reason: line.reason, data: [...line.data] }, raw, notices);
    case 'add_list':
      // Stock VICIdial: `LIST HAS BEEN ADDED - <apiuser>|<list_id>|<campaign_id>`.
      return success(
        { message: line.reason, listId: line.data[1], campaignId: line.data[2] },
        raw,
        notices,
      );
    case 'add_lead':
      return success(readAddLeadSuccess(line, context.listId), raw, notices);
    default:
      return failure(
        'malformed',
        `The dialer answered ${fn} with a text line the client does not expect.`,
        {
          raw,
          retryable: true,
          maybeApplied: true,
        },
      );
  }
}
