import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import type { GitHubApi } from '../support/github-api.ts';
import { job, runner, runnerGroup, workflowRun } from '../support/github-fixtures.ts';
import { createAppKeyPair } from '../support/github-jwt.ts';
import { SLACK_MS } from '../support/slack.ts';
import { api, filler, MAC, REPO, step, TOKEN } from './fleet-helpers.ts';

let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

const select = (inputs: Record<string, string | undefined>, extra = {}) =>
  step(stand, 'select-runner', inputs, extra);
const runnerRequests = () => stand.requests.filter((r) => r.path.endsWith('/runners')).length;

describe('select-runner against the demo fleet', () => {
  test('the idle M4 Mac mini is chosen, plainly, with one request', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const { main, outputs } = await select({ 'primary-runner': 'self-hosted, macOS, ARM64' });
    expect(main.outcome).toBe('success');
    expect(JSON.parse(outputs['runs-on'] as string)).toEqual(MAC);
    expect(outputs['use-runner']).toBe(outputs['runs-on']);
    expect(outputs).toMatchObject({
      'runner-type': 'self-hosted',
      labels: 'self-hosted,macOS,ARM64',
      'is-fallback': 'false',
      candidate: '0',
    });
    expect(outputs.reason).toContain('1 idle');
    expect(JSON.parse(outputs.matrix as string)).toEqual({
      include: [{ runner: MAC, 'runner-type': 'self-hosted', name: 'self-hosted, macOS, ARM64' }],
    });
    expect(main.log.split('\n')[0]).toBe('runs-on: ["self-hosted","macOS","ARM64"] (self-hosted)');
    expect(main.summary).toContain(
      '| 0 | self-hosted, macOS, ARM64 | 1 | 1 | 0 | 0 | 0 | chosen |',
    );
    expect(stand.requests).toHaveLength(1);
    expect(stand.requests[0]?.query.per_page).toBe('100');
  });

  test('a busy first candidate passes to the next line; none free falls back', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const second = await select({ 'primary-runner': 'self-hosted, Linux, ARM64\nm4' });
    expect(second.outputs).toMatchObject({ candidate: '1', labels: 'm4' });
    expect(JSON.parse(second.outputs['runs-on'] as string)).toEqual(['m4']);

    const none = await select({
      'primary-runner': 'self-hosted, Linux',
      'fallback-runner': 'ubuntu-24.04, large',
    });
    expect(none.outputs).toMatchObject({
      'is-fallback': 'true',
      candidate: '-1',
      'runner-type': 'github-hosted',
    });
    expect(JSON.parse(none.outputs['runs-on'] as string)).toEqual(['ubuntu-24.04', 'large']);
    expect(none.outputs.reason).toContain('0 idle, 1 busy, 1 offline');
  });

  test('a single-label fallback is a JSON string', async () => {
    const { outputs } = await select({ 'primary-runner': 'self-hosted, macOS' });
    expect(outputs['runs-on']).toBe('"ubuntu-latest"');
  });

  test('require-idle false and primaries-required', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const busyOk = await select({
      'primary-runner': 'self-hosted, Linux, ARM64',
      'require-idle': 'false',
    });
    expect(busyOk.outputs.candidate).toBe('0');
    const two = await select({ 'primary-runner': 'self-hosted, macOS', 'primaries-required': '2' });
    expect(two.outputs.candidate).toBe('-1');
    expect(two.outputs.reason).toContain('needs 2 idle');
  });

  test('the typo case is named', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const { outputs } = await select({ 'primary-runner': 'ubuntu-24.04-arm64-4core' });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain('looks like a GitHub-hosted runner label');
  });

  test('matrix-compare puts both runners in the matrix', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const { outputs } = await select({ 'primary-runner': 'm4', 'matrix-compare': 'true' });
    expect(JSON.parse(outputs.matrix as string).include).toEqual([
      { runner: ['m4'], 'runner-type': 'self-hosted', name: 'm4' },
      { runner: 'ubuntu-latest', 'runner-type': 'github-hosted', name: 'ubuntu-latest' },
    ]);
  });
});

