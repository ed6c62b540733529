import { describe, expect, test } from 'vitest';
import {
  findRegressions,
  regressed,
  secondsPer,
  withBaseline,
} from '../../../actions/perf-report/regressions.ts';
import type { Benchmark } from '../../../actions/perf-report/report.ts';
import { comparisonReport } from './helpers.ts';

describe('regressed: slower than baseline x threshold, never under one second', () => {
  test.each([
    // smaller is better, durations in ms
    [100_000, 114_000, 'ms', false, false],
    [100_000, 116_000, 'ms', false, true],
    [100_000, 115_000, 'ms', false, false],
    [2_000, 2_900, 'ms', false, false], // +45% but under 1 s: noise
    [2_000, 3_000, 'ms', false, true], // exactly 1 s counts
    [100_000, 50_000, 'ms', false, false],
    [0, 999, 'ms', false, false],
    [0, 1_000, 'ms', false, true],
    // benchmark units of time: the noise floor is one second in that unit
    [2.0, 3.5, 's', false, true],
    [2.0, 2.5, 's', false, false], // +25% but half a second: noise
    [0.2, 0.9, 's', false, false],
    [200, 900, 'ms', false, false],
    [1e9, 3e9, 'ns', false, true],
    [1, 2, 'min', false, true],
    // not a time: the threshold alone
    [100, 116, 'MB', false, true],
    [100, 114, 'MB', false, false],
    // bigger is better
    [1000, 860, 'ops/sec', true, true],
    [1000, 870, 'ops/sec', true, false],
    [1000, 2000, 'ops/sec', true, false],
  ])('%d → %d %s (bigger %s): %s', (baseline, current, unit, biggerIsBetter, expected) => {
    expect(regressed({ baseline, current, unit, biggerIsBetter }, 1.15)).toBe(expected);
  });

  test('threshold 1 counts any slowdown of a second or more', () => {
    expect(
      regressed({ baseline: 10_000, current: 11_000, unit: 'ms', biggerIsBetter: false }, 1),
    ).toBe(true);
    expect(
      regressed({ baseline: 10_000, current: 10_000, unit: 'ms', biggerIsBetter: false }, 1),
    ).toBe(false);
  });

  test.each([
    ['ms', 0.001],
    ['MS', 0.001],
    ['s', 1],
    ['µs', 1e-6],
    ['us', 1e-6],
    ['ns', 1e-9],
    ['seconds', 1],
    ['min', 60],
    ['ops/sec', undefined],
    ['MB', undefined],
  ])('secondsPer(%s) = %s', (unit, seconds) => {
    expect(secondsPer(unit)).toBe(seconds);
  });
});

describe('findRegressions against an earlier report', () => {
  const bench = (name: string, value: number, unit = 'ms', biggerIsBetter = false): Benchmark => ({
    suite: 'bench/b.json',
    name,
    value,
    unit,
    biggerIsBetter,
  });

  test('the same run has none', () => {
    const report = comparisonReport({}, { benchmarks: [bench('parse', 2000)] });
    expect(findRegressions(report, report, 1.15)).toEqual([]);
  });

  test('a slower run: per-runner phase totals, per-job durations', () => {
    const baseline = comparisonReport();
    const slower = comparisonReport({ scale: 1.5 });
    const found = findRegressions(slower, baseline, 1.15);
    const names = found.map((r) => `${r.kind}: ${r.name}`);
    expect(names).toEqual([
      'phase: M4 / install',
      'phase: M4 / build',
      'phase: M4 / test',
      'phase: M4 / lint',
      'phase: ubuntu-latest / install',
      'phase: ubuntu-latest / build',
      'phase: ubuntu-latest / test',
      'phase: ubuntu-latest / lint',
      'job: build (M4)',
      'job: build (ubuntu-latest)',
    ]);
    const m4Build = found.find((r) => r.name === 'build (M4)');
    expect(m4Build).toMatchObject({ baseline: 135_000, unit: 'ms', biggerIsBetter: false });
    expect(m4Build?.current).toBeGreaterThan(135_000 * 1.15);
    expect(m4Build?.ratio).toBeCloseTo(m4Build ? m4Build.current / 135_000 : 0, 5);
  });

  test('a slightly slower run stays under the threshold', () => {
    const found = findRegressions(comparisonReport({ scale: 1.1 }), comparisonReport(), 1.15);
    expect(found).toEqual([]);
  });

  test('benchmarks by suite and name, with their direction; a changed unit is not compared', () => {
    const baseline = comparisonReport(
      {},
      {
        benchmarks: [
          bench('parse', 2000),
          bench('ops', 1000, 'ops/sec', true),
          bench('size', 10, 'MB'),
          bench('new unit', 5, 's'),
        ],
      },
    );
    const current = comparisonReport(
      {},
      {
        benchmarks: [
          bench('parse', 3500),
          bench('ops', 700, 'ops/sec', true),
          bench('size', 10, 'MB'),
          bench('new unit', 50, 'ms'),
          bench('added', 9),
        ],
      },
    );
    expect(
      findRegressions(current, baseline, 1.15).map((r) => [r.kind, r.name, r.baseline, r.current]),
    ).toEqual([
      ['benchmark', 'bench/b.json › parse', 2000, 3500],
      ['benchmark', 'bench/b.json › ops', 1000, 700],
    ]);
  });

  test('jobs and runners missing from the baseline are not compared', () => {
    const baseline = { ...comparisonReport({ job: 'compile' }), runners: [] };
    const current = comparisonReport({ scale: 2 });
    expect(findRegressions(current, baseline, 1.15)).toEqual([]);
    // The same comparison with the runners present does count the phases.
    const withRunners = comparisonReport({ job: 'compile' });
    expect(findRegressions(current, withRunners, 1.15).map((r) => r.kind)).toContain('phase');
  });

  test('withBaseline records the source and the regressions', () => {
    const baseline = comparisonReport({}, { runId: 77 });
    const report = withBaseline(comparisonReport({ scale: 1.5 }), baseline, 'reports/main.json');
    expect(report.baseline).toEqual({
      source: 'reports/main.json',
      runId: 77,
      createdAt: baseline.createdAt,
    });
    expect(report.regressions).toHaveLength(10);
    const none = withBaseline(comparisonReport(), undefined, '');
    expect(none.baseline).toBeNull();
    expect(none.regressions).toEqual([]);
  });
});
