/** The report's figures from the timed, paired jobs: speedups, savings, per-runner totals. */
import type { JobTiming, RunnerKind } from './jobs.ts';
import type { Pair } from './pairing.ts';
import { type Prices, priceOf } from './prices.ts';
import type {
  Benchmark,
  Comparison,
  JobRecord,
  QueueStats,
  RateUse,
  Report,
  RunInfo,
  RunnerTotals,
  Savings,
} from './report.ts';
import { SCHEMA } from './report.ts';

/** GitHub's rate for a Linux 2-core hosted runner, USD per minute (prices.ts has the table). */
export const LINUX_2_CORE_PRICE = 0.006;

export const round2 = (n: number): number => Math.round(n * 100) / 100;

export function ratio(hosted: number, self: number): number | null {
  return self > 0 ? round2(hosted / self) : null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function queueStats(waits: readonly number[]): QueueStats {
  return {
    jobs: waits.length,
    medianMs: median(waits),
    maxMs: waits.reduce((m, w) => Math.max(m, w), 0),
    totalMs: waits.reduce((a, b) => a + b, 0),
  };
}

/** GitHub bills each job's minutes rounded up to the whole minute. */
export const billableMinutes = (ms: number): number => Math.ceil(ms / 60_000);

export function compare(pairs: readonly Pair[], phases: readonly string[]): Comparison[] {
  const groups = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const key = `${pair.self.runner}\u0000${pair.hosted.runner}`;
    const list = groups.get(key) ?? [];
    list.push(pair);
    groups.set(key, list);
  }
  const out: Comparison[] = [];
  for (const list of groups.values()) {
    const first = list[0] as Pair;
    const selfMs = sum(list.map((p) => p.self.durationMs));
    const hostedMs = sum(list.map((p) => p.hosted.durationMs));
    out.push({
      selfHosted: first.self.runner,
      hosted: first.hosted.runner,
      pairs: list.length,
      selfMs,
      hostedMs,
      speedup: ratio(hostedMs, selfMs) ?? 0,
      savedMs: hostedMs - selfMs,
      phases: Object.fromEntries(
        phases.map((phase) => [
          phase,
          {
            selfMs: sum(list.map((p) => p.self.phases[phase] ?? 0)),
            hostedMs: sum(list.map((p) => p.hosted.phases[phase] ?? 0)),
          },
        ]),
      ),
    });
  }
  return out.sort((a, b) => b.pairs - a.pairs);
}

export function runnerTotals(jobs: readonly JobTiming[], phases: readonly string[]) {
  const groups = new Map<string, JobTiming[]>();
  for (const job of jobs) {
    const key = `${job.kind}\u0000${job.runner}`;
    const list = groups.get(key) ?? [];
    list.push(job);
    groups.set(key, list);
  }
  const out: RunnerTotals[] = [];
  for (const list of groups.values()) {
    const first = list[0] as JobTiming;
    out.push({
      runner: first.runner,
      kind: first.kind,
      jobs: list.length,
      durationMs: sum(list.map((j) => j.durationMs)),
      phases: Object.fromEntries(
        phases.map((phase) => [phase, sum(list.map((j) => j.phases[phase] ?? 0))]),
      ),
      queue: queueStats(list.map((j) => j.queueMs)),
    });
  }
  const order: Record<RunnerKind, number> = { 'self-hosted': 0, 'github-hosted': 1 };
  return out.sort((a, b) => order[a.kind] - order[b.kind] || a.runner.localeCompare(b.runner));
}

/**
 * What the paired GitHub-hosted jobs bill: each job's minutes rounded up, priced by its labels
 * (prices.ts); a bare number prices every minute alike.
 */
export function savings(pairs: readonly Pair[], price: number | Prices): Savings | null {
  if (pairs.length === 0) return null;
  const prices: Prices = typeof price === 'number' ? { flat: price, byKind: {} } : price;
  const rates: RateUse[] = [];
  let money = 0;
  let hostedMinutes = 0;
  for (const p of pairs) {
    const minutes = billableMinutes(p.hosted.durationMs);
    const { usd, sku, source } = priceOf(p.hosted.labels, prices);
    hostedMinutes += minutes;
    money += minutes * usd;
    const same = rates.find((r) => r.sku === sku && r.usd === usd && r.source === source);
    if (same) same.minutes += minutes;
    else rates.push({ sku, usd, source, minutes });
  }
  const uniform = rates.every((r) => r.usd === rates[0]?.usd);
  return {
    timeMs: sum(pairs.map((p) => p.hosted.durationMs - p.self.durationMs)),
    hostedMinutes,
    pricePerMinute: uniform
      ? (rates[0]?.usd ?? 0)
      : Math.round((money / Math.max(1, hostedMinutes)) * 10_000) / 10_000,
    money: Math.round(money * 10_000) / 10_000,
    rates,
  };
}

export interface ReportInput {
  reportId: string;
  createdAt: string;
  run: RunInfo;
  phases: readonly string[];
  jobs: readonly JobTiming[];
  pairs: readonly Pair[];
  skipped: Record<string, number>;
  benchmarks: readonly Benchmark[];
  /** One price for every hosted minute, or the `price-per-minute` input (prices.ts). */
  pricePerMinute: number | Prices;
  threshold: number;
}

export function buildReport(input: ReportInput): Report {
  const partner = new Map<number, number>();
  for (const p of input.pairs) {
    partner.set(p.self.id, p.hosted.id);
    partner.set(p.hosted.id, p.self.id);
  }
  const selfMs = sum(input.pairs.map((p) => p.self.durationMs));
  const hostedMs = sum(input.pairs.map((p) => p.hosted.durationMs));
  const jobs: JobRecord[] = input.jobs.map((j) => {
    const record: JobRecord = {
      id: j.id,
      name: j.name,
      runner: j.runner,
      kind: j.kind,
      conclusion: j.conclusion,
      durationMs: j.durationMs,
      queueMs: j.queueMs,
      phases: { ...j.phases },
    };
    const other = partner.get(j.id);
    if (other !== undefined) record.pairedWith = other;
    return record;
  });
  return {
    schema: SCHEMA,
    reportId: input.reportId,
    createdAt: input.createdAt,
    run: input.run,
    phases: [...input.phases],
    speedup: input.pairs.length ? ratio(hostedMs, selfMs) : null,
    comparisons: compare(input.pairs, input.phases),
    savings: savings(input.pairs, input.pricePerMinute),
    runners: runnerTotals(input.jobs, input.phases),
    jobs,
    skipped: { ...input.skipped },
    benchmarks: [...input.benchmarks],
    baseline: null,
    regressions: [],
    threshold: input.threshold,
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
