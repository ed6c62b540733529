/**
 * Net savings: the jobs that only choose or check a runner (select-runner, check-runner) are
 * themselves GitHub-hosted jobs, billed at least a minute each per run. They are the overhead of
 * choosing, subtracted from the GitHub-hosted minutes the paired jobs would bill.
 * See docs/decisions/perf-report-overhead.md; what they cost a month and a year is in budget.ts.
 */
import { mdMoney, mdText, plural } from '../lib/summary.ts';
import { nameFilter } from './glob.ts';
import type { ApiJob } from './jobs.ts';
import { runnerKind } from './jobs.ts';
import { billableMinutes } from './measure.ts';
import { type Prices, priceOf, RATES, TABLE_PRICES } from './prices.ts';
import type { RateUse, Report, Savings } from './report.ts';

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
  /** What those minutes cost, each job at its own price (absent in older reports). */
  money?: number;
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
  prices: Prices = TABLE_PRICES,
): Overhead {
  const out: Overhead = { jobs: [], minutes: 0, money: 0 };
  for (const job of jobs) {
    if (!isOverhead(job) || job.status !== 'completed' || job.conclusion === 'skipped') continue;
    const start = time(job.started_at);
    const end = time(job.completed_at);
    if (start === undefined || end === undefined || end < start) continue;
    out.jobs.push(job.name);
    if (runnerKind(job) === 'github-hosted') {
      const minutes = Math.max(1, billableMinutes(end - start));
      out.minutes += minutes;
      out.money = (out.money ?? 0) + minutes * priceOf(job.labels, prices).usd;
    }
  }
  out.money = Math.round((out.money ?? 0) * 10_000) / 10_000;
  return out;
}

/** GitHub-hosted minutes avoided per run, net of the overhead; null without a pair. */
export function netMinutes(report: Pick<Report, 'savings' | 'overhead'>): number | null {
  if (!report.savings) return null;
  return report.savings.hostedMinutes - (report.overhead?.minutes ?? 0);
}

const minutes = (n: number) => plural(n, 'billable GitHub-hosted minute');

/** Said after a per-run figure: the hosted twins did run, so it is what a run without them saves. */
export const WHAT_IF = '(what-if: the paired jobs on self-hosted alone)';

/**
 * `net 6 billable GitHub-hosted minutes saved per run (what-if: …)` (or `lost`); undefined without a
 * pair. The hosted twins ran in this run, so the figure is a what-if and says so.
 */
export function netText(report: Pick<Report, 'savings' | 'overhead'>): string | undefined {
  const net = netMinutes(report);
  if (net === null) return undefined;
  return `net ${minutes(Math.abs(net))} ${net >= 0 ? 'saved' : 'lost'} per run ${WHAT_IF}`;
}

/** The money line's net sentence (Markdown; job names escaped). */
export function netSentence(report: Pick<Report, 'savings' | 'overhead'>): string | undefined {
  const net = netMinutes(report);
  const s = report.savings;
  if (net === null || !s) return undefined;
  const overhead = report.overhead ?? { jobs: [], minutes: 0 };
  const overheadUsd = overhead.money ?? overhead.minutes * s.pricePerMinute;
  // Minutes and money can differ in sign when the overhead runs on a dearer runner: shown as is.
  const usd = Math.round((s.money - overheadUsd) * 10_000) / 10_000;
  const result = `**net ${net >= 0 ? '' : 'loss of '}${minutes(Math.abs(net))} per run, about ${mdMoney(net >= 0 ? usd : -usd)}**`;
  if (overhead.jobs.length === 0) {
    return `No job chose or checked a runner, so that is the ${result}.`;
  }
  const shown = overhead.jobs.slice(0, 5).map(mdText).join(', ');
  const more = overhead.jobs.length > 5 ? ` and ${overhead.jobs.length - 5} more` : '';
  const n = overhead.jobs.length;
  return `Choosing the runner costs ${minutes(overhead.minutes)} (${n} job${n === 1 ? '' : 's'}: ${shown}${more}), so that is a ${result}.`;
}

/**
 * How the hosted minutes were priced, after "about $X": `at &#36;0.006/minute (GitHub's Linux
 * 2-core rate)`, or per price when they differ; a runner no GitHub image label names is said to
 * be priced as Linux 2-core.
 */
export function rateText(s: Pick<Savings, 'pricePerMinute' | 'rates'>): string {
  const rates = s.rates ?? [];
  const what = (r: RateUse) =>
    r.source === 'input'
      ? 'price-per-minute'
      : r.source === 'assumed'
        ? 'no GitHub image label, so priced as Linux 2-core'
        : `GitHub's ${RATES[r.sku]?.what ?? r.sku} rate`;
  if (rates.length === 0) return `at ${mdMoney(s.pricePerMinute)}/minute`;
  if (rates.length === 1) {
    const r = rates[0] as RateUse;
    return `at ${mdMoney(r.usd)}/minute (${what(r)})`;
  }
  const parts = rates.map(
    (r) => `${plural(r.minutes, 'minute')} at ${mdMoney(r.usd)} (${what(r)})`,
  );
  return `(${parts.join(', ')})`;
}
