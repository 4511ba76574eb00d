/**
 * A lenient JSON reader for dialer replies. Real replies arrive with a PHP warning printed
 * before the JSON, with stray characters after it (the seed's own active_lists example ends
 * in an extra `]}`), or cut off by a dropped connection. This finds the JSON value in the body
 * when there is a whole one, and says clearly when there is only the start of one.
 */

export type JsonReading =
  /** The body (trimmed) is exactly one JSON value. */
  | { status: 'ok'; value: unknown }
  /** One JSON value with other text around it; `before`/`after` say how much was ignored. */
  | { status: 'extra'; value: unknown; before: string; after: string }
  /** JSON starts at `start` but the body ends before it closes. */
  | { status: 'cut'; start: number }
  | { status: 'none' };

/** How many `{`/`[` positions to try as the start of the JSON value. */
const MAX_CANDIDATES = 32;

type Scan = { end: number } | { cut: true } | { mismatch: true };

/** Finds where the value opening at `start` closes, minding strings and escapes. */
function scanBalanced(text: string, start: number): Scan {
  const closers: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') closers.push('}');
    else if (ch === '[') closers.push(']');
    else if (ch === '}' || ch === ']') {
      if (closers.pop() !== ch) return { mismatch: true };
      if (closers.length === 0) return { end: i + 1 };
    }
  }
  return { cut: true };
}

/**
 * JSON.parse, and failing that, JSON.parse after escaping raw control characters inside
 * strings: the seed prints `"Record(s)` and `Created"` on two lines, and a PHP that builds
 * JSON by hand can do the same.
 */
function tryParse(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    // fall through to the lenient attempt
  }
  const repaired = escapeControlsInStrings(text);
  if (repaired === text) return null;
  try {
    return { value: JSON.parse(repaired) as unknown };
  } catch {
    return null;
  }
}

export function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (inString && ch === '\\') {
      out += ch + (text[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === '"') inString = !inString;
    const code = ch.charCodeAt(0);
    out += inString && code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

export function readJson(body: string): JsonReading {
  const trimmed = body.trim();
  if (trimmed === '') return { status: 'none' };
  const whole = tryParse(trimmed);
  if (whole) return { status: 'ok', value: whole.value };

  let candidates = 0;
  for (let i = 0; i < body.length && candidates < MAX_CANDIDATES; i += 1) {
    const ch = body[i];
    if (ch !== '{' && ch !== '[') continue;
    candidates += 1;
    const scan = scanBalanced(body, i);
    if ('end' in scan) {
      const parsed = tryParse(body.slice(i, scan.end));
      if (parsed) {
        return {
          status: 'extra',
          value: parsed.value,
          before: body.slice(0, i).trim(),
          after: body.slice(scan.end).trim(),
        };
      }
    } else if ('cut' in scan) {
      // Every later candidate lies inside this unclosed value (a lead entry inside a cut
      // lead map): reading one of those as the reply would be wrong.
      return { status: 'cut', start: i };
    }
  }
  return { status: 'none' };
}

/** A JSON string, or the `]` that ends the array (a `]` inside a string is part of the string). */
const ARRAY_TOKEN = /"(?:[^"\\\n]|\\.)*"|\]/g;

/** The complete JSON strings of the `data` array of a cut `{"…","data":["a","b","c` body. */
export function recoverDataStrings(body: string): string[] {
  const data = /"data"\s*:\s*\[/.exec(body);
  if (!data) return [];
  const strings: string[] = [];
  for (const match of body.slice(data.index + data[0].length).matchAll(ARRAY_TOKEN)) {
    if (match[0] === ']') break;
    const parsed = tryParse(match[0]);
    if (typeof parsed?.value === 'string') strings.push(parsed.value);
  }
  return strings;
}

const LEAD_ENTRY = /"lead (\d+)"\s*:\s*(\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\})/g;

/** The complete `"lead N":{…}` entries of an add_multi_lead reply, even a cut one. */
export function recoverLeadEntries(body: string): Array<{ number: number; value: unknown }> {
  const entries: Array<{ number: number; value: unknown }> = [];
  for (const match of body.matchAll(LEAD_ENTRY)) {
    const parsed = match[2] === undefined ? null : tryParse(match[2]);
    if (parsed) entries.push({ number: Number(match[1]), value: parsed.value });
  }
  return entries;
}
