/**
 * How real VICIdial-family servers silently change input instead of rejecting it
 * (dialer-api-reality.md, "Input the server does not reject"): characters outside a field's
 * allowed set are removed, then MySQL cuts the value to its column size. The simulator stores
 * what a real server would store, so that tests of the extension can detect corruption that the
 * extension failed to prevent client side.
 */

/** The character sets each kind of field keeps; everything else is removed. */
const REMOVED = {
  /** User ids, user groups, campaign ids, phone logins. */
  id: /[^-_0-9a-zA-Z]/g,
  /** Passwords lose quotes, backslashes, semicolons and spaces (VICIdial's password filter). */
  password: /['"\\; ]/g,
  /** Person and list names: `O'Brien, José & Co` is stored as `OBrien Jos  Co`, as observed. */
  name: /[^- ._0-9a-zA-Z]/g,
  digits: /[^0-9]/g,
  email: /[^-_.@+0-9a-zA-Z]/g,
  /** `active`: a lowercase `y` is removed, so `active=y` silently changes nothing. */
  yesNo: /[^NY]/g,
  /** Lead fields keep Unicode and quotes (VICIdial allows `'` since 2015) but not these. */
  leadText: /["\\;#]/g,
} as const;

export type FieldKind = keyof typeof REMOVED;

export function stripField(value: string, kind: FieldKind): string {
  const kept = value.replace(REMOVED[kind], '');
  return kind === 'leadText' ? withoutControlCharacters(kept) : kept;
}

/** Lead fields also lose control characters (tabs, newlines, DEL) that would break exports. */
function withoutControlCharacters(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 && code !== 0x7f) out += ch;
  }
  return out;
}

/** MySQL `varchar(n)` cut: counts characters (code points), not bytes or UTF-16 units. */
export function truncateColumn(value: string, size: number): string {
  const chars = Array.from(value);
  return chars.length > size ? chars.slice(0, size).join('') : value;
}

/** What a real server stores for a field: filtered, then cut to the column. */
export function storeField(value: string, kind: FieldKind, size: number): string {
  return truncateColumn(stripField(value, kind), size);
}

/**
 * PHP's loose number reading of a request string (`"8abc" < 9` compares 8): an optional sign
 * and leading digits, anything else counts as 0. Used where PHP compares a parameter to a number.
 */
export function phpInt(value: string): number {
  const match = /^\s*([+-]?\d+)/.exec(value);
  if (!match?.[1]) return 0;
  const n = Number.parseInt(match[1], 10);
  return Number.isSafeInteger(n) ? n : 0;
}
