/**
 * perf-report, built, through the local runner against the GitHub REST stand-in (and the Actions
 * cache stand-in for `baseline: cache`). Run `pnpm build perf-report` first.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Report } from '../../actions/perf-report/report.ts';
import { type CacheService, startCacheService } from '../support/cache-service.ts';
import { comparisonRun, EXAMPLE, largeRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import type { Job } from '../support/github-fixtures.ts';
import { issueComment } from '../support/github-fixtures.ts';
import { type RunActionOptions, runAction } from '../support/local-runner.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'perf-report');
const REPO = 'octo-org/octo-repo';
const RUN = 8_123_456_789;
const PR = 7;

let api: GitHubApi;
let root: string;
beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-report-it-'));
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});

/** A workspace of the test's own, kept after the step (the runner's temp dirs are not). */
function workspace(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
beforeEach(() => {
  api.data.jobs.clear();
  api.data.comments.clear();
  api.requests.length = 0;
  api.clearFaults();
});

type Options = Partial<RunActionOptions> & {
  runId?: number;
  pullRequest?: number;
  ref?: string;
  baseRef?: string;
};

/** Runs the built action against the stand-in, as a step of run `runId`. */
function perfReport(inputs: RunActionOptions['inputs'] = {}, options: Options = {}) {
  const { runId = RUN, pullRequest, ref, baseRef, ...rest } = options;
  return runAction({
    action: 'perf-report',
    inputs,
    ...rest,
    github: {
      apiUrl: api.url,
      token: 'test-token',
      repository: REPO,
      runId,
      ...(pullRequest
        ? {
            eventName: 'pull_request',
            event: { number: pullRequest, pull_request: { number: pullRequest } },
            ref: `refs/pull/${pullRequest}/merge`,
            headRef: 'feature',
            baseRef: baseRef ?? 'main',
          }
        : { eventName: 'push', ref: ref ?? 'refs/heads/main' }),
      ...rest.github,
    },
  });
}

function withJobs(jobs: Job[], runId = RUN) {
  api.data.jobs.set(runId, jobs);
}

const warnings = (r: Awaited<ReturnType<typeof perfReport>>) =>
  r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('a comparison run: the M4 against ubuntu-latest', () => {
  test('speedup within 2% of the hand computation; summary with phases, both runners and a chart', async () => {
    withJobs(comparisonRun());
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    const byHand = EXAMPLE.hostedSeconds / EXAMPLE.selfSeconds; // 390 / 135
    expect(Math.abs(Number(r.outputs.speedup) - byHand) / byHand).toBeLessThan(0.02);
    expect(r.outputs.speedup).toBe('2.89');
    expect(r.outputs.regressions).toBe('0');
    const summary = r.main.summary;
    expect(summary).toContain('**self-hosted M4 ran 2.9x faster than ubuntu-latest, 4m15s saved**');
    expect(summary).toContain('#### Phases');
    expect(summary).toContain(
      '| phase | M4 (self-hosted) | ubuntu-latest (GitHub-hosted) | speedup | saved |',
    );
    expect(summary).toContain('| build | 38s | 1m58s | 3.1x | 1m20s |');
    expect(summary).toContain('#### Queue waits');
    expect(summary).toMatch(/```mermaid\ngantt\n/);
    // The report job is still in progress: left out.
    expect(summary).toContain('Left out: 1 not completed.');
    expect(api.count(`/repos/${REPO}/actions/runs/${RUN}/jobs`, 'GET')).toBe(1);
    expect(api.requests[0]?.query.per_page).toBe('100');
    expect(r.main.log).toContain('self-hosted M4 ran 2.9x faster than ubuntu-latest, 4m15s saved');
  });

  test('the report and Markdown files hold what the outputs say', async () => {
    withJobs(comparisonRun());
    const ws = workspace('files');
    const r = await perfReport({ 'report-path': 'out/perf.json' }, { workspace: ws });
    expect(r.outputs.report).toBe(join(ws, 'out', 'perf.json'));
    expect(r.outputs.markdown).toBe(join(ws, 'out', 'perf.md'));
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as Report;
    expect(report).toMatchObject({
      schema: 'runner-actions/perf-report@1',
      reportId: 'perf-report',
      speedup: 2.89,
      run: { repository: REPO, runId: RUN, branch: 'main', event: 'push' },
      savings: { timeMs: 255_000, hostedMinutes: 7, pricePerMinute: 0.006, money: 0.042 },
    });
    expect(report.jobs.map((j) => j.name)).toEqual([
      'select',
      'build (M4)',
      'build (ubuntu-latest)',
    ]);
    expect(readFileSync(r.outputs.markdown as string, 'utf8')).toBe(r.main.summary);
  });

  test('by default the report goes under RUNNER_TEMP, named by report-id', async () => {
    withJobs(comparisonRun());
    const r = await perfReport({ 'report-id': 'arm64' });
    expect(r.outputs.report).toMatch(/\/_temp\/perf-report\/arm64\.json$/);
    expect(r.outputs.markdown).toMatch(/\/_temp\/perf-report\/arm64\.md$/);
  });

  test('jobs restricts the jobs; phases renames them; price-per-minute prices the minutes', async () => {
    withJobs(comparisonRun());
    const r = await perfReport({
      jobs: 'build*',
      phases: 'deps=pnpm install\ncompile=^Build$',
      'price-per-minute': '0.08',
    });
    expect(r.main.outcome).toBe('success');
    const s = r.main.summary;
    expect(s).toContain('| deps | 24s | 1m11s | 3.0x | 47s |');
    expect(s).toContain('| compile | 38s | 1m58s | 3.1x | 1m20s |');
    expect(s).not.toContain('| select |');
    expect(s).toContain('about &#36;0.56 at &#36;0.08/minute');
  });

  test('no pair: each job still reported, speedup empty', async () => {
    withJobs(comparisonRun().filter((j) => j.name !== 'build (ubuntu-latest)'));
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(r.outputs.speedup).toBe('');
    expect(r.main.summary).toContain(
      '2 jobs measured; none ran on both a self-hosted and a GitHub-hosted runner',
    );
    expect(r.main.summary).toContain('| build (M4) | M4 | 2m15s |');
  });

  test('run-id reads another run', async () => {
    withJobs(comparisonRun({ runId: 555 }), 555);
    const r = await perfReport({ 'run-id': '555' });
    expect(r.outputs.speedup).toBe('2.89');
    expect(api.count(`/repos/${REPO}/actions/runs/555/jobs`)).toBe(1);
  });

  test('github-token is the token the API sees; a refused token fails the step', async () => {
    withJobs(comparisonRun());
    const given = await perfReport(
      { 'github-token': 'test-token' },
      { github: { token: 'ghs_wrong' } },
    );
    expect(given.main.outcome).toBe('success');
    expect(api.requests.at(-1)?.headers.authorization).toBe('token test-token');
    const refused = await perfReport({}, { github: { token: 'ghs_wrong' } });
    expect(refused.main.outcome).toBe('failure');
    expect(refused.main.annotations.find((a) => a.level === 'error')?.message).toContain(
      'GitHub refused the token (401',
    );
    expect(refused.main.maskedLog).not.toContain('ghs_wrong');
  });

  test('a run the API does not know fails the step, saying which', async () => {
    const r = await perfReport({ 'run-id': '404' });
    expect(r.main.outcome).toBe('failure');
    expect(r.main.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^Could not read the jobs of run 404 in octo-org\/octo-repo: GitHub answered 404/,
    );
  });
});

describe('benchmark files', () => {
  function workspaceWithBenchmarks(): string {
    const ws = workspace('benchmarks');
    mkdirSync(join(ws, 'bench'), { recursive: true });
    copyFileSync(join(FIXTURES, 'hyperfine.json'), join(ws, 'bench', 'hyperfine.json'));
    copyFileSync(join(FIXTURES, 'benchmark-smaller.json'), join(ws, 'bench', 'smaller.json'));
    copyFileSync(join(FIXTURES, 'benchmark-bigger.json'), join(ws, 'ops.json'));
    copyFileSync(join(FIXTURES, 'unrecognised.json'), join(ws, 'unrecognised.json'));
    return ws;
  }

  test('hyperfine and github-action-benchmark files appear in the summary', async () => {
    withJobs(comparisonRun());
    const ws = workspaceWithBenchmarks();
    const r = await perfReport(
      { 'benchmark-files': 'bench/*.json\nbigger: ops.json' },
      { workspace: ws },
    );
    expect(r.main.outcome).toBe('success');
    const s = r.main.summary;
    expect(s).toContain('#### Benchmarks');
    expect(s).toContain('**bench/hyperfine.json**');
    expect(s).toContain('| pnpm build | 2.346 s ± 0.0412 | smaller |');
    expect(s).toContain('**bench/smaller.json**');
    expect(s).toContain('| parse lockfile | 412.5 ms ± 3.1 | smaller |');
    expect(s).toContain('**ops.json**');
    expect(s).toContain('| lighthouse score | 87 points | bigger |');
  });

  test('an unrecognised benchmark file fails naming the file', async () => {
    withJobs(comparisonRun());
    const ws = workspaceWithBenchmarks();
    const r = await perfReport(
      { 'benchmark-files': 'bench/hyperfine.json\nunrecognised.json' },
      { workspace: ws },
    );
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/^Benchmark file 'unrecognised\.json': not a recognised format/);
    // It fails before asking the API anything.
    expect(api.requests).toHaveLength(0);
  });

  test('a benchmark file that does not exist fails naming it', async () => {
    const r = await perfReport({ 'benchmark-files': 'out/missing.json' });
    expect(r.main.outcome).toBe('failure');
    expect(r.main.annotations.find((a) => a.level === 'error')?.message).toBe(
      "Benchmark file 'out/missing.json': does not exist (benchmark-files).",
    );
  });
});

describe('regressions against an earlier report', () => {
  async function baselineReport(ws: string): Promise<string> {
    withJobs(comparisonRun());
    const first = await perfReport({ 'report-path': 'baseline/main.json' }, { workspace: ws });
    expect(first.main.outcome).toBe('success');
    return 'baseline/main.json';
  }

  test('the same run counts none; a slower run counts them; fail-on-regression fails', async () => {
    const ws = workspace('regressions');
    const baseline = await baselineReport(ws);
    const saved = JSON.parse(readFileSync(join(ws, baseline), 'utf8')) as Report;
    expect(saved.speedup).toBe(2.89);

    const same = await perfReport({ baseline, 'report-path': 'now.json' }, { workspace: ws });
    expect(same.main.outcome).toBe('success');
    expect(same.outputs.regressions).toBe('0');
    expect(same.main.summary).toContain('None against the baseline baseline/main.json');

    withJobs(comparisonRun({ scale: 1.5 }));
    const slower = await perfReport({ baseline, 'report-path': 'now.json' }, { workspace: ws });
    expect(slower.main.outcome).toBe('success');
    expect(Number(slower.outputs.regressions)).toBe(10);
    expect(slower.main.summary).toContain('#### Regressions');
    expect(slower.main.summary).toContain('| build (M4) | job | 2m15s | 3m25s | +51.9% |');
    const written = JSON.parse(readFileSync(join(ws, 'now.json'), 'utf8')) as Report;
    expect(written.regressions).toHaveLength(10);
    expect(written.baseline?.source).toBe('baseline/main.json');

    const failing = await perfReport(
      { baseline, 'fail-on-regression': 'true', 'report-path': 'now.json' },
      { workspace: ws },
    );
    expect(failing.main.outcome).toBe('failure');
    expect(failing.main.exitCode).toBe(1);
    expect(failing.outputs.regressions).toBe('10');
    expect(failing.main.summary).toContain('#### Regressions');
    expect(failing.main.annotations.find((a) => a.level === 'error')?.message).toBe(
      '10 regressions against the baseline baseline/main.json (fail-on-regression).',
    );

    // A higher threshold forgives a 1.5x slowdown.
    const lenient = await perfReport(
      { baseline, 'regression-threshold': '1.6', 'fail-on-regression': 'true' },
      { workspace: ws },
    );
    expect(lenient.main.outcome).toBe('success');
    expect(lenient.outputs.regressions).toBe('0');
  });

  test('a baseline path with no file yet warns and counts nothing', async () => {
    withJobs(comparisonRun());
    const r = await perfReport({ baseline: 'reports/none-yet.json', 'fail-on-regression': 'true' });
    expect(r.main.outcome).toBe('success');
    expect(warnings(r)[0]).toContain("there is no report at 'reports/none-yet.json' yet");
  });

  test('a baseline that is not a report fails naming it', async () => {
    const ws = workspace('bad-baseline');
    copyFileSync(join(FIXTURES, 'hyperfine.json'), join(ws, 'hyperfine.json'));
    const r = await perfReport({ baseline: 'hyperfine.json' }, { workspace: ws });
    expect(r.main.outcome).toBe('failure');
    expect(r.main.annotations.find((a) => a.level === 'error')?.message).toBe(
      "Baseline 'hyperfine.json': not a perf-report JSON report (the `report` output of an earlier run).",
    );
  });
});

describe('the pull-request comment', () => {
  const key = `${REPO}#${PR}`;

  test('two runs on one pull request leave exactly one comment, updated in place', async () => {
    withJobs(comparisonRun());
    const first = await perfReport({ 'comment-on-pr': 'true' }, { pullRequest: PR });
    expect(first.main.outcome).toBe('success');
    const comments = () => api.data.comments.get(key) ?? [];
    expect(comments()).toHaveLength(1);
    const id = comments()[0]?.id;
    expect(comments()[0]?.body).toMatch(/^<!-- perf-report:perf-report -->\n\n### perf-report\n/);
    expect(comments()[0]?.body).toContain('2.9x faster');

    withJobs(comparisonRun({ scale: 1.2 }));
    const second = await perfReport({ 'comment-on-pr': 'true' }, { pullRequest: PR });
    expect(second.main.outcome).toBe('success');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.id).toBe(id);
    expect(comments()[0]?.body).toContain('5m06s saved');
    expect(api.count(`/repos/${REPO}/issues/comments/${id}`, 'PATCH')).toBe(1);
    expect(api.count(`/repos/${REPO}/issues/${PR}/comments`, 'POST')).toBe(1);
    expect(second.main.log).toContain(`comment-on-pr: updated comment ${id} on #${PR}.`);
  });

  test('the marker is found on a later page; another report-id gets its own comment', async () => {
    withJobs(comparisonRun());
    const others = Array.from({ length: 150 }, (_, i) =>
      issueComment({ id: 10 + i, repo: REPO, issue: PR, body: `review comment ${i}` }),
    );
    const ours = issueComment({
      id: 500,
      repo: REPO,
      issue: PR,
      body: '<!-- perf-report:perf-report -->\nold',
    });
    api.data.comments.set(key, [...others, ours]);
    const r = await perfReport({ 'comment-on-pr': 'true' }, { pullRequest: PR });
    expect(r.main.outcome).toBe('success');
    const list = api.data.comments.get(key) ?? [];
    expect(list).toHaveLength(151);
    expect(list.at(-1)?.body).toContain('2.9x faster');
    expect(api.count(`/repos/${REPO}/issues/${PR}/comments`, 'GET')).toBe(2);

    const nightly = await perfReport(
      { 'comment-on-pr': 'true', 'report-id': 'nightly' },
      { pullRequest: PR },
    );
    expect(nightly.main.outcome).toBe('success');
    const after = api.data.comments.get(key) ?? [];
    expect(after).toHaveLength(152);
    expect(after.at(-1)?.body).toMatch(/^<!-- perf-report:nightly -->/);
    expect(after.at(-1)?.body).toContain('### perf-report: nightly');
  });

  test('a forbidden comment warns, the summary stands, and the step exits 0', async () => {
    withJobs(comparisonRun());
    api.forbid({ path: `/repos/${REPO}/issues/${PR}/comments`, method: 'POST' });
    const r = await perfReport({ 'comment-on-pr': 'true' }, { pullRequest: PR });
    expect(r.main.outcome).toBe('success');
    expect(r.main.exitCode).toBe(0);
    expect(r.outputs.speedup).toBe('2.89');
    expect(r.main.summary).toContain('2.9x faster');
    const warning = warnings(r)[0];
    expect(warning).toContain(`comment-on-pr: could not comment on #${PR}: GitHub answered 403`);
    expect(warning).toContain('pull-requests: write');
    expect(api.data.comments.get(key) ?? []).toHaveLength(0);
  });

  test('a run that is not for a pull request comments nowhere, with a notice', async () => {
    withJobs(comparisonRun());
    const r = await perfReport({ 'comment-on-pr': 'true' });
    expect(r.main.outcome).toBe('success');
    expect(r.main.annotations.find((a) => a.level === 'notice')?.message).toBe(
      'comment-on-pr: this run is not for a pull request, so no comment was written.',
    );
    expect(api.count('/repos/', 'POST')).toBe(0);
  });
});

describe('a run of 1,500 jobs x 40 steps', () => {
  test('ceil(jobs/100) requests, and a summary under 1 MiB', async () => {
    withJobs(largeRun({ runId: RUN }));
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(api.requests).toHaveLength(15);
    expect(api.requests.every((q) => q.status === 200)).toBe(true);
    expect(r.main.summary.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(r.main.summary)).toBeLessThan(1024 * 1024);
    expect(r.main.summary).toContain('1,500 jobs measured · 1,500 paired');
    expect(r.main.summary).toContain('The chart shows 12 of 1,500 jobs');
    expect(r.main.log).toContain('Read 1,500 jobs of run 8123456789 in 15 requests.');
    // Wording (issue 11): summed job time, not wall time; the long job table folded.
    expect(r.main.summary).toContain('114h41m of summed job time saved');
    expect(r.main.summary).not.toContain('wall time and');
    expect(r.main.summary).toMatch(
      /#### Jobs\n\n<details><summary>200 of 1,500 jobs, [^<]*<\/summary>\n\n\| job \|/,
    );
    expect(r.main.summary).toMatch(
      /time zone; the first job started at 2026-03-02 09:1\d:\d\d UTC\./,
    );
  });
});

describe('baseline: cache', () => {
  let cache: CacheService;
  beforeAll(async () => {
    cache = await startCacheService();
  });
  afterAll(() => cache.close());

  test('a push saves its report; a pull request on that branch restores it and compares', async () => {
    const ws = workspace('cache');
    withJobs(comparisonRun({ runId: 100 }), 100);
    const push = await perfReport(
      { baseline: 'cache' },
      { runId: 100, ref: 'refs/heads/main', jobEnv: cache.env, workspace: ws },
    );
    expect(push.main.outcome).toBe('success');
    expect(push.main.log).toContain("baseline: no report of 'main' in the cache yet");
    expect(cache.entries().map((e) => e.key)).toEqual(['perf-report:perf-report:main:100-1']);

    // A second push gets a key of its own (cache entries are immutable) and compares with the first.
    withJobs(comparisonRun({ runId: 101 }), 101);
    const again = await perfReport(
      { baseline: 'cache' },
      { runId: 101, ref: 'refs/heads/main', jobEnv: cache.env },
    );
    expect(again.outputs.regressions).toBe('0');
    expect(again.main.summary).toContain(
      'None against the baseline cache perf-report:perf-report:main:100-1',
    );
    expect(cache.entries().map((e) => e.key)).toEqual([
      'perf-report:perf-report:main:100-1',
      'perf-report:perf-report:main:101-1',
    ]);

    withJobs(comparisonRun({ runId: 200, scale: 1.5 }), 200);
    const pr = await perfReport(
      { baseline: 'cache' },
      { runId: 200, pullRequest: PR, baseRef: 'main', jobEnv: cache.env, workspace: ws },
    );
    expect(pr.main.outcome).toBe('success');
    expect(pr.outputs.regressions).toBe('10');
    expect(pr.main.summary).toContain(
      'against the baseline cache perf-report:perf-report:main:101-1 (run 101)',
    );
    // A pull request does not save.
    expect(cache.entries()).toHaveLength(2);
    const restores = cache.requests.filter((q) => q.op === 'GetCacheEntryDownloadURL');
    expect(restores).toHaveLength(3);
    // The file staged for @actions/cache lives only for the save or the restore.
    expect(existsSync(join(ws, '.perf-report-cache'))).toBe(false);
  });

  test('a pull request into a branch with no report yet: a note, no regressions, nothing saved', async () => {
    withJobs(comparisonRun({ runId: 300 }), 300);
    const r = await perfReport(
      { baseline: 'cache' },
      { runId: 300, pullRequest: PR, baseRef: 'release/2.x', jobEnv: cache.env },
    );
    expect(r.main.outcome).toBe('success');
    expect(r.main.log).toContain("baseline: no report of 'release/2.x' in the cache yet");
    expect(r.outputs.regressions).toBe('0');
    expect(cache.entries().some((e) => e.key.includes('release'))).toBe(false);
  });

  test('without the cache service: a warning, no baseline, the step succeeds', async () => {
    withJobs(comparisonRun());
    const r = await perfReport({ baseline: 'cache', 'fail-on-regression': 'true' });
    expect(r.main.outcome).toBe('success');
    expect(
      warnings(r).some((w) => w.startsWith('baseline: cache needs the Actions cache service')),
    ).toBe(true);
  });
});

describe('invalid inputs fail naming the input, before any request', () => {
  test.each([
    [{ 'regression-threshold': 'high' }, 'regression-threshold'],
    [{ 'price-per-minute': '-0.008' }, 'price-per-minute'],
    [{ phases: 'install' }, 'phases'],
    [{ baseline: 'yesterday' }, 'baseline'],
    [{ 'report-id': 'my report' }, 'report-id'],
    [{ 'run-id': 'latest' }, 'run-id'],
    [{ 'comment-on-pr': 'yes' }, 'comment-on-pr'],
    [{ 'fail-on-regression': 'sometimes' }, 'fail-on-regression'],
    [{ 'report-path': 'report.txt' }, 'report-path'],
  ])('%j', async (inputs, name) => {
    const r = await perfReport(inputs);
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe(`Invalid input: ${name}`);
    expect(error?.message).toContain(`Input '${name}'`);
    expect(api.requests).toHaveLength(0);
  });
});