describe('fleets of any size and every scope', () => {
  test('a 250-runner organization whose only match is on page 3', async () => {
    stand.data.orgRunners.set('big-org', [
      ...filler(1, 240),
      runner({ id: 500, name: 'the-mac', labels: MAC }),
      ...filler(241, 9),
    ]);
    const { outputs } = await select({
      'primary-runner': 'self-hosted,MACOS,arm64',
      repository: '',
      organization: 'big-org',
    });
    expect(outputs).toMatchObject({ candidate: '0', 'runner-type': 'self-hosted' });
    expect(stand.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  test('reading stops once the first candidate is settled', async () => {
    stand.data.orgRunners.set('big-org', [
      runner({ id: 1, name: 'mac', labels: MAC }),
      ...filler(2, 299),
    ]);
    const { outputs } = await select({
      'primary-runner': 'self-hosted, macOS',
      repository: '',
      organization: 'big-org',
    });
    expect(outputs.candidate).toBe('0');
    expect(runnerRequests()).toBe(1);
  });

  test('repository, organization and enterprise are merged without double counting', async () => {
    const mac = runner({ id: 7, name: 'mac', labels: MAC });
    stand.data.repoRunners.set(REPO, [mac]);
    stand.data.orgRunners.set('octo-org', [mac]);
    stand.data.enterpriseRunners.set('octo-ent', [mac]);
    const { outputs, main } = await select({
      'primary-runner': 'self-hosted, macOS',
      'primaries-required': '2',
      organization: 'octo-org',
      enterprise: 'octo-ent',
    });
    expect(outputs.candidate).toBe('-1');
    expect(main.summary).toContain('| 0 | self-hosted, macOS | 1 | 1 |');
    expect(stand.requests.map((r) => r.path)).toEqual([
      `/repos/${REPO}/actions/runners`,
      '/orgs/octo-org/actions/runners',
      '/enterprises/octo-ent/actions/runners',
    ]);
  });

  test('runner-group reads only that group: one request more', async () => {
    const mac = runner({ id: 1, name: 'mac', labels: MAC, groupId: 2 });
    const other = runner({ id: 2, name: 'other-mac', labels: MAC, groupId: 3 });
    stand.data.orgRunners.set('octo-org', [mac, other]);
    stand.data.runnerGroups.set('octo-org', [
      { group: runnerGroup({ id: 2, name: 'Mac Fleet', org: 'octo-org' }), runnerIds: [1] },
      { group: runnerGroup({ id: 3, name: 'Other', org: 'octo-org' }), runnerIds: [2] },
    ]);
    const { outputs, main } = await select({
      'primary-runner': 'self-hosted, macOS',
      'primaries-required': '2',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'mac fleet',
    });
    expect(outputs.candidate).toBe('-1');
    expect(main.summary).toContain('| 0 | self-hosted, macOS | 1 | 1 |');
    expect(stand.requests.map((r) => r.path)).toEqual([
      '/orgs/octo-org/actions/runner-groups',
      '/orgs/octo-org/actions/runner-groups/2/runners',
    ]);
  });

  test('an unknown runner group is explained', async () => {
    stand.data.runnerGroups.set('octo-org', [
      { group: runnerGroup({ id: 2, name: 'Mac Fleet', org: 'octo-org' }), runnerIds: [] },
    ]);
    const { outputs } = await select({
      'primary-runner': 'm4',
      organization: 'octo-org',
      'runner-group': 'gpu',
    });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain(
      "Organization octo-org has no runner group 'gpu' (it has 'Mac Fleet').",
    );
  });

  test('a GHES base URL with /api/v3', async () => {
    const ghes = await api('/api/v3');
    try {
      loadDemoFleet(ghes, { repo: REPO });
      const { outputs } = await step(ghes, 'select-runner', { 'primary-runner': 'm4' });
      expect(outputs.candidate).toBe('0');
      expect(ghes.url).toMatch(/\/api\/v3$/);
      expect(ghes.requests).toHaveLength(1);
    } finally {
      await ghes.close();
    }
  });

  test('an ARC scale set is available without an API call', async () => {
    const { outputs } = await select({
      'primary-runner': 'Arc-Mac-Set\nself-hosted',
      'scale-sets': 'arc-mac-set',
    });
    expect(JSON.parse(outputs['runs-on'] as string)).toEqual(['Arc-Mac-Set']);
    expect(outputs.reason).toContain('scale set');
    expect(stand.requests).toHaveLength(0);
  });

  test('a scale set after a listed candidate is used when the first is busy', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const { outputs } = await select({
      'primary-runner': 'self-hosted, Linux, ARM64\narc-linux',
      'scale-sets': 'arc-linux',
    });
    expect(outputs).toMatchObject({ candidate: '1', labels: 'arc-linux' });
  });

  test('count-queued-jobs subtracts queued jobs waiting for the same labels', async () => {
    loadDemoFleet(stand, { repo: REPO });
    stand.data.runs.set(REPO, [
      workflowRun({ id: 900, repo: REPO, status: 'queued' }),
      workflowRun({ id: 4242, repo: REPO, status: 'in_progress' }),
    ]);
    stand.data.jobs.set(900, [
      job({ id: 1, runId: 900, status: 'queued', labels: ['self-hosted', 'm4'] }),
    ]);
    stand.data.jobs.set(4242, [job({ id: 2, runId: 4242, status: 'queued', labels: ['m4'] })]);
    const plain = await select({ 'primary-runner': 'self-hosted, macOS, ARM64, m4' });
    expect(plain.outputs.candidate).toBe('0');
    const counted = await select({
      'primary-runner': 'self-hosted, macOS, ARM64, m4',
      'count-queued-jobs': 'true',
    });
    expect(counted.outputs.candidate).toBe('-1');
    expect(counted.outputs.reason).toContain('1 queued job waiting for them');
    expect(stand.requests.some((r) => r.path === `/repos/${REPO}/actions/runs/4242/jobs`)).toBe(
      false,
    );
  });
});

describe('modes', () => {
  test('github-hosted uses the fallback with no API call', async () => {
    const { outputs } = await select({ 'primary-runner': 'm4', mode: 'github-hosted' });
    expect(outputs).toMatchObject({ 'is-fallback': 'true', 'runs-on': '"ubuntu-latest"' });
    expect(stand.requests).toHaveLength(0);
  });

  test('self-hosted takes the first candidate without asking', async () => {
    const { outputs } = await select({
      'primary-runner': 'self-hosted, macOS\nother',
      mode: 'self-hosted',
    });
    expect(outputs).toMatchObject({ candidate: '0', 'runner-type': 'self-hosted' });
    expect(stand.requests).toHaveLength(0);
  });
});

describe('faults never hang a job', () => {
  test('a 500 on every call falls back and explains', async () => {
    stand.fault({ path: '/', kind: 'status', status: 500 });
    const { main, outputs } = await select({ 'primary-runner': 'm4', 'api-timeout-seconds': '3' });
    expect(main.outcome).toBe('success');
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain('answered 500');
    expect(outputs.reason).toContain('fallback-on-error is true');
    expect(main.annotations.some((a) => a.level === 'warning' && a.message.includes('500'))).toBe(
      true,
    );
    expect(main.summary).toContain('answered 500');
    expect(main.durationMs).toBeLessThan(3000 + SLACK_MS);
    expect(stand.requests.length).toBeGreaterThan(1);
  });

  test('one transient 502 is retried', async () => {
    loadDemoFleet(stand, { repo: REPO });
    stand.fault({ path: '/', kind: 'status', status: 502, times: 1 });
    const { outputs } = await select({ 'primary-runner': 'm4' });
    expect(outputs.candidate).toBe('0');
    expect(stand.requests.map((r) => r.status)).toEqual([502, 200]);
  });

  test('malformed JSON is retried like a transient fault', async () => {
    loadDemoFleet(stand, { repo: REPO });
    stand.fault({ path: '/', kind: 'malformed-json', times: 1 });
    const { outputs } = await select({ 'primary-runner': 'm4' });
    expect(outputs.candidate).toBe('0');
  });

  test('an API that never answers falls back within api-timeout-seconds', async () => {
    stand.fault({ path: '/', kind: 'hang' });
    const { main, outputs } = await select({ 'primary-runner': 'm4', 'api-timeout-seconds': '2' });
    expect(main.outcome).toBe('success');
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain('within the 2s limit (api-timeout-seconds)');
    expect(main.durationMs).toBeGreaterThanOrEqual(1900);
    expect(main.durationMs).toBeLessThan(2000 + SLACK_MS);
  });

  test('a 403 rate limit resetting in an hour is not waited for', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    stand.fault({ path: '/', kind: 'rate-limit', status: 403, reset });
    const { main, outputs } = await select({ 'primary-runner': 'm4' });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain(`resets at ${new Date(reset * 1000).toISOString()}`);
    expect(outputs.reason).toContain('not waited for');
    expect(stand.requests).toHaveLength(1);
    // Waiting would take an hour: anything near the start-up proves it was not waited for.
    expect(main.durationMs).toBeLessThan(SLACK_MS);
  });

  test('a rate limit that resets within the limit is waited for', async () => {
    loadDemoFleet(stand, { repo: REPO });
    stand.fault({ path: '/', kind: 'secondary-rate-limit', status: 429, retryAfter: 1, times: 1 });
    const { outputs, main } = await select({ 'primary-runner': 'm4' });
    expect(outputs.candidate).toBe('0');
    expect(main.durationMs).toBeGreaterThanOrEqual(1000);
  });

  test('bad credentials with fallback-on-error false fail the step and name the permission', async () => {
    const { main } = await select(
      { 'primary-runner': 'm4', 'fallback-on-error': 'false' },
      {
        github: { token: 'ghp_wrong', apiUrl: stand.url, repository: REPO },
      },
    );
    expect(main.outcome).toBe('failure');
    const error = main.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('GitHub refused the token (401): Bad credentials.');
    expect(error?.message).toContain('Administration: read');
    expect(error?.message).toContain('GITHUB_TOKEN cannot list runners');
  });

  test('bad credentials fall back by default', async () => {
    const { main, outputs } = await select(
      { 'primary-runner': 'm4' },
      {
        github: { token: 'ghp_wrong', apiUrl: stand.url, repository: REPO },
      },
    );
    expect(main.outcome).toBe('success');
    expect(outputs['is-fallback']).toBe('true');
  });

  test('a forbidden organization says which permission is missing', async () => {
    stand.forbid({ path: '/orgs/octo-org/actions/runners', status: 403 });
    const { outputs } = await select({
      'primary-runner': 'm4',
      repository: '',
      organization: 'octo-org',
    });
    expect(outputs.reason).toContain('organization octo-org');
    expect(outputs.reason).toContain('admin:org');
    expect(outputs.reason).toContain('Self-hosted runners: read');
  });

  test('an empty token (a secret Dependabot does not get) falls back', async () => {
    const { outputs } = await select({ 'primary-runner': 'm4', 'github-token': '' });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain('github-token is empty');
    expect(stand.requests).toHaveLength(0);
  });
});

describe('waiting', () => {
  test('the wait ends when a runner turns idle', async () => {
    const fleet = loadDemoFleet(stand, { repo: REPO });
    fleet.macMini.busy = true;
    // Frees the runner once the first poll has seen it busy: no race with the step's start-up.
    const flip = setInterval(() => {
      if (stand.requests.some((r) => r.path.endsWith('/runners') && r.status === 200)) {
        fleet.macMini.busy = false;
        clearInterval(flip);
      }
    }, 20);
    try {
      const { outputs, main } = await select({
        'primary-runner': 'm4',
        'wait-seconds': '30',
        'poll-seconds': '1',
      });
      expect(outputs.candidate).toBe('0');
      expect(runnerRequests()).toBeGreaterThanOrEqual(2);
      expect(main.durationMs).toBeLessThan(30_000);
      expect(main.log).toContain('Checking again in 1s');
    } finally {
      clearInterval(flip);
    }
  });

  test('the wait ends with the fallback when nothing frees up', async () => {
    const fleet = loadDemoFleet(stand, { repo: REPO });
    fleet.macMini.busy = true;
    const { outputs, main } = await select({
      'primary-runner': 'm4',
      'wait-seconds': '2',
      'poll-seconds': '1',
    });
    expect(outputs['is-fallback']).toBe('true');
    expect(main.durationMs).toBeGreaterThanOrEqual(2000);
    expect(main.durationMs).toBeLessThan(2000 + SLACK_MS);
  });
});

describe('credentials', () => {
  test('the token is masked and never printed', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const { main } = await select({ 'primary-runner': 'm4', 'fallback-on-error': 'false' });
    expect(main.masks).toContain(TOKEN);
    expect(main.log).not.toContain(TOKEN);
    expect(main.summary).not.toContain(TOKEN);
    expect(stand.requests[0]?.headers.authorization).toBe(`token ${TOKEN}`);
  });

  test('GitHub App credentials mint an installation token, used and masked', async () => {
    loadDemoFleet(stand, { org: 'octo-org' });
    const keys = createAppKeyPair();
    stand.addApp(123, keys.publicKey, [{ id: 77, owner: 'octo-org', targetType: 'Organization' }]);
    const { main, outputs } = await select({
      'primary-runner': 'm4',
      'fallback-on-error': 'false',
      repository: '',
      organization: 'octo-org',
      'app-id': '123',
      'app-private-key': keys.privateKey,
      'github-token': '',
    });
    expect(main.outcome).toBe('success');
    expect(outputs.candidate).toBe('0');
    const minted = [...stand.minted.keys()];
    expect(minted).toHaveLength(1);
    expect(main.masks).toContain(minted[0]);
    expect(main.log).not.toContain(minted[0] as string);
    const runnersCall = stand.requests.find((r) => r.path === '/orgs/octo-org/actions/runners');
    expect(runnersCall?.headers.authorization).toBe(`token ${minted[0]}`);
  });
});

