/**
 * A double click, or two tabs reacting to the same click, must not dial twice: the same
 * number within `windowMs` is dropped. Pure, with the clock passed in.
 */
export function createDialDedupe(windowMs: number, now: () => number = Date.now) {
  const lastSent = new Map<string, number>();
  return {
    /** True when this number may be dialed now (and records it). */
    shouldSend(key: string): boolean {
      const time = now();
      for (const [entry, at] of lastSent) if (time - at >= windowMs) lastSent.delete(entry);
      if (lastSent.has(key)) return false;
      lastSent.set(key, time);
      return true;
    },
  };
}

export const DIAL_DEDUPE_MS = 2_000;
