/**
 * Regressions against a baseline report: per-runner phase totals, per-job durations and benchmark
 * values. Slower than baseline x threshold is a regression (for bigger-is-better values: baseline
 * / threshold); a change under one second is noise and never counts
 * (docs/decisions/perf-report-regressions.md).
 */
import { OTHER } from './phases.ts';
import type { Benchmark, Regression, RegressionKind, Report } from './report.ts';

/** Changes smaller than this are noise. */
export const NOISE_MS = 1000;

const TIME_UNITS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
};

/** Seconds per unit for a unit of time (`ms` → 0.001), undefined for anything else. */
export function secondsPer(unit: string): number | undefined {
  return TIME_UNITS[unit.trim().toLowerCase()] ?? TIME_UNITS[unit.trim()];
}

export interface Change {
  baseline: number;
  current: number;
  unit: string;
  biggerIsBetter: boolean;
}

/** Is this change a regression at this threshold? */
export function regressed(c: Change, threshold: number): boolean {
  // A hair of tolerance, so 100 x 1.15 is not "slower" than 115 by a rounding error.
  const worse = c.biggerIsBetter
    ? c.current * threshold < c.baseline * (1 - 1e-9)
    : c.current > c.baseline * threshold * (1 + 1e-9);
  if (!worse) return false;
  const perSecond = secondsPer(c.unit);
  if (perSecond === undefined) return true;
  return Math.abs(c.current - c.baseline) * perSecond * 1000 >= NOISE_MS;
}

const benchKey = (b: Pick<Benchmark, 'suite' | 'name'>) => `${b.suite}\u0000${b.name}`;

export function findRegressions(current: Report, baseline: Report, threshold: number) {
  const found: Regression[] = [];
  const check = (kind: RegressionKind, name: string, change: Change) => {
    if (!regressed(change, threshold)) return;
    found.push({
      kind,
      name,
      ...change,
      ratio: change.baseline > 0 ? change.current / change.baseline : null,
    });
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
      check('phase', `${runner.runner} / ${phase}`, {
        baseline: was,
        current: now,
        unit: 'ms',
        biggerIsBetter: false,
      });
    }
  }

  const jobs = new Map<string, number>();
  for (const j of baseline.jobs) if (!jobs.has(j.name)) jobs.set(j.name, j.durationMs);
  const seen = new Set<string>();
  for (const job of current.jobs) {
    const was = jobs.get(job.name);
    if (was === undefined || seen.has(job.name)) continue;
    seen.add(job.name);
    check('job', job.name, {
      baseline: was,
      current: job.durationMs,
      unit: 'ms',
      biggerIsBetter: false,
    });
  }

  const benches = new Map(baseline.benchmarks.map((b) => [benchKey(b), b]));
  for (const bench of current.benchmarks) {
    const old = benches.get(benchKey(bench));
    if (!old || old.unit !== bench.unit) continue;
    check('benchmark', `${bench.suite} › ${bench.name}`, {
      baseline: old.value,
      current: bench.value,
      unit: bench.unit,
      biggerIsBetter: bench.biggerIsBetter,
    });
  }
  return found;
}

/** The report with its baseline and regressions filled in. */
export function withBaseline(report: Report, baseline: Report | undefined, source: string): Report {
  if (!baseline) return report;
  return {
    ...report,
    baseline: { source, runId: baseline.run.runId, createdAt: baseline.createdAt },
    regressions: findRegressions(report, baseline, report.threshold),
  };
}
