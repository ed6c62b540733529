import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBenchmarkFile } from '../../../actions/perf-report/benchmarks.ts';
import { renderMarkdown } from '../../../actions/perf-report/markdown.ts';
import {
  durationRegressed,
  findRegressions,
  judgeBenchmark,
  withBaseline,
  worse,
} from '../../../actions/perf-report/regressions.ts';
import type { Benchmark } from '../../../actions/perf-report/report.ts';
import { DEFAULT_FLOORS, type NoiseFloors } from '../../../actions/perf-report/units.ts';
import { comparisonReport } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'perf-report');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('phase and job durations: worse than baseline x threshold, never under one second', () => {
  test.each([
    [100_000, 114_000, false],
    [100_000, 116_000, true],
    [100_000, 115_000, false], // exactly x 1.15 is not worse
    [2_000, 2_900, false], // +45% but under 1 s: noise
    [2_000, 3_000, true], // exactly 1 s counts
    [100_000, 50_000, false],
    [0, 999, false],
    [0, 1_000, true],
  ])('%d ms → %d ms: %s', (baseline, current, expected) => {
    expect(durationRegressed(baseline, current, 1.15)).toBe(expected);
  });

  test('threshold 1 counts any slowdown of a second or more', () => {
    expect(durationRegressed(10_000, 11_000, 1)).toBe(true);
    expect(durationRegressed(10_000, 10_000, 1)).toBe(false);
  });

  test.each([
    [1000, 870, true, false],
    [1000, 869, true, true],
    [1000, 2000, true, false],
    [100, 115, false, false],
    [100, 115.01, false, true],
  ])('worse: %d → %d (bigger %s): %s, strictly past the ratio', (baseline, current, bigger, w) => {
    expect(worse({ baseline, current, biggerIsBetter: bigger }, 1.15)).toBe(w);
  });
});

const row = (value: number, unit: string, extra: Partial<Benchmark> = {}): Benchmark => ({
  suite: 'b.json',
  name: 'x',
  value,
  unit,
  biggerIsBetter: false,
  ...extra,
});

