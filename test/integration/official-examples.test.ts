/**
 * GitHub's own example responses, verbatim from the official REST API description
 * (@octokit/openapi `components/examples`), served by the stand-in and read by the built actions:
 * runners, runner groups, workflow runs, jobs and issue comments. Run `pnpm build check-runner
 * select-runner perf-report` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { GitHubApi } from '../support/github-api.ts';
import type {
  IssueComment,
  Job,
  Runner,
  RunnerGroup,
  WorkflowRun,
} from '../support/github-fixtures.ts';
import { officialExample } from '../support/github-schema.ts';
import { runAction } from '../support/local-runner.ts';
import { api, step, TOKEN } from './fleet-helpers.ts';

const REPO = 'octo-org/octo-repo';
let stand: GitHubApi;
beforeEach(async () => {
  stand = await api();
});
afterEach(async () => {
  await stand.close();
});

/** linux_runner: online, busy, [self-hosted, X64, Linux]; mac_runner: offline, [… macOS, no-gpu]. */
const runners = () => officialExample<{ runners: Runner[] }>('runner-paginated').runners;

describe('runners (runner-paginated)', () => {
  test('check-runner counts them and reports os as GitHub spells it', async () => {
    stand.data.repoRunners.set(REPO, runners());
    const { main, outputs } = await step(stand, 'check-runner', { labels: 'self-hosted, x64' });
    expect(main.outcome).toBe('success');
    expect(outputs).toMatchObject({
      available: 'false',
      total: '2',
      online: '1',
      idle: '0',
      busy: '1',
      offline: '1',
    });
    const listed = JSON.parse(outputs.runners as string) as { name: string; os: string }[];
    expect(listed.map((r) => [r.name, r.os])).toEqual([
      ['linux_runner', 'linux'],
      ['mac_runner', 'macos'],
    ]);
    expect(stand.violations).toEqual([]);
  });

  test('select-runner: the busy Linux runner is not idle, so the fallback; online is enough without require-idle', async () => {
    stand.data.repoRunners.set(REPO, runners());
    const idle = await step(stand, 'select-runner', { 'primary-runner': 'self-hosted, Linux' });
    expect(idle.outputs.candidate).toBe('-1');
    expect(idle.outputs['runner-type']).toBe('github-hosted');
    const online = await step(stand, 'select-runner', {
      'primary-runner': 'self-hosted, Linux',
      'require-idle': 'false',
    });
    expect(online.outputs.candidate).toBe('0');
    expect(JSON.parse(online.outputs['runs-on'] as string)).toEqual(['self-hosted', 'Linux']);
    // Custom label of the offline mac: offline runners never count.
    const gpu = await step(stand, 'select-runner', {
      'primary-runner': 'no-gpu',
      'require-idle': 'false',
    });
    expect(gpu.outputs.candidate).toBe('-1');
  });
});

describe('runner groups (runner-groups-org)', () => {
  function loadGroups() {
    const groups = officialExample<{ runner_groups: RunnerGroup[] }>('runner-groups-org');
    stand.data.orgRunners.set('octo-org', runners());
    stand.data.runnerGroups.set(
      'octo-org',
      groups.runner_groups.map((group) => ({
        group,
        runnerIds: group.name === 'octo-runner-group' ? [23, 24] : [],
      })),
    );
  }

  test('check-runner counts only the runners of the named group', async () => {
    loadGroups();
    const { outputs } = await step(stand, 'check-runner', {
      labels: 'self-hosted',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'octo-runner-group',
    });
    expect(outputs).toMatchObject({ total: '2', online: '1', busy: '1', offline: '1' });
    const empty = await step(stand, 'check-runner', {
      labels: 'self-hosted',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'expensive-hardware',
    });
    expect(empty.outputs).toMatchObject({ available: 'false', total: '0' });
  });

  test('select-runner finds the group by name and reads only its runners', async () => {
    loadGroups();
    const { outputs } = await step(stand, 'select-runner', {
      'primary-runner': 'self-hosted, Linux',
      'require-idle': 'false',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'octo-runner-group',
    });
    expect(outputs.candidate).toBe('0');
    expect(stand.requests.map((r) => r.path)).toEqual([
      '/orgs/octo-org/actions/runner-groups',
      '/orgs/octo-org/actions/runner-groups/2/runners',
    ]);
    const empty = await step(stand, 'select-runner', {
      'primary-runner': 'self-hosted, Linux',
      'require-idle': 'false',
      repository: '',
      organization: 'octo-org',
      'runner-group': 'expensive-hardware',
    });
    expect(empty.outputs.candidate).toBe('-1');
  });
});

