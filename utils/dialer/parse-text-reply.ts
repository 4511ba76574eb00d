/**
 * VICIdial-style text replies, split into lines a program can reason about.
 *
 * A reply line is `<KEYWORD>: [<function> ]<REASON><separator><data>`, where the separator is
 * ` - ` (`ERROR: add_user USER ALREADY EXISTS - api|api`) or `: |` (`ERROR: Login incorrect,
 * please try again: |api|1234|BAD|`), and the data is pipe-separated in an order that varies
 * by function (some lines put the API user first, some last). A reply may hold several lines
 * (SUCCESS then NOTICE lines; two ERROR lines) and PHP warnings around them. So lines are read
 * by their leading keyword, and the reason is cut at the first separator of either kind:
 * reasons never contain one, while data (a full name echoed back) may.
 */

export type LineKeyword = 'SUCCESS' | 'ERROR' | 'NOTICE' | 'VERSION';

export interface ReplyLine {
  keyword: LineKeyword;
  /** The function name the line starts with (`add_user`, `auth`), when it has one. */
  fn?: string;
  /** e.g. `USER ALREADY EXISTS`, `Login incorrect, please try again`. */
  reason: string;
  data: string[];
  /** The whole line, trimmed. */
  text: string;
}

export interface TextReply {
  lines: ReplyLine[];
  /** Non-empty lines that are not dialer reply lines (PHP warnings, HTML, stray output). */
  otherLines: string[];
}

const LINE = /^(SUCCESS|ERROR|NOTICE|VERSION)\s*:\s?(.*)$/;
const FUNCTION_NAME = /^([a-z][a-z0-9_]*)\s+(\S.*)$/;
const SEPARATOR = / - |:\s?\||\s-$/;

function splitLine(keyword: LineKeyword, rest: string, text: string): ReplyLine {
  if (keyword === 'VERSION') {
    return { keyword, reason: 'VERSION', data: rest.split('|'), text };
  }
  let fn: string | undefined;
  let body = rest;
  const named = FUNCTION_NAME.exec(rest);
  if (named?.[1] && named[2]) {
    fn = named[1];
    body = named[2];
  }
  const separator = SEPARATOR.exec(body);
  if (!separator) return { keyword, fn, reason: body.trim(), data: [], text };
  const reason = body.slice(0, separator.index).trim();
  // The `: |` separator swallows the data's leading pipe. Fields are trimmed: the seed itself
  // prints `api| 7878` and `1234567893| 1101`.
  const dataText = body.slice(separator.index + separator[0].length);
  const data =
    dataText === '' && !separator[0].includes('|') ? [] : dataText.split('|').map((f) => f.trim());
  return { keyword, fn, reason, data, text };
}

export function parseTextReply(body: string): TextReply {
  const lines: ReplyLine[] = [];
  const otherLines: string[] = [];
  for (const rawLine of body.split(/\r?\n|\r/)) {
    const text = rawLine.trim();
    if (text === '') continue;
    const match = LINE.exec(text);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      lines.push(splitLine(match[1] as LineKeyword, match[2], text));
    } else {
      otherLines.push(text);
    }
  }
  return { lines, otherLines };
}

/** True when the body holds at least one dialer reply line. */
export function looksLikeTextReply(body: string): boolean {
  return /(^|[\r\n])\s*(SUCCESS|ERROR|NOTICE|VERSION)\s*:/.test(body);
}

/** `VERSION: 2.14-917a|BUILD: 240210-1013|DATE: …|EPOCH: …|` as key/value pairs. */
export function versionFields(line: ReplyLine): Record<string, string> {
  const fields: Record<string, string> = {};
  const [version = '', ...pairs] = line.data;
  fields.VERSION = version.trim();
  for (const pair of pairs) {
    const colon = pair.indexOf(':');
    if (colon > 0) fields[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  return fields;
}
