/**
 * The GitHub REST client every action shares: @octokit/core over the global fetch, bounded by a
 * deadline. Transient faults (5xx, network errors, unparsable bodies) are retried with backoff
 * inside the deadline; a rate limit is waited for only when it resets before the deadline.
 *
 * Octokit's retry and throttling plugins wait on their own clocks and cannot be told that the
 * step must end by a given time, so this retry lives in one request hook instead.
 */
import type { Octokit } from '@octokit/core';
import { type Deadline, pause } from './deadline.ts';
import { messageOf } from './errors.ts';

export type ApiFaultKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'rate-limit'
  | 'timeout'
  | 'server'
  | 'network'
  | 'malformed'
  | 'other';

export class ApiError extends Error {
  readonly kind: ApiFaultKind;
  readonly status: number | undefined;
  /** When a rate limit lifts (epoch ms), for `rate-limit`. */
  readonly resetAt: number | undefined;
  constructor(kind: ApiFaultKind, message: string, status?: number, resetAt?: number) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.resetAt = resetAt;
  }
}

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or a GHES base such as https://ghe.example/api/v3. */
  baseUrl: string;
  deadline: Deadline;
  userAgent?: string;
}

export interface Page<T> {
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GitHubClient {
  get<T>(route: string, params?: Record<string, unknown>): Promise<Page<T>>;
  send<T>(route: string, params?: Record<string, unknown>): Promise<Page<T>>;
  /**
   * Reads every page of a list (per_page=100, following `Link: rel="next"`), handing each page to
   * `take`; `take` returns false to stop early once the answer is known.
   */
  paginate<T>(
    route: string,
    params: Record<string, unknown>,
    take: (data: T) => boolean | undefined,
  ): Promise<void>;
  /** Requests sent so far, retries included. */
  readonly requests: number;
}

const TRANSIENT: ApiFaultKind[] = ['server', 'network', 'malformed'];

export async function createClient(options: ClientOptions): Promise<GitHubClient> {
  const { Octokit } = await import('@octokit/core');
  const limit = options.deadline;
  const octokit: Octokit = new Octokit({
    auth: options.token || undefined,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'runner-actions',
    // Bodies are parsed below with plain JSON.parse: Octokit's BigInt-safe parser is several
    // times slower, which shows on runs of thousands of jobs, and nothing here needs BigInt.
    request: { signal: limit.signal, parseSuccessResponseBody: false },
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  let requests = 0;

  async function once<T>(route: string, params: Record<string, unknown>): Promise<Page<T>> {
    requests++;
    try {
      const response = await octokit.request(route, params);
      const data = await parseBody(response.data as ReadableStream | null, route);
      return { data: data as T, headers: response.headers };
    } catch (error) {
      throw classify(error, route, limit);
    }
  }

  async function withRetries<T>(route: string, params: Record<string, unknown>) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once<T>(route, params);
      } catch (error) {
        const fault = error as ApiError;
        const wait = retryDelay(fault, attempt);
        if (wait === undefined || wait >= limit.remaining()) throw explainGiveUp(fault, limit);
        try {
          await pause(wait, limit);
        } catch {
          throw timeoutError(limit, route);
        }
      }
    }
  }

  return {
    get: (route, params = {}) =>
      withRetries(route.startsWith('GET ') ? route : `GET ${route}`, params),
    send: (route, params = {}) => withRetries(route, params),
    async paginate<T>(
      route: string,
      params: Record<string, unknown>,
      take: (data: T) => boolean | undefined,
    ) {
      let next: string | undefined = route;
      let query: Record<string, unknown> = { ...params, per_page: 100 };
      while (next) {
        const page: Page<T> = await withRetries<T>(next, query);
        if (take(page.data) === false) return;
        const url = nextLink(page.headers.link);
        next = url ? `GET ${url}` : undefined;
        query = {};
      }
    },
    get requests() {
      return requests;
    },
  };
}

async function parseBody(body: ReadableStream | null, route: string): Promise<unknown> {
  const text = body ? await new Response(body).text() : '';
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null) return data;
  } catch {}
  throw new ApiError('malformed', `GitHub answered ${route} with a body that is not JSON.`);
}

/** How long to wait before trying again, or undefined when the fault is final. */
export function retryDelay(fault: ApiError, attempt: number): number | undefined {
  if (fault.kind === 'rate-limit' && fault.resetAt !== undefined) {
    return Math.max(0, fault.resetAt - Date.now()) + 250;
  }
  if (TRANSIENT.includes(fault.kind)) return Math.min(200 * 2 ** attempt, 2000);
  return undefined;
}

export function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  name?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function classify(error: unknown, route: string, limit: Deadline): ApiError {
  if (error instanceof ApiError) return error;
  const e = (error ?? {}) as RequestErrorLike;
  if (limit.signal.aborted || e.name === 'AbortError' || e.name === 'TimeoutError') {
    return timeoutError(limit, route);
  }
  const status = e.status;
  const headers = e.response?.headers ?? {};
  const body = e.response?.data as { message?: string } | undefined;
  const said = typeof body?.message === 'string' ? body.message : messageOf(error);
  if (!e.response) {
    return new ApiError('network', `Could not reach the GitHub API (${route}): ${said}`);
  }
  const resetAt = rateLimitReset(status, headers, Date.now(), said);
  if (resetAt !== undefined) {
    return new ApiError(
      'rate-limit',
      `GitHub rate limit reached (${status}); it resets at ${new Date(resetAt).toISOString()}.`,
      status,
      resetAt,
    );
  }
  if (status === 401) return new ApiError('auth', `GitHub refused the token (401 ${said}).`, 401);
  if (status === 403) return new ApiError('forbidden', `GitHub answered 403: ${said}`, 403);
  if (status === 404) return new ApiError('not-found', `GitHub answered 404: ${said}`, 404);
  if (status !== undefined && status >= 500) {
    return new ApiError('server', `GitHub answered ${status} for ${route}: ${said}`, status);
  }
  return new ApiError('other', `GitHub answered ${status} for ${route}: ${said}`, status);
}

/**
 * GitHub's primary (x-ratelimit-*) and secondary limits, as an epoch-ms reset. A secondary limit
 * comes with `retry-after` only sometimes; without it, a 403 says so in its message, and GitHub
 * asks to wait at least a minute.
 */
export function rateLimitReset(
  status: number | undefined,
  headers: Record<string, string | undefined>,
  now = Date.now(),
  message = '',
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) return now + Number(retryAfter) * 1000;
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) ? reset * 1000 : now + 60_000;
  }
  if (status === 429 || /secondary rate limit/i.test(message)) return now + 60_000;
  return undefined;
}

function timeoutError(limit: Deadline, route: string): ApiError {
  return new ApiError(
    'timeout',
    `The GitHub API did not answer ${route} within the ${limit.seconds}s limit (api-timeout-seconds).`,
  );
}

function explainGiveUp(fault: ApiError, limit: Deadline): ApiError {
  if (fault.kind === 'rate-limit') {
    return new ApiError(
      'rate-limit',
      `${fault.message} That is beyond the ${limit.seconds}s limit (api-timeout-seconds), so it was not waited for.`,
      fault.status,
      fault.resetAt,
    );
  }
  return fault;
}
