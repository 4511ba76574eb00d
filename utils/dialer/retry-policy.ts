import type { DialerFailure, DialerFunction } from './dialer-types';

/**
 * When a failed call is tried again, and after how long.
 *
 * Only failures that say "try later" are retried (server down, timeout, network, a cut or
 * crashed reply). auth, permission and invalid never are: the server answered, and repeating a
 * refused login counts towards the 10 failures that lock the account for 15 minutes.
 *
 * A retry also has to be safe. A failure whose request may have been applied (`maybeApplied`)
 * is retried only for calls that can be repeated without harm:
 * - active_lists and version read; update_user sets the same values again;
 * - add_user and add_list are refused by the dialer when the user or list already exists, so
 *   a repeat cannot create a second one (the client reports that `exists` came after a lost
 *   reply).
 * add_multi_lead and add_lead are neither: the dialer does not check duplicates, so a repeat
 * after a lost reply may add the leads twice. Their rows are reported `unconfirmed` instead.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. 1 = never retry. */
  maxAttempts: number;
  /** Delay before the first retry; doubles with each further retry. */
  baseDelayMs: number;
  /** No single delay is longer than this, Retry-After included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
};

const RESEND_SAFE: Readonly<Record<DialerFunction, boolean>> = {
  add_user: true,
  update_user: true,
  add_list: true,
  active_lists: true,
  version: true,
  add_multi_lead: false,
  add_lead: false,
};

export function isResendSafe(fn: DialerFunction): boolean {
  return RESEND_SAFE[fn];
}

export function shouldRetry(fn: DialerFunction, failed: DialerFailure): boolean {
  if (!failed.retryable) return false;
  return !failed.maybeApplied || isResendSafe(fn);
}

/** A policy from partial settings, each value clamped to something that makes sense. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const pick = (value: number | undefined, fallback: number, min: number, max: number) =>
    value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, value));
  const maxDelayMs = pick(partial.maxDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs, 0, 600_000);
  return {
    maxAttempts: Math.floor(pick(partial.maxAttempts, DEFAULT_RETRY_POLICY.maxAttempts, 1, 20)),
    baseDelayMs: pick(partial.baseDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs, 0, maxDelayMs),
    maxDelayMs,
  };
}

/**
 * Exponential backoff with "equal jitter": half of the step is fixed, half random, so clients
 * that failed together do not come back together, and no delay collapses to zero.
 * `retry` counts from 1 (the delay before the second attempt). A server's Retry-After is
 * honoured up to `maxDelayMs`.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const draw = Math.min(1, Math.max(0, random()));
  const jittered = step / 2 + (draw * step) / 2;
  const wanted = Math.max(jittered, retryAfterMs ?? 0);
  return Math.round(Math.min(policy.maxDelayMs, wanted));
}

/** `Retry-After: 120` or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