describe('invalid inputs always fail, naming the input', () => {
  test.each([
    [{ 'primary-runner': '' }, 'primary-runner'],
    [{ 'primary-runner': 'm4', 'primaries-required': '0' }, 'primaries-required'],
    [{ 'primary-runner': 'm4', 'primaries-required': 'two' }, 'primaries-required'],
    [{ 'primary-runner': 'm4', mode: 'cloud' }, 'mode'],
    [{ 'primary-runner': 'm4', 'require-idle': 'yes' }, 'require-idle'],
    [{ 'primary-runner': 'm4', 'api-timeout-seconds': '0' }, 'api-timeout-seconds'],
    [{ 'primary-runner': 'm4', 'wait-seconds': '-5' }, 'wait-seconds'],
    [{ 'primary-runner': 'm4', repository: 'not a repo' }, 'repository'],
    [{ 'primary-runner': 'm4', 'runner-group': 'x' }, 'runner-group'],
    [{ 'primary-runner': 'm4', 'app-id': '12' }, 'app-private-key'],
    [
      { 'primary-runner': 'm4', repository: '', 'count-queued-jobs': 'true', organization: 'o' },
      'count-queued-jobs',
    ],
  ])('%j fails naming %s, even with fallback-on-error', async (inputs, name) => {
    const { main } = await select(inputs);
    expect(main.outcome).toBe('failure');
    const error = main.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain(`'${name}'`);
    expect(stand.requests).toHaveLength(0);
  });
});

