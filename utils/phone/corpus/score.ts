import type { FoundPhoneNumber } from '../types';
import type { ExpectedNumber } from './types';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseOutcome {
  missed: ExpectedNumber[];
  unexpected: FoundPhoneNumber[];
  matched: number;
}

const key = (raw: string, e164: string, ext: string | undefined) =>
  `${raw}\u0000${e164}\u0000${ext ?? ''}`;

/** A found number counts only with its exact text, E.164 form and extension. */
export function compareCase(
  expected: readonly ExpectedNumber[],
  found: readonly FoundPhoneNumber[],
): CaseOutcome {
  const remaining = new Map<string, number>();
  for (const want of expected) {
    const k = key(want.raw, want.e164, want.ext);
    remaining.set(k, (remaining.get(k) ?? 0) + 1);
  }
  const unexpected: FoundPhoneNumber[] = [];
  let matched = 0;
  for (const got of found) {
    const k = key(got.raw, got.e164, got.extension);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      matched++;
    } else {
      unexpected.push(got);
    }
  }
  const missed = expected.filter((want) => {
    const k = key(want.raw, want.e164, want.ext);
    const left = remaining.get(k) ?? 0;
    if (left === 0) return false;
    remaining.set(k, left - 1);
    return true;
  });
  return { missed, unexpected, matched };
}

export function score(outcomes: readonly CaseOutcome[]): Score {
  const truePositives = outcomes.reduce((sum, outcome) => sum + outcome.matched, 0);
  const falsePositives = outcomes.reduce((sum, outcome) => sum + outcome.unexpected.length, 0);
  const falseNegatives = outcomes.reduce((sum, outcome) => sum + outcome.missed.length, 0);
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
