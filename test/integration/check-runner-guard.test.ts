// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
/**
 * check-runner's fleet guard, run from the built dist against the GitHub stand-in: the label lint
 * over workflow files in a workspace, and stuck jobs found and rescued.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import type { GitHubApi } from '../support/github-api.ts';
import {
  hostedRunner,
  isoTime,
  job,
  runnerGroup,
  workflowRun,
} from '../support/github-fixtures.ts';
import { api, REPO, step, TOKEN } from './fleet-helpers.ts';

let stand: GitHubApi;
let workspace: string;
beforeEach(async () => {
  stand = await api();
  workspace = mkdtempSync(join(tmpdir(), 'guard-ws-'));
});
afterEach(async () => {
  await stand.close();
  rmSync(workspace, { recursive: true, force: true });
});

function write(rel: string, text: string) {
  const file = join(workspace, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const guard = (inputs: Record<string, string>) =>
  step(stand, 'check-runner', inputs, { workspace });

const WORKFLOWS = '.github/workflows/*.y*ml';

describe('label lint', () => {
  test("a typo'd label: unserved, at its file and line, with the closest served set", async () => {
    loadDemoFleet(stand, { repo: REPO });
    write(
      '.github/workflows/ci.yml',
      [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: [self-hosted, macOS, ARM64]',
        '    steps: [{ run: echo }]',
        '  arm:',
        '    name: ARM build',
        '    runs-on: ubuntu-24.04-arm64-4core',
        '    steps: [{ run: echo }]',
        '  lint:',
        '    runs-on: [self-hosted, linux, arm46]',
        '    steps: [{ run: echo }]',
        '  hosted:',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: echo }]',
      ].join('\n'),
    );
    const { main, outputs } = await guard({ workflows: WORKFLOWS });
    expect(main.outcome).toBe('success');
    expect(outputs['unserved-count']).toBe('2');
    expect(JSON.parse(outputs.unserved as string)).toEqual([
      {
        file: '.github/workflows/ci.yml',
        line: 8,
        job: 'arm',
        labels: ['ubuntu-24.04-arm64-4core'],
        suggestion: ['ubuntu-24.04-arm'],
      },
      {
        file: '.github/workflows/ci.yml',
        line: 11,
        job: 'lint',
        labels: ['self-hosted', 'linux', 'arm46'],
        suggestion: ['self-hosted', 'linux', 'ARM64'],
      },
    ]);
    const warnings = main.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]?.properties).toMatchObject({ file: '.github/workflows/ci.yml', line: '8' });
    expect(warnings[0]?.message).toContain('ubuntu-24.04-arm');
    expect(main.summary).toContain('❌ unserved');
    expect(main.summary).toContain('✅ served');
    expect(main.summary).toMatch(/`hosted`.*GitHub-hosted image/);
    // Without `labels`, the availability outputs are not written.
    expect(outputs.available).toBeUndefined();
  });

  test('a matrix-built label is expanded, include and exclude as GitHub does', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write(
      '.github/workflows/matrix.yaml',
      [
        'on: push',
        'jobs:',
        '  test:',
        '    strategy:',
        '      matrix:',
        '        os: [macOS, Linux]',
        '        node: [22, 24]',
        '        exclude: [{ os: Linux, node: 22 }]',
        '        include:',
        '          - os: FreeBSD',
        '    runs-on: [self-hosted, "${{ matrix.os }}", ARM64]',
        '    steps: [{ run: echo }]',
      ].join('\n'),
    );
    const { outputs, main } = await guard({ workflows: WORKFLOWS });
    expect(JSON.parse(outputs.unserved as string)).toEqual([
      {
        file: '.github/workflows/matrix.yaml',
        line: 11,
        job: 'test',
        labels: ['self-hosted', 'FreeBSD', 'ARM64'],
        suggestion: expect.any(Array),
      },
    ]);
    expect(main.summary).toContain('`macOS`');
    expect(main.summary).toContain('`Linux`');
  });

  test('an unresolvable expression is not checked, never unserved', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write(
      '.github/workflows/dispatch.yml',
      [
        'on: workflow_call',
        'jobs:',
        '  select:',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: echo }]',
        '  build:',
        '    needs: select',
        '    runs-on: ${{ fromJSON(needs.select.outputs.runs-on) }}',
        '    steps: [{ run: echo }]',
      ].join('\n'),
    );
    const { outputs, main } = await guard({ workflows: WORKFLOWS, 'fail-on-unserved': 'true' });
    expect(main.outcome).toBe('success');
    expect(outputs['unserved-count']).toBe('0');
    const note = main.annotations.find((a) => a.level === 'notice');
    expect(note?.properties).toMatchObject({ file: '.github/workflows/dispatch.yml', line: '8' });
    expect(note?.message).toContain('not checked');
    expect(main.summary).toContain('not checked');
  });

  test('{group, labels}: the group is checked against the organization, the labels against its runners', async () => {
    loadDemoFleet(stand, { org: 'acme' });
    stand.data.runnerGroups.get('acme')?.push({
      group: runnerGroup({ id: 7, name: 'mac-minis', org: 'acme' }),
      runnerIds: [11],
    });
    write(
      '.github/workflows/groups.yml',
      [
        'on: push',
        'jobs:',
        '  good:',
        '    runs-on:',
        '      group: mac-minis',
        '      labels: [self-hosted, m4]',
        '    steps: [{ run: echo }]',
        '  typo:',
        '    runs-on: { group: mac-minnis }',
        '    steps: [{ run: echo }]',
      ].join('\n'),
    );
    const { outputs } = await guard({
      workflows: WORKFLOWS,
      repository: '',
      organization: 'acme',
    });
    expect(JSON.parse(outputs.unserved as string)).toEqual([
      {
        file: '.github/workflows/groups.yml',
        line: 9,
        job: 'typo',
        group: 'mac-minnis',
        labels: [],
        suggestion: null,
      },
    ]);
  });

  test("the organization's larger runners serve their name; a refused read is said, not fatal", async () => {
    loadDemoFleet(stand, { org: 'acme' });
    stand.data.hostedRunners.set('acme', [
      hostedRunner({ id: 1, name: 'ubuntu-24.04-arm64-4core', platform: 'linux-arm64' }),
    ]);
    write(
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04-arm64-4core\n    steps: [{ run: echo }]\n',
    );
    const served = await guard({ workflows: WORKFLOWS, repository: '', organization: 'acme' });
    expect(served.outputs['unserved-count']).toBe('0');
    expect(served.main.summary).toContain('larger runner');

    stand.forbid({ path: '/orgs/acme/actions/hosted-runners', status: 403 });
    const refused = await guard({ workflows: WORKFLOWS, repository: '', organization: 'acme' });
    expect(refused.main.outcome).toBe('success');
    expect(refused.outputs['unserved-count']).toBe('1');
    expect(refused.main.summary).toContain('were not read');
  });

  test('an unparsable workflow is reported by name and line; the step goes on', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write(
      '.github/workflows/bad.yml',
      'on: push\njobs:\n  a:\n    runs-on: [self-hosted\n  b: x: y\n',
    );
    write('.github/workflows/good.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n');
    const { main, outputs } = await guard({ workflows: WORKFLOWS });
    expect(main.outcome).toBe('success');
    expect(outputs['unserved-count']).toBe('0');
    const bad = main.annotations.find((a) => a.properties.file === '.github/workflows/bad.yml');
    expect(bad?.level).toBe('warning');
    expect(Number(bad?.properties.line)).toBeGreaterThanOrEqual(4);
    expect(main.summary).toContain('bad.yml');
  });

  test('fail-on-unserved fails the step', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, gpu]\n');
    const { main } = await guard({ workflows: WORKFLOWS, 'fail-on-unserved': 'true' });
    expect(main.outcome).toBe('failure');
    expect(main.annotations.find((a) => a.level === 'error')?.message).toContain(
      'fail-on-unserved',
    );
  });

  test('with labels too, the availability check runs and the lint reuses its runners', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, m4]\n');
    const { outputs } = await guard({ labels: 'm4', workflows: WORKFLOWS });
    expect(outputs).toMatchObject({ available: 'true', 'unserved-count': '0' });
    expect(stand.count(`/repos/${REPO}/actions/runners`)).toBe(1);
  });
});

describe('stuck jobs', () => {
  const minutesAgo = (m: number) => isoTime(Date.now() - m * 60_000);

  /** A run in progress whose job waits for labels no runner has. */
  function stuckRun(id: number, labels = ['self-hosted', 'Linux', 'gpu'], age = 30) {
    const runs = stand.data.runs.get(REPO) ?? [];
    stand.data.runs.set(REPO, runs);
    runs.push(workflowRun({ id, repo: REPO, status: 'in_progress', createdAt: minutesAgo(age) }));
    stand.data.jobs.set(id, [
      job({
        id: id * 10,
        runId: id,
        repo: REPO,
        name: 'select',
        status: 'completed',
        labels: ['ubuntu-latest'],
      }),
      job({
        id: id * 10 + 1,
        runId: id,
        repo: REPO,
        name: 'build',
        labels,
        createdAt: minutesAgo(age),
      }),
    ]);
  }

  test('found, reported, and never the current run, a hosted label or a young job', async () => {
    stuckRun(501);
    stuckRun(4242); // the run asking (GITHUB_RUN_ID in fleet-helpers)
    stuckRun(502, ['ubuntu-latest']);
    stuckRun(503, ['self-hosted', 'Linux', 'gpu'], 2);
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10' });
    expect(main.outcome).toBe('success');
    expect(outputs['stuck-count']).toBe('1');
    const [only] = JSON.parse(outputs['stuck-jobs'] as string);
    expect(only).toMatchObject({
      'run-id': 501,
      'job-id': 5011,
      name: 'build',
      labels: ['self-hosted', 'Linux', 'gpu'],
      url: `https://github.com/${REPO}/actions/runs/501/job/5011`,
    });
    expect(only['queued-minutes']).toBeGreaterThanOrEqual(29);
    expect(outputs.rescued).toBe('[]');
    expect(stand.count(/\/cancel$/, 'POST')).toBe(0);
    expect(main.summary).toContain(
      '](https://github.com/octo-org/octo-repo/actions/runs/501/job/5011)',
    );
  });

  test('a stuck job rescued by re-run: cancelled, waited for, re-run', async () => {
    stuckRun(501);
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(main.outcome).toBe('success');
    expect(outputs.rescued).toBe('[501]');
    expect(stand.count(`/repos/${REPO}/actions/runs/501/cancel`, 'POST')).toBe(1);
    expect(stand.count(`/repos/${REPO}/actions/runs/501/rerun`, 'POST')).toBe(1);
    const run = stand.data.runs.get(REPO)?.[0];
    expect(run).toMatchObject({ status: 'queued', run_attempt: 2 });
    expect(main.log).toContain('Cancelled run 501 and re-ran it');
    expect(main.summary).toContain('Rescue (`rerun`)');
  });

  test('a run that never finishes cancelling: bounded, reported, not re-run', async () => {
    stuckRun(501);
    stand.data.cancelDelays.set(501, 'never');
    const started = Date.now();
    const { main, outputs } = await guard({
      'stuck-after-minutes': '10',
      rescue: 'rerun',
      'rescue-timeout-seconds': '2',
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(main.outcome).toBe('success');
    expect(outputs.rescued).toBe('[]');
    expect(stand.count(/\/rerun$/, 'POST')).toBe(0);
    const warn = main.annotations.find((a) => a.level === 'warning');
    expect(warn?.message).toContain('after 2s (rescue-timeout-seconds); not re-run');
  });

  test('a refused re-run is a warning naming Actions: write', async () => {
    stuckRun(501);
    stand.forbid({ path: `/repos/${REPO}/actions/runs/501/rerun`, method: 'POST', status: 403 });
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(main.outcome).toBe('success');
    expect(outputs.rescued).toBe('[]');
    const warn = main.annotations.find((a) => a.level === 'warning');
    expect(warn?.message).toContain('Actions: write');
    expect(warn?.message).toContain('re-run');
  });

  test('max-rescues: at most that many runs, each once, oldest first', async () => {
    stuckRun(601, undefined, 50);
    stuckRun(602, undefined, 40);
    stuckRun(603, undefined, 30);
    stand.data.jobs.get(601)?.push(
      job({
        id: 6019,
        runId: 601,
        repo: REPO,
        name: 'second',
        labels: ['self-hosted', 'gpu'],
        createdAt: minutesAgo(45),
      }),
    );
    const { outputs, main } = await guard({
      'stuck-after-minutes': '10',
      rescue: 'cancel',
      'max-rescues': '2',
    });
    expect(outputs['stuck-count']).toBe('4');
    expect(outputs.rescued).toBe('[601,602]');
    expect(stand.count(/\/cancel$/, 'POST')).toBe(2);
    expect(main.log).toContain('Left alone (max-rescues 2): run 603.');
  });
});

