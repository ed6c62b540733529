// A stand-in for the GitHub REST API: a real HTTP server on 127.0.0.1 that actions reach through
// GITHUB_API_URL, like GitHub Enterprise Server. Endpoints: github-routes.ts; fixture builders:
// github-fixtures.ts; faults and access rules: github-faults.ts; App JWTs: github-jwt.ts.
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  type Fault,
  type FaultAction,
  type ForbidRule,
  faultAction,
  matchesPath,
  type PathMatcher,
  RATE_DOCS,
  rateLimitMessage,
  sameMethod,
} from './github-faults.ts';
import { API_PLACEHOLDER, type InstallationTarget, installation } from './github-fixtures.ts';
import { looksLikeJwt, publicKeyObject, verifyAppJwt } from './github-jwt.ts';
import {
  type AppRecord,
  DOCS,
  errorBody,
  type GitHubApiData,
  type Identity,
  type MintedToken,
  ROUTES,
  type Route,
  type RouteContext,
  type StandInState,
} from './github-routes.ts';
import { responseViolation } from './github-schema.ts';

export type { Fault, ForbidRule, PathMatcher } from './github-faults.ts';
export type { GitHubApiData, MintedToken, RunnerGroupEntry } from './github-routes.ts';

export interface StartOptions {
  /** '/api/v3' serves everything under that prefix, like GitHub Enterprise Server. */
  prefix?: '' | '/api/v3';
  /** Accepted tokens (`Authorization: token X` or `Bearer X`); default ['test-token']. */
  tokens?: string[];
  /** x-ratelimit-limit per hour; once used up, requests get GitHub's 403. Default 5000. */
  rateLimit?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path without the API prefix and without the query. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names, as Node parses them. */
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, if any. */
  body?: unknown;
  /** Response status; undefined while pending and for hang/reset faults. */
  status?: number;
  fault?: Fault['kind'];
}

export interface AppInstallationInit {
  id: number;
  /** Organization/user login, or the enterprise slug with targetType 'Enterprise'. */
  owner: string;
  targetType?: InstallationTarget;
}

export interface GitHubApi {
  /** Base URL including the prefix, without trailing slash: the value for GITHUB_API_URL. */
  url: string;
  /** Every request received, in order. Clear with `requests.length = 0`. */
  requests: RecordedRequest[];
  data: GitHubApiData;
  /** Accepted tokens (mutable). Installation tokens minted by the App flow are accepted too. */
  tokens: Set<string>;
  /** Installation tokens minted so far, by token. */
  minted: Map<string, MintedToken>;
  /** Number of recorded requests whose path starts with `path` (string) or matches it (RegExp). */
  count(path: PathMatcher, method?: string): number;
  /** Registers a GitHub App: JWTs with iss = appId, signed by the matching private key, pass. */
  addApp(appId: number, publicKeyPem: string, installations: AppInstallationInit[]): void;
  /** Adds a fault; the first fault that matches and has `times` left applies. */
  fault(fault: Fault): void;
  /** Removes every fault, and every violation allowed with `allowViolation`. */
  clearFaults(): void;
  /** Adds an access rule; the first matching rule applies. */
  forbid(rule: ForbidRule): void;
  /**
   * Responses that broke the official API description (github-schema.ts). Each one was answered
   * with a 500 instead, and fails the test that caused it (github-schema.setup.ts) or, failing
   * that, close().
   */
  violations: SchemaViolation[];
  /**
   * Serves responses whose violation message matches `pattern` as they are, recording them in
   * `allowed` instead of `violations`: for the official examples, where the description
   * contradicts itself. Say why.
   */
  allowViolation(pattern: RegExp, why: string): void;
  allowed: SchemaViolation[];
  /** Stops the server and destroys every connection, hanging requests included. Rejects when
   * a schema violation was never reported. */
  close(): Promise<void>;
}

export interface SchemaViolation {
  method: string;
  path: string;
  status: number;
  message: string;
  /** Set once a test hook or close() has thrown for it. */
  reported?: boolean;
}

