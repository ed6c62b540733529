/**
 * One GitHub REST request over a `fetch`, written the way @octokit/core sends it (route
 * `METHOD /path/{param}`, path parameters percent-encoded, the rest in the query for GET and HEAD
 * and in a JSON body otherwise; `accept: application/vnd.github.v3+json`, `token`/`bearer`
 * authorization) and failing the way it fails (an error with `status` and `response` for an
 * answer of 300 or more, an error without `response` when nothing came back, the fetch's own
 * AbortError or TimeoutError on a deadline). Octokit takes 63 KiB of JavaScript and two lazily
 * loaded chunks before every decision's first request; this file is 5 KiB of the entry bundle.
 * lib/github.ts builds its retries, deadline and pagination on it (docs/decisions/bundle-format.md).
 */

export interface RestOptions {
  /** GITHUB_API_URL without a trailing slash. */
  baseUrl: string;
  /** Empty for no authorization header. */
  token: string;
  userAgent: string;
  signal: AbortSignal;
  fetch: typeof globalThis.fetch;
}

export interface RestResponse {
  status: number;
  /** Lower-case names, as Octokit hands them over. */
  headers: Record<string, string>;
  /** The body, unread: the caller parses it. */
  data: ReadableStream<Uint8Array> | null;
}

/** GitHub's answer of 300 or more, or no answer at all (no `response`, status undefined). */
export class RestError extends Error {
  readonly status: number | undefined;
  readonly response: { headers: Record<string, string>; data: unknown } | undefined;
  constructor(
    message: string,
    status?: number,
    response?: { headers: Record<string, string>; data: unknown },
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.response = response;
  }
}

export interface BuiltRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** The request Octokit's endpoint() builds for `route` and `params`: pure, for the tests. */
export function buildRequest(
  route: string,
  params: Record<string, unknown>,
  options: Pick<RestOptions, 'baseUrl' | 'token' | 'userAgent'>,
): BuiltRequest {
  const [method = 'GET', path = ''] = /^([A-Z]+) (.*)$/.exec(route)?.slice(1) ?? ['GET', route];
  const rest: Record<string, unknown> = { ...params };
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    return value === undefined ? '' : encode(String(value));
  });
  let url = /^https?:\/\//i.test(filled) ? filled : `${options.baseUrl}${filled}`;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github.v3+json',
    'user-agent': options.userAgent,
  };
  if (options.token) headers.authorization = authorization(options.token);
  for (const [name, value] of Object.entries(rest)) if (value === undefined) delete rest[name];
  let body: string | undefined;
  if (method === 'GET' || method === 'HEAD') {
    const query = Object.entries(rest).map(([name, value]) =>
      name === 'q'
        ? `q=${String(value).split('+').map(encodeURIComponent).join('+')}`
        : `${name}=${encodeURIComponent(String(value))}`,
    );
    if (query.length) url += `${url.includes('?') ? '&' : '?'}${query.join('&')}`;
  } else if (Object.keys(rest).length) {
    body = JSON.stringify(rest);
    headers['content-type'] = 'application/json; charset=utf-8';
  } else if (method === 'PATCH' || method === 'PUT') {
    body = '';
  }
  return { method, url, headers, body };
}

/** Sends one request; resolves for 1xx/2xx, rejects with a RestError otherwise. */
export async function restRequest(
  route: string,
  params: Record<string, unknown>,
  options: RestOptions,
): Promise<RestResponse> {
  const built = buildRequest(route, params, options);
  let response: Response;
  try {
    response = await options.fetch(built.url, {
      method: built.method,
      headers: built.headers,
      body: built.body,
      signal: options.signal,
    });
  } catch (error) {
    const e = error as Error & { cause?: unknown };
    if (e?.name === 'AbortError' || e?.name === 'TimeoutError') throw error;
    // undici says only "fetch failed"; why it failed is in the cause, as Octokit reports it.
    const cause = e?.cause;
    const message =
      e?.name === 'TypeError' && cause !== undefined
        ? cause instanceof Error
          ? cause.message
          : String(cause)
        : String(e?.message ?? error);
    throw new RestError(message);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) headers[name] = value;
  if (response.status < 300) return { status: response.status, headers, data: response.body };
  const text = await response.text().catch(() => '');
  let data: unknown = text;
  if (/application\/json/i.test(headers['content-type'] ?? '')) {
    try {
      data = JSON.parse(text);
    } catch {}
  }
  throw new RestError(errorMessage(response.status, data), response.status, { headers, data });
}

/** Octokit's message for an error answer. */
function errorMessage(status: number, data: unknown): string {
  if (status === 304) return 'Not modified';
  if (typeof data === 'string') return data;
  if (data && typeof data === 'object' && 'message' in data) {
    const d = data as { message: unknown; documentation_url?: unknown; errors?: unknown };
    const suffix = d.documentation_url === undefined ? '' : ` - ${d.documentation_url}`;
    const errors = Array.isArray(d.errors)
      ? `: ${d.errors.map((v) => JSON.stringify(v)).join(', ')}`
      : '';
    return `${d.message}${errors}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

/** A JWT (an App's) goes as `bearer`, anything else as `token`, as @octokit/auth-token does. */
function authorization(token: string): string {
  return token.split(/\./).length === 3 ? `bearer ${token}` : `token ${token}`;
}

/** RFC 3986 unreserved characters stay, everything else is percent-encoded. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
