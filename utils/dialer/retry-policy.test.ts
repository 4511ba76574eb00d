import { describe, expect, test } from 'vitest';
import { failure } from './dialer-types';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  isResendSafe,
  parseRetryAfter,
  resolveRetryPolicy,
  shouldRetry,
} from './retry-policy';

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  test('doubles per retry, half fixed and half random', () => {
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200]);
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400]);
  });

  test('never longer than maxDelayMs, Retry-After included', () => {
    expect(backoffDelay(10, policy, () => 1)).toBe(1000);
    expect(backoffDelay(1, policy, () => 0, 5000)).toBe(1000);
    expect(backoffDelay(1, policy, () => 0, 700)).toBe(700);
  });

  test('a random source outside [0, 1] is clamped', () => {
    expect(backoffDelay(1, policy, () => 7)).toBe(100);
    expect(backoffDelay(1, policy, () => -3)).toBe(50);
  });
});

describe('shouldRetry', () => {
  const transient = failure('unavailable', 'down', { retryable: true });
  const lost = failure('unavailable', 'timeout', { retryable: true, maybeApplied: true });

  test.each(['auth', 'permission', 'invalid', 'exists', 'not_found', 'unsupported'] as const)(
    '%s is never retried',
    (kind) => {
      expect(shouldRetry('update_user', failure(kind, 'x'))).toBe(false);
    },
  );

  test('a failure before sending is retried for every function', () => {
    expect(shouldRetry('add_multi_lead', transient)).toBe(true);
    expect(shouldRetry('add_lead', transient)).toBe(true);
  });

  test('a lost reply is retried only where a repeat is harmless', () => {
    expect(shouldRetry('add_user', lost)).toBe(true);
    expect(shouldRetry('update_user', lost)).toBe(true);
    expect(shouldRetry('add_list', lost)).toBe(true);
    expect(shouldRetry('active_lists', lost)).toBe(true);
    expect(shouldRetry('add_multi_lead', lost)).toBe(false);
    expect(shouldRetry('add_lead', lost)).toBe(false);
    expect(isResendSafe('add_multi_lead')).toBe(false);
  });
});

test('resolveRetryPolicy fills defaults and clamps nonsense', () => {
  expect(resolveRetryPolicy()).toEqual(DEFAULT_RETRY_POLICY);
  expect(resolveRetryPolicy({ maxAttempts: 0, baseDelayMs: -5, maxDelayMs: Number.NaN })).toEqual({
    maxAttempts: 1,
    baseDelayMs: 0,
    maxDelayMs: 8000,
  });
  expect(resolveRetryPolicy({ maxAttempts: 2.7, baseDelayMs: 9999, maxDelayMs: 100 })).toEqual({
    maxAttempts: 2,
    baseDelayMs: 100,
    maxDelayMs: 100,
  });
});

test('parseRetryAfter reads seconds and dates', () => {
  expect(parseRetryAfter('3', 0)).toBe(3000);
  expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
  expect(parseRetryAfter('soon', 0)).toBeUndefined();
  expect(parseRetryAfter(null, 0)).toBeUndefined();
});