describe('inputs', () => {
  test.each([
    [{ rescue: 'rerun' }, 'rescue', "needs 'stuck-after-minutes'"],
    [{ rescue: 'restart', 'stuck-after-minutes': '5' }, 'rescue', "'report', 'cancel', 'rerun'"],
    [{ workflows: '../other/*.yml' }, 'workflows', "climbs out with '..'"],
    [{ workflows: '/etc/*.yml' }, 'workflows', 'is absolute'],
    [{ 'stuck-after-minutes': '-1' }, 'stuck-after-minutes', 'a whole number from 0 to 1440'],
    [
      { 'stuck-after-minutes': '5', 'max-rescues': '0' },
      'max-rescues',
      'a whole number from 1 to 100',
    ],
    [
      { 'stuck-after-minutes': '5', 'rescue-timeout-seconds': 'x' },
      'rescue-timeout-seconds',
      'a whole number',
    ],
    [{ 'fail-on-unserved': 'true', labels: 'x' }, 'fail-on-unserved', "needs 'workflows'"],
    [{ workflows: WORKFLOWS, 'scale-sets': 'a b' }, 'scale-sets', 'scale-set names'],
    [{}, 'labels', "Input 'labels' is required"],
  ])('%o is an input error naming %s', async (inputs, name, says) => {
    const { main } = await guard(inputs as Record<string, string>);
    expect(main.outcome).toBe('failure');
    const err = main.annotations.find((a) => a.level === 'error');
    expect(err?.properties.title).toBe(`Invalid input: ${name}`);
    expect(err?.message).toContain(says);
  });
});

