/**
 * Behind a corporate proxy: every GitHub API request of check-runner, select-runner and
 * perf-report (App token minting included) goes through the proxy that HTTPS_PROXY / HTTP_PROXY
 * name, and bypasses it for NO_PROXY hosts. The API is reached as `api.github.test`, a name only
 * the proxy resolves: a request that skipped the proxy could not have been answered. Built dist,
 * local runner, a real CONNECT proxy on 127.0.0.1, plain-HTTP and HTTPS (self-signed) stand-ins.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { comparisonRun } from '../support/comparison-run.ts';
import { type ConnectProxy, startConnectProxy } from '../support/connect-proxy.ts';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { createAppKeyPair } from '../support/github-jwt.ts';
import { runAction } from '../support/local-runner.ts';
import { canMakeCertificates, startTlsFront, type TlsFront } from '../support/tls-front.ts';

const TOKEN = 'ghp_proxyTestToken1234567890abcdefABCDEF';
const REPO = 'octo-org/octo-repo';
const RUN = 8_123_456_789;
const HOST = 'api.github.test';

let stand: GitHubApi;
let proxy: ConnectProxy;
let front: TlsFront | undefined;
const tls = canMakeCertificates();

beforeAll(async () => {
  stand = await startGitHubApi({ tokens: [TOKEN] });
  proxy = await startConnectProxy({ hosts: { [HOST]: '127.0.0.1' } });
  if (tls) front = await startTlsFront(HOST, stand.url);
});
afterAll(async () => {
  await Promise.all([stand.close(), proxy.close(), front?.close()]);
});
beforeEach(() => {
  proxy.seen.length = 0;
  proxy.authorizations.length = 0;
  stand.requests.length = 0;
  loadDemoFleet(stand, { repo: REPO });
  stand.data.jobs.set(RUN, comparisonRun({ runId: RUN, repo: REPO }));
});

const standPort = () => new URL(stand.url).port;

interface Way {
  apiUrl: string;
  env: Record<string, string>;
  /** What the proxy sees: a tunnel to the API, or an absolute URL on it. */
  tunnel: string;
}
const plainHttp = (): Way => ({
  apiUrl: `http://${HOST}:${standPort()}`,
  env: { HTTP_PROXY: proxy.url },
  tunnel: `${HOST}:${standPort()}`,
});
const https = (): Way => ({
  apiUrl: `https://${HOST}:${front?.port}`,
  env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: front?.caFile ?? '' },
  tunnel: `${HOST}:${front?.port}`,
});

function run(
  action: 'check-runner' | 'select-runner' | 'perf-report',
  inputs: Record<string, string>,
  way: Way,
  env: Record<string, string> = {},
) {
  return runAction({
    action,
    inputs,
    github: {
      token: TOKEN,
      apiUrl: way.apiUrl,
      repository: REPO,
      runId: RUN,
      eventName: 'push',
      ref: 'refs/heads/main',
    },
    env: { ...way.env, ...env },
    timeoutMs: 30_000,
  });
}

const throughProxy = (w: Way) =>
  proxy.seen.some((s) => s === w.tunnel || s.startsWith(`http://${w.tunnel}/`));

const ways = [
  ['plain HTTP (HTTP_PROXY)', plainHttp, true],
  ['HTTPS (HTTPS_PROXY, CONNECT tunnel)', https, tls],
] as const;

describe.each(ways)('through a CONNECT proxy, %s', (_name, way, available) => {
  test.skipIf(!available)('select-runner decides from the fleet the API reports', async () => {
    const w = way();
    const r = await run(
      'select-runner',
      { 'primary-runner': 'm4', 'fallback-on-error': 'false' },
      w,
    );
    expect(r.main.outcome).toBe('success');
    expect(r.outputs['is-fallback']).toBe('false');
    expect(JSON.parse(r.outputs['runs-on'] as string)).toEqual(['m4']);
    expect(throughProxy(w)).toBe(true);
    expect(stand.requests.some((q) => q.path === `/repos/${REPO}/actions/runners`)).toBe(true);
  });

  test.skipIf(!available)('check-runner counts the runners', async () => {
    const w = way();
    const r = await run(
      'check-runner',
      { labels: 'self-hosted', 'fail-if-unavailable': 'true' },
      w,
    );
    expect(r.main.outcome).toBe('success');
    expect(Number(r.outputs.total)).toBeGreaterThan(0);
    expect(throughProxy(w)).toBe(true);
  });

  test.skipIf(!available)("perf-report reads the run's jobs", async () => {
    const w = way();
    const r = await run('perf-report', {}, w);
    expect(r.main.outcome).toBe('success');
    expect(Number(r.outputs.speedup)).toBeGreaterThan(1);
    expect(throughProxy(w)).toBe(true);
    expect(stand.requests.some((q) => q.path === `/repos/${REPO}/actions/runs/${RUN}/jobs`)).toBe(
      true,
    );
  });
});

