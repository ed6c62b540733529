/**
 * perf-report's net savings and history, built, through the local runner against the GitHub REST
 * stand-in and the Actions cache stand-in: a history built over several runs (failed and
 * cancelled jobs, a run with no pair) through `history-path` and through `baseline: cache`.
 * Run `pnpm build perf-report` first.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { History } from '../../actions/perf-report/history.ts';
import { type CacheService, startCacheService } from '../support/cache-service.ts';
import { comparisonRun, M4 } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { type Job, job } from '../support/github-fixtures.ts';
import { type RunActionOptions, runAction } from '../support/local-runner.ts';
import { parseMermaid } from '../support/mermaid.ts';

const REPO = 'octo-org/octo-repo';
const PR = 7;

let api: GitHubApi;
let root: string;
beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-history-it-'));
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  api.data.jobs.clear();
  api.clearFaults();
});

function workspace(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

type Options = Partial<RunActionOptions> & {
  runId: number;
  pullRequest?: number;
  eventName?: string;
  event?: unknown;
  ref?: string;
};

function perfReport(inputs: RunActionOptions['inputs'], options: Options) {
  const { runId, pullRequest, eventName, event, ref, ...rest } = options;
  return runAction({
    action: 'perf-report',
    inputs,
    ...rest,
    github: {
      apiUrl: api.url,
      token: 'test-token',
      repository: REPO,
      runId,
      sha: runId.toString(16).padEnd(40, '0'),
      ...(pullRequest
        ? {
            eventName: 'pull_request',
            event: { number: pullRequest, pull_request: { number: pullRequest } },
            ref: `refs/pull/${pullRequest}/merge`,
            headRef: 'feature',
            baseRef: 'main',
          }
        : { eventName: eventName ?? 'push', ref: ref ?? 'refs/heads/main', event }),
    },
  });
}

const warnings = (r: Awaited<ReturnType<typeof perfReport>>) =>
  r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

/** One of the build jobs of `jobs`, changed. */
function change(jobs: Job[], name: string, patch: Partial<Job>): Job[] {
  return jobs.map((j) => (j.name === name ? { ...j, ...patch } : j));
}

/** A second self-hosted job in the run, cancelled before it started. */
function cancelledJob(runId: number): Job {
  return job({
    id: runId * 10 + 7,
    runId,
    repo: REPO,
    name: 'test (M4)',
    status: 'completed',
    conclusion: 'cancelled',
    labels: M4.labels,
    createdAt: '2026-03-02T09:20:00Z',
    startedAt: '2026-03-02T09:20:00Z',
    completedAt: '2026-03-02T09:20:30Z',
    steps: [],
  });
}

/** The four pushes the history is built from: fine; M4 failed; no pair; a cancelled job. */
function pushRuns(): Map<number, Job[]> {
  return new Map([
    [101, comparisonRun({ runId: 101 })],
    [
      102,
      change(comparisonRun({ runId: 102, scale: 1.2 }), 'build (M4)', { conclusion: 'failure' }),
    ],
    [103, comparisonRun({ runId: 103 }).filter((j) => j.name !== 'build (ubuntu-latest)')],
    [104, [...comparisonRun({ runId: 104, scale: 0.9 }), cancelledJob(104)]],
  ]);
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
}

