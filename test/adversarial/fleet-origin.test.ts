// The token goes to the API's origin only: a `Link: rel="next"` or a redirect to another port
// (a second server stands in for another host) never receives the Authorization header, and
// `repository: ../..` never reaches an API path.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { api, MAC, REPO, step, TOKEN } from '../integration/fleet-helpers.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { runner } from '../support/github-fixtures.ts';

let stand: GitHubApi;
let other: Server;
let otherUrl: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeEach(async () => {
  stand = await api();
  seen.length = 0;
  other = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const body = JSON.stringify({
      total_count: 1,
      runners: [runner({ id: 7, name: 'elsewhere', labels: MAC, os: 'macos' })],
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterEach(async () => {
  other.closeAllConnections();
  await new Promise((resolve) => other.close(resolve));
  await stand.close();
});

const firstPage = (headers: Record<string, string>, status = 200) => ({
  path: `/repos/${REPO}/actions/runners`,
  kind: 'custom' as const,
  status,
  body: {
    total_count: 200,
    runners: [runner({ id: 1, name: 'busy-mac', labels: MAC, os: 'macos', busy: true })],
  },
  headers,
});

test.each(['check-runner', 'select-runner'] as const)(
  '%s: a Link to another origin is not followed, and says so',
  async (action) => {
    stand.fault(
      firstPage({
        link: `<${otherUrl}/repos/${REPO}/actions/runners?per_page=100&page=2>; rel="next"`,
      }),
    );
    const inputs = action === 'check-runner' ? { labels: 'm4' } : { 'primary-runner': 'm4' };
    const { main, outputs } = await step(stand, action, inputs);
    expect(seen).toEqual([]);
    expect(main.outcome).toBe('success');
    expect(outputs.reason).toContain(
      `pointed its next page at ${otherUrl}, which is not the API's origin ${stand.url}. The page was not read, so the token was not sent there.`,
    );
    expect(stand.requests).toHaveLength(1);
  },
);

test('a Link to the same host on another path prefix (GHES) is not followed either', async () => {
  const ghes = await api('/api/v3');
  try {
    ghes.fault({
      ...firstPage({ link: `<${ghes.url.replace('/api/v3', '')}/login?page=2>; rel="next"` }),
    });
    const { outputs } = await step(ghes, 'select-runner', { 'primary-runner': 'm4' });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain('was not sent there');
    expect(ghes.requests).toHaveLength(1);
  } finally {
    await ghes.close();
  }
});

test('a redirect to another origin does not carry the token', async () => {
  stand.fault(
    firstPage({ location: `${otherUrl}/repos/${REPO}/actions/runners?per_page=100` }, 302),
  );
  await step(stand, 'check-runner', { labels: 'm4' });
  // fetch follows the redirect, and drops Authorization for another origin (Fetch standard).
  expect(seen.length).toBeGreaterThan(0);
  for (const request of seen) {
    expect(request.headers.authorization).toBeUndefined();
    expect(JSON.stringify(request.headers)).not.toContain(TOKEN);
  }
});

test.each(['../..', 'octo-org/..', '../octo-repo', './.', 'octo-org/octo-repo/../../x'])(
  'repository %j is an input error and no request is made',
  async (repository) => {
    for (const action of ['check-runner', 'select-runner'] as const) {
      const inputs = action === 'check-runner' ? { labels: 'm4' } : { 'primary-runner': 'm4' };
      const { main } = await step(stand, action, { ...inputs, repository });
      expect(main.outcome).toBe('failure');
      expect(main.annotations.find((a) => a.level === 'error')?.properties.title).toBe(
        'Invalid input: repository',
      );
    }
    expect(stand.requests).toHaveLength(0);
    expect(seen).toHaveLength(0);
  },
);
