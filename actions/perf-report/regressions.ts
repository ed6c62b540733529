/**
 * Regressions against a baseline report: per-runner phase totals, per-job durations and benchmark
 * values. Worse than baseline x threshold is a regression (for bigger-is-better values: below
 * baseline / threshold), when the change is not noise: for phases and jobs a change under one
 * second is noise; a benchmark's change must exceed twice its two spreads added up and the noise
 * floor of its unit (docs/decisions/perf-report-regressions.md). Benchmarks are compared in one
 * unit (docs/decisions/benchmark-units.md).
 */
import { OTHER } from './phases.ts';
import type { Benchmark, Regression, RegressionKind, Report } from './report.ts';
import { convert, DEFAULT_FLOORS, floorFor, type NoiseFloors, parseRange } from './units.ts';

/** Phase and job durations: changes smaller than this are noise. */
export const NOISE_MS = 1000;

/**
 * A benchmark's change must be larger than this many times the baseline's and the current
 * spread added up: with hyperfine's stddev, their ±2σ bands do not touch.
 */
export const SPREAD_FACTOR = 2;

export interface Change {
  baseline: number;
  current: number;
  unit: string;
  biggerIsBetter: boolean;
}

/**
 * Worse than the threshold allows: current / baseline > threshold (bigger-is-better: baseline /
 * current > threshold), as github-action-benchmark's alert compares.
 */
export function worse(c: Omit<Change, 'unit'>, threshold: number): boolean {
  // A hair of tolerance, so 100 x 1.15 is not "slower" than 115 by a rounding error.
  return c.biggerIsBetter
    ? c.current * threshold < c.baseline * (1 - 1e-9)
    : c.current > c.baseline * threshold * (1 + 1e-9);
}

/** A phase or job duration (milliseconds) regressed: worse, and by one second or more. */
export function durationRegressed(baselineMs: number, currentMs: number, threshold: number) {
  return (
    worse({ baseline: baselineMs, current: currentMs, biggerIsBetter: false }, threshold) &&
    currentMs - baselineMs >= NOISE_MS
  );
}

export type BenchmarkStatus = 'new' | 'unit-changed' | 'failed' | 'baseline-failed' | 'compared';

export interface BenchmarkVerdict {
  /**
   * `new`: no baseline row of that suite and name; `unit-changed`: the units do not convert;
   * `failed` / `baseline-failed`: a side is flagged failed (not a normal result); `compared`.
   */
  status: BenchmarkStatus;
  /** The baseline's value in the current row's unit (when compared). */
  baseline?: number;
  /** A change must be larger than this to count, in the current row's unit (when compared). */
  noise?: number;
  regressed: boolean;
}

/**
 * The spread as a number: `rangeValue`, or its `range` text read (reports written before it, or
 * a baseline file whose `rangeValue` is not a number of zero or more).
 */
function spreadOf(b: Benchmark): number | undefined {
  const v: unknown = b.rangeValue;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0
    ? v
    : parseRange(b.range, b.value, b.unit);
}

/** One benchmark against its baseline row: comparable? regressed? */
export function judgeBenchmark(
  current: Benchmark,
  old: Benchmark | undefined,
  threshold: number,
  floors: NoiseFloors = DEFAULT_FLOORS,
): BenchmarkVerdict {
  if (!old) return { status: 'new', regressed: false };
  if (current.failed) return { status: 'failed', regressed: false };
  if (old.failed) return { status: 'baseline-failed', regressed: false };
  const baseline = convert(old.value, old.unit, current.unit);
  if (baseline === undefined) return { status: 'unit-changed', regressed: false };
  const oldSpread = spreadOf(old);
  const spread =
    SPREAD_FACTOR *
    ((oldSpread === undefined ? 0 : (convert(oldSpread, old.unit, current.unit) ?? 0)) +
      (spreadOf(current) ?? 0));
  const noise = Math.max(spread, floorFor(floors, current.unit));
  const regressed =
    worse(
      { baseline, current: current.value, biggerIsBetter: current.biggerIsBetter },
      threshold,
    ) && Math.abs(current.value - baseline) > noise;
  return { status: 'compared', baseline, noise, regressed };
}

/** Benchmarks match by suite and name. */
export const benchKey = (b: Pick<Benchmark, 'suite' | 'name'>) => `${b.suite}\u0000${b.name}`;

export function findRegressions(
  current: Report,
  baseline: Report,
  threshold: number,
  floors: NoiseFloors = DEFAULT_FLOORS,
) {
  const found: Regression[] = [];
  const add = (kind: RegressionKind, name: string, change: Change) => {
    found.push({
      kind,
      name,
      ...change,
      ratio: change.baseline > 0 ? change.current / change.baseline : null,
    });
  };
  const duration = (kind: RegressionKind, name: string, was: number, now: number) => {
    if (!durationRegressed(was, now, threshold)) return;
    add(kind, name, { baseline: was, current: now, unit: 'ms', biggerIsBetter: false });
  };

  const before = new Map(baseline.runners.map((r) => [`${r.kind}\u0000${r.runner}`, r]));
  for (const runner of current.runners) {
    const old = before.get(`${runner.kind}\u0000${runner.runner}`);
    if (!old) continue;
    for (const phase of current.phases) {
      if (phase === OTHER) continue;
      const was = old.phases[phase];
      const now = runner.phases[phase];
      if (was === undefined || now === undefined) continue;
      duration('phase', `${runner.runner} / ${phase}`, was, now);
    }
  }

  const jobs = new Map<string, number>();
  for (const j of baseline.jobs) if (!jobs.has(j.name)) jobs.set(j.name, j.durationMs);
  const seen = new Set<string>();
  for (const job of current.jobs) {
    const was = jobs.get(job.name);
    if (was === undefined || seen.has(job.name)) continue;
    seen.add(job.name);
    duration('job', job.name, was, job.durationMs);
  }

  const benches = baselineBenchmarks(baseline.benchmarks);
  for (const bench of current.benchmarks) {
    const verdict = judgeBenchmark(bench, benches.get(benchKey(bench)), threshold, floors);
    if (!verdict.regressed || verdict.baseline === undefined) continue;
    add('benchmark', `${bench.suite} › ${bench.name}`, {
      baseline: verdict.baseline,
      current: bench.value,
      unit: bench.unit,
      biggerIsBetter: bench.biggerIsBetter,
    });
  }
  return found;
}

/** The baseline's benchmarks by suite and name (the first of a repeated name). */
export function baselineBenchmarks(list: readonly Benchmark[] = []): Map<string, Benchmark> {
  const map = new Map<string, Benchmark>();
  for (const b of list) if (!map.has(benchKey(b))) map.set(benchKey(b), b);
  return map;
}

/** The report with its baseline and regressions filled in. */
export function withBaseline(
  report: Report,
  baseline: Report | undefined,
  source: string,
  floors: NoiseFloors = DEFAULT_FLOORS,
): Report {
  if (!baseline) return report;
  return {
    ...report,
    baseline: { source, runId: baseline.run.runId, createdAt: baseline.createdAt },
    regressions: findRegressions(report, baseline, report.threshold, floors),
  };
}