describe('history-path: a history over several pushes, read by a pull request', () => {
  test('counts, chart, reliability table and the file', async () => {
    const ws = workspace('file');
    const inputs = { 'history-path': 'perf/history.json' };
    const counts: string[] = [];
    const speedups: string[] = [];
    for (const [runId, jobs] of pushRuns()) {
      api.data.jobs.set(runId, jobs);
      const r = await perfReport(inputs, { runId, workspace: ws });
      expect(r.main.outcome).toBe('success');
      expect(warnings(r)).toEqual([]);
      counts.push(r.outputs['history-count'] as string);
      speedups.push(r.outputs.speedup as string);
    }
    expect(counts).toEqual(['1', '2', '3', '4']);
    // 102's M4 build failed: not paired with its successful twin, so no speedup.
    expect(speedups).toEqual(['2.89', '', '', '2.86']);

    const file = join(ws, 'perf', 'history.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as History;
    expect(stored.schema).toBe('runner-actions/perf-report-history@1');
    expect(stored.entries.map((e) => [e.runId, e.speedup])).toEqual([
      [101, 2.89],
      [102, null],
      [103, null],
      [104, 2.86],
    ]);
    const m4 = (runId: number) =>
      stored.entries.find((e) => e.runId === runId)?.runners.find((r) => r.runner === 'M4');
    expect(m4(102)).toMatchObject({ jobs: 1, succeeded: 0, failed: 1, cancelled: 0 });
    expect(m4(104)).toMatchObject({ jobs: 2, succeeded: 1, failed: 0, cancelled: 1 });
    expect(m4(104)?.queue).toEqual({ jobs: 1, medianMs: 2000, maxMs: 2000 });
    expect(stored.entries[0]?.commit).toBe((101).toString(16).padEnd(40, '0'));
    // The select job is overhead: not among ubuntu-latest's jobs.
    expect(stored.entries[0]?.runners.find((r) => r.runner === 'ubuntu-latest')?.jobs).toBe(1);

    // A pull request reads the history and shows it with itself last; the file is unchanged.
    const before = readFileSync(file, 'utf8');
    api.data.jobs.set(200, comparisonRun({ runId: 200, scale: 1.1 }));
    const pr = await perfReport(
      { ...inputs, 'comment-on-pr': 'true' },
      { runId: 200, pullRequest: PR, workspace: ws },
    );
    expect(pr.main.outcome).toBe('success');
    expect(pr.outputs['history-count']).toBe('4');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(pr.main.log).toContain('history: this run only reads the history');
    const summary = pr.main.summary;
    expect(summary).toContain('#### Trend');
    expect(summary).toContain('Over 5 recorded runs, the current one last.');
    expect(summary).toContain(
      '2 runs without a pair have no speedup and are left out of the chart.',
    );
    const charts = mermaidBlocks(summary).filter((b) => b.startsWith('xychart-beta'));
    expect(charts).toHaveLength(1);
    const chart = charts[0] as string;
    await parseMermaid(chart);
    expect(chart).toContain('x-axis ["6500000", "6800000", "c800000"]');
    expect(chart).toContain('line [2.89, 2.86, 2.91]');
    // M4: 101, 102 (failed), 103, 104 (one cancelled), 200: 6 jobs.
    expect(summary).toContain(
      '| runner | jobs | failed | cancelled | failure rate | median queue wait |',
    );
    expect(summary).toContain('| M4 (self-hosted) | 6 | 1 | 1 | 20.0% | 2s |');
    expect(summary).toContain('| ubuntu-latest (GitHub-hosted) | 4 | 0 | 0 | 0.0% | 9s |');
    // Under 10 finished jobs: no call-out yet.
    expect(summary).not.toContain('fails more than twice as often');
    // Per machine: the cancelled job never reached one, so the M4 Mac mini ran 5.
    expect(summary).toContain(
      [
        '| machine | runner | jobs | failed | cancelled | failure rate |',
        '| --- | --- | --- | --- | --- | --- |',
        '| mac-mini-m4-01 | M4 | 5 | 1 | 0 | 20.0% |',
      ].join('\n'),
    );
    expect(summary).not.toContain('**Machine ');
    expect(stored.entries[1]?.runners.find((r) => r.runner === 'M4')?.machines).toEqual([
      { name: 'mac-mini-m4-01', jobs: 1, succeeded: 0, failed: 1, cancelled: 0 },
    ]);
    // The comment carries the same trend.
    const comment = api.data.comments.get(`${REPO}#${PR}`)?.[0]?.body ?? '';
    expect(comment).toContain('Over 5 recorded runs, the current one last.');
    expect(comment).toContain('| M4 (self-hosted) | 6 | 1 | 1 | 20.0% | 2s |');
    await parseMermaid(mermaidBlocks(comment).find((b) => b.startsWith('xychart-beta')) as string);
  });

  test('a self-hosted runner failing more than twice as often over 10 jobs is called out', async () => {
    const ws = workspace('callout');
    for (let i = 0; i < 10; i++) {
      const runId = 300 + i;
      const jobs = comparisonRun({ runId });
      api.data.jobs.set(
        runId,
        i % 3 === 0 ? change(jobs, 'build (M4)', { conclusion: 'timed_out' }) : jobs,
      );
      const r = await perfReport(
        { 'history-path': 'h.json', history: '10' },
        { runId, workspace: ws },
      );
      expect(r.main.outcome).toBe('success');
      if (i === 9) {
        expect(r.outputs['history-count']).toBe('10');
        expect(r.main.summary).toContain('| M4 (self-hosted) | 10 | 4 | 0 | 40.0% | 2s |');
        expect(r.main.summary).toContain(
          '**M4 (self-hosted) fails more than twice as often as GitHub-hosted runners:** 4 of 10 jobs (40.0%) against 0.0% of 10.',
        );
      }
    }
  });

  test('a flaky machine is named, over two workflows reporting into one history', async () => {
    const ws = workspace('machines');
    const on = (machine: string): typeof M4 => ({ ...M4, runnerName: machine });
    // Workflow "build" runs on three M4 machines in turn; workflow "test" on the same fleet.
    // m4-vm-07 fails every job it gets: 2 in each workflow.
    const machines = ['m4-a', 'm4-vm-07', 'm4-b'];
    let outcome: Awaited<ReturnType<typeof perfReport>> | undefined;
    for (let i = 0; i < 6; i++) {
      const runId = 900 + i;
      const machine = machines[i % 3] as string;
      const jobs = comparisonRun({ runId, job: i < 3 ? 'build' : 'test', self: on(machine) });
      const name = `${i < 3 ? 'build' : 'test'} (M4)`;
      const failed = machine === 'm4-vm-07' ? change(jobs, name, { conclusion: 'failure' }) : jobs;
      // A second M4 job on the flaky machine in each run of it.
      const extra =
        machine === 'm4-vm-07'
          ? [
              {
                ...(failed.find((j) => j.name === name) as Job),
                id: runId * 10 + 8,
                name: `lint (M4)`,
              },
            ]
          : [];
      api.data.jobs.set(runId, [...failed, ...extra]);
      outcome = await perfReport({ 'history-path': 'h.json' }, { runId, workspace: ws });
      expect(outcome.main.outcome).toBe('success');
    }
    const summary = outcome?.main.summary ?? '';
    expect(summary).toContain(
      [
        '| machine | runner | jobs | failed | cancelled | failure rate |',
        '| --- | --- | --- | --- | --- | --- |',
        '| m4-vm-07 | M4 | 4 | 4 | 0 | 100.0% |',
        '| m4-a | M4 | 2 | 0 | 0 | 0.0% |',
        '| m4-b | M4 | 2 | 0 | 0 | 0.0% |',
      ].join('\n'),
    );
    expect(summary).toContain(
      '**Machine m4-vm-07 (self-hosted M4) failed 4 of 4 jobs (100.0%)**; the other jobs failed 0.0% of 10. Check that machine before the runner kind.',
    );
    // The runner kind as a whole: 4 of 8 M4 jobs, over 10 finished: no runner call-out yet.
    expect(summary).toContain('| M4 (self-hosted) | 8 | 4 | 0 | 50.0% | 2s |');
  });

  test('compare-failed-jobs: true pairs a failed job with its twin', async () => {
    const ws = workspace('compare-failed');
    api.data.jobs.set(
      951,
      change(comparisonRun({ runId: 951 }), 'build (M4)', { conclusion: 'failure' }),
    );
    const off = await perfReport({}, { runId: 951, workspace: ws });
    expect(off.outputs.speedup).toBe('');
    expect(off.main.summary).toContain('| build (M4) **failure** | M4 |');
    expect(off.main.summary).toContain(
      '1 job did not succeed (marked with how it ended): not paired, so in no speedup (`compare-failed-jobs: true` pairs them).',
    );
    const on = await perfReport({ 'compare-failed-jobs': 'true' }, { runId: 951, workspace: ws });
    expect(on.outputs.speedup).toBe('2.89');
    expect(on.main.summary).toContain('| build (M4) **failure** | M4 |');
    expect(on.main.summary).not.toContain('did not succeed');
  });

  test('history bounds the entries; a re-run replaces its entry', async () => {
    const ws = workspace('bound');
    for (const runId of [401, 402, 403, 403]) {
      api.data.jobs.set(runId, comparisonRun({ runId }));
      const r = await perfReport(
        { 'history-path': 'h.json', history: '2' },
        { runId, workspace: ws },
      );
      expect(r.outputs['history-count']).toBe(runId === 401 ? '1' : '2');
    }
    const stored = JSON.parse(readFileSync(join(ws, 'h.json'), 'utf8')) as History;
    expect(stored.entries.map((e) => e.runId)).toEqual([402, 403]);
  });

  test("a file that is not this report's history is refused and left byte for byte", async () => {
    const ws = workspace('corrupt');
    api.data.jobs.set(501, comparisonRun({ runId: 501 }));
    for (const [text, why] of [
      [
        '{"schema": "runner-actions/perf-report-history@1", "reportId": "perf-report", "entries": [',
        'it is not JSON',
      ],
      [
        '{"schema": "something-else", "entries": []}',
        'it is not a perf-report history (no "schema": "runner-actions/perf-report-history@1")',
      ],
      [
        '{"schema": "runner-actions/perf-report-history@1", "reportId": "arm64", "entries": []}',
        "it is the history of report-id 'arm64', not 'perf-report'",
      ],
      ['', 'it is not JSON'],
      [
        '{"dependencies": {"left-pad": "1.0.0"}}\n',
        'it is not a perf-report history (no "schema": "runner-actions/perf-report-history@1")',
      ],
    ] as const) {
      writeFileSync(join(ws, 'h.json'), text);
      const r = await perfReport({ 'history-path': 'h.json' }, { runId: 501, workspace: ws });
      expect(r.main.outcome).toBe('success');
      expect(r.outputs['history-count']).toBe('0');
      expect(warnings(r)).toEqual([
        `history-path: h.json is not this report's history (report-id perf-report): ${why}. It is left as it is and will not be written; a fresh history is shown.`,
      ]);
      expect(r.main.log).toContain(
        'history: this run is not written to history-path (see the warning above).',
      );
      expect(readFileSync(join(ws, 'h.json'), 'utf8')).toBe(text);
      // The run itself is still shown as the only one.
      expect(r.main.summary).toContain('Over 1 recorded run, the current one last.');
    }
  });

  test('two reports sharing one path do not erase each other', async () => {
    const ws = workspace('shared');
    api.data.jobs.set(511, comparisonRun({ runId: 511 }));
    api.data.jobs.set(512, comparisonRun({ runId: 512 }));
    const mac = await perfReport(
      { 'history-path': 'h.json', 'report-id': 'mac' },
      { runId: 511, workspace: ws },
    );
    expect(mac.outputs['history-count']).toBe('1');
    const written = readFileSync(join(ws, 'h.json'), 'utf8');
    const linux = await perfReport(
      { 'history-path': 'h.json', 'report-id': 'linux' },
      { runId: 512, workspace: ws },
    );
    expect(linux.main.outcome).toBe('success');
    expect(linux.outputs['history-count']).toBe('0');
    expect(warnings(linux)).toEqual([
      "history-path: h.json is not this report's history (report-id linux): it is the history of report-id 'mac', not 'linux'. It is left as it is and will not be written; a fresh history is shown.",
    ]);
    expect(readFileSync(join(ws, 'h.json'), 'utf8')).toBe(written);
    const again = await perfReport(
      { 'history-path': 'h.json', 'report-id': 'mac' },
      { runId: 512, workspace: ws },
    );
    expect(again.outputs['history-count']).toBe('2');
    expect(warnings(again)).toEqual([]);
  });

  test('a file over the size cap is refused and left as it was', async () => {
    const ws = workspace('oversized');
    api.data.jobs.set(521, comparisonRun({ runId: 521 }));
    const big = `{"schema": "runner-actions/perf-report-history@1", "reportId": "perf-report", "entries": [], "pad": "${'x'.repeat(5_000_000)}"}`;
    writeFileSync(join(ws, 'h.json'), big);
    const r = await perfReport({ 'history-path': 'h.json' }, { runId: 521, workspace: ws });
    expect(r.main.outcome).toBe('success');
    expect(warnings(r)).toEqual([
      `history-path: h.json is not this report's history (report-id perf-report): it is ${Buffer.byteLength(big)} bytes, over the 5000000 a history may be. It is left as it is and will not be written; a fresh history is shown.`,
    ]);
    expect(readFileSync(join(ws, 'h.json'), 'utf8')).toBe(big);
  });

  test('replacing the file keeps its mode and leaves no temporary file', async () => {
    const ws = workspace('mode');
    api.data.jobs.set(531, comparisonRun({ runId: 531 }));
    api.data.jobs.set(532, comparisonRun({ runId: 532 }));
    await perfReport({ 'history-path': 'perf/h.json' }, { runId: 531, workspace: ws });
    expect(statSync(join(ws, 'perf', 'h.json')).mode & 0o777).toBe(0o644);
    chmodSync(join(ws, 'perf', 'h.json'), 0o600);
    const r = await perfReport({ 'history-path': 'perf/h.json' }, { runId: 532, workspace: ws });
    expect(r.outputs['history-count']).toBe('2');
    expect(statSync(join(ws, 'perf', 'h.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(ws, 'perf'))).toEqual(['h.json']);
  });

  test('history: 0 keeps none; workflow_dispatch appends only on the default branch', async () => {
    const ws = workspace('events');
    api.data.jobs.set(601, comparisonRun({ runId: 601 }));
    const off = await perfReport(
      { 'history-path': 'h.json', history: '0' },
      { runId: 601, workspace: ws },
    );
    expect(off.outputs['history-count']).toBe('0');
    expect(off.main.summary).not.toContain('#### Trend');
    expect(existsSync(join(ws, 'h.json'))).toBe(false);

    const dispatch = (ref: string) =>
      perfReport(
        { 'history-path': 'h.json' },
        {
          runId: 601,
          workspace: ws,
          eventName: 'workflow_dispatch',
          ref: `refs/heads/${ref}`,
          event: { repository: { default_branch: 'main' } },
        },
      );
    expect((await dispatch('feature')).outputs['history-count']).toBe('0');
    expect(existsSync(join(ws, 'h.json'))).toBe(false);
    expect((await dispatch('main')).outputs['history-count']).toBe('1');
  });

  test('a folder at history-path is refused and left as it is', async () => {
    const ws = workspace('unwritable');
    mkdirSync(join(ws, 'h.json'));
    writeFileSync(join(ws, 'h.json', 'keep'), 'kept');
    api.data.jobs.set(801, comparisonRun({ runId: 801 }));
    const r = await perfReport({ 'history-path': 'h.json' }, { runId: 801, workspace: ws });
    expect(r.main.outcome).toBe('success');
    expect(r.outputs['history-count']).toBe('0');
    expect(warnings(r)).toEqual([
      "history-path: h.json is not this report's history (report-id perf-report): it is not a regular file. It is left as it is and will not be written; a fresh history is shown.",
    ]);
    expect(readdirSync(join(ws, 'h.json'))).toEqual(['keep']);
  });

  test('a bad history input fails the step naming the input', async () => {
    const r = await perfReport({ history: 'many' }, { runId: 1 });
    expect(r.main.outcome).toBe('failure');
    expect(r.main.annotations.find((a) => a.level === 'error')?.message).toContain(
      "Input 'history' accepts a whole number from 0 to 500; got 'many'.",
    );
  });
});

describe('baseline: cache carries the history in the same entry', () => {
  let cache: CacheService;
  beforeAll(async () => {
    cache = await startCacheService();
  });
  afterAll(() => cache.close());

  test('pushes append, a pull request restores and shows it, nothing extra is cached', async () => {
    const ws = workspace('cache');
    const counts: string[] = [];
    for (const [runId, jobs] of pushRuns()) {
      api.data.jobs.set(runId, jobs);
      const r = await perfReport(
        { baseline: 'cache', 'report-path': 'report.json' },
        { runId, workspace: ws, jobEnv: cache.env },
      );
      expect(r.main.outcome).toBe('success');
      expect(warnings(r)).toEqual([]);
      counts.push(r.outputs['history-count'] as string);
      // The report output is the report alone.
      expect(JSON.parse(readFileSync(r.outputs.report as string, 'utf8')).history).toBeUndefined();
    }
    expect(counts).toEqual(['1', '2', '3', '4']);
    expect(cache.entries().map((e) => e.key)).toEqual([
      'perf-report:perf-report:main:101-1',
      'perf-report:perf-report:main:102-1',
      'perf-report:perf-report:main:103-1',
      'perf-report:perf-report:main:104-1',
    ]);

    api.data.jobs.set(200, comparisonRun({ runId: 200 }));
    const pr = await perfReport(
      { baseline: 'cache' },
      { runId: 200, pullRequest: PR, workspace: ws, jobEnv: cache.env },
    );
    expect(pr.main.outcome).toBe('success');
    expect(pr.outputs['history-count']).toBe('4');
    expect(pr.main.summary).toContain(
      'against the baseline cache perf-report:perf-report:main:104-1',
    );
    expect(pr.main.summary).toContain('Over 5 recorded runs, the current one last.');
    expect(pr.main.summary).toContain('| M4 (self-hosted) | 6 | 1 | 1 | 20.0% | 2s |');
    const chart = mermaidBlocks(pr.main.summary).find((b) => b.startsWith('xychart-beta'));
    await parseMermaid(chart as string);
    expect(cache.entries()).toHaveLength(4);
    expect(existsSync(join(ws, '.perf-report-cache'))).toBe(false);
  });

  test('without the cache service nothing is kept: history-count 0', async () => {
    api.data.jobs.set(901, comparisonRun({ runId: 901 }));
    const r = await perfReport({ baseline: 'cache' }, { runId: 901 });
    expect(r.main.outcome).toBe('success');
    expect(r.outputs['history-count']).toBe('0');
  });
});

describe('net savings', () => {
  test('the select job is overhead: 7 hosted minutes less 1', async () => {
    api.data.jobs.set(701, comparisonRun({ runId: 701 }));
    const r = await perfReport({}, { runId: 701 });
    expect(r.outputs['minutes-saved']).toBe('6');
    expect(r.outputs['overhead-minutes']).toBe('1');
    expect(r.main.summary).toContain(
      '**self-hosted M4 ran 2.9x faster than ubuntu-latest, 4m15s saved** · net 6 billable GitHub-hosted minutes saved per run',
    );
    expect(r.main.summary).toContain(
      'Choosing the runner costs 1 billable GitHub-hosted minute (1 job: select), so that is a **net 6 billable GitHub-hosted minutes per run, about &#36;0.036**.',
    );
    expect(r.main.log).toContain('net 6 billable GitHub-hosted minutes saved per run');
  });

  test('without an overhead job the net is the gross; overhead-jobs names one', async () => {
    const jobs = comparisonRun({ runId: 702 }).map((j) =>
      j.name === 'select'
        ? { ...j, steps: (j.steps ?? []).map((s) => ({ ...s, name: 'Choose' })) }
        : j,
    );
    api.data.jobs.set(702, jobs);
    const none = await perfReport({}, { runId: 702 });
    expect(none.outputs['minutes-saved']).toBe('7');
    expect(none.outputs['overhead-minutes']).toBe('0');
    expect(none.main.summary).toContain(
      'No job chose or checked a runner, so that is the **net 7 billable GitHub-hosted minutes per run, about &#36;0.042**.',
    );
    const named = await perfReport({ 'overhead-jobs': 'sel*' }, { runId: 702 });
    expect(named.outputs['minutes-saved']).toBe('6');
    expect(named.outputs['overhead-minutes']).toBe('1');
  });

  test('negative when choosing costs more than it saves; empty without a pair', async () => {
    const jobs = comparisonRun({ runId: 703, scale: 0.1 });
    const check = jobs.find((j) => j.name === 'select') as Job;
    jobs.push({
      ...check,
      id: 7039,
      name: 'check',
      steps: (check.steps ?? []).map((s) =>
        s.name.includes('select-runner')
          ? { ...s, name: 'Run octo/runner-actions/check-runner@v1' }
          : s,
      ),
    });
    api.data.jobs.set(703, jobs);
    const r = await perfReport({}, { runId: 703 });
    expect(r.outputs['overhead-minutes']).toBe('2');
    expect(r.outputs['minutes-saved']).toBe('-1');
    expect(r.main.summary).toContain('net 1 billable GitHub-hosted minute lost per run');

    api.data.jobs.set(
      704,
      comparisonRun({ runId: 704 }).filter((j) => j.name !== 'build (ubuntu-latest)'),
    );
    const unpaired = await perfReport({}, { runId: 704 });
    expect(unpaired.outputs['minutes-saved']).toBe('');
    expect(unpaired.outputs['overhead-minutes']).toBe('1');
  });
});
