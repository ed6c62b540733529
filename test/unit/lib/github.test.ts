import { describe, expect, test } from 'vitest';
import { deadline } from '../../../actions/lib/deadline.ts';
import { addSecret, redact, sentence } from '../../../actions/lib/errors.ts';
import {
  ApiError,
  checkPathParams,
  classify,
  describeReset,
  nextLink,
  rateLimit,
  rateLimitReset,
  retryDelay,
  sameOrigin,
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

describe('rate limits tell the truth', () => {
  const now = 1_700_000_000_000;
  test.each([
    [403, {}, 'You have exceeded a secondary rate limit. Please wait a few minutes.', true],
    [429, {}, 'You have exceeded a secondary rate limit.', true],
    [403, {}, 'You have triggered an abuse detection mechanism.', true],
    [403, { 'retry-after': '30' }, 'anything', true],
    [403, {}, 'API rate limit exceeded for installation ID 1.', false],
  ])('%i %j %s is a rate limit (secondary: %s)', (status, headers, message, secondary) => {
    expect(rateLimit(status, headers, message, now)).toMatchObject({ secondary });
  });

  test('a 403 saying "secondary rate limit" is classified as a rate limit, not a permission', () => {
    const e = classify(
      {
        status: 403,
        response: { headers: {}, data: { message: 'You have exceeded a secondary rate limit.' } },
      },
      'GET /x',
      deadline(10),
    );
    expect(e.kind).toBe('rate-limit');
    expect(e.message).toMatch(
      /^GitHub's secondary rate limit was reached \(403 for GET \/x\); it resets at .* \(in 1m00s\)\.$/,
    );
  });

  test.each([
    ['a reset in the past', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1600000000' }],
    ['a huge Retry-After', { 'retry-after': '99999999999999999999' }],
    ['a Retry-After date in the past', { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }],
    ['a reset that is not a number', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' }],
  ])('%s never prints "Invalid time value" or a past time as the future', (_name, headers) => {
    const e = classify(
      { status: 429, response: { headers, data: { message: 'slow down' } } },
      'GET /x',
      deadline(10),
    );
    expect(e.kind).toBe('rate-limit');
    expect(e.message).not.toContain('Invalid');
    const at = /resets at (\S+)/.exec(e.message)?.[1];
    if (at) expect(Date.parse(at)).toBeGreaterThan(Date.now());
    expect(e.resetAt).toBeGreaterThanOrEqual(Date.now() - 1000);
    expect(Number.isFinite(e.resetAt)).toBe(true);
  });

  test.each([
    [-5_000, 'the reset time GitHub gave has already passed'],
    [0, 'the reset time GitHub gave has already passed'],
    [65_000, 'it resets at 2023-11-14T22:14:25.000Z (in 1m05s)'],
    [400 * 86_400_000, 'GitHub asks to wait for more than a year'],
    [Number.POSITIVE_INFINITY, 'GitHub gave no time when it resets'],
  ])('describeReset(now %+d ms)', (delta, text) => {
    expect(describeReset(now + delta, now)).toContain(text);
  });

  test('a past reset is retried soon, not at once forever', () => {
    const e = new ApiError('rate-limit', 'x', 403, Date.now() - 60_000);
    expect(retryDelay(e, 0)).toBe(250);
    expect(retryDelay(e, 5)).toBe(4000);
  });
});

describe('the token stays with the API origin', () => {
  test.each([
    ['https://api.github.com', 'https://api.github.com/orgs/o/actions/runners?page=2', true],
    [
      'https://ghe.example/api/v3',
      'https://ghe.example/api/v3/orgs/o/actions/runners?page=2',
      true,
    ],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8081/orgs/o/actions/runners?page=2', false],
    ['https://api.github.com', 'https://evil.example/orgs/o/actions/runners?page=2', false],
    ['https://api.github.com', 'http://api.github.com/orgs/o/actions/runners?page=2', false],
    ['https://ghe.example/api/v3', 'https://ghe.example/login?page=2', false],
    ['https://api.github.com', 'https://api.github.com.evil.example/x', false],
    ['https://api.github.com', 'https://user@api.github.com.evil.example/x', false],
  ])('base %s, next %s: followed %s', (base, next, followed) => {
    if (followed) expect(sameOrigin(next, base, 'GET /x')).toBe(next);
    else expect(() => sameOrigin(next, base, 'GET /x')).toThrow(/was not sent there/);
  });

  test.each(['..', '.', '%2e%2E', '.%2e', ''])('path parameter %j is refused', (value) => {
    expect(() =>
      checkPathParams('GET /repos/{owner}/{repo}/x', { owner: 'o', repo: value }),
    ).toThrow(/would change the request's path/);
  });
  test.each(['.github', 'a..b', 'a/b', 'x'])('path parameter %j is fine (encoded)', (value) => {
    expect(() =>
      checkPathParams('GET /repos/{owner}/{repo}/x', { owner: 'o', repo: value }),
    ).not.toThrow();
  });
});

describe('messages', () => {
  test('a credential echoed by the API is redacted from the error', () => {
    addSecret('ghp_echoedTokenValue1234567890');
    const e = classify(
      {
        status: 401,
        response: { headers: {}, data: { message: 'Bad token ghp_echoedTokenValue1234567890' } },
      },
      'GET /x',
      deadline(10),
    );
    expect(e.message).toBe('GitHub refused the token (401): Bad token ***.');
    expect(e.stack).not.toContain('ghp_echoedTokenValue');
  });

  test('each line of a PEM key is redacted, and the key whole', () => {
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(64)}\n${'B'.repeat(40)}\n-----END RSA PRIVATE KEY-----`;
    addSecret(key.replace(/\n/g, '\\n'));
    expect(redact(`key: ${key}`)).toBe('key: ***');
    expect(redact(`part ${'B'.repeat(40)} end`)).toBe('part *** end');
    expect(redact(`joined ${'A'.repeat(64)}${'B'.repeat(40)}`)).toBe('joined ***');
  });

  test.each([
    [
      { response: undefined, message: 'getaddrinfo ENOTFOUND api.github.com' },
      /ENOTFOUND api\.github\.com\.$/,
    ],
    [
      { status: 403, response: { headers: {}, data: { message: 'Must have admin rights' } } },
      /rights\.$/,
    ],
    [{ status: 502, response: { headers: {}, data: { message: 'Bad Gateway' } } }, /Gateway\.$/],
    [{ status: 404, response: { headers: {}, data: { message: 'Not Found.' } } }, /Found\.$/],
  ])('every message is a sentence: %j', (error, end) => {
    const e = classify(
      Object.assign(new Error(String((error as { message?: string }).message ?? '')), error),
      'GET /x',
      deadline(10),
    );
    expect(e.message).toMatch(end);
    expect(e.message).toMatch(/^[A-Z]/);
  });

  test.each([
    ['fetch failed', 'fetch failed.'],
    ['Done.', 'Done.'],
    ['Really?', 'Really?'],
    ["(it has 'x')", "(it has 'x')."],
    ['  spaced  ', 'spaced.'],
  ])('sentence(%j) is %j', (text, expected) => {
    expect(sentence(text)).toBe(expected);
  });
});
