// Fault injection and access rules for the GitHub REST stand-in (github-api.ts).
import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { DOCS, errorBody } from './github-routes.ts';

/**
 * Faults and rules match the request path without the API prefix, plus its query string:
 * a string as a prefix, a RegExp with `test`.
 */
export type PathMatcher = string | RegExp;

export type Fault = {
  path: PathMatcher;
  /** Default: any method. */
  method?: string;
  /** How many matching requests get the fault; default every one. */
  times?: number;
} & (
  | {
      kind: 'status';
      status: number;
      message?: string;
      /** Appends the request's Authorization header to the message, as a careless API might. */
      echoAuthorization?: boolean;
    }
  /** Any answer: status (default 200), JSON body and headers as given (a Link, a Location…). */
  | {
      kind: 'custom';
      status?: number;
      body?: unknown;
      headers?: Record<string, string | number>;
    }
  /** Primary rate limit: x-ratelimit-remaining 0, x-ratelimit-reset = `reset` (epoch s, default now + 1). */
  | { kind: 'rate-limit'; status?: 403 | 429; reset?: number }
  /**
   * Secondary rate limit; status default 429. GitHub sends `retry-after` only sometimes: it is
   * sent when `retryAfter` (seconds) is given, else the client must wait on its own (GitHub's
   * guidance: at least a minute).
   */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number }
  /** 200 with a truncated JSON body. */
  | { kind: 'malformed-json' }
  /** Never answers; the client's timeout or close() ends it. */
  | { kind: 'hang' }
  /** Resets the TCP connection without answering. */
  | { kind: 'reset' }
  /** Answers normally after `ms`. */
  | { kind: 'delay'; ms: number }
  /**
   * Carries the request out (a POST creates), then loses the answer: a 500 (or `status`), a
   * reset connection, or a body that is not JSON.
   */
  | { kind: 'after-commit'; fail: 'status' | 'reset' | 'malformed-json'; status?: number }
);

export interface ForbidRule {
  path: PathMatcher;
  method?: string;
  /** Only this token (RegExp /^ghs_/: installation tokens minted here); default every token. */
  token?: string | RegExp;
  /** 403 "Resource not accessible by integration" (default) or 404 "Not Found". */
  status?: 403 | 404;
  message?: string;
}

export function matchesPath(matcher: PathMatcher, target: string): boolean {
  return typeof matcher === 'string' ? target.startsWith(matcher) : matcher.test(target);
}

export const sameMethod = (want: string | undefined, method: string): boolean =>
  want === undefined || want.toUpperCase() === method.toUpperCase();

export const RATE_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

export function rateLimitMessage(): string {
  const id = randomBytes(4).toString('hex').toUpperCase();
  return `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ${id}.`;
}

export type FaultAction =
  | { action: 'hang' }
  | { action: 'reset' }
  | { action: 'delay'; ms: number }
  | { action: 'after'; answer: FaultAction }
  | {
      action: 'respond';
      status: number;
      body?: unknown;
      raw?: string;
      /** Deliberately unlike GitHub (truncated JSON): exempt from the schema check. */
      malformed?: boolean;
      headers?: Record<string, string | number>;
    };

/** What the server does for a fault. */
export function faultAction(f: Fault): FaultAction {
  switch (f.kind) {
    case 'hang':
    case 'reset':
      return { action: f.kind };
    case 'delay':
      return { action: 'delay', ms: f.ms };
    case 'after-commit':
      return {
        action: 'after',
        answer:
          f.fail === 'reset'
            ? { action: 'reset' }
            : f.fail === 'malformed-json'
              ? { action: 'respond', status: 201, raw: '{"id": 1, "body": "' }
              : faultAction({ path: f.path, kind: 'status', status: f.status ?? 500 }),
      };
    case 'custom':
      // A custom answer is odd on purpose (null fields, foreign links): not held to the schema.
      return {
        action: 'respond',
        status: f.status ?? 200,
        body: f.body,
        headers: f.headers,
        malformed: true,
      };
    case 'malformed-json':
      return {
        action: 'respond',
        status: 200,
        raw: '{"total_count": 1, "runners": [{"id": 1, "name": ',
        malformed: true,
      };
    case 'status':
      return {
        action: 'respond',
        status: f.status,
        body: errorBody(f.status, f.message ?? STATUS_CODES[f.status] ?? 'Server Error', DOCS),
      };
    case 'rate-limit': {
      const status = f.status ?? 403;
      return {
        action: 'respond',
        status,
        body: errorBody(status, rateLimitMessage(), RATE_DOCS),
        headers: {
          'x-ratelimit-remaining': 0,
          'x-ratelimit-reset': f.reset ?? Math.floor(Date.now() / 1000) + 1,
        },
      };
    }
    case 'secondary-rate-limit': {
      const status = f.status ?? 429;
      const id = randomBytes(4).toString('hex').toUpperCase();
      const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`;
      return {
        action: 'respond',
        status,
        body: errorBody(status, message, `${RATE_DOCS}#about-secondary-rate-limits`),
        headers: f.retryAfter === undefined ? {} : { 'retry-after': f.retryAfter },
      };
    }
  }
}
