/**
 * The GitHub REST client every action shares: requests sent the way @octokit/core sends them
 * (lib/rest.ts, without loading Octokit: start-up is most of a decision's cost) over the global
 * fetch, bounded by a deadline. Transient faults (5xx, network errors, unparsable bodies) are
 * retried with backoff inside the deadline; a rate limit is waited for only when it resets before
 * the deadline.
 *
 * Octokit's retry and throttling plugins wait on their own clocks and cannot be told that the
 * step must end by a given time, so this retry lives in one request hook instead.
 */
import { type Deadline, pause } from './deadline.ts';
import { addSecret, messageOf, redact, sentence } from './errors.ts';
import { proxiedFetch } from './proxy.ts';
import { type RestOptions, restRequest } from './rest.ts';

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
    // Redacted here, once: an API message may echo a credential (docs/decisions/api-origin.md).
    super(redact(message));
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
  /** The fetch to send with; by default the global one, through a proxy when one is set. */
  fetch?: typeof globalThis.fetch;
}

export interface Page<T> {
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GitHubClient {
  get<T>(route: string, params?: Record<string, unknown>): Promise<Page<T>>;
  send<T>(route: string, params?: Record<string, unknown>): Promise<Page<T>>;
  /**
   * One request, never retried: for a write that must not be repeated blindly (a POST that
   * failed may still have been carried out). The caller decides what to do on a fault.
   */
  sendOnce<T>(route: string, params?: Record<string, unknown>): Promise<Page<T>>;
  /**
   * Reads every page of a list (per_page=100, following `Link: rel="next"` on the API's own
   * origin only), handing each page to `take`; `take` returns false to stop early once the answer
   * is known. With `items`, a page without a Link header that is full (100 items) is followed by
   * the next page number: some endpoints (runner groups) send no Link header at all.
   */
  paginate<T>(
    route: string,
    params: Record<string, unknown>,
    take: (data: T) => boolean | undefined,
    items?: (data: T) => unknown,
  ): Promise<void>;
  /** Requests sent so far, retries included. */
  readonly requests: number;
}

const TRANSIENT: ApiFaultKind[] = ['server', 'network', 'malformed'];

const PER_PAGE = 100;

export async function createClient(options: ClientOptions): Promise<GitHubClient> {
  const proxied = options.fetch ? undefined : await proxiedFetch();
  const limit = options.deadline;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  addSecret(options.token);
  // Bodies are parsed below with plain JSON.parse (a BigInt-safe parser, as Octokit's, is several
  // times slower, which shows on runs of thousands of jobs, and nothing here needs BigInt).
  const rest: RestOptions = {
    baseUrl,
    token: options.token,
    userAgent: options.userAgent ?? 'runner-actions',
    signal: limit.signal,
    // The global fetch as it is when each request goes, as Octokit looked it up.
    fetch: options.fetch ?? proxied ?? ((input, init) => globalThis.fetch(input, init)),
  };
  let requests = 0;

  async function once<T>(route: string, params: Record<string, unknown>): Promise<Page<T>> {
    checkPathParams(route, params);
    requests++;
    try {
      const response = await restRequest(route, params, rest);
      const data = await parseBody(response.data, route);
      return { data: data as T, headers: response.headers };
    } catch (error) {
      throw classify(error, route, limit);
    }
  }

  async function withRetries<T>(route: string, params: Record<string, unknown>) {
    let answered: ApiError | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        return await once<T>(route, params);
      } catch (error) {
        const fault = error as ApiError;
        // The limit may run out while a retry is on its way: the answer GitHub gave before that
        // explains more than the time-out does, so it is kept (docs/decisions/test-clock.md).
        if (fault.kind === 'timeout') throw timeoutAfter(fault, answered);
        answered = fault;
        const wait = retryDelay(fault, attempt);
        if (wait === undefined || wait >= limit.remaining()) throw explainGiveUp(fault, limit);
        try {
          await pause(wait, limit);
        } catch {
          throw timeoutAfter(timeoutError(limit, route), answered);
        }
      }
    }
  }

  return {
    get: (route, params = {}) =>
      withRetries(route.startsWith('GET ') ? route : `GET ${route}`, params),
    send: (route, params = {}) => withRetries(route, params),
    sendOnce: (route, params = {}) => once(route, params),
    async paginate<T>(
      route: string,
      params: Record<string, unknown>,
      take: (data: T) => boolean | undefined,
      items?: (data: T) => unknown,
    ) {
      let next: string | undefined = route;
      let query: Record<string, unknown> = { ...params, per_page: PER_PAGE };
      for (let number = 1; next; number++) {
        const page: Page<T> = await withRetries<T>(next, query);
        if (take(page.data) === false) return;
        const url = nextLink(page.headers.link);
        if (url !== undefined) {
          next = `GET ${sameOrigin(url, baseUrl, route)}`;
          query = {};
        } else if (items && page.headers.link === undefined && isFull(items(page.data))) {
          next = route;
          query = { ...params, per_page: PER_PAGE, page: number + 1 };
        } else next = undefined;
      }
    },
    get requests() {
      return requests;
    },
  };
}

const isFull = (list: unknown) => Array.isArray(list) && list.length >= PER_PAGE;

/**
 * The next page's URL when it is on the API's origin (and under its path, for GHES's /api/v3);
 * otherwise the read stops here: the token goes to the API's origin only
 * (docs/decisions/api-origin.md).
 */