describe('issue 15: queued jobs and runner groups as GitHub serves them', () => {
  test.each(['waiting', 'requested', 'pending', 'queued', 'in_progress'] as const)(
    'a queued job of a %s run is counted',
    async (status) => {
      loadDemoFleet(stand, { repo: REPO });
      stand.data.runs.set(REPO, [workflowRun({ id: 901, repo: REPO, status })]);
      stand.data.jobs.set(901, [
        job({ id: 3, runId: 901, status: 'queued', labels: ['self-hosted', 'm4'] }),
      ]);
      const { outputs } = await select({
        'primary-runner': 'self-hosted, macOS, ARM64, m4',
        'count-queued-jobs': 'true',
      });
      expect(outputs.candidate).toBe('-1');
      expect(outputs.reason).toContain('1 queued job waiting for them');
      const asked = stand.requests
        .filter((r) => r.path === `/repos/${REPO}/actions/runs`)
        .map((r) => r.query.status);
      expect(asked).toEqual(['queued', 'in_progress', 'waiting', 'requested', 'pending']);
    },
  );

  test('a completed run is not read', async () => {
    loadDemoFleet(stand, { repo: REPO });
    stand.data.runs.set(REPO, [
      workflowRun({ id: 902, repo: REPO, status: 'completed', conclusion: 'success' }),
    ]);
    stand.data.jobs.set(902, [job({ id: 4, runId: 902, status: 'queued', labels: ['m4'] })]);
    const { outputs } = await select({ 'primary-runner': 'm4', 'count-queued-jobs': 'true' });
    expect(outputs.candidate).toBe('0');
    expect(stand.count(`/repos/${REPO}/actions/runs/902/jobs`)).toBe(0);
  });

  test('group 150 of 250 is found although runner groups come without a Link header', async () => {
    const groups = Array.from({ length: 250 }, (_, i) => ({
      group: runnerGroup({ id: i + 10, name: `group-${i}`, org: 'octo-org' }),
      runnerIds: i === 150 ? [1] : [],
    }));
    stand.data.runnerGroups.set('octo-org', groups);
    stand.data.orgRunners.set('octo-org', [
      runner({ id: 1, name: 'mac', labels: MAC, os: 'macos' }),
    ]);
    const { outputs } = await select({
      'primary-runner': 'self-hosted, macOS',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'GROUP-150',
    });
    expect(outputs.candidate).toBe('0');
    const pages = stand.requests.filter((r) => r.path === '/orgs/octo-org/actions/runner-groups');
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(pages.every((r) => r.status === 200)).toBe(true);
  });

  test('exactly 100 groups: one more (empty) page, then a plain "no such group"', async () => {
    stand.data.runnerGroups.set(
      'octo-org',
      Array.from({ length: 100 }, (_, i) => ({
        group: runnerGroup({ id: i + 10, name: `g${i}`, org: 'octo-org' }),
        runnerIds: [],
      })),
    );
    const { outputs } = await select({
      'primary-runner': 'm4',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'gpu',
    });
    expect(outputs.reason).toContain(
      "Organization octo-org has no runner group 'gpu' (it has 'g0'",
    );
    expect(outputs.reason).toContain('and 80 more).');
    expect(stand.count('/orgs/octo-org/actions/runner-groups')).toBe(2);
  });
});

