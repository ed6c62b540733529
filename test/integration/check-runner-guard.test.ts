// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
/**
 * check-runner's fleet guard, run from the built dist against the GitHub stand-in: the label lint
 * over workflow files in a workspace, and stuck jobs found and rescued.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import type { GitHubApi } from '../support/github-api.ts';
import {
  hostedRunner,
  isoTime,
  job,
  runner,
  runnerGroup,
  workflowRun,
} from '../support/github-fixtures.ts';
import { api, REPO, step, TOKEN } from './fleet-helpers.ts';

let stand: GitHubApi;
let workspace: string;
let runnerTemp: string;
beforeEach(async () => {
  stand = await api();
  workspace = mkdtempSync(join(tmpdir(), 'guard-ws-'));
  runnerTemp = mkdtempSync(join(tmpdir(), 'guard-temp-'));
});
afterEach(async () => {
  await stand.close();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
});

function write(rel: string, text: string) {
  const file = join(workspace, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const guard = (inputs: Record<string, string>) =>
  step(stand, 'check-runner', inputs, { workspace, runnerTemp });

/** The body rows of the summary's table. */
const tableOf = (summary: string) => summary.split('\n').filter((l) => l.startsWith('| `'));

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
    expect(warnings.map((w) => [w.properties, w.message])).toEqual([
      [
        { file: '.github/workflows/ci.yml', line: '8', title: 'runs-on labels no runner serves' },
        'Job arm: no runner serves runs-on [ubuntu-24.04-arm64-4core]: no runner has all of [ubuntu-24.04-arm64-4core], and it is not a GitHub-hosted label. Did you mean [ubuntu-24.04-arm]?',
      ],
      [
        { file: '.github/workflows/ci.yml', line: '11', title: 'runs-on labels no runner serves' },
        'Job lint: no runner serves runs-on [self-hosted, linux, arm46]: no runner has all of [self-hosted, linux, arm46], and it is not a GitHub-hosted label. Did you mean [self-hosted, linux, ARM64]?',
      ],
    ]);
    expect(tableOf(main.summary)).toEqual([
      '| `.github/workflows/ci.yml`:4 | `build` | `self-hosted` `macOS` `ARM64` | ✅ served: registered runner apple-m4-mac-mini |',
      '| `.github/workflows/ci.yml`:8 | `arm` | `ubuntu-24.04-arm64-4core` | ❌ unserved: no runner has all of \\[ubuntu-24.04-arm64-4core\\], and it is not a GitHub-hosted label; did you mean `ubuntu-24.04-arm`? |',
      '| `.github/workflows/ci.yml`:11 | `lint` | `self-hosted` `linux` `arm46` | ❌ unserved: no runner has all of \\[self-hosted, linux, arm46\\], and it is not a GitHub-hosted label; did you mean `self-hosted` `linux` `ARM64`? |',
      '| `.github/workflows/ci.yml`:14 | `hosted` | `ubuntu-latest` | ✅ served: a GitHub-hosted image |',
    ]);
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
        suggestion: ['self-hosted', 'Linux', 'ARM64'],
      },
    ]);
    expect(tableOf(main.summary).map((l) => l.split(' | ').slice(0, 3).join(' | '))).toEqual([
      '| `.github/workflows/matrix.yaml`:11 | `test` | `self-hosted` `macOS` `ARM64`',
      '| `.github/workflows/matrix.yaml`:11 | `test` | `self-hosted` `Linux` `ARM64`',
      '| `.github/workflows/matrix.yaml`:11 | `test` | `self-hosted` `FreeBSD` `ARM64`',
    ]);
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
    const notes = main.annotations.filter((a) => a.level === 'notice');
    expect(notes.map((n) => [n.properties, n.message])).toEqual([
      [
        { file: '.github/workflows/dispatch.yml', line: '8', title: 'runs-on not checked' },
        'Job build: runs-on [${{ fromJSON(needs.select.outputs.runs-on) }}] not checked: ${{ fromJSON(needs.select.outputs.runs-on) }} is known only when the workflow runs.',
      ],
    ]);
    expect(tableOf(main.summary)[1]).toBe(
      '| `.github/workflows/dispatch.yml`:8 | `build` | `${{ fromJSON(needs.select.outputs.runs-on) }}` | ➖ not checked: \\${{ fromJSON(needs.select.outputs.runs-on) }} is known only when the workflow runs |',
    );
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
    expect(tableOf(served.main.summary)).toEqual([
      "| `.github/workflows/ci.yml`:4 | `a` | `ubuntu-24.04-arm64-4core` | ✅ served: the organization's larger runner |",
    ]);

    stand.forbid({ path: '/orgs/acme/actions/hosted-runners', status: 403 });
    const refused = await guard({ workflows: WORKFLOWS, repository: '', organization: 'acme' });
    expect(refused.main.outcome).toBe('success');
    expect(refused.outputs['unserved-count']).toBe('1');
    const note =
      "The larger runners of organization acme were not read (GitHub answered 403: Resource not accessible by integration.); the token must be allowed to list the organization's GitHub-hosted runners (classic PAT: manage_runners:org). Labels of larger runners count as not served.";
    expect(refused.main.log.split('\n')).toContain(note);
    expect(refused.main.summary.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      `- ${note.replace(/_/g, '\\_')}`,
    ]);
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
    expect(main.annotations.map((a) => [a.level, a.properties, a.message])).toEqual([
      [
        'warning',
        { file: '.github/workflows/bad.yml', line: '5', title: 'Workflow file not checked' },
        '.github/workflows/bad.yml was not checked: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ]);
    expect(main.summary.split('\n')).toContain(
      '- `.github/workflows/bad.yml`:5: Flow sequence in block collection must be sufficiently indented and end with a \\]',
    );
  });

  test('fail-on-unserved fails the step', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, gpu]\n');
    const { main } = await guard({ workflows: WORKFLOWS, 'fail-on-unserved': 'true' });
    expect(main.outcome).toBe('failure');
    expect(main.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      '1 job label set(s) are served by no runner (fail-on-unserved).',
    ]);
  });

  test('no workflow file read: a warning, and with fail-on-unserved a failure', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const message = `No workflow file matches ${WORKFLOWS} in the workspace (are the files checked out?).`;
    const warned = await guard({ workflows: WORKFLOWS });
    expect(warned.main.outcome).toBe('success');
    expect(warned.main.annotations.map((a) => [a.level, a.properties.title, a.message])).toEqual([
      ['warning', 'Label lint read no workflow file', message],
    ]);
    const failed = await guard({ workflows: WORKFLOWS, 'fail-on-unserved': 'true' });
    expect(failed.main.outcome).toBe('failure');
    expect(failed.main.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', `${message} The step fails (fail-on-unserved).`],
    ]);
  });

  test('a literal workflow path is read, not taken for a folder', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, gpu]\n');
    write(
      '.github/workflows/other.yml',
      'on: push\njobs:\n  b:\n    runs-on: [self-hosted, tpu]\n',
    );
    const { main, outputs } = await guard({
      workflows: '.github/workflows/ci.yml',
      'fail-on-unserved': 'true',
    });
    expect(main.outcome).toBe('failure');
    expect(JSON.parse(outputs.unserved as string)).toEqual([
      {
        file: '.github/workflows/ci.yml',
        line: 4,
        job: 'a',
        labels: ['self-hosted', 'gpu'],
        suggestion: ['self-hosted', 'Linux', 'X64'],
      },
    ]);
    expect(main.log).toContain('Label lint: 1 file(s), 1 label set(s), 1 unserved.');
  });

  test('a conditional over matrix values is evaluated to each of its results', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write(
      '.github/workflows/cond.yml',
      [
        'on: push',
        'jobs:',
        '  build:',
        '    strategy:',
        '      matrix:',
        '        dev: [AMD, Intel]',
        '        pool: [{ group: big-pool }]',
        "    runs-on: ${{ matrix.dev == 'AMD' && 'ubuntu-latest' || 'ubuntu-24.04-amd' }}",
        '  grouped:',
        '    strategy: { matrix: { r: [{ group: mac-minis, labels: [self-hosted, m4] }] } }',
        '    runs-on: ${{ matrix.r }}',
      ].join('\n'),
    );
    const { outputs } = await guard({ workflows: WORKFLOWS });
    expect(JSON.parse(outputs.unserved as string)).toEqual([
      {
        file: '.github/workflows/cond.yml',
        line: 8,
        job: 'build',
        labels: ['ubuntu-24.04-amd'],
        suggestion: ['ubuntu-24.04-arm'],
      },
    ]);
  });

  test('5,000 unserved jobs: the summary is kept, the output fits, the file has them all', async () => {
    loadDemoFleet(stand, { repo: REPO });
    const jobs = Array.from(
      { length: 5000 },
      (_, i) => `  job-${i}:\n    runs-on: [self-hosted, ${'gpu'.repeat(40)}-${i}]`,
    );
    write('.github/workflows/many.yml', ['on: push', 'jobs:', ...jobs].join('\n'));
    const { main, outputs } = await guard({ workflows: WORKFLOWS });
    expect(main.outcome).toBe('success');
    expect(outputs['unserved-count']).toBe('5000');
    // The runner drops a summary over 1 MiB whole (the harness gives '' then).
    expect(main.summary.split('\n')[0]).toBe('### Label lint: 5000 label set(s) no runner serves');
    expect(Buffer.byteLength(main.summary)).toBeLessThan(1024 * 1024);
    expect(tableOf(main.summary)).toHaveLength(300);
    const output = JSON.parse(outputs.unserved as string);
    expect(Buffer.byteLength(outputs.unserved as string)).toBeLessThanOrEqual(512 * 1024);
    const all = JSON.parse(readFileSync(outputs['unserved-file'] as string, 'utf8'));
    expect(all).toHaveLength(5000);
    expect(all[4999]).toEqual({
      file: '.github/workflows/many.yml',
      line: 10_002,
      job: 'job-4999',
      labels: ['self-hosted', `${'gpu'.repeat(40)}-4999`],
      suggestion: expect.any(Array),
    });
    expect(output).toEqual(all.slice(0, output.length));
    expect(main.log).toContain(
      `The 'unserved' output holds the first ${output.length} of 5000 unserved label sets (it is kept under 524288 bytes); 'unserved-file' holds them all.`,
    );
    expect(main.summary).toContain(
      "4700 more label set(s) not shown (4700 unserved); the step's `unserved-file` output names a file that lists every unserved one.",
    );
  });

  test('with labels too, the availability check runs and the lint reuses its runners', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, m4]\n');
    const { outputs } = await guard({ labels: 'm4', workflows: WORKFLOWS });
    expect(outputs).toMatchObject({ available: 'true', 'unserved-count': '0', unserved: '[]' });
    expect(readFileSync(outputs['unserved-file'] as string, 'utf8')).toBe('[]\n');
    expect(stand.count(`/repos/${REPO}/actions/runners`)).toBe(1);
  });
});

