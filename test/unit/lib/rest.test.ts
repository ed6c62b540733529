/**
 * lib/rest.ts sends what @octokit/core sends and fails the way it fails: Octokit is the oracle,
 * on the same routes and parameters, against the same local server.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildRequest, RestError, restRequest } from '../../../actions/lib/rest.ts';

const BASE = 'https://api.example.test/api/v3';

function oracle(token: string) {
  return new Octokit({
    auth: token || undefined,
    baseUrl: BASE,
    userAgent: 'runner-actions',
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

/** What Octokit would send, in buildRequest's shape (its user agent carries its own suffix). */
function octokitSends(route: string, params: Record<string, unknown>) {
  const e = oracle('').request.endpoint(route, params) as {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: unknown;
  };
  const headers = { ...e.headers, 'user-agent': 'runner-actions' };
  const body =
    e.body === undefined ? undefined : typeof e.body === 'string' ? e.body : JSON.stringify(e.body);
  return { method: e.method, url: e.url, headers, body };
}

const ours = (route: string, params: Record<string, unknown>, token = '') =>
  buildRequest(route, params, { baseUrl: BASE, token, userAgent: 'runner-actions' });

describe('buildRequest builds what Octokit builds', () => {
  // Every route the actions send, with the parameters they send.
  test.each<[string, Record<string, unknown>]>([
    [
      'GET /repos/{owner}/{repo}/actions/runners',
      { owner: 'octo-org', repo: 'octo-repo', per_page: 100 },
    ],
    ['GET /orgs/{org}/actions/runners', { org: 'big-org', per_page: 100, page: 3 }],
    ['GET /enterprises/{enterprise}/actions/runners', { enterprise: 'acme corp', per_page: 100 }],
    [
      'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
      { org: 'o', runner_group_id: 2, per_page: 100 },
    ],
    ['GET /orgs/{org}/actions/hosted-runners', { org: 'o', per_page: 100 }],
    [
      'GET /repos/{owner}/{repo}/actions/runs',
      { owner: 'o', repo: 'r', status: 'queued', per_page: 100 },
    ],
    [
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      { owner: 'o', repo: 'r', run_id: 123, filter: 'latest', per_page: 100 },
    ],
    ['GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner: 'o', repo: 'r', run_id: 123 }],
    [
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
      { owner: 'o', repo: 'r', run_id: 9 },
    ],
    [
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
      { owner: 'o', repo: 'r', run_id: 9 },
    ],
    [
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      { owner: 'o', repo: 'r', comment_id: 5, body: '| a |\n<!-- id -->' },
    ],
    [
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner: 'o', repo: 'r', issue_number: 7, body: 'ünï €' },
    ],
    [
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner: 'o', repo: 'r', issue_number: 7, per_page: 100 },
    ],
    ['GET /user', {}],
    ['PUT /repos/{owner}/{repo}/thing', { owner: 'o', repo: 'r' }],
    ['GET /search/issues', { q: 'repo:o/r is:open+label:"a b"', per_page: 100 }],
    ['GET /repos/{owner}/{repo}/actions/runners', { owner: 'o', repo: 'r', skipped: undefined }],
    [`GET ${BASE}/orgs/o/actions/runners?per_page=100&page=2`, {}],
    [`GET ${BASE}/orgs/o/actions/runners?per_page=100`, { page: 2 }],
  ])('%s %j', (route, params) => {
    expect(ours(route, params)).toEqual(octokitSends(route, params));
  });

  test.each([
    ['ghp_abc', 'token ghp_abc'],
    ['ghs_installation', 'token ghs_installation'],
    ['eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln', 'bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln'],
  ])('token %s goes as %s', (token, header) => {
    expect(ours('GET /user', {}, token).headers).toEqual({
      accept: 'application/vnd.github.v3+json',
      'user-agent': 'runner-actions',
      authorization: header,
    });
  });

  test('no token, no authorization header', () => {
    expect(ours('GET /user', {}, '').headers).toEqual({
      accept: 'application/vnd.github.v3+json',
      'user-agent': 'runner-actions',
    });
  });

  test('any path value and query value is encoded as Octokit encodes it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.oneof(fc.string(), fc.integer(), fc.boolean()),
        (owner, status, extra) => {
          const params = { owner, repo: 'r', status, extra };
          const route = 'GET /repos/{owner}/{repo}/actions/runs';
          expect(ours(route, params)).toEqual(octokitSends(route, params));
          const post = 'POST /repos/{owner}/{repo}/issues/1/comments';
          expect(ours(post, { owner, repo: 'r', body: status })).toEqual(
            octokitSends(post, { owner, repo: 'r', body: status }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('restRequest answers and fails as Octokit does', () => {
  let server: Server;
  let url: string;
  const seen: IncomingMessage[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      const path = req.url ?? '';
      if (path.startsWith('/ok')) {
        res.writeHead(200, { 'content-type': 'application/json', link: '<x>; rel="next"' });
        res.end('{"total_count":1}');
      } else if (path.startsWith('/limited')) {
        res.writeHead(403, {
          'content-type': 'application/json; charset=utf-8',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '1700000000',
        });
        res.end(
          JSON.stringify({ message: 'API rate limit exceeded', documentation_url: 'https://docs' }),
        );
      } else if (path.startsWith('/invalid')) {
        res.writeHead(422, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            message: 'Validation Failed',
            errors: [{ field: 'body', code: 'missing' }],
          }),
        );
      } else if (path.startsWith('/html')) {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html>Bad gateway</html>');
      } else if (path.startsWith('/broken-json')) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"message": ');
      } else if (path.startsWith('/not-modified')) {
        res.writeHead(304);
        res.end();
      } else if (path.startsWith('/no-message')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":"gone"}');
      } else if (path.startsWith('/hang')) {
        // never answers
      } else {
        res.writeHead(500);
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  const options = (signal = new AbortController().signal, baseUrl = url) => ({
    baseUrl,
    token: 'ghp_abc',
    userAgent: 'runner-actions',
    signal,
    fetch: globalThis.fetch,
  });
  const octokit = (baseUrl = url) =>
    new Octokit({
      auth: 'ghp_abc',
      baseUrl,
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });

  async function failure(p: Promise<unknown>) {
    try {
      await p;
    } catch (e) {
      const error = e as {
        name: string;
        status?: number;
        message: string;
        response?: { headers: Record<string, string>; data: unknown };
      };
      return {
        name: error.name,
        status: error.response ? error.status : undefined,
        message: error.message,
        data: error.response?.data,
        headers: error.response ? Object.keys(error.response.headers).sort() : undefined,
      };
    }
    throw new Error('did not fail');
  }

  test('a success: status, lower-case headers, the body unread', async () => {
    const r = await restRequest('GET /ok', { per_page: 100 }, options());
    expect(r.status).toBe(200);
    expect(r.headers).toMatchObject({
      'content-type': 'application/json',
      link: '<x>; rel="next"',
    });
    expect(await new Response(r.data).text()).toBe('{"total_count":1}');
    const sent = seen.at(-1);
    expect(sent?.url).toBe('/ok?per_page=100');
    expect(sent?.headers.authorization).toBe('token ghp_abc');
    expect(sent?.headers.accept).toBe('application/vnd.github.v3+json');
  });

  test.each([
    '/limited',
    '/invalid',
    '/html',
    '/broken-json',
    '/not-modified',
    '/no-message',
    '/empty',
  ])('GET %s fails as Octokit fails', async (path) => {
    const got = await failure(restRequest(`GET ${path}`, {}, options()));
    const want = await failure(octokit().request(`GET ${path}`));
    expect(got).toEqual({ ...want, name: 'HttpError' });
    expect(got).toMatchObject({ status: want.status });
  });

  test.each(['ghp_abc', 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln'])(
    'token %s reaches the server as Octokit sends it',
    async (token) => {
      await restRequest('GET /ok', {}, { ...options(), token });
      const ourHeader = seen.at(-1)?.headers.authorization;
      await new Octokit({ auth: token, baseUrl: url }).request('GET /ok');
      expect(ourHeader).toBe(seen.at(-1)?.headers.authorization);
      expect(ourHeader).toMatch(/^(token|bearer) /);
    },
  );

  test('the exact message and data of a rate limit', async () => {
    expect(await failure(restRequest('GET /limited', {}, options()))).toMatchObject({
      status: 403,
      message: 'API rate limit exceeded - https://docs',
      data: { message: 'API rate limit exceeded', documentation_url: 'https://docs' },
    });
  });

  test('nothing listening: no response, the cause in the message', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((done) => closed.close(done));
    const got = await failure(restRequest('GET /x', {}, options(undefined, dead)));
    expect(got).toEqual({
      name: 'HttpError',
      status: undefined,
      message: `connect ECONNREFUSED ${dead.replace('http://', '')}`,
      data: undefined,
      headers: undefined,
    });
    const want = await failure(octokit(dead).request('GET /x'));
    expect(got.message).toBe(want.message);
    expect(
      await restRequest('GET /x', {}, options(undefined, dead)).catch((e) => e),
    ).toBeInstanceOf(RestError);
  });

  test("an aborted request rejects with the fetch's own AbortError", async () => {
    const stop = new AbortController();
    const pending = restRequest('GET /hang', {}, options(stop.signal));
    setTimeout(() => stop.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