describe('issue 10 and 11: inputs, reasons and suggestions', () => {
  test.each([',', 'self-hosted, macOS\n , '])(
    'primary-runner %j is an input error, never runs-on: []',
    async (value) => {
      const { main, outputs } = await select({ 'primary-runner': value });
      expect(main.outcome).toBe('failure');
      expect(outputs['runs-on']).toBeUndefined();
      const error = main.annotations.find((a) => a.level === 'error');
      expect(error?.properties.title).toBe('Invalid input: primary-runner');
      expect(stand.requests).toHaveLength(0);
    },
  );

  test('the typo names the closest registered label', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const { outputs, main } = await select({ 'primary-runner': 'self-hosted, macOS, arm46' });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain("No runner has the label 'arm46'; did you mean 'ARM64'?");
    expect(main.summary).toContain('did you mean');
  });

  test('an unreachable API: the reason is sentences, not two run together', async () => {
    const { outputs } = await select(
      { 'primary-runner': 'm4', 'api-timeout-seconds': '2' },
      { github: { token: TOKEN, apiUrl: 'http://127.0.0.1:9', repository: REPO } },
    );
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toMatch(
      /^Reading the runners of repository octo-org\/octo-repo failed\. Could not reach the GitHub API \(GET \/repos\/\{owner\}\/\{repo\}\/actions\/runners\): .*\. Because fallback-on-error is true, the fallback ubuntu-latest runs the job\.$/,
    );
  });

  test('a 403 "secondary rate limit" is a rate limit, not a missing permission', async () => {
    stand.fault({
      path: '/',
      kind: 'status',
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const { outputs } = await select({ 'primary-runner': 'm4' });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain("GitHub's secondary rate limit was reached (403");
    expect(outputs.reason).toContain('not waited for');
    expect(outputs.reason).not.toContain('Administration');
    expect(stand.requests).toHaveLength(1);
  });

  test.each([
    ['a reset in the past', { kind: 'rate-limit', status: 403, reset: 1_600_000_000, times: 2 }],
    ['a huge Retry-After', { kind: 'secondary-rate-limit', retryAfter: 1e20 }],
  ] as const)('%s never prints an invalid or past time', async (_name, fault) => {
    loadDemoFleet(stand, { repo: REPO });
    stand.fault({ path: '/', ...fault });
    const { outputs, main } = await select({ 'primary-runner': 'm4', 'api-timeout-seconds': '3' });
    expect(main.log).not.toContain('Invalid time value');
    expect(outputs.reason).not.toContain('Invalid');
    const at = /resets at (\S+)/.exec(outputs.reason ?? '')?.[1];
    if (at) expect(Date.parse(at)).toBeGreaterThan(Date.now() - 60_000);
    if (fault.kind === 'rate-limit') expect(outputs.candidate).toBe('0');
    else expect(outputs.reason).toContain('more than a year');
  });

  test('a hang while minting an App token names that request', async () => {
    const keys = createAppKeyPair();
    stand.addApp(123, keys.publicKey, [{ id: 77, owner: 'octo-org', targetType: 'Organization' }]);
    stand.fault({ path: '/app/installations/', kind: 'hang' });
    const { outputs, main } = await select({
      'primary-runner': 'm4',
      repository: '',
      organization: 'octo-org',
      'app-id': '123',
      'app-private-key': keys.privateKey,
      'github-token': '',
      'api-timeout-seconds': '2',
    });
    expect(outputs['is-fallback']).toBe('true');
    expect(outputs.reason).toContain(
      'Could not mint a GitHub App installation token (app-id 123, organization octo-org). The GitHub API did not answer POST /app/installations/77/access_tokens within the 2s limit (api-timeout-seconds).',
    );
    expect(main.durationMs).toBeLessThan(2000 + SLACK_MS);
  });
});
