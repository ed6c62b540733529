import { describe, expect, test } from 'vitest';
import type { ApiJob } from '../../../actions/perf-report/jobs.ts';
import {
  billableMinutes,
  LINUX_2_CORE_PRICE,
  median,
  queueStats,
  ratio,
  round2,
  savings,
} from '../../../actions/perf-report/measure.ts';
import type { Pair } from '../../../actions/perf-report/pairing.ts';
import { parsePrices, TABLE_PRICES } from '../../../actions/perf-report/prices.ts';
import { comparisonRun, EXAMPLE, M4, UBUNTU } from '../../support/comparison-run.ts';
import { comparisonReport, reportOf } from './helpers.ts';

describe('small figures', () => {
  test.each([
    [[], 0],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median %j = %d', (values, m) => {
    expect(median(values)).toBe(m);
  });

  test('queue stats', () => {
    expect(queueStats([2000, 9000, 4000])).toEqual({
      jobs: 3,
      medianMs: 4000,
      maxMs: 9000,
      totalMs: 15000,
    });
    expect(queueStats([])).toEqual({ jobs: 0, medianMs: 0, maxMs: 0, totalMs: 0 });
  });

  test.each([
    [0, 0],
    [1, 1],
    [60_000, 1],
    [60_001, 2],
    [390_000, 7],
  ])('%d ms bill %d minutes', (ms, minutes) => {
    expect(billableMinutes(ms)).toBe(minutes);
  });

  test('ratio has two decimals and needs a self-hosted time', () => {
    expect(ratio(390, 135)).toBe(2.89);
    expect(ratio(100, 0)).toBeNull();
    expect(round2(2.774)).toBe(2.77);
  });

  test("the default price is GitHub's Linux 2-core rate", () => {
    expect(LINUX_2_CORE_PRICE).toBe(0.006);
  });
});

describe('buildReport over the comparison run (2m15s vs 6m30s)', () => {
  const report = comparisonReport();

  test('speedup = sum hosted / sum self-hosted, two decimals', () => {
    expect(report.speedup).toBe(round2(EXAMPLE.hostedSeconds / EXAMPLE.selfSeconds));
    expect(report.speedup).toBe(2.89);
  });

  test('one comparison, with per-phase times', () => {
    expect(report.comparisons).toEqual([
      {
        selfHosted: 'M4',
        hosted: 'ubuntu-latest',
        pairs: 1,
        selfMs: 135_000,
        hostedMs: 390_000,
        speedup: 2.89,
        savedMs: 255_000,
        phases: {
          install: { selfMs: 27_000, hostedMs: 80_000 },
          build: { selfMs: 38_000, hostedMs: 118_000 },
          test: { selfMs: 54_000, hostedMs: 152_000 },
          lint: { selfMs: 9_000, hostedMs: 27_000 },
          other: { selfMs: 7_000, hostedMs: 13_000 },
        },
      },
    ]);
  });

  test('savings: summed job time, billable hosted minutes, money at the price', () => {
    expect(report.savings).toEqual({
      timeMs: 255_000,
      hostedMinutes: 7,
      pricePerMinute: 0.008,
      money: 0.056,
      rates: [{ sku: 'linux', usd: 0.008, source: 'input', minutes: 7 }],
    });
    const mac = comparisonReport({}, { price: 0.08 });
    expect(mac.savings?.money).toBe(0.56);
  });

  test('per-runner totals and queue waits (created_at to started_at)', () => {
    expect(report.runners.map((r) => [r.runner, r.kind, r.jobs, r.durationMs])).toEqual([
      ['M4', 'self-hosted', 1, 135_000],
      ['ubuntu-latest', 'github-hosted', 2, 393_000],
    ]);
    expect(report.runners[0]?.queue).toEqual({
      jobs: 1,
      medianMs: M4.queueSeconds * 1000,
      maxMs: 2000,
      totalMs: 2000,
    });
    expect(report.runners[1]?.queue.maxMs).toBe(UBUNTU.queueSeconds * 1000);
    expect(report.runners[0]?.phases.build).toBe(38_000);
  });

  test('jobs record their pair', () => {
    const [select, self, hosted] = report.jobs;
    expect(select?.pairedWith).toBeUndefined();
    expect(self?.pairedWith).toBe(hosted?.id);
    expect(hosted?.pairedWith).toBe(self?.id);
    expect(report.skipped).toEqual({ 'not completed': 1 });
  });

  test('without a pair: no speedup, no savings, still every job', () => {
    const only = comparisonRun().filter((j) => j.name !== 'build (ubuntu-latest)') as ApiJob[];
    const r = reportOf(only);
    expect(r.speedup).toBeNull();
    expect(r.savings).toBeNull();
    expect(r.comparisons).toEqual([]);
    expect(r.jobs.map((j) => j.name)).toEqual(['select', 'build (M4)']);
  });

  test('several self-hosted runners: one comparison each, overall speedup over all pairs', () => {
    const linux = {
      ...M4,
      matrix: 'linux-arm64',
      labels: ['self-hosted', 'Linux', 'ARM64', 'linux-arm64'],
      runnerName: 'arm-01',
      steps: M4.steps.map((s) => ({ ...s, seconds: s.seconds * 2 })),
    };
    const jobs = [
      ...comparisonRun({ reportJob: false }),
      ...comparisonRun({ runId: 8_123_456_789, job: 'test', self: linux, reportJob: false }).slice(
        1,
      ),
    ].map((j, i) => ({ ...j, id: i + 1 })) as ApiJob[];
    const r = reportOf(jobs);
    expect(r.comparisons.map((c) => [c.selfHosted, c.hosted, c.speedup])).toEqual([
      ['M4', 'ubuntu-latest', 2.89],
      ['linux-arm64', 'ubuntu-latest', 1.44],
    ]);
    expect(r.speedup).toBe(round2(780 / 405));
  });
});