export function sameOrigin(url: string, baseUrl: string, route: string): string {
  const base = new URL(`${baseUrl}/`);
  let next: URL | undefined;
  try {
    next = new URL(url, base);
  } catch {}
  if (next && next.origin === base.origin && next.pathname.startsWith(base.pathname)) {
    return next.href;
  }
  const where = next ? next.origin : 'an address that is not a URL';
  throw new ApiError(
    'other',
    `GitHub's answer to ${route} pointed its next page at ${where}, which is not the API's origin ${base.origin}${base.pathname.replace(/\/$/, '')}. The page was not read, so the token was not sent there.`,
  );
}

/**
 * Route parameters that fill a path segment must not be `.` or `..`: URL parsers resolve such
 * segments (even percent-encoded ones), which would send the request and its token to another
 * API path. Inputs are validated before this; this is the last guard.
 */
export function checkPathParams(route: string, params: Record<string, unknown>): void {
  for (const [, name] of route.matchAll(/\{(\w+)\}/g)) {
    const value = String(params[name as string] ?? '');
    if (value === '' || /^(\.|%2e){1,2}$/i.test(value)) {
      throw new ApiError(
        'other',
        `Refused to request ${route} with ${name} '${value}': that is not a name GitHub gives, and it would change the request's path.`,
      );
    }
  }
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
    // A reset already past (a skewed clock) is tried again soon, backing off.
    return Math.max(0, fault.resetAt - Date.now()) + Math.min(250 * 2 ** attempt, 4000);
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
  const body = e.response?.data as { message?: unknown } | undefined;
  const said = sentence(typeof body?.message === 'string' ? body.message : messageOf(error));
  if (!e.response) {
    return new ApiError('network', `Could not reach the GitHub API (${route}): ${said}`);
  }
  const limited = rateLimit(status, headers, said);
  if (limited) {
    const which = limited.secondary ? 'secondary rate limit' : 'rate limit';
    return new ApiError(
      'rate-limit',
      `GitHub's ${which} was reached (${status} for ${route}); ${describeReset(limited.resetAt)}.`,
      status,
      limited.resetAt,
    );
  }
  if (status === 401) return new ApiError('auth', `GitHub refused the token (401): ${said}`, 401);
  if (status === 403) return new ApiError('forbidden', `GitHub answered 403: ${said}`, 403);
  if (status === 404) return new ApiError('not-found', `GitHub answered 404: ${said}`, 404);
  if (status !== undefined && status >= 500) {
    return new ApiError('server', `GitHub answered ${status} for ${route}: ${said}`, status);
  }
  return new ApiError('other', `GitHub answered ${status} for ${route}: ${said}`, status);
}

/** No wait is believed beyond this: a larger Retry-After or reset is "not for a long time". */
const LONGEST_WAIT = 366 * 24 * 3600_000;

/** GitHub's primary (x-ratelimit-*) and secondary (retry-after) limits, as an epoch-ms reset. */
export function rateLimitReset(
  status: number | undefined,
  headers: Record<string, string | undefined>,
  now = Date.now(),
  message = '',
): number | undefined {
  return rateLimit(status, headers, message, now)?.resetAt;
}

/**
 * Whether a 403/429 is a rate limit, and when it lifts (epoch ms, never before `now`, never more
 * than a year ahead). GitHub's secondary limit may come as a 403 with only its message to say so;
 * without a Retry-After it asks to wait a minute.
 */
export function rateLimit(
  status: number | undefined,
  headers: Record<string, string | undefined>,
  message = '',
  now = Date.now(),
): { resetAt: number; secondary: boolean } | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const secondary = /secondary rate limit|abuse detection/i.test(message);
  const clamp = (at: number) => Math.min(Math.max(at, now), now + LONGEST_WAIT);
  const retryAfter = String(headers['retry-after'] ?? '').trim();
  if (/^\d+$/.test(retryAfter)) {
    return { resetAt: clamp(now + Number(retryAfter) * 1000), secondary: true };
  }
  const date = retryAfter ? Date.parse(retryAfter) : Number.NaN;
  if (Number.isFinite(date)) return { resetAt: clamp(date), secondary: true };
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return { resetAt: clamp(Number.isFinite(reset) ? reset : now + 60_000), secondary };
  }
  if (secondary || status === 429 || /rate limit/i.test(message)) {
    return { resetAt: now + 60_000, secondary };
  }
  return undefined;
}

/** "it resets at 2026-…Z (in 1m05s)", never an invalid date, never a past time as the future. */
export function describeReset(resetAt: number, now = Date.now()): string {
  const ms = resetAt - now;
  if (!Number.isFinite(ms)) return 'GitHub gave no time when it resets';
  if (ms <= 0) return 'the reset time GitHub gave has already passed';
  const at = new Date(resetAt).toISOString();
  if (ms >= LONGEST_WAIT) return `GitHub asks to wait for more than a year (until ${at} at least)`;
  return `it resets at ${at} (in ${wait(ms)})`;
}

function wait(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)} days`;
}

function timeoutError(limit: Deadline, route: string): ApiError {
  return new ApiError(
    'timeout',
    `The GitHub API did not answer ${route} within the ${limit.seconds}s limit (api-timeout-seconds).`,
  );
}

/** A time-out after GitHub had already answered with a fault: both, the answer first. */
function timeoutAfter(timeout: ApiError, answered: ApiError | undefined): ApiError {
  if (!answered) return timeout;
  return new ApiError(
    answered.kind,
    `${answered.message} Tried again until the time ran out: ${timeout.message}`,
    answered.status,
    answered.resetAt,
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
