import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import { type GitHubApi, type StartOptions, startGitHubApi } from '../support/github-api.ts';
import {
  type IssueComment,
  job,
  type Runner,
  runner,
  runnerGroup,
  workflowRun,
} from '../support/github-fixtures.ts';
import { createAppKeyPair, signAppJwt } from '../support/github-jwt.ts';
import { SLACK_MS } from '../support/slack.ts';

const servers: GitHubApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(opts?: StartOptions): Promise<GitHubApi> {
  const api = await startGitHubApi(opts);
  servers.push(api);
  return api;
}

const auth = (token = 'test-token') => ({ authorization: `token ${token}` });

function get(api: GitHubApi, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${api.url}${path}`, { ...init, headers: { ...auth(), ...init.headers } });
}

function send(api: GitHubApi, method: string, path: string, body: unknown, token = 'test-token') {
  return fetch(`${api.url}${path}`, {
    method,
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function links(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (res.headers.get('link') ?? '').split(', ').filter(Boolean)) {
    const m = /^<([^>]+)>; rel="(\w+)"$/.exec(part);
    if (m?.[1] && m[2]) out[m[2]] = m[1];
  }
  return out;
}

const many = (n: number): Runner[] =>
  Array.from({ length: n }, (_, i) => runner({ id: i + 1, name: `runner-${i + 1}` }));

describe('GitHub REST stand-in', () => {
  it('paginates like GitHub: per_page, page and Link rel next/last/first/prev', async () => {
    const api = await start();
    api.data.repoRunners.set('acme/app', many(250));
    const base = `${api.url}/repos/acme/app/actions/runners`;

    const p1 = await get(api, '/repos/acme/app/actions/runners?per_page=100');
    const b1 = (await p1.json()) as { total_count: number; runners: Runner[] };
    expect(b1.total_count).toBe(250);
    expect(b1.runners).toHaveLength(100);
    expect(b1.runners[0]?.name).toBe('runner-1');
    expect(links(p1)).toEqual({
      next: `${base}?per_page=100&page=2`,
      last: `${base}?per_page=100&page=3`,
    });

    const p2 = await fetch(links(p1).next ?? '', { headers: auth() });
    expect(((await p2.json()) as { runners: Runner[] }).runners[0]?.id).toBe(101);
    expect(p2.headers.get('link')).toBe(
      [
        `<${base}?per_page=100&page=1>; rel="prev"`,
        `<${base}?per_page=100&page=3>; rel="next"`,
        `<${base}?per_page=100&page=3>; rel="last"`,
        `<${base}?per_page=100&page=1>; rel="first"`,
      ].join(', '),
    );

    const p3 = await fetch(links(p2).next ?? '', { headers: auth() });
    const b3 = (await p3.json()) as { total_count: number; runners: Runner[] };
    expect(b3.total_count).toBe(250);
    expect(b3.runners).toHaveLength(50);
    expect(b3.runners.at(-1)?.id).toBe(250);
    expect(links(p3)).toEqual({
      prev: `${base}?per_page=100&page=2`,
      first: `${base}?per_page=100&page=1`,
    });

    const byDefault = await get(api, '/repos/acme/app/actions/runners');
    expect(((await byDefault.json()) as { runners: Runner[] }).runners).toHaveLength(30);
    expect(links(byDefault).last).toBe(`${base}?page=9`);
    const capped = await get(api, '/repos/acme/app/actions/runners?per_page=500');
    expect(((await capped.json()) as { runners: Runner[] }).runners).toHaveLength(100);

    api.data.repoRunners.set('acme/app', many(3));
    const single = await get(api, '/repos/acme/app/actions/runners');
    expect(single.headers.get('link')).toBeNull();
  });

  it('serves everything under /api/v3 when asked, like GitHub Enterprise Server', async () => {
    const api = await start({ prefix: '/api/v3' });
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    loadDemoFleet(api, { org: 'acme' });
    const res = await get(api, '/orgs/acme/actions/runners?per_page=1');
    expect(res.status).toBe(200);
    expect(links(res).next).toBe(`${api.url}/orgs/acme/actions/runners?per_page=1&page=2`);
    const groups = (await (await get(api, '/orgs/acme/actions/runner-groups')).json()) as {
      runner_groups: { runners_url: string }[];
    };
    expect(groups.runner_groups[0]?.runners_url).toBe(
      `${api.url}/orgs/acme/actions/runner-groups/1/runners`,
    );
    const outside = await fetch(api.url.replace('/api/v3', '/orgs/acme/actions/runners'), {
      headers: auth(),
    });
    expect(outside.status).toBe(404);
    expect(api.requests[0]?.path).toBe('/orgs/acme/actions/runners');
  });

  it('answers 401 for missing or wrong credentials', async () => {
    const api = await start({ tokens: ['good'] });
    const wrong = await get(api, '/orgs/acme/actions/runners', { headers: auth('bad') });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const missing = await fetch(`${api.url}/orgs/acme/actions/runners`);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { message: string }).message).toBe('Requires authentication');
    const bearer = await fetch(`${api.url}/orgs/acme/actions/runners`, {
      headers: { authorization: 'Bearer good' },
    });
    expect(bearer.status).toBe(200);
  });

  it('forbids scopes per token with GitHub bodies', async () => {
    const api = await start({ tokens: ['repo-only', 'admin'] });
    api.forbid({ path: '/orgs/acme/actions/runners', token: 'repo-only' });
    api.forbid({ path: /^\/repos\/acme\/secret\/actions\/runners/, status: 404 });
    const org = await get(api, '/orgs/acme/actions/runners', { headers: auth('repo-only') });
    expect(org.status).toBe(403);
    expect(await org.json()).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url:
        'https://docs.github.com/rest/actions/self-hosted-runners#list-self-hosted-runners-for-an-organization',
      status: '403',
    });
    expect((await get(api, '/orgs/acme/actions/runners', { headers: auth('admin') })).status).toBe(
      200,
    );
    const repo = await get(api, '/repos/acme/secret/actions/runners', { headers: auth('admin') });
    expect(repo.status).toBe(404);
    expect(((await repo.json()) as { message: string }).message).toBe('Not Found');
  });

  it('sends rate limit headers, the primary rate limit and 429 retry-after', async () => {
    const api = await start({ rateLimit: 3 });
    const ok = await get(api, '/orgs/acme/actions/runners');
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(ok.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/);
    expect(ok.headers.get('x-ratelimit-limit')).toBe('3');
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(ok.headers.get('x-ratelimit-used')).toBe('1');
    const reset = Number(ok.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(Date.now() / 1000);

    const resetAt = Math.floor(Date.now() / 1000) + 42;
    api.fault({ path: '/orgs/', kind: 'rate-limit', reset: resetAt, times: 1 });
    const limited = await get(api, '/orgs/acme/actions/runners');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toBe(String(resetAt));
    expect(((await limited.json()) as { message: string }).message).toMatch(
      /^API rate limit exceeded/,
    );

    api.fault({ path: '/orgs/', kind: 'secondary-rate-limit', retryAfter: 7, times: 1 });
    const throttled = await get(api, '/orgs/acme/actions/runners');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(((await throttled.json()) as { message: string }).message).toMatch(
      /secondary rate limit/,
    );

    // Injected faults do not count; the 3rd real request uses the limit up, the 4th gets a 403.
    for (const remaining of ['1', '0']) {
      const res = await get(api, '/orgs/acme/actions/runners');
      expect([res.status, res.headers.get('x-ratelimit-remaining')]).toEqual([200, remaining]);
    }
    const exhausted = await get(api, '/orgs/acme/actions/runners');
    expect(exhausted.status).toBe(403);
    expect(exhausted.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('injects 5xx a number of times, then succeeds', async () => {
    const api = await start();
    api.fault({ path: '/repos/acme/app/actions/runners', kind: 'status', status: 502, times: 1 });
    const first = await get(api, '/repos/acme/app/actions/runners');
    expect(first.status).toBe(502);
    expect(await first.json()).toMatchObject({ message: 'Bad Gateway', status: '502' });
    expect((await get(api, '/repos/acme/app/actions/runners')).status).toBe(200);
    api.fault({ path: '/repos/', method: 'GET', kind: 'delay', ms: 150, times: 1 });
    const started = Date.now();
    expect((await get(api, '/repos/acme/app/actions/runners')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(api.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, 'status'],
      [200, undefined],
      [200, 'delay'],
    ]);
  });

  it('sends malformed JSON with 200 and resets connections', async () => {
    const api = await start();
    api.fault({ path: '/orgs/acme/actions/runners', kind: 'malformed-json', times: 1 });
    const res = await get(api, '/orgs/acme/actions/runners');
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
    api.fault({ path: /runner-groups/, kind: 'reset', times: 1 });
    await expect(get(api, '/orgs/acme/actions/runner-groups')).rejects.toThrow(/fetch failed/);
    expect((await get(api, '/orgs/acme/actions/runner-groups')).status).toBe(200);
  });

  it('hangs until the client gives up, and close() still returns promptly', async () => {
    const api = await startGitHubApi();
    api.fault({ path: '/orgs/', kind: 'hang' });
    const aborted = get(api, '/orgs/acme/actions/runners', { signal: AbortSignal.timeout(200) });
    await expect(aborted).rejects.toMatchObject({ name: 'TimeoutError' });
    const pending = get(api, '/orgs/acme/actions/runners').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await api.close();
    // The hanging request would never end by itself: any bound proves close() ended it.
    expect(Date.now() - started).toBeLessThan(SLACK_MS);
    expect(await pending).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(2);
    expect(api.requests[0]?.status).toBeUndefined();
  });

  it('creates, lists (paginated), updates and deletes issue comments', async () => {
    const api = await start();
    const created: IssueComment[] = [];
    for (const n of [1, 2, 3]) {
      const res = await send(api, 'POST', '/repos/acme/app/issues/7/comments', { body: `c${n}` });
      expect(res.status).toBe(201);
      created.push((await res.json()) as IssueComment);
    }
    const first = created[0];
    expect(first?.user?.login).toBe('github-actions[bot]');
    expect(first?.url).toBe(`${api.url}/repos/acme/app/issues/comments/${first?.id}`);
    const page = await get(api, '/repos/acme/app/issues/7/comments?per_page=2');
    expect(((await page.json()) as IssueComment[]).map((c) => c.body)).toEqual(['c1', 'c2']);
    expect(links(page).next).toContain('page=2');

    const patched = await send(api, 'PATCH', `/repos/acme/app/issues/comments/${first?.id}`, {
      body: 'edited',
    });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as IssueComment).body).toBe('edited');
    expect(api.data.comments.get('acme/app#7')?.[0]?.body).toBe('edited');
    const del = await send(api, 'DELETE', `/repos/acme/app/issues/comments/${first?.id}`, {});
    expect(del.status).toBe(204);
    const all = (await (await get(api, '/repos/acme/app/issues/7/comments')).json()) as unknown[];
    expect(all).toHaveLength(2);
    const missing = await send(api, 'PATCH', '/repos/acme/app/issues/comments/1', { body: 'x' });
    expect(missing.status).toBe(404);
    expect((await send(api, 'POST', '/repos/acme/app/issues/7/comments', {})).status).toBe(422);
  });

  it('filters workflow runs by status and jobs by attempt', async () => {
    const api = await start();
    api.data.runs.set('acme/app', [
      workflowRun({ id: 1, repo: 'acme/app', status: 'queued' }),
      workflowRun({ id: 2, repo: 'acme/app', status: 'completed', conclusion: 'failure' }),
    ]);
    api.data.jobs.set(1, [
      job({ id: 10, runId: 1, runAttempt: 1, status: 'completed', conclusion: 'cancelled' }),
      job({ id: 11, runId: 1, runAttempt: 2, labels: ['self-hosted', 'ARM64'] }),
    ]);
    const queued = (await (
      await get(api, '/repos/acme/app/actions/runs?status=queued')
    ).json()) as {
      total_count: number;
      workflow_runs: { id: number }[];
    };
    expect(queued.workflow_runs.map((r) => r.id)).toEqual([1]);
    const failed = await get(api, '/repos/acme/app/actions/runs?status=failure');
    expect(((await failed.json()) as { total_count: number }).total_count).toBe(1);

    const latest = (await (await get(api, '/repos/acme/app/actions/runs/1/jobs')).json()) as {
      jobs: { id: number; runner_name: string | null; labels: string[] }[];
    };
    expect(latest.jobs.map((j) => j.id)).toEqual([11]);
    expect(latest.jobs[0]).toMatchObject({ runner_name: null, labels: ['self-hosted', 'ARM64'] });
    const all = await get(api, '/repos/acme/app/actions/runs/1/jobs?filter=all');
    expect(((await all.json()) as { total_count: number }).total_count).toBe(2);
    expect((await get(api, '/repos/acme/app/actions/runs/99/jobs')).status).toBe(404);
  });

  it('lists runner groups and their runners, and the demo fleet', async () => {
    const api = await start();
    const fleet = loadDemoFleet(api, { repo: 'acme/app', org: 'acme' });
    api.data.runnerGroups.get('acme')?.push({
      group: runnerGroup({ id: 2, name: 'macs', org: 'acme', visibility: 'selected' }),
      runnerIds: [fleet.macMini.id],
    });
    const groups = (await (await get(api, '/orgs/acme/actions/runner-groups')).json()) as {
      total_count: number;
    };
    expect(groups.total_count).toBe(2);
    const macs = (await (await get(api, '/orgs/ACME/actions/runner-groups/2/runners')).json()) as {
      runners: Runner[];
    };
    expect(macs.runners.map((r) => r.name)).toEqual(['apple-m4-mac-mini']);
    expect(macs.runners[0]?.labels).toEqual([
      { id: expect.any(Number), name: 'self-hosted', type: 'read-only' },
      { id: expect.any(Number), name: 'macOS', type: 'read-only' },
      { id: expect.any(Number), name: 'ARM64', type: 'read-only' },
      { id: expect.any(Number), name: 'm4', type: 'custom' },
    ]);
    const repo = (await (await get(api, '/repos/acme/app/actions/runners')).json()) as {
      runners: Runner[];
    };
    expect(repo.runners.map((r) => [r.status, r.busy])).toEqual([
      ['online', false],
      ['online', true],
      ['offline', false],
    ]);
  });

  it('verifies App JWTs and accepts the installation tokens it mints', async () => {
    const api = await start({ tokens: [] });
    const keys = createAppKeyPair();
    api.addApp(4242, keys.publicKey, [{ id: 77, owner: 'acme' }]);
    const jwt = signAppJwt(4242, keys.privateKey);
    const bearer = { authorization: `Bearer ${jwt}` };

    const inst = await fetch(`${api.url}/repos/acme/app/installation`, { headers: bearer });
    expect(inst.status).toBe(200);
    expect(await inst.json()).toMatchObject({ id: 77, app_id: 4242, account: { login: 'acme' } });
    expect((await fetch(`${api.url}/orgs/other/installation`, { headers: bearer })).status).toBe(
      404,
    );
    const created = await fetch(`${api.url}/app/installations/77/access_tokens`, {
      method: 'POST',
      headers: bearer,
    });
    expect(created.status).toBe(201);
    const { token, expires_at } = (await created.json()) as { token: string; expires_at: string };
    expect(token).toMatch(/^ghs_/);
    expect(Date.parse(expires_at)).toBeGreaterThan(Date.now());

    expect((await get(api, '/orgs/acme/actions/runners', { headers: auth(token) })).status).toBe(
      200,
    );
    // An installation token only reaches its own account.
    expect(
      (await get(api, '/repos/other/app/actions/runners', { headers: auth(token) })).status,
    ).toBe(404);
    expect((await get(api, '/orgs/other/actions/runners', { headers: auth(token) })).status).toBe(
      403,
    );

    const wrongKey = signAppJwt(4242, createAppKeyPair().privateKey);
    const rejected = await fetch(`${api.url}/app/installations/77/access_tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wrongKey}` },
    });
    expect(rejected.status).toBe(401);
    expect(((await rejected.json()) as { message: string }).message).toBe(
      'A JSON web token could not be decoded',
    );
    const expired = signAppJwt(4242, keys.privateKey, Math.floor(Date.now() / 1000) - 3600);
    const late = await fetch(`${api.url}/repos/acme/app/installation`, {
      headers: { authorization: `Bearer ${expired}` },
    });
    expect(((await late.json()) as { message: string }).message).toMatch(/'Expiration time'/);
    expect((await get(api, '/repos/acme/app/installation', { headers: auth(token) })).status).toBe(
      401,
    );
  });

  it('works with @octokit/auth-app end to end', async () => {
    const api = await start({ prefix: '/api/v3', tokens: [] });
    const keys = createAppKeyPair();
    api.addApp(7, keys.publicKey, [{ id: 8, owner: 'acme' }]);
    loadDemoFleet(api, { org: 'acme' });
    const octokit = new Octokit({
      baseUrl: api.url,
      authStrategy: createAppAuth,
      auth: { appId: 7, privateKey: keys.privateKey, installationId: 8 },
    });
    const { data } = await octokit.request('GET /orgs/{org}/actions/runners', { org: 'acme' });
    expect(data.runners.map((r) => r.name)).toContain('apple-m4-mac-mini');
    expect(api.count('/app/installations/8/access_tokens', 'POST')).toBe(1);
    const last = api.requests.at(-1);
    expect(last?.headers.authorization).toMatch(/^token ghs_/);
  });

  it('records every request and counts by path prefix', async () => {
    const api = await start();
    await get(api, '/orgs/acme/actions/runners?per_page=5');
    await get(api, '/orgs/acme/actions/runner-groups');
    await send(api, 'POST', '/repos/acme/app/issues/1/comments', { body: 'hi' });
    expect(api.count('/orgs/acme/actions/runner')).toBe(2);
    expect(api.count('/orgs/acme/actions/runners')).toBe(1);
    expect(api.count(/comments$/, 'POST')).toBe(1);
    expect(api.requests[0]).toMatchObject({
      method: 'GET',
      path: '/orgs/acme/actions/runners',
      query: { per_page: '5' },
      status: 200,
    });
    expect(api.requests[0]?.headers.authorization).toBe('token test-token');
    expect(api.requests[2]?.body).toEqual({ body: 'hi' });
  });
});