describe('savings: each hosted job at the price of its runner', () => {
  const pair = (labels: string[], hostedMs: number, selfMs = 1000) =>
    ({ self: { durationMs: selfMs }, hosted: { durationMs: hostedMs, labels } }) as unknown as Pair;
  const pairs = [
    pair(['ubuntu-latest'], 61_000), // 2 minutes
    pair(['macos-15'], 180_000), // 3 minutes
    pair(['ubuntu-24.04'], 1_000), // 1 minute
    pair(['my-16-core'], 60_000), // 1 minute, no image label
  ];

  test("GitHub's table: minutes grouped by price, the money their sum", () => {
    expect(savings(pairs, TABLE_PRICES)).toEqual({
      timeMs: 61_000 + 180_000 + 1_000 + 60_000 - 4_000,
      hostedMinutes: 7,
      // (3 x 0.006 + 3 x 0.062 + 1 x 0.006) / 7
      pricePerMinute: 0.03,
      money: 0.21,
      rates: [
        { sku: 'linux', usd: 0.006, source: 'table', minutes: 3 },
        { sku: 'macos', usd: 0.062, source: 'table', minutes: 3 },
        { sku: 'linux', usd: 0.006, source: 'assumed', minutes: 1 },
      ],
    });
  });

  test('one price for all: that price, one group per SKU', () => {
    const s = savings(pairs, parsePrices('0.5'));
    expect([s?.pricePerMinute, s?.money]).toEqual([0.5, 3.5]);
    expect(s?.rates).toEqual([
      { sku: 'linux', usd: 0.5, source: 'input', minutes: 4 },
      { sku: 'macos', usd: 0.5, source: 'input', minutes: 3 },
    ]);
    expect(savings(pairs, 0.5)).toEqual(s);
  });

  test('no pair: nothing', () => {
    expect(savings([], TABLE_PRICES)).toBeNull();
  });
});