// docs/decisions/perf-report-regressions.md, docs/decisions/benchmark-units.md
describe('judgeBenchmark: converted units, the spread and the noise floor', () => {
  const judge = (
    old: Benchmark | undefined,
    now: Benchmark,
    floors: NoiseFloors = DEFAULT_FLOORS,
  ) => judgeBenchmark(now, old, 1.15, floors);

  test('the issue’s case: 100 ns/iter against 0.21 us/iter is a 2.1x regression', () => {
    const verdict = judge(row(100, 'ns/iter'), row(0.21, 'us/iter'));
    expect(verdict.status).toBe('compared');
    expect(verdict.baseline).toBeCloseTo(0.1, 12);
    expect(verdict.regressed).toBe(true);
    expect(0.21 / (verdict.baseline as number)).toBeCloseTo(2.1, 12);
  });

  test('hyperfine 52 ms → 155 ms (3x), stddev 2.1 ms and 3.4 ms: a regression', () => {
    const verdict = judge(
      row(0.052, 's', { rangeValue: 0.0021 }),
      row(0.155, 's', { rangeValue: 0.0034 }),
    );
    expect(verdict).toEqual({
      status: 'compared',
      baseline: 0.052,
      noise: 2 * (0.0021 + 0.0034),
      regressed: true,
    });
  });

  test.each([
    // every time unit alike: ns, ns/iter, ns/op, ms, s
    [100, 210, 'ns', true],
    [100, 210, 'ns/iter', true],
    [100, 210, 'ns/op', true],
    [52, 155, 'ms', true],
    [0.052, 0.155, 's', true],
    [2, 2.5, 's', true], // +25%, half a second: counts now
    // the default floor: one nanosecond
    [1, 2, 'ns/iter', false], // Δ exactly 1 ns: not more than the floor
    [1, 2.01, 'ns/iter', true],
    [0.001, 0.002, 'us', false],
    [0.001, 0.0021, 'us', true],
    // under the threshold
    [100, 114, 'ns', false],
    [100, 115, 'ms', false],
    // faster
    [100, 50, 'ns', false],
  ])('%d → %d %s: %s', (was, now, unit, regressed) => {
    expect(judge(row(was, unit), row(now, unit)).regressed).toBe(regressed);
  });

  test.each([
    // 61 ± 18.3 ms → 105 ± 20.1 ms: 1.7x, but within twice the spreads (76.8 ms)
    [0.061, 0.0183, 0.105, 0.0201, false],
    // the spreads added up and doubled is the noise: a change of exactly that does not count
    [10, 1, 14, 1, false],
    [10, 1, 14.001, 1, true],
    // one side's range alone
    [10, 2, 14, undefined, false],
    [10, 2, 14.001, undefined, true],
    [10, undefined, 13.9, 2, false],
    [10, undefined, 14.001, 2, true],
  ])('%d ± %s → %d ± %s: %s', (was, wasRange, now, nowRange, regressed) => {
    const verdict = judge(
      row(was, 'ms', wasRange === undefined ? {} : { rangeValue: wasRange }),
      row(now, 'ms', nowRange === undefined ? {} : { rangeValue: nowRange }),
    );
    expect(verdict.regressed).toBe(regressed);
  });

  test('the baseline’s range is converted into the current unit', () => {
    // 100 ± 30 ns/iter → 0.16 us/iter: Δ 60 ns, noise 2 x (30 + 0) = 60 ns.
    expect(judge(row(100, 'ns/iter', { rangeValue: 30 }), row(0.16, 'us/iter')).noise).toBeCloseTo(
      0.06,
      12,
    );
    expect(judge(row(100, 'ns/iter', { rangeValue: 30 }), row(0.16, 'us/iter')).regressed).toBe(
      false,
    );
    expect(judge(row(100, 'ns/iter', { rangeValue: 29 }), row(0.16, 'us/iter')).regressed).toBe(
      true,
    );
  });

  test('a baseline written before `rangeValue` has its range text read', () => {
    const old = row(2, 's', { range: '± 0.3' });
    expect(judge(old, row(2.5, 's')).regressed).toBe(false); // noise 0.6 s
    expect(judge(old, row(2.5, 's')).noise).toBeCloseTo(0.6, 12);
    expect(judge(old, row(2.7, 's')).regressed).toBe(true);
  });

  test.each([['wide'], [-5], [Number.NaN], [null]])(
    'a baseline whose rangeValue is %j falls back to its range text',
    (odd) => {
      const old = row(2, 's', { range: '± 0.3', rangeValue: odd as number });
      expect(judge(old, row(2.5, 's')).noise).toBeCloseTo(0.6, 12);
      expect(judge(row(2, 's', { rangeValue: odd as number }), row(2.5, 's')).regressed).toBe(true);
    },
  );

  test('benchmark-noise-floor: in any time unit, for every time unit', () => {
    const floors = new Map([['time', 0.001]]); // 1ms
    expect(judge(row(1, 'ms'), row(1.5, 'ms'), floors).regressed).toBe(false);
    expect(judge(row(1, 'ms'), row(2.5, 'ms'), floors).regressed).toBe(true);
    expect(judge(row(0.001, 's'), row(0.0025, 's'), floors).regressed).toBe(true);
    expect(judge(row(1e6, 'ns/iter'), row(1.5e6, 'ns/iter'), floors).regressed).toBe(false);
    expect(judge(row(1e6, 'ns/iter'), row(2.5e6, 'ns/iter'), floors).regressed).toBe(true);
    expect(judge(row(1, 'ms'), row(2.5, 'ms'), floors).noise).toBeCloseTo(1, 12);
  });

  test('benchmark-noise-floor for a rate and for another unit; none by default', () => {
    const up = { biggerIsBetter: true };
    const floors = new Map([
      ['rate:ops', 100],
      ['unit:MB', 5],
    ]);
    expect(judge(row(1000, 'ops/s', up), row(700, 'ops/s', up), floors).regressed).toBe(true);
    expect(judge(row(500, 'ops/s', up), row(400, 'ops/s', up), floors).regressed).toBe(false);
    expect(judge(row(0.5, 'ops/ms', up), row(0.4, 'ops/ms', up), floors).regressed).toBe(false);
    expect(judge(row(500, 'ops/s', up), row(400, 'ops/s', up)).regressed).toBe(true);
    expect(judge(row(10, 'MB'), row(14, 'MB'), floors).regressed).toBe(false);
    expect(judge(row(10, 'MB'), row(16, 'MB'), floors).regressed).toBe(true);
  });

  test('bigger is better: ops/s against ops/ms', () => {
    const up = { biggerIsBetter: true };
    const verdict = judge(row(250_000, 'ops/s', up), row(180, 'ops/ms', up));
    expect(verdict.baseline).toBeCloseTo(250, 12);
    expect(verdict.regressed).toBe(true);
    expect(judge(row(250_000, 'ops/s', up), row(220, 'ops/ms', up)).regressed).toBe(false);
  });

  test.each([
    [undefined, row(1, 'ms'), 'new'],
    [row(1, 'ms'), row(1, 'ops/s'), 'unit-changed'],
    [row(1, 'ms'), row(1, 'ms/iter'), 'unit-changed'],
    [row(1, 'MB'), row(1, 'mb'), 'unit-changed'],
    [row(1, 'ms'), row(9, 'ms', { failed: 'all 3 runs exited non-zero (exit code 1)' }), 'failed'],
    [
      row(9, 'ms', { failed: 'its only run exited non-zero (exit code 1)' }),
      row(1, 'ms'),
      'baseline-failed',
    ],
  ])('%j → %j: %s, never a regression', (old, now, status) => {
    expect(judge(old, now)).toEqual({ status, regressed: false });
  });
});

