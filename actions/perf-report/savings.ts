/**
 * Net savings: the jobs that only choose or check a runner (select-runner, check-runner) are
 * themselves GitHub-hosted jobs, billed at least a minute each per run. They are the overhead of
 * choosing, subtracted from the GitHub-hosted minutes the paired jobs would bill.
 * See docs/decisions/perf-report-overhead.md.
 */
import { mdMoney, mdText, plural } from '../lib/summary.ts';
import { nameFilter } from './glob.ts';
import type { ApiJob } from './jobs.ts';
import { runnerKind } from './jobs.ts';
import { billableMinutes } from './measure.ts';
import type { Report } from './report.ts';

/**
 * A step that runs select-runner or check-runner, as the jobs API names it. The API gives step
 * names only, and GitHub names a `uses:` step without a `name:` after its reference:
 * `Run octo/runner-actions/select-runner@v1`, `Post Run …`, `Run ./select-runner`. A renamed
 * step is not recognised: name its job in `overhead-jobs`.
 */
export const OVERHEAD_STEP = /\/(select|check)-runner(@\S*)?\s*$/i;

export interface Overhead {
  /** Names of the overhead jobs, in the run's order. */
  jobs: string[];
  /** Billable GitHub-hosted minutes of those jobs (each rounded up; self-hosted ones bill none). */
  minutes: number;
}

export type OverheadJob = Pick<ApiJob, 'name' | 'steps'>;

/** Does the job only choose or check a runner: a select/check-runner step, or named by a glob? */
export function overheadMatcher(globs: readonly string[]): (job: OverheadJob) => boolean {
  const named = globs.length > 0 ? nameFilter(globs) : () => false;
  return (job) => named(job.name) || (job.steps ?? []).some((s) => OVERHEAD_STEP.test(s.name));
}

const time = (iso: string | null | undefined): number | undefined => {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? t : undefined;
};

/**
 * The overhead of a run: every overhead job that ran (whatever its conclusion, and whatever the
 * `jobs` input includes: choosing the runner costs the same), billed if GitHub-hosted.
 */
export function overheadOf(
  jobs: readonly ApiJob[],
  isOverhead: (job: OverheadJob) => boolean,
): Overhead {
  const out: Overhead = { jobs: [], minutes: 0 };
  for (const job of jobs) {
    if (!isOverhead(job) || job.status !== 'completed' || job.conclusion === 'skipped') continue;
    const start = time(job.started_at);
    const end = time(job.completed_at);
    if (start === undefined || end === undefined || end < start) continue;
    out.jobs.push(job.name);
    if (runnerKind(job) === 'github-hosted')
      out.minutes += Math.max(1, billableMinutes(end - start));
  }
  return out;
}

/** GitHub-hosted minutes avoided per run, net of the overhead; null without a pair. */
export function netMinutes(report: Pick<Report, 'savings' | 'overhead'>): number | null {
  if (!report.savings) return null;
  return report.savings.hostedMinutes - (report.overhead?.minutes ?? 0);
}

const minutes = (n: number) => plural(n, 'billable GitHub-hosted minute');

/** `net 6 billable GitHub-hosted minutes saved per run` (or `lost`); undefined without a pair. */
export function netText(report: Pick<Report, 'savings' | 'overhead'>): string | undefined {
  const net = netMinutes(report);
  if (net === null) return undefined;
  return `net ${minutes(Math.abs(net))} ${net >= 0 ? 'saved' : 'lost'} per run`;
}

/** The money line's net sentence (Markdown; job names escaped). */
export function netSentence(report: Pick<Report, 'savings' | 'overhead'>): string | undefined {
  const net = netMinutes(report);
  const s = report.savings;
  if (net === null || !s) return undefined;
  const overhead = report.overhead ?? { jobs: [], minutes: 0 };
  const usd = Math.round(net * s.pricePerMinute * 10_000) / 10_000;
  const result = `**net ${net >= 0 ? '' : 'loss of '}${minutes(Math.abs(net))} per run, about ${mdMoney(Math.abs(usd))}**`;
  if (overhead.jobs.length === 0) {
    return `No job chose or checked a runner, so that is the ${result}.`;
  }
  const shown = overhead.jobs.slice(0, 5).map(mdText).join(', ');
  const more = overhead.jobs.length > 5 ? ` and ${overhead.jobs.length - 5} more` : '';
  const n = overhead.jobs.length;
  return `Choosing the runner costs ${minutes(overhead.minutes)} (${n} job${n === 1 ? '' : 's'}: ${shown}${more}), so that is a ${result}.`;
}
