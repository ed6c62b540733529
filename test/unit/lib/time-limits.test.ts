/**
 * Time limits proved with a controlled clock (vitest's fake timers drive Date.now and setTimeout),
 * not with real waits: these hold however busy the machine is (docs/decisions/test-clock.md).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { poll } from '../../../actions/fleet/poll.ts';
import { deadline, pause, sleep } from '../../../actions/lib/deadline.ts';
import { ApiError, createClient } from '../../../actions/lib/github.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A fetch that answers from `answer`, counting calls, at the fake clock's time. */
function fakeFetch(answer: (call: number, signal?: AbortSignal | null) => Promise<Response>) {
  const calls: number[] = [];
  const fetch = (async (_url: unknown, init?: RequestInit) => {
    calls.push(Date.now());
    return answer(calls.length, init?.signal);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Never answers; rejects when the request's signal aborts, as a real fetch does. */
const never = (signal?: AbortSignal | null) =>
  new Promise<Response>((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

async function client(seconds: number, fetch: typeof globalThis.fetch) {
  return createClient({
    token: 'ghp_timeLimitTestToken000000000000000',
    baseUrl: 'http://127.0.0.1:9',
    deadline: deadline(seconds),
    fetch,
  });
}

/** Settles `promise` while the fake clock runs to `ms`; reports when it settled. */
async function settleWithin<T>(promise: Promise<T>, ms: number) {
  const started = Date.now();
  let at: number | undefined;
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void outcome.then(() => {
    at = Date.now() - started;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return { at, outcome: await Promise.race([outcome, Promise.resolve(undefined)]) };
}

describe('deadline', () => {
  test('its signal aborts exactly when the limit passes, not before', async () => {
    const limit = deadline(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(limit.signal.aborted).toBe(false);
    expect(limit.remaining()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(limit.signal.aborted).toBe(true);
    expect((limit.signal.reason as DOMException).name).toBe('TimeoutError');
    expect(limit.remaining()).toBe(0);
  });

  test('a zero limit is already over', () => {
    expect(deadline(0).signal.aborted).toBe(true);
  });

  test('pause ends with the deadline, not after its own length', async () => {
    const limit = deadline(1);
    const { at, outcome } = await settleWithin(pause(60_000, limit), 5000);
    expect(at).toBe(1000);
    expect(outcome).toEqual({ error: limit.signal.reason });
  });

  test('sleep without a signal lasts its length', async () => {
    const { at } = await settleWithin(sleep(1500), 5000);
    expect(at).toBe(1500);
  });
});

describe('the GitHub client within api-timeout-seconds', () => {
  test('an API that never answers fails at the limit, with the time-out as the reason', async () => {
    const { fetch, calls } = fakeFetch((_, signal) => never(signal));
    const api = await client(2, fetch);
    const { at, outcome } = await settleWithin(
      api.get('/repos/{owner}/{repo}', { owner: 'o', repo: 'r' }),
      10_000,
    );
    expect(at).toBe(2000);
    expect(calls).toEqual([1_800_000_000_000]);
    const error = (outcome as { error: ApiError }).error;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'The GitHub API did not answer GET /repos/{owner}/{repo} within the 2s limit (api-timeout-seconds).',
    );
  });

  test('500 on every call: retried with backoff, given up before the limit, GitHub’s message kept', async () => {
    const { fetch, calls } = fakeFetch(async () => json(500, { message: 'oops' }));
    const api = await client(3, fetch);
    const { at, outcome } = await settleWithin(api.get('/x'), 10_000);
    // Tries at 0, 200, 600 and 1400 ms; the next wait (1600 ms) would reach the limit.
    expect(calls.map((t) => t - 1_800_000_000_000)).toEqual([0, 200, 600, 1400]);
    expect(at).toBe(1400);
    const error = (outcome as { error: ApiError }).error;
    expect(error.kind).toBe('server');
    expect(error.message).toBe('GitHub answered 500 for GET /x: oops.');
  });

  test('a retry cut by the limit still says what GitHub answered before', async () => {
    const { fetch } = fakeFetch(async (call, signal) =>
      call === 1 ? json(502, { message: 'upstream <b>down</b>' }) : never(signal),
    );
    const api = await client(1, fetch);
    const { at, outcome } = await settleWithin(api.get('/x'), 10_000);
    expect(at).toBe(1000);
    const error = (outcome as { error: ApiError }).error;
    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.message).toBe(
      'GitHub answered 502 for GET /x: upstream <b>down</b>. Tried again until the time ran out: The GitHub API did not answer GET /x within the 1s limit (api-timeout-seconds).',
    );
  });

  test('a slow answer inside the limit is taken', async () => {
    const { fetch } = fakeFetch(
      () => new Promise((resolve) => setTimeout(() => resolve(json(200, { ok: 1 })), 1900)),
    );
    const api = await client(2, fetch);
    const { at, outcome } = await settleWithin(api.get('/x'), 10_000);
    expect(at).toBe(1900);
    expect((outcome as { value: { data: unknown } }).value.data).toEqual({ ok: 1 });
  });
});

describe('poll: wait-seconds on top of api-timeout-seconds', () => {
  const timing = { apiTimeoutSeconds: 5, waitSeconds: 60, pollSeconds: 15 };

  test('checks again every poll-seconds until settled', async () => {
    const seen: number[] = [];
    const started = Date.now();
    const result = poll(
      timing,
      async () => {
        seen.push(Date.now() - started);
        return seen.length;
      },
      (n) => n === 3,
      (n) => `round ${n}`,
    );
    const { at, outcome } = await settleWithin(result, 120_000);
    expect(seen).toEqual([0, 15_000, 30_000]);
    expect(at).toBe(30_000);
    expect(outcome).toEqual({ value: { result: 3, rounds: 3, waitedMs: 30_000 } });
  });

  test('stops waiting at wait-seconds with the last answer', async () => {
    const seen: number[] = [];
    const started = Date.now();
    const result = poll(
      timing,
      async () => {
        seen.push(Date.now() - started);
        return 0;
      },
      () => false,
      () => 'busy',
    );
    const { at } = await settleWithin(result, 120_000);
    expect(seen).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(at).toBe(60_000);
  });

  test('a final fault ends the wait at once', async () => {
    let rounds = 0;
    const result = poll(
      timing,
      async () => {
        rounds++;
        throw new ApiError('auth', 'GitHub refused the token (401): Bad credentials.', 401);
      },
      () => true,
      () => '',
    );
    const { at, outcome } = await settleWithin(result, 120_000);
    expect(rounds).toBe(1);
    expect(at).toBe(0);
    expect((outcome as { error: ApiError }).error.kind).toBe('auth');
  });

  test('each round gets its own api-timeout-seconds', async () => {
    const limits: number[] = [];
    const result = poll(
      { apiTimeoutSeconds: 5, waitSeconds: 20, pollSeconds: 10 },
      async (limit) => {
        limits.push(limit.remaining());
        return 0;
      },
      () => false,
      () => 'busy',
    );
    await settleWithin(result, 60_000);
    expect(limits).toEqual([5000, 5000, 5000]);
  });
});