/** Stand-ins that are running, for the per-test check in github-schema.setup.ts. */
export const liveStandIns = new Set<GitHubApi>();

/** Throws for violations not reported yet, and marks them reported. */
export function reportViolations(api: GitHubApi): void {
  const fresh = api.violations.filter((v) => !v.reported);
  if (fresh.length === 0) return;
  for (const v of fresh) v.reported = true;
  const lines = fresh.map((v) => `- ${v.method} ${v.path} (${v.status}): ${v.message}`);
  throw new Error(
    `The GitHub stand-in served ${fresh.length} response(s) that break the official API description (answered 500 instead):\n${lines.join('\n')}`,
  );
}

const INTEGRATION = 'Resource not accessible by integration';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startGitHubApi(opts: StartOptions = {}): Promise<GitHubApi> {
  const prefix = opts.prefix ?? '';
  const limit = opts.rateLimit ?? 5000;
  const tokens = new Set(opts.tokens ?? ['test-token']);
  const requests: RecordedRequest[] = [];
  const faults: { fault: Fault; remaining: number }[] = [];
  const forbidden: ForbidRule[] = [];
  const apps = new Map<string, AppRecord>();
  const sockets = new Set<Socket>();
  let lastId = 1_000_000_000;
  const rate = { used: 0, reset: 0 };
  const state: StandInState = {
    data: {
      repoRunners: new Map(),
      orgRunners: new Map(),
      enterpriseRunners: new Map(),
      runnerGroups: new Map(),
      runs: new Map(),
      jobs: new Map(),
      comments: new Map(),
      hostedRunners: new Map(),
      cancelDelays: new Map(),
      cancelling: new Map(),
      users: new Map(),
    },
    minted: new Map(),
    nextId: () => ++lastId,
  };
  let url = '';

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string | number> = {},
    raw?: string,
  ): void {
    const exhausted = headers['x-ratelimit-remaining'] === 0;
    const text =
      raw ??
      (body === undefined
        ? ''
        : JSON.stringify(body, (_k, v: unknown) =>
            typeof v === 'bigint' ? Number(v) : v,
          ).replaceAll(API_PLACEHOLDER, url));
    const id = [2, 2, 4, 4, 4].map((n) => randomBytes(n).toString('hex').toUpperCase()).join(':');
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': id,
      'x-ratelimit-limit': limit,
      'x-ratelimit-remaining': exhausted ? 0 : Math.max(0, limit - rate.used),
      'x-ratelimit-reset': rate.reset || Math.floor(Date.now() / 1000) + 3600,
      'x-ratelimit-used': exhausted ? limit : Math.min(limit, rate.used),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(status === 204 ? undefined : text);
  }

  function fail(res: ServerResponse, status: number, message: string, docs = DOCS, headers = {}) {
    send(res, status, errorBody(status, message, docs), headers);
  }

  const violations: SchemaViolation[] = [];
  const allowed: SchemaViolation[] = [];
  const allowances: RegExp[] = [];

  /** send(), after checking a JSON answer against the official description. */
  function answer(
    req: { method: string; path: string },
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string | number> = {},
  ): void {
    const served =
      body === undefined
        ? undefined
        : JSON.parse(
            JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
          );
    const message = responseViolation(req.method, req.path, status, served);
    if (message !== undefined) {
      const v: SchemaViolation = { method: req.method, path: req.path, status, message };
      if (allowances.some((a) => a.test(message))) allowed.push(v);
      else {
        violations.push(v);
        fail(res, 500, `Stand-in response breaks the official API description: ${message}`);
        return;
      }
    }
    send(res, status, body, headers);
  }

  type Auth = { identity: Identity } | { status: number; message: string };

  function authenticate(header: string | undefined, route: Route | undefined): Auth {
    const token = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (route?.auth === 'jwt') {
      const result = token
        ? verifyAppJwt(token, (iss) => apps.get(iss)?.key)
        : { ok: false as const, message: 'A JSON web token could not be decoded' };
      if (!result.ok) return { status: 401, message: result.message };
      const app = apps.get(result.iss);
      return app ? { identity: { kind: 'app', app } } : { status: 401, message: 'Bad credentials' };
    }
    if (!header) return { status: 401, message: 'Requires authentication' };
    if (!token) return { status: 401, message: 'Bad credentials' };
    if (tokens.has(token)) return { identity: { kind: 'token', token } };
    const minted = state.minted.get(token);
    if (minted && minted.expiresAt > Date.now())
      return { identity: { kind: 'token', token, minted } };
    if (looksLikeJwt(token) && verifyAppJwt(token, (iss) => apps.get(iss)?.key).ok) {
      return { status: 403, message: INTEGRATION };
    }
    return { status: 401, message: 'Bad credentials' };
  }

  /** Installation tokens only reach their own account: 404 for repositories, 403 otherwise. */
  function outOfScope(minted: MintedToken, path: string): 403 | 404 | undefined {
    const [, scope = '', owner = ''] = path.split('/');
    const same = decodeURIComponent(owner).toLowerCase() === minted.owner.toLowerCase();
    const enterprise = minted.targetType === 'Enterprise';
    if (scope === 'repos') return same && !enterprise ? undefined : 404;
    if (scope === 'orgs' || scope === 'enterprises') {
      return same && enterprise === (scope === 'enterprises') ? undefined : 403;
    }
    return undefined;
  }

  function paginator(search: URLSearchParams, path: string, headers: Record<string, string>) {
    return <T>(items: T[], options: { link?: boolean } = {}): T[] => {
      const num = (name: string, fallback: number) => {
        const n = Number.parseInt(search.get(name) ?? '', 10);
        return Number.isNaN(n) || n < 1 ? fallback : n;
      };
      const perPage = Math.min(100, num('per_page', 30));
      const page = num('page', 1);
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (n: number, rel: string) => {
        const q = new URLSearchParams(search);
        q.set('page', String(n));
        return `<${url}${path}?${q}>; rel="${rel}"`;
      };
      const links = [
        page > 1 ? link(page - 1, 'prev') : '',
        page < last ? link(page + 1, 'next') : '',
        page < last ? link(last, 'last') : '',
        page > 1 ? link(1, 'first') : '',
      ].filter(Boolean);
      if (links.length > 0 && options.link !== false) headers.link = links.join(', ');
      return items.slice((page - 1) * perPage, page * perPage);
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', 'http://localhost');
    const inPrefix = parsed.pathname === prefix || parsed.pathname.startsWith(`${prefix}/`);
    const path = inPrefix ? parsed.pathname.slice(prefix.length) || '/' : parsed.pathname;
    const text = await readBody(req);
    let body: unknown;
    let badJson = false;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      badJson = true;
    }
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(parsed.searchParams),
      headers: req.headers,
      ...(body === undefined ? {} : { body }),
    };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });

    const target = `${path}${parsed.search}`;
    const active = faults.find(
      (f) =>
        f.remaining > 0 && sameMethod(f.fault.method, method) && matchesPath(f.fault.path, target),
    );
    let after: FaultAction | undefined;
    if (active) {
      active.remaining--;
      record.fault = active.fault.kind;
      const act = faultAction(active.fault);
      if (act.action === 'hang') return;
      if (act.action === 'reset') return void req.socket.resetAndDestroy();
      if (act.action === 'respond') {
        // Deliberately malformed answers (truncated JSON) are exempt; the rest must look real.
        if (act.malformed) return send(res, act.status, act.body, act.headers, act.raw);
        const f = active.fault;
        const body =
          f.kind === 'status' && f.echoAuthorization
            ? errorBody(
                act.status,
                `${f.message ?? 'Bad credentials'} (${req.headers.authorization ?? ''})`,
                DOCS,
              )
            : act.body;
        return answer(record, res, act.status, body, act.headers);
      }
      if (act.action === 'after') after = act.answer;
      else await new Promise((r) => setTimeout(r, act.ms));
    }

    // Real rate limiting: every request that is not answered by a fault counts.
    const now = Math.floor(Date.now() / 1000);
    if (now >= rate.reset) Object.assign(rate, { used: 0, reset: now + 3600 });
    rate.used++;
    if (rate.used > limit) {
      return answer(record, res, 403, errorBody(403, rateLimitMessage(), RATE_DOCS), {
        'x-ratelimit-remaining': 0,
      });
    }

    const route = inPrefix
      ? ROUTES.find((r) => r.method === method && r.pattern.test(path))
      : undefined;
    const auth = authenticate(req.headers.authorization, route);
    const refuse = (status: number, message: string, docs?: string) =>
      answer(record, res, status, errorBody(status, message, docs));
    if ('status' in auth && (auth.status === 401 || route)) {
      return refuse(auth.status, auth.message, auth.status === 401 ? DOCS : route?.docs);
    }
    if (!route || !('identity' in auth)) return refuse(404, 'Not Found');
    if (badJson) return refuse(400, 'Problems parsing JSON', route.docs);
    const identity = auth.identity;
    const token = identity.kind === 'token' ? identity.token : '';
    const rule = forbidden.find(
      (f) =>
        sameMethod(f.method, method) &&
        matchesPath(f.path, target) &&
        (f.token === undefined ||
          (typeof f.token === 'string' ? f.token === token : f.token.test(token))),
    );
    const scoped =
      identity.kind === 'token' && identity.minted ? outOfScope(identity.minted, path) : undefined;
    const denied = rule ? (rule.status ?? 403) : scoped;
    if (denied) {
      const message = rule?.message ?? (denied === 403 ? INTEGRATION : 'Not Found');
      return refuse(denied, message, route.docs);
    }

    const headers: Record<string, string> = {};
    const groups = route.pattern.exec(path)?.groups ?? {};
    const ctx: RouteContext = {
      params: Object.fromEntries(
        Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v)]),
      ),
      query: parsed.searchParams,
      body,
      identity,
      state,
      paginate: paginator(parsed.searchParams, path, headers),
    };
    const result = route.handle(ctx);
    // A fault after the work: the request was carried out, its answer is lost.
    if (after?.action === 'reset') return void req.socket.resetAndDestroy();
    if (after?.action === 'respond') return send(res, after.status, after.body, {}, after.raw);
    let out = result.body;
    if (result.status >= 400) {
      const message = (out as { message?: string } | undefined)?.message;
      out = {
        ...(out as object | undefined),
        ...errorBody(result.status, message ?? STATUS_CODES[result.status] ?? 'Error', route.docs),
      };
    }
    answer(record, res, result.status, out, headers);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) fail(res, 500, `Stand-in error: ${String(error)}`);
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}${prefix}`;

  const api: GitHubApi = {
    url,
    requests,
    violations,
    allowed,
    allowViolation(pattern) {
      allowances.push(pattern);
    },
    data: state.data,
    tokens,
    minted: state.minted,
    count: (path, method) =>
      requests.filter((r) => sameMethod(method, r.method) && matchesPath(path, r.path)).length,
    addApp(appId, publicKeyPem, installs) {
      const slug = `app-${appId}`;
      apps.set(String(appId), {
        appId,
        slug,
        key: publicKeyObject(publicKeyPem),
        installations: installs.map((i) =>
          installation({
            id: i.id,
            appId,
            appSlug: slug,
            owner: i.owner,
            targetType: i.targetType,
          }),
        ),
      });
    },
    fault(fault) {
      faults.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults.length = 0;
      // An allowed violation is planted like a fault, for one test: it goes with them.
      allowances.length = 0;
    },
    forbid(rule) {
      forbidden.push(rule);
    },
    async close() {
      liveStandIns.delete(api);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      reportViolations(api);
    },
  };
  liveStandIns.add(api);
  return api;
}
