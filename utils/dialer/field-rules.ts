/**
 * The rule of every field the client sends, and the check that enforces it.
 *
 * Lengths come from the seed document. Character sets come from what VICIdial-family servers
 * keep: they silently delete every other character (`O'Brien, José & Co` is stored as
 * `OBrien Jos  Co`), and they cut over-long values to the column size after answering SUCCESS.
 * Where stock VICIdial's `non_agent_api.php` and the probed Elision behaviour differ, the set
 * here is the intersection of both, so a value that passes is stored unchanged by either.
 * Lengths count characters (code points), as MySQL's varchar does.
 */

export interface CharSet {
  /** Matches one character the dialer keeps. */
  keeps: RegExp;
  /** For messages: "only <describe> are kept by the dialer". */
  describe: string;
}

export interface TextRule {
  min: number;
  max: number;
  chars?: CharSet;
  /** A rule on the whole value, checked instead of length and characters when given. */
  pattern?: { regex: RegExp; rule: string };
  /** Extra advice appended to every message of this field. */
  hint?: string;
}

export const CHARSETS = {
  /** User ids, passwords, user groups, phone logins, campaign ids. */
  id: { keeps: /^[-_0-9a-zA-Z]$/, describe: 'letters A-Z, digits, - and _' },
  /** `source`: stock VICIdial keeps letters and digits only. */
  source: { keeps: /^[0-9a-zA-Z]$/, describe: 'letters A-Z and digits' },
  /** Agent full names and list names (observed: `O'Brien, José & Co` -> `OBrien Jos  Co`). */
  name: { keeps: /^[- ._0-9a-zA-Z]$/, describe: 'letters A-Z, digits, spaces, - . and _' },
  /** User email: stock VICIdial turns `+` into a space, the Elision filter drops quotes. */
  email: { keeps: /^[-_.@0-9a-zA-Z]$/, describe: 'letters A-Z, digits, - _ . and @' },
  digits: { keeps: /^[0-9]$/, describe: 'digits' },
  /** Lead names, titles, alt phones (stock add_lead; `+` would become a space). */
  leadName: { keeps: /^[- '_.0-9a-zA-Z]$/, describe: "letters A-Z, digits, spaces, - ' _ and ." },
  /** Lead addresses, city, security phrase, owner. */
  leadAddress: {
    keeps: /^[- '.:/@_0-9a-zA-Z]$/,
    describe: "letters A-Z, digits, spaces, - ' . : / @ and _",
  },
  leadState: { keeps: /^[- 0-9a-zA-Z]$/, describe: 'letters A-Z, digits, spaces and -' },
  leadProvince: {
    keeps: /^[- '._0-9a-zA-Z]$/,
    describe: "letters A-Z, digits, spaces, - ' . and _",
  },
  leadPostal: { keeps: /^[- '0-9a-zA-Z]$/, describe: "letters A-Z, digits, spaces, - and '" },
  leadEmail: {
    keeps: /^[- '.:/@%_0-9a-zA-Z]$/,
    describe: "letters A-Z, digits, spaces, - ' . : / @ % and _",
  },
  /** Free text (comments, vendor lead code, source id): Unicode is kept, a few marks are not. */
  leadFree: {
    keeps: /^[^;#"\\+\p{Cc}]$/u,
    describe: 'any characters except ; # " \\ + and control characters',
  },
} as const satisfies Record<string, CharSet>;

/** Code points, so that an emoji or an accented letter counts as one character. */
export function charCount(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

function showChar(ch: string): string {
  if (ch === ' ') return 'spaces';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `"${ch}"`;
}

/** One bracket class between anchors, as every CharSet's `keeps` is: /^[…]$/. */
const ONE_CLASS = /^\^\[(?:[^\\\]]|\\.)*\]\$$/;
const WHOLE = new WeakMap<CharSet, RegExp | null>();

/**
 * `keeps` for a whole value (/^[…]$/ becomes /^[…]*$/), or null where testing the value at
 * once could disagree with testing it character by character. Without the `u` flag a class
 * matches UTF-16 units, not characters: a negated class or one with escapes might match both
 * halves of an emoji that, tested as one character, is not kept; `m` would let one line pass
 * for the whole value. Those sets use the loop only.
 */
function keepsAll(chars: CharSet): RegExp | null {
  let whole = WHOLE.get(chars);
  if (whole === undefined) {
    const { source, flags } = chars.keeps;
    const unicode = flags.includes('u') || flags.includes('v');
    const safe =
      ONE_CLASS.test(source) &&
      !/[gmy]/.test(flags) &&
      (unicode || (!source.startsWith('^[^') && !source.includes('\\')));
    whole = safe ? new RegExp(`${source.slice(0, -1)}*$`, flags) : null;
    WHOLE.set(chars, whole);
  }
  return whole;
}

/** The characters of `value` the dialer would delete, each once, in order of appearance. */
export function removedChars(value: string, chars: CharSet): string[] {
  // Nearly every value keeps all its characters: one test, and the loop only to name the rest.
  if (keepsAll(chars)?.test(value)) return [];
  const seen = new Set<string>();
  for (const ch of value) if (!chars.keeps.test(ch)) seen.add(ch);
  return [...seen];
}

/**
 * Whether `value` keeps `rule`: exactly `checkText(…).length === 0`, without building messages
 * (the lead export checks every field of every lead with it).
 */
export function passesText(rule: TextRule, value: string): boolean {
  return textCheck(rule)(value);
}

/**
 * passesText for one rule, with its whole-value regex looked up once: the lead export checks
 * every field of every lead, and builds these once per field.
 */
export function textCheck(rule: TextRule): (value: string) => boolean {
  const { pattern, min, max, chars } = rule;
  if (pattern) return (value) => pattern.regex.test(value);
  const whole = chars ? keepsAll(chars) : null;
  return (value) => {
    // A string of n UTF-16 units holds between ceil(n/2) and n code points: count them only
    // when that range does not settle the length rule.
    const units = value.length;
    if (units > max || (units + 1) >> 1 < min) {
      const length = charCount(value);
      if (length < min || length > max) return false;
    }
    if (!chars) return true;
    return whole ? whole.test(value) : removedChars(value, chars).length === 0;
  };
}

/** Every way `value` breaks `rule`, as messages that start with the field name. */
export function checkText(field: string, rule: TextRule, value: string): string[] {
  const hint = rule.hint ? ` ${rule.hint}` : '';
  if (rule.pattern) {
    return rule.pattern.regex.test(value) ? [] : [`${field}: ${rule.pattern.rule}.${hint}`];
  }
  const messages: string[] = [];
  const length = charCount(value);
  if (length < rule.min || length > rule.max) {
    const range =
      rule.min === 0
        ? `at most ${rule.max}`
        : rule.min === rule.max
          ? `exactly ${rule.min}`
          : `${rule.min}-${rule.max}`;
    const what = rule.chars === CHARSETS.digits ? 'digits' : 'characters';
    const got = length === 0 ? 'it is empty' : `this one has ${length}`;
    messages.push(`${field}: must be ${range} ${what} (${got}).${hint}`);
  }
  if (rule.chars) {
    const removed = removedChars(value, rule.chars);
    if (removed.length > 0) {
      messages.push(
        `${field}: only ${rule.chars.describe} are kept by the dialer; remove ${removed.map(showChar).join(', ')}.${hint}`,
      );
    }
  }
  return messages;
}

const id = (min: number, max: number): TextRule => ({ min, max, chars: CHARSETS.id });

/** The seed's field rules for users and lists, with the kept character sets. */
export const FIELD_RULES = {
  source: { min: 2, max: 20, chars: CHARSETS.source },
  agent_user: id(2, 20),
  agent_pass: { ...id(1, 20), hint: 'The dialer would store a different password.' },
  agent_user_level: {
    min: 1,
    max: 1,
    pattern: { regex: /^[1-9]$/, rule: 'must be one digit from 1 to 9' },
  },
  agent_full_name: { min: 1, max: 50, chars: CHARSETS.name },
  agent_user_group: id(1, 20),
  phone_login: id(1, 20),
  phone_pass: id(1, 20),
  voicemail_id: { min: 1, max: 10, chars: CHARSETS.digits },
  email: { min: 1, max: 100, chars: CHARSETS.email },
  list_id: { min: 2, max: 14, chars: CHARSETS.digits },
  list_name: { min: 6, max: 30, chars: CHARSETS.name },
  campaign_id: id(2, 8),
} as const satisfies Record<string, TextRule>;

/** `active`: a lowercase `y` is deleted by the dialer and the update silently does nothing. */
export function checkActive(value: string): string[] {
  if (value === 'Y' || value === 'N') return [];
  if (value === 'y' || value === 'n') {
    return [
      `active: must be an uppercase Y or N; the dialer ignores a lowercase "${value}", so send "${value.toUpperCase()}".`,
    ];
  }
  return ['active: must be Y or N.'];
}
