/**
 * Hostile savings inputs and a hostile history through the built perf-report: a price or a machine
 * cost carrying workflow commands is refused with one error annotation and nothing forged; a
 * history with dates at the ends of what JavaScript reads, or all on one instant, gives a budget
 * with no NaN, Infinity or exponent in it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { HISTORY_SCHEMA } from '../../actions/perf-report/history.ts';
import { comparisonRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import type { RunActionOptions } from '../support/local-runner.ts';
import { PR_RUN, perfReportOnPullRequest } from '../support/perf-report-step.ts';
import { KNOWN_COMMANDS, parseCommand } from '../support/workflow-commands.ts';

const RUN = PR_RUN;

let api: GitHubApi;
let root: string;
beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-budget-adv-'));
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  api.requests.length = 0;
  api.data.jobs.set(RUN, comparisonRun());
});

const perfReport = (inputs: RunActionOptions['inputs'], workspace?: string) =>
  perfReportOnPullRequest(api.url, inputs, workspace);

describe('inputs carrying workflow commands', () => {
  test.each([
    [{ 'price-per-minute': '0.1\n::set-output name=speedup::99' }, 'price-per-minute'],
    [{ 'price-per-minute': 'macos=0.1\n::error title=x::forged=1' }, 'price-per-minute'],
    [{ 'price-per-minute': 'macos=0.1%0A::warning::forged' }, 'price-per-minute'],
    [{ 'machine-cost': '599\n::add-mask::599' }, 'machine-cost'],
    [{ 'runs-per-day': '12\r::notice::forged' }, 'runs-per-day'],
  ])('%j: one error, nothing forged, no request', async (inputs, name) => {
    const r = await perfReport(inputs);
    expect(r.main.outcome).toBe('failure');
    expect(r.main.annotations.map((a) => [a.level, a.properties.title])).toEqual([
      ['error', `Invalid input: ${name}`],
    ]);
    // Inputs are read before the token is masked: nothing of theirs became a mask.
    expect(r.main.masks).toEqual([]);
    expect(r.outputs).toEqual({});
    for (const line of r.main.stdout.split(/\r\n|\r|\n/)) {
      const cmd = parseCommand(line, KNOWN_COMMANDS);
      if (cmd) expect(['add-mask', 'error'], line).toContain(cmd.command);
    }
    expect(api.requests).toHaveLength(0);
  });
});

describe('a history with extreme dates', () => {
  const entry = (runId: number, date: string) => ({
    runId,
    runAttempt: 1,
    date,
    commit: '',
    speedup: 2,
    runners: [],
  });
  test.each([
    [
      'the ends of the JavaScript date range',
      ['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z'],
    ],
    ['one instant', ['2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z']],
  ])('%s: a budget without NaN, Infinity or exponents', async (name, dates) => {
    const dir = join(root, name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    const entries = dates.map((d, i) => entry(100 + i, d));
    writeFileSync(
      join(dir, 'history.json'),
      JSON.stringify({ schema: HISTORY_SCHEMA, reportId: 'perf-report', entries }),
    );
    const r = await perfReport({ 'history-path': 'history.json', 'machine-cost': '599' }, dir);
    expect(r.main.outcome).toBe('success');
    const section = r.main.summary.slice(r.main.summary.indexOf('#### Savings per month'));
    expect(section).toMatch(/^#### Savings per month and year/);
    expect(section).not.toMatch(/NaN|Infinity|\de[+-]\d/);
    expect(r.outputs['net-saved-per-month']).toMatch(/^-?\d+(\.\d+)?$/);
    expect(r.outputs['net-minutes-per-month']).toMatch(/^-?\d+$/);
  });
});
