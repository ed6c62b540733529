/**
 * Odd data never crashes perf-report with a TypeError: jobs with null or missing names, labels
 * and steps, a jobs list that is not a list, a malformed baseline file, and a pair that took no
 * time each give a warning or error naming the field, or a sensible sentence. Built dist against
 * the GitHub stand-in.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { comparisonRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import type { Job } from '../support/github-fixtures.ts';
import { runAction } from '../support/local-runner.ts';

const REPO = 'octo-org/octo-repo';
const RUN = 8_123_456_789;

let api: GitHubApi;
let root: string;
beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-report-odd-'));
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  api.data.jobs.clear();
  api.clearFaults();
});

function perfReport(inputs: Record<string, string> = {}, workspace = root) {
  return runAction({
    action: 'perf-report',
    workspace,
    inputs,
    github: { apiUrl: api.url, token: 'test-token', repository: REPO, runId: RUN },
  });
}

const noTypeError = (r: Awaited<ReturnType<typeof perfReport>>) => {
  expect(r.main.log).not.toMatch(/TypeError|Cannot read properties|undefined \(reading/);
};

describe('jobs with fields missing', () => {
  test('null names, labels and steps: warnings naming each field; the report still adds up', async () => {
    const [select, self, hosted] = comparisonRun() as Job[];
    const odd = [
      { ...select, name: null },
      {
        ...self,
        labels: null,
        steps: [null, ...(self?.steps ?? []).map((s) => ({ ...s, name: null }))],
      },
      { ...hosted, labels: [null, 'ubuntu-latest'], steps: 'none' },
      null,
    ];
    api.data.jobs.set(RUN, odd as never);
    api.allowViolation(/must be (string|object|array)/, 'null names, labels and steps, on purpose');
    const r = await perfReport();
    noTypeError(r);
    expect(r.main.outcome).toBe('success');
    const warnings = r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    const text = warnings.join('\n');
    expect(text).toContain("1 job: no 'name'; shown as 'job' and its id.");
    expect(text).toContain("1 job: 'labels' is not a list; read as none.");
    expect(text).toContain("1 job: 'labels' holds entries that are not strings; left out.");
    expect(text).toContain("1 job: 'steps' is not a list; read as none.");
    expect(text).toContain("10 steps: no 'name'; shown as 'step' and its number.");
    expect(text).toContain('1 list entry: not an object; left out.');
    expect(r.main.summary).toContain('3 jobs measured');
    expect(r.main.summary).toContain(
      "Odd data from GitHub: jobs of run 8123456789: 1 job: no 'name'; shown as 'job' and its id.",
    );
    // The hosted job has no steps: its 6m30s is `other`, not 0s.
    expect(r.main.summary).toMatch(/\| other \|[^\n]*6m30s/);
  });

  test('a jobs page that is not a list: a clear error naming it', async () => {
    api.fault({
      path: `/repos/${REPO}/actions/runs/${RUN}/jobs`,
      kind: 'custom',
      status: 200,
      body: { message: 'OK' },
    });
    const r = await perfReport();
    noTypeError(r);
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain(`without a 'jobs' list`);
  });
});

describe('a malformed baseline file', () => {
  test.each([
    ['runs as null', { run: null }, "'run.runId' is not a number"],
    ['a null job', { jobs: [null] }, "'jobs[0]' is not an object"],
    ['runners not a list', { runners: 'M4' }, "'runners' is not a list"],
    [
      'a runner without phases',
      { runners: [{ runner: 'M4', kind: 'self-hosted', durationMs: 1 }] },
      "'runners[0].phases' is not an object of numbers",
    ],
  ])('%s: the error names the field', async (name, change, field) => {
    api.data.jobs.set(RUN, comparisonRun() as never);
    const ws = join(root, name.replace(/\W/g, '-'));
    mkdirSync(ws, { recursive: true });
    const first = await perfReport({ 'report-path': 'base.json' }, ws);
    expect(first.main.outcome).toBe('success');
    const base = JSON.parse(
      (await import('node:fs')).readFileSync(join(ws, 'base.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(join(ws, 'base.json'), JSON.stringify({ ...base, ...change }));
    const r = await perfReport({ baseline: 'base.json' }, ws);
    noTypeError(r);
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain("Baseline 'base.json': not a readable perf-report:");
    expect(error).toContain(field);
  });
});

describe('a pair that took no time', () => {
  test('the headline is a sentence, not "ran in no time than"', async () => {
    const zero = comparisonRun().map((j) =>
      j.name === 'select' || j.status !== 'completed'
        ? j
        : { ...j, completed_at: j.started_at, steps: [] },
    );
    api.data.jobs.set(RUN, zero as never);
    const r = await perfReport();
    noTypeError(r);
    expect(r.main.outcome).toBe('success');
    expect(r.main.summary).toContain(
      '**self-hosted M4 and ubuntu-latest both took under a second, too little to compare**',
    );
    expect(r.main.summary).not.toMatch(/no time than|Infinity|NaN/);
  });
});