describe('fixture pairs against each other', () => {
  const reportOf = (...files: string[]) =>
    comparisonReport(
      {},
      { benchmarks: files.flatMap((f) => parseBenchmarkFile(fixture(f), f, 'bench.json')) },
    );

  test('github-action-benchmark units: converted before comparing', () => {
    const baseline = reportOf('gab-units-base.json');
    const current = withBaseline(reportOf('gab-units-now.json'), baseline, 'main.json');
    expect(current.regressions.map((r) => [r.name, r.current, r.unit])).toEqual([
      ['bench.json › parse manifest', 0.21, 'us/iter'],
      ['bench.json › cache lookups', 180, 'ops/ms'],
    ]);
    const [parse, lookups] = current.regressions;
    expect(parse?.baseline).toBeCloseTo(0.1, 12);
    expect(parse?.ratio).toBeCloseTo(2.1, 12);
    expect(lookups?.baseline).toBeCloseTo(250, 12);
    expect(lookups?.ratio).toBeCloseTo(0.72, 12);
    const text = renderMarkdown({ report: current, baselineBenchmarks: baseline.benchmarks });
    expect(text).toContain(
      '| parse manifest | 0.21 us/iter +/- 0.004 | smaller | 100 ns/iter +/- 3 | +110.0% **regression** |',
    );
    expect(text).toContain('| encode frame | 2.4 μs/iter | smaller | 2.5 µs/iter ± 0.1 | -4.0% |');
    expect(text).toContain(
      '| cache lookups | 180 ops/ms | bigger | 250,000 ops/s | -28.0% **regression** |',
    );
    expect(text).toContain(
      '| render page | 25 ops/s | bigger | 40 ms | not comparable (unit was ms) |',
    );
    expect(text).toContain(
      '| bench.json › parse manifest | benchmark | 0.1 us/iter | 0.21 us/iter | +110.0% |',
    );
  });

  test('hyperfine: sub-second regressions count; noisy ones and failed results do not', () => {
    const baseline = reportOf('hyperfine-fast-base.json');
    const current = withBaseline(reportOf('hyperfine-fast-now.json'), baseline, 'main.json');
    expect(current.regressions.map((r) => [r.name, r.baseline, r.current, r.unit])).toEqual([
      ['bench.json › node dist/check-runner/index.js', 0.052, 0.155, 's'],
    ]);
    const text = renderMarkdown({ report: current, baselineBenchmarks: baseline.benchmarks });
    expect(text).toContain(
      '| benchmark | value | better | baseline | change | notes |\n| --- | --- | --- | --- | --- | --- |',
    );
    expect(text).toContain(
      '| node dist/check-runner/index.js | 0.155 s ± 0.0034 | smaller | 0.052 s ± 0.0021 | +198.1% **regression** |  |',
    );
    expect(text).toContain(
      '| node dist/select-runner/index.js | 0.105 s ± 0.0201 | smaller | 0.061 s ± 0.0183 | +72.1% |  |',
    );
    expect(text).toContain(
      '| node dist/job-cleanup/index.js | **failed**: all 5 runs exited non-zero (exit code 1) | smaller | 0.048 s ± 0.0012 | **failed** |  |',
    );
    expect(text).toContain(
      '| node dist/setup-m4-env/index.js | 0.071 s ± 0.009 | smaller | — | new | 2 of 5 runs exited non-zero (exit codes 2, signal) |',
    );
    // The regressions table shows seconds as seconds, not as a rounded duration.
    expect(text).toContain(
      '| bench.json › node dist/check-runner/index.js | benchmark | 0.052 s | 0.155 s | +198.1% |',
    );
  });

  test('the same files against themselves: no regression', () => {
    for (const f of ['gab-units-now.json', 'hyperfine-fast-now.json', 'gab-custom-bigger.json']) {
      expect(findRegressions(reportOf(f), reportOf(f), 1)).toEqual([]);
    }
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

  test('benchmarks by suite and name, with their direction; a changed unit is converted', () => {
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
    // A benchmark in ms is shown in its unit, not as a duration rounded to seconds.
    const text = renderMarkdown({
      report: withBaseline(current, baseline, 'main.json'),
      baselineBenchmarks: baseline.benchmarks,
    });
    expect(text).toContain('| bench/b.json › parse | benchmark | 2,000 ms | 3,500 ms | +75.0% |');
    expect(text).toContain('| new unit | 50 ms | smaller | 5 s | -99.0% |');
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