describe('label lint, never green while blind', () => {
  const ci = 'on: push\njobs:\n  a:\n    runs-on: [self-hosted, m4]\n';
  const RUNNERS = `/repos/${REPO}/actions/runners`;
  type Blind = { inputs: Record<string, string>; fault: (s: GitHubApi) => void; why: string };
  const PERMISSION =
    "Listing them needs a classic PAT with the repo scope, or a fine-grained or App token with Administration: read on the repository. The workflow's GITHUB_TOKEN cannot list runners.";
  const faults: Record<string, Blind> = {
    'a bad or expired token (401)': {
      inputs: { 'github-token': 'ghp_expired0000000000000000000000000000' },
      fault: () => {},
      why: `Reading the runners of repository ${REPO} failed. GitHub refused the token (401): Bad credentials. ${PERMISSION}`,
    },
    'a token without the rights (403)': {
      inputs: {},
      fault: (s) => s.forbid({ path: RUNNERS, status: 403 }),
      why: `Reading the runners of repository ${REPO} failed. GitHub answered 403: Resource not accessible by integration. ${PERMISSION}`,
    },
    'the API down (500)': {
      // Retries give up at 3 s (0.2 + 0.4 + 0.8 + 1.6 s of backoff), not at the default limit.
      inputs: { 'api-timeout-seconds': '5' },
      fault: (s) => s.fault({ path: RUNNERS, kind: 'status', status: 500 }),
      why: `Reading the runners of repository ${REPO} failed. GitHub answered 500 for GET /repos/{owner}/{repo}/actions/runners: Internal Server Error.`,
    },
  };

  test.each(Object.keys(faults))(
    '%s: fail-on-unserved fails, saying what it could not read',
    async (name) => {
      const blind = faults[name] as Blind;
      loadDemoFleet(stand, { repo: REPO });
      write('.github/workflows/ci.yml', ci);
      blind.fault(stand);
      const { main, outputs } = await guard({
        workflows: WORKFLOWS,
        'fail-on-unserved': 'true',
        ...blind.inputs,
      });
      expect(main.outcome).toBe('failure');
      const message = `Label lint not run: the runners could not be read (${blind.why}). The step fails (fail-on-unserved): a lint that cannot see the runners proves nothing.`;
      expect(main.annotations).toEqual([
        {
          level: 'error',
          message,
          properties: { title: 'check-runner could not read the runners' },
          source: 'action',
        },
      ]);
      expect(main.summary.split('\n')[0]).toBe('### Label lint: not run');
      expect(outputs['unserved-count']).toBe('0');
    },
  );

  test('fail-if-unavailable fails a blind lint too; with neither, a warning and green', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', ci);
    stand.forbid({ path: RUNNERS, status: 403 });
    const failing = await guard({ workflows: WORKFLOWS, 'fail-if-unavailable': 'true' });
    const reason = `Label lint not run: the runners could not be read (Reading the runners of repository ${REPO} failed. GitHub answered 403: Resource not accessible by integration. ${PERMISSION}).`;
    expect(failing.main.outcome).toBe('failure');
    expect(failing.main.annotations.map((a) => [a.level, a.message])).toEqual([
      ['error', `${reason} The step fails (fail-if-unavailable).`],
    ]);
    const green = await guard({ workflows: WORKFLOWS });
    expect(green.main.outcome).toBe('success');
    expect(green.main.annotations.map((a) => [a.level, a.properties.title, a.message])).toEqual([
      ['warning', 'check-runner could not read the runners', reason],
    ]);
  });

  test('with labels too: the availability check and the lint both say they are blind', async () => {
    loadDemoFleet(stand, { repo: REPO });
    write('.github/workflows/ci.yml', ci);
    stand.forbid({ path: RUNNERS, status: 403 });
    const { main } = await guard({
      labels: 'm4',
      workflows: WORKFLOWS,
      'fail-on-unserved': 'true',
    });
    expect(main.outcome).toBe('failure');
    expect(main.annotations.map((a) => [a.level, a.properties.title])).toEqual([
      ['warning', 'check-runner could not read the runners'],
      ['error', 'check-runner could not read the runners'],
    ]);
  });
});