describe.skipIf(!tls)('GitHub App token minting', () => {
  test('goes through the proxy too', async () => {
    const keys = createAppKeyPair();
    stand.addApp(321, keys.publicKey, [{ id: 88, owner: 'octo-org', targetType: 'Organization' }]);
    loadDemoFleet(stand, { org: 'octo-org' });
    const w = https();
    const r = await run(
      'select-runner',
      {
        'primary-runner': 'm4',
        'fallback-on-error': 'false',
        repository: '',
        organization: 'octo-org',
        'app-id': '321',
        'app-private-key': keys.privateKey,
        'github-token': '',
      },
      w,
    );
    expect(r.main.outcome).toBe('success');
    expect(stand.minted.size).toBeGreaterThan(0);
    expect(stand.requests.some((q) => q.path === '/orgs/octo-org/installation')).toBe(true);
    expect(throughProxy(w)).toBe(true);
  });
});

describe('proxy variables', () => {
  test('a proxy that asks for credentials gets them from the URL, and the log never shows them', async () => {
    const guarded = await startConnectProxy({
      hosts: { [HOST]: '127.0.0.1' },
      credentials: 'ci-user:s3cret-pass',
    });
    try {
      const w = plainHttp();
      const url = `http://ci-user:s3cret-pass@127.0.0.1:${guarded.port}`;
      const r = await run(
        'select-runner',
        { 'primary-runner': 'm4', 'fallback-on-error': 'false' },
        w,
        {
          HTTP_PROXY: url,
        },
      );
      expect(r.main.outcome).toBe('success');
      expect(guarded.authorizations).toContain(
        `Basic ${Buffer.from('ci-user:s3cret-pass').toString('base64')}`,
      );
      expect(r.main.log).not.toContain('s3cret-pass');
    } finally {
      await guarded.close();
    }
  });

  test('NO_PROXY hosts bypass the proxy (and so cannot resolve the test host)', async () => {
    const w = plainHttp();
    // The host cannot be resolved without the proxy: retried until the limit, so keep it short.
    const r = await run(
      'select-runner',
      { 'primary-runner': 'm4', 'api-timeout-seconds': '3' },
      w,
      {
        NO_PROXY: `.github.test`,
      },
    );
    expect(proxy.seen).toEqual([]);
    expect(r.outputs['is-fallback']).toBe('true');
    expect(r.outputs.reason).not.toContain('proxy');
  });

  test('without any proxy variable nothing reaches the proxy', async () => {
    const w = { ...plainHttp(), env: {} };
    const r = await run('check-runner', { labels: 'self-hosted', 'api-timeout-seconds': '3' }, w);
    expect(proxy.seen).toEqual([]);
    expect(r.outputs.available).toBe('false');
  });

  test('when the proxy cannot be reached, the reason names it (without credentials)', async () => {
    const w = plainHttp();
    const r = await run(
      'select-runner',
      { 'primary-runner': 'm4', 'api-timeout-seconds': '5' },
      w,
      {
        HTTP_PROXY: 'http://someone:pw@127.0.0.1:1',
      },
    );
    expect(r.outputs['is-fallback']).toBe('true');
    expect(r.outputs.reason).toContain('through the proxy http://127.0.0.1:1 (HTTP_PROXY)');
    expect(r.main.log).not.toContain('pw@');
    expect(r.main.summary).toContain('127.0.0.1:1');
  });
});