describe('the stand-in: cancel, re-run, larger runners', () => {
  const call = (method: string, path: string) =>
    fetch(`${stand.url}${path}`, { method, headers: { authorization: `token ${TOKEN}` } });

  test('a cancelled run turns completed after its delay, then re-runs as a new attempt', async () => {
    stand.data.runs.set(REPO, [workflowRun({ id: 9, repo: REPO, status: 'in_progress' })]);
    stand.data.jobs.set(9, [job({ id: 90, runId: 9, repo: REPO, labels: ['self-hosted'] })]);
    // Long enough that the read below comes first even on a busy machine.
    stand.data.cancelDelays.set(9, 2000);
    const early = await call('POST', `/repos/${REPO}/actions/runs/9/rerun`);
    expect(early.status).toBe(403);
    const cancel = await call('POST', `/repos/${REPO}/actions/runs/9/cancel`);
    expect([cancel.status, await cancel.json()]).toEqual([202, {}]);
    const soon = (await (await call('GET', `/repos/${REPO}/actions/runs/9`)).json()) as {
      status: string;
    };
    expect(soon.status).toBe('in_progress');
    await new Promise((r) => setTimeout(r, 2100));
    const done = await (await call('GET', `/repos/${REPO}/actions/runs/9`)).json();
    expect(done).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect((await call('POST', `/repos/${REPO}/actions/runs/9/cancel`)).status).toBe(409);
    const rerun = await call('POST', `/repos/${REPO}/actions/runs/9/rerun`);
    expect([rerun.status, await rerun.json()]).toEqual([201, {}]);
    const again = (await (await call('GET', `/repos/${REPO}/actions/runs/9/jobs`)).json()) as {
      jobs: Record<string, unknown>[];
    };
    expect(again.jobs).toHaveLength(1);
    expect(again.jobs[0]).toMatchObject({ run_attempt: 2, status: 'queued', conclusion: null });
    const queued = (await (
      await call('GET', `/repos/${REPO}/actions/runs?status=queued`)
    ).json()) as {
      workflow_runs: { id: number }[];
    };
    expect(queued.workflow_runs.map((r) => r.id)).toEqual([9]);
  });

  test("the organization's larger runners are listed, page by page", async () => {
    stand.data.hostedRunners.set(
      'acme',
      Array.from({ length: 3 }, (_, i) => hostedRunner({ id: i + 1, name: `linux-${i}` })),
    );
    const page = await call('GET', '/orgs/ACME/actions/hosted-runners?per_page=2');
    const body = (await page.json()) as { total_count: number; runners: { name: string }[] };
    expect(body.total_count).toBe(3);
    expect(body.runners.map((r: { name: string }) => r.name)).toEqual(['linux-0', 'linux-1']);
    expect(page.headers.get('link')).toContain('rel="next"');
  });
});