describe('stuck jobs', () => {
  const minutesAgo = (m: number) => isoTime(Date.now() - m * 60_000);
  const RUN = (id: number) => `/repos/${REPO}/actions/runs/${id}`;
  const URL = (id: number) => `https://github.com/${REPO}/actions/runs/${id}`;

  /** A run in progress whose job waits for labels no runner has; `select` names its first job. */
  function stuckRun(
    id: number,
    labels = ['self-hosted', 'Linux', 'gpu'],
    age = 30,
    select = 'select',
  ) {
    const runs = stand.data.runs.get(REPO) ?? [];
    stand.data.runs.set(REPO, runs);
    runs.push(workflowRun({ id, repo: REPO, status: 'in_progress', createdAt: minutesAgo(age) }));
    stand.data.jobs.set(id, [
      job({
        id: id * 10,
        runId: id,
        repo: REPO,
        name: select,
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
  const warnings = (main: { annotations: { level: string; message: string }[] }) =>
    main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

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
    expect([29, 30]).toContain(only['queued-minutes']);
    expect(outputs.rescued).toBe('[]');
    expect(outputs['waiting-jobs']).toBe('[]');
    expect(stand.count(/\/cancel$/, 'POST')).toBe(0);
    expect(main.summary).toContain(
      '](https://github.com/octo-org/octo-repo/actions/runs/501/job/5011)',
    );
    expect(main.summary).toContain('❌ stuck: no registered runner has all its labels');
  });

  test('a job behind a busy runner that serves it is waiting: reported with the runner, never cancelled', async () => {
    stuckRun(501, ['self-hosted', 'macOS']);
    stuckRun(502, ['linux-16core']);
    stand.data.repoRunners.set(REPO, [
      runner({ id: 1, name: 'mac-1', labels: ['self-hosted', 'macOS', 'ARM64'], busy: true }),
      runner({ id: 2, name: 'mac-2', labels: ['self-hosted', 'macOS'], status: 'offline' }),
    ]);
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'cancel' });
    expect(main.outcome).toBe('success');
    expect(outputs['stuck-count']).toBe('0');
    const waiting = JSON.parse(outputs['waiting-jobs'] as string);
    expect(waiting.map((w: Record<string, unknown>) => [w['run-id'], w.verdict, w.detail])).toEqual(
      [
        [501, 'waiting', '1 online runner(s) serve it, 1 busy: mac-1 (busy)'],
        [
          502,
          'not checked',
          "'linux-16core' looks like a larger runner's label, and the organization's larger runners were not read (set 'organization', with a token that can list them)",
        ],
      ],
    );
    expect(stand.count(/\/cancel$/, 'POST')).toBe(0);
    expect(outputs.rescued).toBe('[]');
    expect(warnings(main)).toEqual([
      "Run 502 job 5021 build [linux-16core] queued 30 min was not checked: 'linux-16core' looks like a larger runner's label, and the organization's larger runners were not read (set 'organization', with a token that can list them). It is never cancelled.",
    ]);
    expect(main.log).toContain(
      '  waiting: run 501 job 5011 build [self-hosted, macOS] queued 30 min: 1 online runner(s) serve it, 1 busy: mac-1 (busy); left alone.',
    );
    expect(main.summary).toContain('⏳ waiting: 1 online runner(s) serve it, 1 busy: mac-1 (busy)');
  });

  test('rerun of a run that selects its runner: cancelled, waited for, its select job re-run', async () => {
    stuckRun(501);
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(main.outcome).toBe('success');
    expect(outputs.rescued).toBe('[501]');
    expect(stand.count(`${RUN(501)}/cancel`, 'POST')).toBe(1);
    expect(stand.count(`/repos/${REPO}/actions/jobs/5010/rerun`, 'POST')).toBe(1);
    expect(stand.count(/\/rerun/, 'POST')).toBe(1);
    const run = stand.data.runs.get(REPO)?.[0];
    expect(run).toMatchObject({ status: 'queued', run_attempt: 2 });
    expect(JSON.parse(outputs.rescues as string)).toEqual([
      {
        'run-id': 501,
        outcome: 're-run',
        message:
          "Cancelled run 501 and re-ran its job 'select' and the jobs that need it, so the runner is chosen again; its other finished jobs keep their results.",
      },
    ]);
    expect(main.summary).toContain('Rescue (`rerun`)');
  });

  test('rerun of a run that names its runner itself: cancelled once, not re-run, and no loop on the next schedule', async () => {
    stuckRun(501, undefined, 30, 'lint');
    const first = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(first.main.outcome).toBe('success');
    expect(first.outputs.rescued).toBe('[501]');
    expect(warnings(first.main)).toEqual([
      `Cancelled run 501; not re-run: nothing online serves its labels and its workflow names its runner itself, so a re-run would wait the same way. Register a runner with its labels or change its runs-on, then re-run it (${URL(501)}).`,
    ]);
    const second = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(second.outputs['stuck-count']).toBe('0');
    expect(stand.count(`${RUN(501)}/cancel`, 'POST')).toBe(1);
    expect(stand.count(/\/rerun/, 'POST')).toBe(0);
  });

  test('a run already re-run and stuck again is cancelled, not re-run again', async () => {
    stuckRun(501);
    const run = stand.data.runs.get(REPO)?.[0];
    if (run) run.run_attempt = 2;
    const { outputs, main } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(outputs.rescued).toBe('[501]');
    expect(stand.count(/\/rerun/, 'POST')).toBe(0);
    expect(warnings(main)).toEqual([
      `Cancelled run 501; not re-run: it is attempt 2: it was re-run before and is stuck again, so another re-run would wait the same way. Register a runner with its labels or change its runs-on, then re-run it (${URL(501)}).`,
    ]);
  });

  test('a lost answer to the cancel (GitHub cancelled, then 502): not sent again, read back, re-run', async () => {
    stuckRun(501);
    stand.fault({
      path: `${RUN(501)}/cancel`,
      method: 'POST',
      kind: 'after-commit',
      fail: 'status',
      status: 502,
    });
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(main.outcome).toBe('success');
    expect(stand.count(`${RUN(501)}/cancel`, 'POST')).toBe(1);
    expect(stand.count(/\/rerun/, 'POST')).toBe(1);
    expect(outputs.rescued).toBe('[501]');
    const [rescue] = JSON.parse(outputs.rescues as string);
    expect(rescue.outcome).toBe('re-run');
    expect(rescue.message).toBe(
      "Cancelled run 501 (the answer to the cancel was lost: GitHub answered 502 for POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel: Bad Gateway.; read back, the run is cancelled) and re-ran its job 'select' and the jobs that need it, so the runner is chosen again; its other finished jobs keep their results.",
    );
  });

  test('a lost answer to the re-run (carried out, connection reset): read back at attempt 2, re-run', async () => {
    stuckRun(501);
    stand.fault({
      path: `/repos/${REPO}/actions/jobs/5010/rerun`,
      method: 'POST',
      kind: 'after-commit',
      fail: 'reset',
    });
    const { outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(stand.count(/\/rerun/, 'POST')).toBe(1);
    expect(outputs.rescued).toBe('[501]');
    const [rescue] = JSON.parse(outputs.rescues as string);
    expect(rescue.outcome).toBe('re-run');
    expect(rescue.message).toMatch(/read back, the run is at attempt 2\)\.$/);
  });

  test('a re-run answered 502 and not carried out: a warning that the run stays cancelled, not blamed on the token', async () => {
    stuckRun(501);
    stand.fault({
      path: `/repos/${REPO}/actions/jobs/5010/rerun`,
      method: 'POST',
      kind: 'status',
      status: 502,
    });
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(main.outcome).toBe('success');
    expect(stand.count(/\/rerun/, 'POST')).toBe(1);
    expect(outputs.rescued).toBe('[]');
    expect(warnings(main)).toEqual([
      `Cancelled run 501, but the re-run request failed (GitHub answered 502 for POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun: Bad Gateway.) and, read back, the run is still attempt 1, 'completed'. It stays cancelled: re-run it (${URL(501)}) once a runner serves it.`,
    ]);
    expect(JSON.parse(outputs.rescues as string)[0].outcome).toBe('cancelled, not re-run');
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
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(main.outcome).toBe('success');
    expect(outputs.rescued).toBe('[]');
    expect(stand.count(/\/rerun/, 'POST')).toBe(0);
    expect(warnings(main)).toEqual([
      `Cancelled run 501, but it was still 'in_progress' after 2s (rescue-timeout-seconds), so it was not re-run. It stays cancelled: re-run it (${URL(501)}) once a runner serves it.`,
    ]);
  });

  test('a refused re-run is a warning naming Actions: write, and says the run was cancelled', async () => {
    stuckRun(501);
    stand.forbid({ path: `/repos/${REPO}/actions/jobs/5010/rerun`, method: 'POST', status: 403 });
    const { main, outputs } = await guard({ 'stuck-after-minutes': '10', rescue: 'rerun' });
    expect(main.outcome).toBe('success');
    expect(outputs.rescued).toBe('[]');
    expect(warnings(main)).toEqual([
      `Cancelled run 501, but GitHub refused to re-run it (GitHub answered 403: Resource not accessible by integration.): the token needs Actions: write on the repository. It stays cancelled: re-run it (${URL(501)}) once a runner serves it.`,
    ]);
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

  test('hung jobs: reported, and with cancel-hung their runs cancelled once', async () => {
    stand.data.runs.set(REPO, [
      workflowRun({ id: 701, repo: REPO, status: 'in_progress', createdAt: minutesAgo(300) }),
      workflowRun({ id: 702, repo: REPO, status: 'in_progress', createdAt: minutesAgo(300) }),
    ]);
    stand.data.jobs.set(701, [
      job({
        id: 7011,
        runId: 701,
        repo: REPO,
        name: 'soak',
        status: 'in_progress',
        labels: ['self-hosted', 'Linux'],
        runnerName: 'linux-7',
        createdAt: minutesAgo(300),
        startedAt: minutesAgo(240),
      }),
    ]);
    stand.data.jobs.set(702, [
      job({
        id: 7021,
        runId: 702,
        repo: REPO,
        status: 'in_progress',
        labels: ['ubuntu-latest'],
        runnerName: 'GitHub Actions 2',
        createdAt: minutesAgo(300),
        startedAt: minutesAgo(240),
      }),
    ]);
    const { main, outputs } = await guard({ 'hung-after-minutes': '120', 'cancel-hung': 'true' });
    expect(main.outcome).toBe('success');
    expect(outputs['hung-count']).toBe('1');
    expect(JSON.parse(outputs['hung-jobs'] as string)).toEqual([
      {
        'run-id': 701,
        'job-id': 7011,
        name: 'soak',
        labels: ['self-hosted', 'Linux'],
        runner: 'linux-7',
        'running-minutes': expect.any(Number),
        url: `https://github.com/${REPO}/actions/runs/701/job/7011`,
      },
    ]);
    expect(outputs.rescued).toBe('[701]');
    expect(stand.count(`${RUN(701)}/cancel`, 'POST')).toBe(1);
    expect(stand.count(`${RUN(702)}/cancel`, 'POST')).toBe(0);
    expect(main.summary).toContain('Hung jobs: 1 running over 120 min on self-hosted runners');
  });

  describe('never green while blind', () => {
    test.each([
      ['the runners', `/repos/${REPO}/actions/runners`, 'the runners could not be read'],
      ['the runs', `/repos/${REPO}/actions/runs`, `the runs of ${REPO} could not be read`],
    ])(
      '%s refused (403): with fail-on-unserved the step fails, saying what it could not read',
      async (_, path, says) => {
        stuckRun(501);
        stand.forbid({ path, status: 403 });
        const failing = await guard({ 'stuck-after-minutes': '10', 'fail-on-unserved': 'true' });
        expect(failing.main.outcome).toBe('failure');
        const errors = failing.main.annotations.filter((a) => a.level === 'error');
        expect(errors).toHaveLength(1);
        expect(errors[0]?.properties.title).toBe(
          'check-runner could not see the fleet (fail-on-unserved)',
        );
        expect(errors[0]?.message).toContain(`Stuck and hung jobs not looked for: ${says}`);
        expect(failing.outputs['stuck-jobs']).toBe('[]');
        const quiet = await guard({ 'stuck-after-minutes': '10' });
        expect(quiet.main.outcome).toBe('success');
        expect(warnings(quiet.main)[0]).toContain(`Stuck and hung jobs not looked for: ${says}`);
      },
    );

    test('an expired token (401) fails it too', async () => {
      stuckRun(501);
      stand.fault({ path: '/', kind: 'status', status: 401, message: 'Bad credentials' });
      const { main } = await guard({ 'stuck-after-minutes': '10', 'fail-on-unserved': 'true' });
      expect(main.outcome).toBe('failure');
      expect(main.annotations.find((a) => a.level === 'error')?.message).toContain(
        'the runners could not be read',
      );
    });

    test('with fail-on-unserved, a stuck job found fails the step', async () => {
      stuckRun(501);
      const { main } = await guard({ 'stuck-after-minutes': '10', 'fail-on-unserved': 'true' });
      expect(main.outcome).toBe('failure');
      expect(main.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
        '1 job(s) are stuck: nothing online serves their labels (fail-on-unserved).',
      ]);
    });
  });

  test('an API that answers 503 or hangs: the rescue ends by rescue-deadline-seconds', async () => {
    stuckRun(501, undefined, 50);
    stuckRun(502, undefined, 40);
    stuckRun(503, undefined, 30);
    // 501: the cancel answered 503 (never sent again), its read back 503 on every try.
    stand.fault({ path: `${RUN(501)}/cancel`, method: 'POST', kind: 'status', status: 503 });
    stand.fault({ path: /\/actions\/runs\/501$/, method: 'GET', kind: 'status', status: 503 });
    // 502: the cancel and its read back never answer.
    stand.fault({ path: `${RUN(502)}/cancel`, method: 'POST', kind: 'hang' });
    stand.fault({ path: /\/actions\/runs\/502$/, method: 'GET', kind: 'hang' });
    const started = Date.now();
    const { main, outputs } = await guard({
      'stuck-after-minutes': '10',
      rescue: 'rerun',
      'api-timeout-seconds': '5',
      'rescue-timeout-seconds': '5',
      'rescue-deadline-seconds': '10',
    });
    // Generous: the limit is 10 s; start-up and reads on a loaded machine take far less than 25 s.
    expect(Date.now() - started).toBeLessThan(35_000);
    expect(main.outcome).toBe('success');
    const rescues = JSON.parse(outputs.rescues as string);
    expect(rescues.map((r: { outcome: string }) => r.outcome)).toEqual([
      'unknown',
      'unknown',
      'skipped',
    ]);
    expect(rescues[2].message).toBe(
      "Run 503 was not rescued: the rescue's 10s limit (rescue-deadline-seconds) ran out.",
    );
    expect(outputs.rescued).toBe('[]');
    expect(stand.count(`${RUN(501)}/cancel`, 'POST')).toBe(1);
    expect(stand.count(`${RUN(502)}/cancel`, 'POST')).toBe(1);
    expect(stand.count(`${RUN(503)}/cancel`, 'POST')).toBe(0);
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
    [
      { workflows: '!.github/workflows/old.yml\n!**/draft-*.yml' },
      'workflows',
      "Input 'workflows' has only '!' globs: name the files to read, then the ones to leave out.",
    ],
    [
      { workflows: `${WORKFLOWS}\n!` },
      'workflows',
      "Input 'workflows' accepts globs relative to the workspace, one per line (e.g. '.github/workflows/*.y*ml'); '!' is empty.",
    ],
    [
      { workflows: WORKFLOWS, 'fail-on-unserved': 'yes' },
      'fail-on-unserved',
      "Input 'fail-on-unserved' accepts 'true' or 'false'",
    ],
    [{}, 'labels', "Input 'labels' is required"],
  ])('%o is an input error naming %s', async (inputs, name, says) => {
    const { main } = await guard(inputs as Record<string, string>);
    expect(main.outcome).toBe('failure');
    const err = main.annotations.find((a) => a.level === 'error');
    expect(err?.properties.title).toBe(`Invalid input: ${name}`);
    expect(err?.message).toContain(says);
  });
});

describe('stuck, hung and rescue inputs, from the built action', () => {
  test.each([
    [
      { 'stuck-after-minutes': '5', 'max-rescues': '101' },
      'max-rescues',
      "Input 'max-rescues' accepts a whole number from 1 to 100; got '101'.",
    ],
    [
      { 'stuck-after-minutes': '5', repository: '', organization: 'octo-org' },
      'stuck-after-minutes',
      "Input 'stuck-after-minutes' needs 'repository': stuck jobs are read from a repository's runs.",
    ],
    [
      { 'hung-after-minutes': '7201' },
      'hung-after-minutes',
      "Input 'hung-after-minutes' accepts a whole number from 0 to 7200; got '7201'.",
    ],
    [
      { 'cancel-hung': 'true' },
      'cancel-hung',
      "Input 'cancel-hung' needs 'hung-after-minutes' (a whole number >= 1): it cancels the runs of the hung jobs found.",
    ],
    [
      { 'stuck-after-minutes': '5', 'rescue-deadline-seconds': '3601' },
      'rescue-deadline-seconds',
      "Input 'rescue-deadline-seconds' accepts a whole number from 10 to 3600; got '3601'.",
    ],
    [
      { 'stuck-after-minutes': '5', rescue: 'rerun', 'rescue-deadline-seconds': '60' },
      'rescue-timeout-seconds',
      "Input 'rescue-timeout-seconds' (120) must be less than 'rescue-deadline-seconds' (60), which bounds the whole rescue.",
    ],
  ])('%o is an input error naming %s, exactly', async (inputs, name, message) => {
    const { main } = await guard(inputs as Record<string, string>);
    expect(main.outcome).toBe('failure');
    const errors = main.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => [e.properties.title, e.message])).toEqual([
      [`Invalid input: ${name}`, message],
    ]);
  });
});