describe('workflow runs and jobs (workflow-run, job)', () => {
  test('count-queued-jobs reads the queued run and its jobs; a completed job does not compete', async () => {
    const run = officialExample<WorkflowRun>('workflow-run'); // queued, octocat/Hello-World
    const job = officialExample<Job>('job'); // completed, labels self-hosted, foo, bar
    stand.allowViolation(
      /must have required property 'created_at'/,
      "the description's job examples omit created_at, which its job schema requires",
    );
    const repo = 'octocat/Hello-World';
    stand.data.repoRunners.set(repo, runners());
    stand.data.runs.set(repo, [run]);
    stand.data.jobs.set(Number(run.id), [{ ...job, run_id: run.id }]);
    const { outputs } = await step(
      stand,
      'select-runner',
      {
        'primary-runner': 'self-hosted, Linux',
        'require-idle': 'false',
        repository: repo,
        'count-queued-jobs': 'true',
      },
      { github: { token: TOKEN, apiUrl: stand.url, repository: repo, runId: 1 } },
    );
    expect(outputs.candidate).toBe('0');
    expect(stand.count(`/repos/${repo}/actions/runs/${run.id}/jobs`, 'GET')).toBe(1);
    expect(stand.violations).toEqual([]);
  });
});

describe('jobs and issue comments (job-paginated, issue-comment-items)', () => {
  const RUN = 29_679_449;
  const PR = 1347;

  function perfReport(inputs: Record<string, string>, workspace: string) {
    return runAction({
      action: 'perf-report',
      inputs,
      workspace,
      github: {
        apiUrl: stand.url,
        token: TOKEN,
        repository: REPO,
        runId: RUN,
        eventName: 'pull_request',
        event: { number: PR, pull_request: { number: PR } },
        ref: `refs/pull/${PR}/merge`,
        headRef: 'feature',
        baseRef: 'main',
      },
      timeoutMs: 30_000,
    });
  }

  test('perf-report times the example job (step times in -08:00) and leaves the example comment alone', async () => {
    stand.allowViolation(
      /must have required property 'created_at'/,
      "the description's job examples omit created_at, which its job schema requires",
    );
    const { jobs } = officialExample<{ jobs: Job[] }>('job-paginated');
    stand.data.jobs.set(RUN, jobs);
    const theirs = officialExample<IssueComment[]>('issue-comment-items');
    stand.data.comments.set(`${REPO}#${PR}`, theirs);
    const ws = mkdtempSync(join(tmpdir(), 'official-examples-'));
    const r = await perfReport({ 'comment-on-pr': 'true', 'report-path': 'perf.json' }, ws);
    expect(r.main.outcome).toBe('success');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as {
      jobs: {
        name: string;
        durationMs: number;
        queueMs: number;
        phases?: Record<string, number>;
      }[];
    };
    // started 17:42:40Z, completed 17:44:39Z
    expect(report.jobs.map((j) => [j.name, j.durationMs])).toEqual([['build', 119_000]]);
    expect(r.main.summary).toContain('build');
    expect(r.main.summary).toContain('1m59s');
    const comments = stand.data.comments.get(`${REPO}#${PR}`) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toBe('Me too');
    expect(comments[1]?.body).toMatch(/^<!-- perf-report:perf-report -->/);
    expect(stand.count(`/repos/${REPO}/issues/comments/1`, 'PATCH')).toBe(0);
    expect(stand.allowed.length).toBeGreaterThan(0);
    expect(stand.violations).toEqual([]);
    // Step times come as 09:42:53.000-08:00: "Run Tests" is 6 s; no created_at, no queue wait.
    const [build] = report.jobs;
    expect(build?.phases?.test).toBe(6_000);
    expect(build?.queueMs).toBe(0);
    const phases = Object.values(build?.phases ?? {}).reduce((a: number, b: number) => a + b, 0);
    expect(phases).toBeLessThanOrEqual(119_000);
    rmSync(ws, { recursive: true, force: true });
  });
});
