import { describe, expect, test } from 'vitest';
import { deadline } from '../../../actions/lib/deadline.ts';
import {
  ApiError,
  classify,
  nextLink,
  rateLimitReset,
  retryDelay,
} from '../../../actions/lib/github.ts';

describe('rateLimitReset', () => {
  const now = 1_700_000_000_000;
  test('primary limit: 403 with x-ratelimit-remaining 0 resets at x-ratelimit-reset', () => {
    expect(
      rateLimitReset(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700003600' }, now),
    ).toBe(1_700_003_600_000);
  });
  test('secondary limit: retry-after seconds', () => {
    expect(rateLimitReset(429, { 'retry-after': '30' }, now)).toBe(now + 30_000);
    expect(rateLimitReset(403, { 'retry-after': '5' }, now)).toBe(now + 5_000);
  });
  test('secondary limit without retry-after: a 429, or a 403 that says so, waits a minute', () => {
    expect(rateLimitReset(429, {}, now)).toBe(now + 60_000);
    const said = 'You have exceeded a secondary rate limit. Please wait a few minutes.';
    expect(rateLimitReset(403, { 'x-ratelimit-remaining': '4000' }, now, said)).toBe(now + 60_000);
  });
  test('a plain 403 is not a rate limit', () => {
    expect(rateLimitReset(403, { 'x-ratelimit-remaining': '12' }, now)).toBeUndefined();
    expect(rateLimitReset(500, { 'x-ratelimit-remaining': '0' }, now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  test.each(['server', 'network', 'malformed'] as const)(
    '%s is retried with growing backoff',
    (kind) => {
      const e = new ApiError(kind, 'x');
      expect([0, 1, 2, 3, 10].map((n) => retryDelay(e, n))).toEqual([200, 400, 800, 1600, 2000]);
    },
  );
  test.each(['auth', 'forbidden', 'not-found', 'timeout', 'other'] as const)(
    '%s is final',
    (kind) => {
      expect(retryDelay(new ApiError(kind, 'x'), 0)).toBeUndefined();
    },
  );
  test('a rate limit waits until its reset', () => {
    const d = retryDelay(new ApiError('rate-limit', 'x', 403, Date.now() + 5000), 0) as number;
    expect(d).toBeGreaterThan(4500);
    expect(d).toBeLessThanOrEqual(5250);
  });
});

test('nextLink follows rel="next" only', () => {
  const link =
    '<https://ghe.example/api/v3/orgs/o/actions/runners?per_page=100&page=3>; rel="next", <https://ghe.example/api/v3/orgs/o/actions/runners?per_page=100&page=3>; rel="last"';
  expect(nextLink(link)).toBe(
    'https://ghe.example/api/v3/orgs/o/actions/runners?per_page=100&page=3',
  );
  expect(nextLink('<https://x/?page=1>; rel="prev"')).toBeUndefined();
  expect(nextLink(undefined)).toBeUndefined();
});

describe('classify', () => {
  const limit = deadline(10);
  const response = (status: number, message: string, headers: Record<string, string> = {}) => ({
    status,
    response: { headers, data: { message } },
  });
  test.each([
    [401, 'Bad credentials', 'auth'],
    [403, 'Resource not accessible by integration', 'forbidden'],
    [404, 'Not Found', 'not-found'],
    [502, 'Bad Gateway', 'server'],
    [422, 'Validation Failed', 'other'],
  ])('%i %s is %s', (status, message, kind) => {
    const e = classify(response(status, message), 'GET /x', limit);
    expect(e.kind).toBe(kind);
    expect(e.message).toContain(message);
  });
  test('no response is a network fault', () => {
    expect(
      classify(Object.assign(new Error('ECONNREFUSED'), { status: 500 }), 'GET /x', limit).kind,
    ).toBe('network');
  });
  test('an abort is a timeout naming api-timeout-seconds', () => {
    const e = classify(
      Object.assign(new Error('aborted'), { name: 'AbortError' }),
      'GET /x',
      limit,
    );
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('api-timeout-seconds');
  });
});
