import type { FindNumbers, ParseTel, PhoneContext, PhoneMatch } from './phone-match';

const NONE: readonly PhoneMatch[] = Object.freeze([]);

/**
 * Fewer digits than this cannot be a dialable number anywhere we serve, so such text (names,
 * dates like 3/4, counters) never reaches the finder. Most text on a CRM page stops here.
 */
const MIN_DIGITS = 6;

export function hasEnoughDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

/** Keeps only spans that fit the text, in order and not overlapping: the finder is not ours. */
function usable(text: string, matches: readonly PhoneMatch[]): readonly PhoneMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const kept: PhoneMatch[] = [];
  let after = 0;
  for (const m of sorted) {
    if (
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= after &&
      m.end > m.start &&
      m.end <= text.length
    ) {
      kept.push(m);
      after = m.end;
    }
  }
  return kept.length ? kept : NONE;
}

export interface MatchCache {
  /** Numbers in `text` read with `context`; repeated texts (the same number in many rows,
   *  the same row re-rendered) are looked up, not searched again. */
  find(text: string, context: PhoneContext): readonly PhoneMatch[];
  /** The number of a `tel:` or `callto:` href, looked up the same way: a CRM table links
   *  every phone cell, and parsing an href costs as much as searching a text. */
  tel(href: string): PhoneMatch | null;
  readonly calls: number;
  readonly hits: number;
}

/** Hrefs get a context key of their own: no text context can produce it. */
const TEL_KEY = '\u0002tel';

/**
 * Matches by context, then by text. Two levels, so a lookup hashes the text once instead of
 * building a long combined key. Bounded in entries and in characters (a CRM's notes can be
 * long); when full it starts over, which costs a search per text seen again and nothing else.
 */
export function createMatchCache(
  findNumbers: FindNumbers,
  parseTel: ParseTel,
  maxEntries = 5000,
  maxChars = 1_000_000,
): MatchCache {
  let byContext = new Map<string, Map<string, readonly PhoneMatch[]>>();
  let entries = 0;
  let chars = 0;
  let calls = 0;
  let hits = 0;

  function lookup(
    contextKey: string,
    text: string,
    search: () => readonly PhoneMatch[],
  ): readonly PhoneMatch[] {
    let byText = byContext.get(contextKey);
    const cached = byText?.get(text);
    if (cached) {
      hits++;
      return cached;
    }
    calls++;
    const found = search();
    entries++;
    chars += text.length;
    if (entries > maxEntries || chars > maxChars) {
      byContext = new Map();
      byText = undefined;
      entries = 1;
      chars = text.length;
    }
    if (!byText) {
      byText = new Map();
      byContext.set(contextKey, byText);
    }
    byText.set(text, found);
    return found;
  }

  return {
    find(text, context) {
      if (!hasEnoughDigits(text)) return NONE;
      const contextKey = `${context.header ?? ''}\u0001${context.label ?? ''}`;
      return lookup(contextKey, text, () => usable(text, findNumbers(text, context)));
    },
    tel(href) {
      const [match] = lookup(TEL_KEY, href, () => {
        const parsed = parseTel(href);
        return parsed ? [parsed] : NONE;
      });
      return match ?? null;
    },
    get calls() {
      return calls;
    },
    get hits() {
      return hits;
    },
  };
}
