/** Reports built from the comparison-run fixture, for the perf-report unit tests. */
import { type ApiJob, measureJobs } from '../../../actions/perf-report/jobs.ts';
import { buildReport } from '../../../actions/perf-report/measure.ts';
import { pairJobs } from '../../../actions/perf-report/pairing.ts';
import { parsePhases, phaseNames } from '../../../actions/perf-report/phases.ts';
import type { Benchmark, Report } from '../../../actions/perf-report/report.ts';
import { type ComparisonOptions, comparisonRun } from '../../support/comparison-run.ts';

export const PHASES = parsePhases([]);

export function measured(jobs: readonly ApiJob[]) {
  const m = measureJobs(jobs, PHASES);
  return { ...pairJobs(m.jobs), skipped: m.skipped };
}

export function reportOf(
  jobs: readonly ApiJob[],
  extra: { benchmarks?: Benchmark[]; price?: number; threshold?: number; runId?: number } = {},
): Report {
  const { jobs: timed, pairs, skipped } = measured(jobs);
  return buildReport({
    reportId: 'perf-report',
    createdAt: '2026-03-02T09:30:00.000Z',
    run: {
      repository: 'octo-org/octo-repo',
      runId: extra.runId ?? 8_123_456_789,
      runAttempt: 1,
      branch: 'main',
      sha: 'a'.repeat(40),
      event: 'push',
    },
    phases: phaseNames(PHASES),
    jobs: timed,
    pairs,
    skipped,
    benchmarks: extra.benchmarks ?? [],
    pricePerMinute: extra.price ?? 0.008,
    threshold: extra.threshold ?? 1.15,
  });
}

export const comparisonReport = (options: ComparisonOptions = {}, extra = {}) =>
  reportOf(comparisonRun(options) as ApiJob[], extra);
