import {
  FILLERS,
  QUALIFIERS,
  REFERENCE_MARKS,
  SUPPORTING,
  SUPPRESSING,
  SUPPRESSING_WHEN_QUALIFIED,
} from './cue-words';
import type { PhoneContext } from './types';

/** What the words around a number say about it. */
export type Cue = 'supports' | 'suppresses' | 'neutral';

const TOKEN = /[\p{L}\p{N}]+|[#№]/gu;

function normalizeWord(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  return plain === 'nº' || plain === 'n°' ? 'no' : plain;
}

type Verdict = Cue | 'qualifier' | 'filler' | 'other';

function wordVerdict(word: string, qualified: boolean): Verdict {
  if (SUPPORTING.has(word)) return 'supports';
  if (SUPPRESSING.has(word)) return 'suppresses';
  if (SUPPRESSING_WHEN_QUALIFIED.has(word)) return qualified ? 'suppresses' : 'other';
  if (REFERENCE_MARKS.has(word) || QUALIFIERS.has(word)) return 'qualifier';
  if (FILLERS.has(word)) return 'filler';
  return 'other';
}

/**
 * Reads words backwards from the number: the nearest deciding word wins, so "Account phone"
 * supports and "Phone ID" suppresses. In running text (`stopAtOther`) an unrelated word between
 * a cue and its number ends the search: "Order 12 shipped, call 415…" is not an order number.
 */
function decide(words: readonly string[], stopAtOther: boolean): Cue {
  let qualified = false;
  let referenceMark = false;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    const verdict = wordVerdict(word, qualified);
    if (verdict === 'supports' || verdict === 'suppresses') return verdict;
    if (verdict === 'qualifier') {
      qualified = true;
      referenceMark ||= REFERENCE_MARKS.has(word);
    } else if (stopAtOther && verdict === 'other') {
      break;
    }
  }
  return referenceMark ? 'suppresses' : 'neutral';
}

/** Classifies a label or a column header: "Mobile phone" supports, "Invoice #" suppresses. */
export function classifyLabel(label: string | undefined): Cue {
  if (!label) return 'neutral';
  return decide((label.match(TOKEN) ?? []).map(normalizeWord), false);
}

/** The label decides if it says anything, else the column header. */
export function classifyContext(context: PhoneContext | undefined): Cue {
  const fromLabel = classifyLabel(context?.label);
  return fromLabel === 'neutral' ? classifyLabel(context?.header) : fromLabel;
}

const LOOK_BEHIND = 40;
/** What may stand between a cue and its number: spaces, ":", "#", "-", ".", "=", "(". */
const CONNECTOR = /^[\p{Z}\t:#№.=\-–—(]*$/u;

/**
 * The cue written right before a number in the same text: "Order #", "Invoice", "Ref:", "ID:"
 * suppress; "Tel:", "Phone:", "Call", "Mob." support. Anything else between the cue and the
 * number (another number, an unrelated word) leaves it neutral.
 */
export function cueBefore(text: string, start: number): Cue {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  const words: string[] = [];
  let gapEnd = before.length;
  const matches = [...before.matchAll(TOKEN)];
  for (let index = matches.length - 1; index >= 0; index--) {
    const match = matches[index];
    if (!match || !CONNECTOR.test(before.slice(match.index + match[0].length, gapEnd))) break;
    words.unshift(normalizeWord(match[0]));
    gapEnd = match.index;
  }
  return decide(words, true);
}
