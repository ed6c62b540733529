/**
 * A virtual clock and a scripted GitHub client for the rescue's unit tests: time moves only when
 * the code sleeps or a scripted request "hangs", so limits are proven without waiting.
 */
import type { Clock } from '../../../actions/check-runner/stuck/clock.ts';
import type { Deadline } from '../../../actions/lib/deadline.ts';
import { ApiError, type GitHubClient, type Page } from '../../../actions/lib/github.ts';

export class VirtualClock implements Clock {
  t = Date.UTC(2026, 11, 1, 12);
  readonly start = this.t;
  private timers: { at: number; fire: () => void }[] = [];
  now() {
    return this.t;
  }
  /** Virtual ms since the clock was made. */
  get elapsed() {
    return this.t - this.start;
  }
  advance(ms: number) {
    this.t += Math.max(0, ms);
    const due = this.timers.filter((x) => x.at <= this.t);
    this.timers = this.timers.filter((x) => x.at > this.t);
    for (const x of due) x.fire();
  }
  async sleep(ms: number, signal?: AbortSignal) {
    if (signal?.aborted) throw new Error('aborted');
    this.advance(ms);
    if (signal?.aborted) throw new Error('aborted');
  }
  deadline(seconds: number, within?: Deadline): Deadline {
    const cut = within ? Math.min(seconds, within.remaining() / 1000) : seconds;
    const at = this.t + cut * 1000;
    const controller = new AbortController();
    if (cut <= 0) controller.abort();
    else this.timers.push({ at, fire: () => controller.abort() });
    return {
      at,
      seconds: cut,
      signal: controller.signal,
      remaining: () => Math.max(0, at - this.t),
    };
  }
}

export type Answer = unknown | ((limit: Deadline) => unknown);

export interface Call {
  how: 'get' | 'send' | 'sendOnce' | 'paginate';
  route: string;
  params: Record<string, unknown>;
}

/**
 * Answers requests from `script`: route → a list of answers used in turn (the last one repeats).
 * An answer that is an Error is thrown; a function is called with the request's deadline.
 */
export function scriptedClient(
  script: Record<string, Answer[]>,
  calls: Call[],
): (limit: Deadline) => Promise<GitHubClient> {
  const used = new Map<string, number>();
  const answer = async (
    how: Call['how'],
    route: string,
    params: Record<string, unknown>,
    limit: Deadline,
  ) => {
    const key = route.replace(/^GET /, '');
    calls.push({ how, route: key, params });
    const list = script[key];
    if (!list) throw new Error(`unscripted request ${key}`);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    let a = list[Math.min(n, list.length - 1)];
    if (typeof a === 'function') a = await (a as (l: Deadline) => unknown)(limit);
    if (a instanceof Error) throw a;
    return a;
  };
  return async (limit) => ({
    get: async <T>(route: string, params = {}) =>
      ({
        data: (await answer('get', `GET ${route.replace(/^GET /, '')}`, params, limit)) as T,
        headers: {},
      }) as Page<T>,
    send: async <T>(route: string, params = {}) =>
      ({ data: (await answer('send', route, params, limit)) as T, headers: {} }) as Page<T>,
    sendOnce: async <T>(route: string, params = {}) =>
      ({ data: (await answer('sendOnce', route, params, limit)) as T, headers: {} }) as Page<T>,
    async paginate<T>(
      route: string,
      params: Record<string, unknown>,
      take: (d: T) => boolean | undefined,
    ) {
      take((await answer('paginate', route, params, limit)) as T);
    },
    requests: 0,
  });
}

/** A request that never answers: the client gives up when its deadline passes. */
export const hang = (clock: VirtualClock) => (limit: Deadline) => {
  clock.advance(limit.remaining());
  return new ApiError(
    'timeout',
    `The GitHub API did not answer within the ${limit.seconds}s limit (api-timeout-seconds).`,
  );
};

/** 503 on every try: the retrying client spends its deadline, then gives up. */
export const unavailable =
  (clock: VirtualClock, retrying = true) =>
  (limit: Deadline) => {
    if (retrying) clock.advance(limit.remaining());
    return new ApiError('server', 'GitHub answered 503 for the request: Service Unavailable.', 503);
  };

export const status = (code: number, message: string) =>
  new ApiError(
    code === 401
      ? 'auth'
      : code === 403
        ? 'forbidden'
        : code === 404
          ? 'not-found'
          : code >= 500
            ? 'server'
            : 'other',
    message,
    code,
  );
