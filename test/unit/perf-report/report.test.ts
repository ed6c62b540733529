import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBenchmarkFile } from '../../../actions/perf-report/benchmarks.ts';
import { findRegressions } from '../../../actions/perf-report/regressions.ts';
import {
  isReport,
  looksLikeReport,
  reportProblem,
  SCHEMA,
} from '../../../actions/perf-report/report.ts';
import { comparisonReport } from './helpers.ts';

const STORED = join(import.meta.dirname, '..', '..', 'fixtures', 'perf-report', 'report-main.json');

describe('the report JSON', () => {
  const stored: unknown = JSON.parse(readFileSync(STORED, 'utf8'));

  test('a report written by this version (kept as a fixture) is still read', () => {
    // Reports live on in the Actions cache and in artifacts: a schema change must keep reading
    // them, or bump SCHEMA and say so.
    expect(isReport(stored)).toBe(true);
    expect(SCHEMA).toBe('runner-actions/perf-report@1');
  });

  test('is what buildReport makes today', () => {
    const today = JSON.parse(JSON.stringify(comparisonReport()));
    const { benchmarks: _b, ...rest } = stored as Record<string, unknown>;
    const { benchmarks: _t, ...now } = today as Record<string, unknown>;
    expect(now).toEqual(rest);
  });

  test('serves as a baseline: the same figures are no regression', () => {
    expect(findRegressions(comparisonReport(), stored as never, 1.15)).toEqual([]);
  });

  test('serves as a benchmark file', () => {
    const rows = parseBenchmarkFile(readFileSync(STORED, 'utf8'), 'report-main.json', 'x');
    expect(rows.map((r) => r.name)).toEqual([
      'speedup M4 vs ubuntu-latest',
      'job time on M4',
      'job time on ubuntu-latest',
      'pnpm build',
      'install throughput',
    ]);
  });

  test.each([
    [
      { schema: SCHEMA, run: { runId: 1 }, jobs: [], runners: [], benchmarks: [], comparisons: [] },
      true,
      true,
    ],
    [{ schema: SCHEMA, jobs: [], runners: [], benchmarks: [] }, false, true],
    [{ schema: SCHEMA, jobs: [] }, false, true],
    [{ schema: 'runner-actions/perf-report@2' }, false, true],
    [{ schema: 'other' }, false, false],
    [[], false, false],
    [null, false, false],
  ])('%j: isReport %s, looksLikeReport %s', (value, is, looks) => {
    expect(isReport(value)).toBe(is);
    expect(looksLikeReport(value)).toBe(looks);
  });
});

describe('reportProblem: a malformed baseline names the field, never a TypeError', () => {
  const good = () => JSON.parse(JSON.stringify(comparisonReport())) as Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: the test breaks fields at will
  const edit = (f: (r: Record<string, any>) => void) => {
    const r = good();
    f(r);
    return r;
  };
  test('a report of today has no problem', () => {
    expect(reportProblem(good())).toBeUndefined();
  });
  test.each([
    ['not an object', () => 'x', 'it is not a JSON object'],
    ['no run', () => edit((r) => delete r.run), "'run.runId' is not a number"],
    ['run is null', () => edit((r) => (r.run = null)), "'run.runId' is not a number"],
    ['jobs not a list', () => edit((r) => (r.jobs = {})), "'jobs' is not a list"],
    ['a null job', () => edit((r) => (r.jobs[1] = null)), "'jobs[1]' is not an object"],
    [
      'a job without a name',
      () => edit((r) => delete r.jobs[0].name),
      "'jobs[0].name' is not a string",
    ],
    [
      'a runner phase as text',
      () => edit((r) => (r.runners[0].phases.build = '38s')),
      "'runners[0].phases' is not an object of numbers",
    ],
    [
      'a benchmark without a value',
      () => edit((r) => (r.benchmarks = [{ suite: 's', name: 'n', unit: 's' }])),
      "'benchmarks[0].value' is not a number",
    ],
    ['comparisons missing', () => edit((r) => delete r.comparisons), "'comparisons' is not a list"],
  ])('%s', (_, value, problem) => {
    expect(reportProblem(value())).toBe(problem);
    expect(isReport(value())).toBe(false);
  });
});
