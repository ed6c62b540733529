/**
 * perf-report's savings per month and year, built, through the local runner against the GitHub
 * REST stand-in: GitHub's dated prices by default, runs a day observed in a `history-path` file,
 * the machine's payback, and the inputs refused. Run `pnpm build perf-report` first.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { HISTORY_SCHEMA, type HistoryEntry } from '../../actions/perf-report/history.ts';
import type { Report } from '../../actions/perf-report/report.ts';
import { comparisonRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import type { RunActionOptions } from '../support/local-runner.ts';
import { PR_RUN, perfReportOnPullRequest } from '../support/perf-report-step.ts';

const RUN = PR_RUN;

let api: GitHubApi;
let root: string;
beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-budget-it-'));
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  api.data.jobs.clear();
  api.requests.length = 0;
  api.data.jobs.set(RUN, comparisonRun());
});

const perfReport = (inputs: RunActionOptions['inputs'], workspace?: string) =>
  perfReportOnPullRequest(api.url, inputs, workspace);

/** 8 pushes two days apart (14 days: 0.5 runs a day), all on the M4, the first 2 compared. */
function historyFile(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const entries: HistoryEntry[] = Array.from({ length: 8 }, (_, i) => ({
    runId: 100 + i,
    runAttempt: 1,
    date: new Date(Date.UTC(2026, 10, 1) + i * 2 * 86_400_000).toISOString(),
    commit: '',
    speedup: i < 2 ? 2.89 : null,
    runners: [
      {
        runner: 'M4',
        kind: 'self-hosted',
        jobs: 1,
        succeeded: 1,
        failed: 0,
        cancelled: 0,
        durationMs: 135_000,
        queue: { jobs: 1, medianMs: 1000, maxMs: 1000 },
      },
    ],
  }));
  writeFileSync(
    join(dir, 'history.json'),
    JSON.stringify({ schema: HISTORY_SCHEMA, reportId: 'perf-report', entries }),
  );
  return dir;
}

describe('savings per month and year', () => {
  test("by default: GitHub's table prices the minutes, and one run a day is an estimate", async () => {
    const ws = join(root, 'default');
    mkdirSync(ws, { recursive: true });
    const r = await perfReport({ 'report-path': 'perf.json' }, ws);
    expect(r.main.outcome).toBe('success');
    const s = r.main.summary;
    expect(s).toContain(
      "about &#36;0.042 at &#36;0.006/minute (GitHub's Linux 2-core rate). Choosing the runner costs 1 billable GitHub-hosted minute (1 job: select), so that is a **net 6 billable GitHub-hosted minutes per run, about &#36;0.036**.",
    );
    expect(s).toContain(
      '· net 6 billable GitHub-hosted minutes saved per run (what-if: the paired jobs on self-hosted alone)',
    );
    expect(s).toContain('#### Savings per month and year (estimate)');
    expect(s).toContain(
      '| **net saved (estimate)** | **-30** | **-&#36;0.18** | **-365** | **-&#36;2.19** |',
    );
    expect(s).toContain(
      '| what-if, once comparing stops: net without the comparison | 183 | &#36;1.10 | 2,190 | &#36;13.14 |',
    );
    // 1 run a day, every run compared: net = -1 minute (0.006 USD) a day.
    expect(r.outputs['net-minutes-per-month']).toBe('-30');
    expect(r.outputs['net-saved-per-month']).toBe('-0.18');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as Report;
    expect(report.savings?.rates).toEqual([
      { sku: 'linux', usd: 0.006, source: 'table', minutes: 7 },
    ]);
    expect(report.overhead).toEqual({ jobs: ['select'], minutes: 1, money: 0.006 });
    expect(report.budget?.rate).toEqual({ kind: 'assumed', perDay: 1 });
  });

  test('runs a day observed in the history; health checks and the machine count', async () => {
    const ws = historyFile('observed');
    const r = await perfReport(
      {
        'history-path': 'history.json',
        'price-per-minute': 'ubuntu-latest=0.008',
        'health-check-minutes-per-day': '1',
        'machine-cost': '99',
        'machine-years': '3',
      },
      ws,
    );
    expect(r.main.outcome).toBe('success');
    const s = r.main.summary;
    expect(s).toContain('#### Savings per month and year\n');
    expect(s).toContain(
      'At 0.5 runs a day, observed: 8 runs in the history over 14 days. Of the 8 runs in the history, 8 ran jobs on a self-hosted runner and 2 also ran them on GitHub-hosted only to compare.',
    );
    // A day: gross 7 x 0.5 = 3.5 min, comparison 3.5 x 2/8 = 0.875, select 0.5, health 1: net 1.125
    // minutes, 0.009 USD; 34 minutes and 0.27 USD a month.
    expect(s).toContain('| **net saved** | **34** | **&#36;0.27** | **411** | **&#36;3.29** |');
    expect(s).toContain(
      '| minus the scheduled health checks | -30 | -&#36;0.24 | -365 | -&#36;2.92 |',
    );
    expect(s).toContain(
      'The machine costs &#36;99.00 over 3 years (&#36;2.75 a month). At the net saved above it pays for itself in 30.1 years.',
    );
    expect(r.outputs['net-minutes-per-month']).toBe('34');
    expect(r.outputs['net-saved-per-month']).toBe('0.27');
  });
});

describe('invalid savings inputs fail naming the input, before any request', () => {
  test.each([
    [{ 'price-per-minute': 'macos-lastest=0.08' }, 'price-per-minute'],
    [{ 'price-per-minute': 'NaN' }, 'price-per-minute'],
    [{ 'runs-per-day': '0' }, 'runs-per-day'],
    [{ 'health-check-minutes-per-day': '-5' }, 'health-check-minutes-per-day'],
    [{ 'machine-cost': '599', 'machine-monthly-cost': '20' }, 'machine-cost'],
    [{ 'machine-years': '3' }, 'machine-years'],
  ])('%j', async (inputs, name) => {
    const r = await perfReport(inputs);
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe(`Invalid input: ${name}`);
    expect(error?.message).toMatch(new RegExp(`^Inputs? '${name}'`));
    expect(api.requests).toHaveLength(0);
  });
});
