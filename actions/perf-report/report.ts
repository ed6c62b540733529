/**
 * The report: what one run measured, as plain data. It is written as JSON (the `report` output),
 * read back as a baseline, and accepted in `benchmark-files`.
 */

import type { Budget } from './budget.ts';
import type { RunnerKind } from './jobs.ts';
import type { Overhead } from './savings.ts';

export const SCHEMA = 'runner-actions/perf-report@1';

export interface PhaseTimes {
  selfMs: number;
  hostedMs: number;
}

/** One self-hosted runner against one GitHub-hosted runner, over the jobs they both ran. */
export interface Comparison {
  selfHosted: string;
  hosted: string;
  pairs: number;
  selfMs: number;
  hostedMs: number;
  /** hostedMs / selfMs, two decimals. */
  speedup: number;
  savedMs: number;
  phases: Record<string, PhaseTimes>;
}

export interface QueueStats {
  jobs: number;
  medianMs: number;
  maxMs: number;
  totalMs: number;
}

export interface RunnerTotals {
  runner: string;
  kind: RunnerKind;
  jobs: number;
  durationMs: number;
  /** Total milliseconds per phase over this runner's jobs. */
  phases: Record<string, number>;
  queue: QueueStats;
}

export interface JobRecord {
  id: number;
  name: string;
  runner: string;
  kind: RunnerKind;
  conclusion: string | null;
  durationMs: number;
  queueMs: number;
  phases: Record<string, number>;
  /** The id of the same job on the other kind of runner. */
  pairedWith?: number;
}

export interface Benchmark {
  /** Where it came from: the file's name, or a report's id. */
  suite: string;
  name: string;
  value: number;
  unit: string;
  biggerIsBetter: boolean;
  /** Spread as the tool reported it (`± 0.012`), for display. */
  range?: string;
  /** The spread as a number in `unit` (a `range` read, hyperfine's stddev); absent when unread. */
  rangeValue?: number;
  /** github-action-benchmark's `extra`, kept for display. */
  extra?: string;
  /** Why this is not a normal result (every hyperfine run failed): flagged, never compared. */
  failed?: string;
}

export interface Savings {
  /** Hosted minus self-hosted job time, summed over the pairs (not the run's wall time). */
  timeMs: number;
  /** GitHub-hosted minutes the paired hosted jobs bill (each job rounded up to a minute). */
  hostedMinutes: number;
  /** The one price of every hosted minute; when prices differ, money / hostedMinutes. */
  pricePerMinute: number;
  /** hostedMinutes x their prices: what running only on the self-hosted runners saves. */
  money: number;
  /** The hosted minutes by price (absent in older reports). */
  rates?: RateUse[];
}

/** Billable hosted minutes at one price. */
export interface RateUse {
  /** GitHub's billing SKU (prices.ts). */
  sku: string;
  usd: number;
  /** `table`, `input` (price-per-minute) or `assumed` (no GitHub image label: Linux 2-core). */
  source: 'table' | 'input' | 'assumed';
  minutes: number;
}

export type RegressionKind = 'phase' | 'job' | 'benchmark';

export interface Regression {
  kind: RegressionKind;
  /** `M4 / build`, `build (M4)`, `bench.json › parse`. */
  name: string;
  baseline: number;
  current: number;
  /** `ms` for phases and jobs, else the benchmark's unit. */
  unit: string;
  biggerIsBetter: boolean;
  /** current / baseline; null when the baseline was 0. */
  ratio: number | null;
}

export interface RunInfo {
  repository: string;
  runId: number;
  runAttempt: number;
  branch: string;
  sha: string;
  event: string;
}

export interface Report {
  schema: typeof SCHEMA;
  reportId: string;
  createdAt: string;
  run: RunInfo;
  phases: string[];
  /** Sum of hosted / sum of self-hosted durations over all pairs, two decimals; null without a pair. */
  speedup: number | null;
  comparisons: Comparison[];
  savings: Savings | null;
  /** Jobs that only chose or checked a runner, and what they bill (absent in older reports). */
  overhead?: Overhead;
  /** Per month and year, net of the comparison and the overhead (absent without a pair). */
  budget?: Budget;
  runners: RunnerTotals[];
  jobs: JobRecord[];
  /** Jobs left out, by reason. */
  skipped: Record<string, number>;
  benchmarks: Benchmark[];
  /** Where the baseline came from, when there was one. */
  baseline: { source: string; runId?: number; createdAt?: string } | null;
  regressions: Regression[];
  threshold: number;
}

export function isReport(value: unknown): value is Report {
  return reportProblem(value) === undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

type FieldCheck = [field: string, test: (v: unknown) => boolean, what: string];
const STRING: FieldCheck[1] = (v) => typeof v === 'string';

/** The fields of each list entry that reading a report back relies on. */
const ENTRY_FIELDS: Record<string, FieldCheck[]> = {
  jobs: [
    ['name', STRING, 'a string'],
    ['durationMs', isNumber, 'a number'],
  ],
  runners: [
    ['runner', STRING, 'a string'],
    ['kind', STRING, 'a string'],
    ['durationMs', isNumber, 'a number'],
    ['phases', (v) => isObject(v) && Object.values(v).every(isNumber), 'an object of numbers'],
  ],
  benchmarks: [
    ['suite', STRING, 'a string'],
    ['name', STRING, 'a string'],
    ['value', isNumber, 'a number'],
    ['unit', STRING, 'a string'],
  ],
  comparisons: [
    ['selfHosted', STRING, 'a string'],
    ['hosted', STRING, 'a string'],
    ['speedup', isNumber, 'a number'],
  ],
};

/**
 * What is wrong with `value` as a report of this version, naming the field
 * (`'runners[2].phases' is not an object of numbers`); undefined when it can be read back.
 */
export function reportProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object';
  if (value.schema !== SCHEMA) return `'schema' is not '${SCHEMA}'`;
  if (!isObject(value.run) || !isNumber(value.run.runId)) return "'run.runId' is not a number";
  for (const [list, fields] of Object.entries(ENTRY_FIELDS)) {
    const entries = value[list];
    if (!Array.isArray(entries)) return `'${list}' is not a list`;
    for (let i = 0; i < entries.length; i++) {
      const entry: unknown = entries[i];
      if (!isObject(entry)) return `'${list}[${i}]' is not an object`;
      for (const [field, test, what] of fields) {
        if (!test(entry[field])) return `'${list}[${i}].${field}' is not ${what}`;
      }
    }
  }
  return undefined;
}

/** Does this JSON look like one of our reports, of any version? */
export function looksLikeReport(value: unknown): boolean {
  const schema = (value as { schema?: unknown } | null)?.schema;
  return typeof schema === 'string' && schema.startsWith('runner-actions/perf-report@');
}