describe('the stand-in: cancel, re-run, larger runners', () => {
  const call = (method: string, path: string) =>
    fetch(`${stand.url}${path}`, { method, headers: { authorization: `token ${TOKEN}` } });

  test('a cancelled run turns completed after its delay, then re-runs as a new attempt', async () => {
    stand.data.runs.set(REPO, [workflowRun({ id: 9, repo: REPO, status: 'in_progress' })]);
    stand.data.jobs.set(9, [job({ id: 90, runId: 9, repo: REPO, labels: ['self-hosted'] })]);
    stand.data.cancelDelays.set(9, 600_000);
    const early = await call('POST', `/repos/${REPO}/actions/runs/9/rerun`);
    expect(early.status).toBe(403);
    const cancel = await call('POST', `/repos/${REPO}/actions/runs/9/cancel`);
    expect([cancel.status, await cancel.json()]).toEqual([202, {}]);
    const soon = (await (await call('GET', `/repos/${REPO}/actions/runs/9`)).json()) as {
      status: string;
    };
    expect(soon.status).toBe('in_progress');
    stand.data.cancelling.set(9, Date.now()); // the delay has passed
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

  test('re-run failed jobs, and re-run one job with the jobs that did not succeed', async () => {
    stand.data.runs.set(REPO, [
      workflowRun({ id: 9, repo: REPO, status: 'completed', conclusion: 'cancelled' }),
    ]);
    stand.data.jobs.set(9, [
      job({ id: 90, runId: 9, repo: REPO, name: 'select', status: 'completed' }),
      job({
        id: 91,
        runId: 9,
        repo: REPO,
        name: 'build',
        status: 'completed',
        conclusion: 'cancelled',
      }),
    ]);
    const jobsNow = async () =>
      (
        (await (await call('GET', `/repos/${REPO}/actions/runs/9/jobs`)).json()) as {
          jobs: { name: string; status: string; run_attempt: number }[];
        }
      ).jobs.map((j) => [j.name, j.status, j.run_attempt]);
    const failed = await call('POST', `/repos/${REPO}/actions/runs/9/rerun-failed-jobs`);
    expect([failed.status, await failed.json()]).toEqual([201, {}]);
    expect(await jobsNow()).toEqual([
      ['select', 'completed', 2],
      ['build', 'queued', 2],
    ]);
    const run = stand.data.runs.get(REPO)?.[0];
    if (run) Object.assign(run, { status: 'completed', conclusion: 'cancelled' });
    for (const j of stand.data.jobs.get(9) ?? []) {
      if (j.run_attempt === 2 && j.name === 'build')
        Object.assign(j, { status: 'completed', conclusion: 'cancelled' });
    }
    const select = stand.data.jobs.get(9)?.find((j) => j.run_attempt === 2 && j.name === 'select');
    const one = await call('POST', `/repos/${REPO}/actions/jobs/${select?.id}/rerun`);
    expect([one.status, await one.json()]).toEqual([201, {}]);
    expect(await jobsNow()).toEqual([
      ['select', 'queued', 3],
      ['build', 'queued', 3],
    ]);
    expect((await call('POST', `/repos/${REPO}/actions/jobs/90/rerun`)).status).toBe(403);
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
