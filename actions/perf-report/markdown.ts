/**
 * The report as Markdown, for the step summary and the pull-request comment: a one-line headline,
 * the phase, job and queue tables, the timeline, benchmarks and regressions. Rendering shrinks the
 * long parts (job rows, benchmark rows, the chart) until the text fits its budget: GitHub's 1 MiB
 * step summary, or its 65,536-character comment body.
 */
import {
  blocks,
  folded,
  formatCount,
  formatDuration,
  formatNumber,
  formatPercent,
  heading,
  mdMoney,
  mdText,
  plural,
  table,
} from '../lib/summary.ts';
import { budgetSection } from './budget.ts';
import type { Chart, ChartLimits } from './gantt.ts';
import { CHART_LIMITS } from './gantt.ts';
import { OTHER } from './phases.ts';
import { baselineBenchmarks, benchKey, judgeBenchmark } from './regressions.ts';
import type { Benchmark, Comparison, JobRecord, Regression, Report } from './report.ts';
import { netSentence, netText, rateText } from './savings.ts';

/** GitHub refuses a step summary over 1 MiB; stay clear of it. */
export const SUMMARY_BUDGET = 1_000_000;
/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_BUDGET = 60_000;

/**
 * Text from outside the action (job, step, runner and benchmark names, labels, branches), safe in
 * Markdown prose and table cells: no markup, no line or cell breaks, no mentions
 * (docs/decisions/untrusted-text.md).
 */
export const plain = (text: string): string => mdText(text);

export const speedupText = (x: number): string => `${x.toFixed(1)}x`;

/** `2.8x faster`, `1.3x slower`; undefined when either side took no measurable time. */
export function fasterOrSlower(selfMs: number, hostedMs: number): string | undefined {
  if (selfMs <= 0 || hostedMs <= 0) return undefined;
  return hostedMs >= selfMs
    ? `${speedupText(hostedMs / selfMs)} faster`
    : `${speedupText(selfMs / hostedMs)} slower`;
}

/**
 * `, 4m15s saved` (nothing when neither side took time). Over more than one pair the figure is job
 * time summed over the pairs (jobs run side by side, so it is not the run's wall time): it says so.
 */
function savedText(selfMs: number, hostedMs: number, pairs: number): string {
  if (selfMs <= 0 && hostedMs <= 0) return '';
  const ms = hostedMs - selfMs;
  const what = pairs > 1 ? ' of summed job time' : '';
  return `, ${formatDuration(Math.abs(ms))}${what} ${ms >= 0 ? 'saved' : 'lost'}`;
}

/** `self-hosted M4 ran 2.9x faster than ubuntu-latest`, or plain times when one side took 0s. */
function compared(self: string, hosted: string, selfMs: number, hostedMs: number): string {
  const verdict = fasterOrSlower(selfMs, hostedMs);
  if (verdict) return `${self} ran ${verdict} than ${hosted}`;
  if (selfMs <= 0 && hostedMs <= 0) {
    return `${self} and ${hosted} both took under a second, too little to compare`;
  }
  return `${self} took ${formatDuration(selfMs)} against ${formatDuration(hostedMs)} on ${hosted}`;
}

const selfName = (runner: string) =>
  /self-hosted/i.test(runner) ? runner : `self-hosted ${runner}`;

/** The one-line headline: one decimal and "x" (docs/decisions/speedup-format.md). */
export function headline(report: Report): string {
  const { comparisons } = report;
  if (comparisons.length === 1) {
    const c = comparisons[0] as Comparison;
    return `${compared(selfName(c.selfHosted), c.hosted, c.selfMs, c.hostedMs)}${savedText(c.selfMs, c.hostedMs, c.pairs)}`;
  }
  if (comparisons.length > 1) {
    const selfMs = comparisons.reduce((a, c) => a + c.selfMs, 0);
    const hostedMs = comparisons.reduce((a, c) => a + c.hostedMs, 0);
    const pairs = comparisons.reduce((a, c) => a + c.pairs, 0);
    return `${compared('self-hosted runners', 'GitHub-hosted runners', selfMs, hostedMs)}${savedText(selfMs, hostedMs, pairs)}`;
  }
  if (report.jobs.length === 0) return `no completed job to measure in run ${report.run.runId}`;
  return `${plural(report.jobs.length, 'job')} measured; none ran on both a self-hosted and a GitHub-hosted runner`;
}

const dur = (ms: number): string => formatDuration(ms);

const kindText = (kind: string): string => (kind === 'github-hosted' ? 'GitHub-hosted' : kind);

function phaseRows(report: Report): string[] {
  return report.phases.filter(
    (p) =>
      p !== OTHER ||
      report.runners.some((r) => (r.phases[p] ?? 0) > 0) ||
      report.comparisons.some((c) => (c.phases[p]?.selfMs ?? 0) + (c.phases[p]?.hostedMs ?? 0) > 0),
  );
}

function comparisonTable(report: Report, c: Comparison): string {
  const cell = (selfMs: number, hostedMs: number) => [
    dur(selfMs),
    dur(hostedMs),
    selfMs > 0 ? speedupText(hostedMs / selfMs) : '—',
    dur(hostedMs - selfMs),
  ];
  const rows = phaseRows(report).map((p) => {
    const t = c.phases[p] ?? { selfMs: 0, hostedMs: 0 };
    return [plain(p), ...cell(t.selfMs, t.hostedMs)];
  });
  rows.push(['**job total**', ...cell(c.selfMs, c.hostedMs)]);
  return table(
    [
      'phase',
      `${plain(c.selfHosted)} (self-hosted)`,
      `${plain(c.hosted)} (GitHub-hosted)`,
      'speedup',
      'saved',
    ],
    rows,
  );
}

function runnerPhaseTable(report: Report): string {
  const runners = report.runners;
  const rows = phaseRows(report).map((p) => [
    plain(p),
    ...runners.map((r) => dur(r.phases[p] ?? 0)),
  ]);
  rows.push(['**job total**', ...runners.map((r) => dur(r.durationMs))]);
  return table(['phase', ...runners.map((r) => `${plain(r.runner)} (${kindText(r.kind)})`)], rows);
}

function phasesSection(report: Report): string | undefined {
  if (report.jobs.length === 0) return undefined;
  if (report.comparisons.length === 0) {
    return blocks(heading('Phases', 4), runnerPhaseTable(report)).trimEnd();
  }
  const parts = report.comparisons.map((c) =>
    report.comparisons.length > 1
      ? blocks(
          `**${plain(c.selfHosted)} vs ${plain(c.hosted)}** (${plural(c.pairs, 'job')}, ${speedupText(c.speedup)})`,
          comparisonTable(report, c),
        ).trimEnd()
      : comparisonTable(report, c),
  );
  return blocks(heading('Phases', 4), ...parts).trimEnd();
}

/** Jobs in table order: paired jobs first (each pair together), then the longest. */
export function jobOrder(jobs: readonly JobRecord[]): JobRecord[] {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const out: JobRecord[] = [];
  const taken = new Set<number>();
  for (const j of jobs) {
    if (j.pairedWith === undefined || j.kind !== 'self-hosted' || taken.has(j.id)) continue;
    const other = byId.get(j.pairedWith);
    out.push(j);
    taken.add(j.id);
    if (other && !taken.has(other.id)) {
      out.push(other);
      taken.add(other.id);
    }
  }
  const rest = jobs.filter((j) => !taken.has(j.id)).sort((a, b) => b.durationMs - a.durationMs);
  return [...out, ...rest];
}

/** Job rows beyond this are folded in a `<details>` block: about a screenful. */
export const JOB_ROWS_OPEN = 25;

/** `**failure**` after the name of a job that did not succeed; nothing for a successful one. */
export const endMark = (j: Pick<JobRecord, 'conclusion'>): string =>
  j.conclusion === 'success' ? '' : ` **${plain(j.conclusion ?? 'no conclusion')}**`;

function jobsSection(report: Report, limit: number, compareFailed = false): string | undefined {
  if (report.jobs.length === 0) return undefined;
  const phases = phaseRows(report);
  const ordered = jobOrder(report.jobs);
  const shown = ordered.slice(0, limit);
  const rows = shown.map((j) => [
    `${plain(j.name)}${endMark(j)}`,
    `${plain(j.runner)}${j.kind === 'github-hosted' ? ' (GitHub)' : ''}`,
    dur(j.durationMs),
    dur(j.queueMs),
    ...phases.map((p) => dur(j.phases[p] ?? 0)),
  ]);
  const hidden = ordered.length - shown.length;
  if (hidden > 0) {
    rows.push([
      `… and ${plural(hidden, 'more job')} (every job is in the JSON report)`,
      '',
      '',
      '',
      ...phases.map(() => ''),
    ]);
  }
  const jobsTable = table(['job', 'runner', 'duration', 'queued', ...phases.map(plain)], rows);
  const shownText =
    hidden > 0
      ? `${formatCount(shown.length)} of ${plural(ordered.length, 'job')}`
      : plural(ordered.length, 'job');
  const unsuccessful = report.jobs.filter((j) => j.conclusion !== 'success').length;
  return blocks(
    heading('Jobs', 4),
    shown.length > JOB_ROWS_OPEN
      ? folded(`${shownText}, longest first after the pairs`, jobsTable)
      : jobsTable,
    unsuccessful > 0 && !compareFailed
      ? `${plural(unsuccessful, 'job')} did not succeed (marked with how ${unsuccessful === 1 ? 'it' : 'they'} ended): not paired, so in no speedup (\`compare-failed-jobs: true\` pairs them).`
      : undefined,
  ).trimEnd();
}

function queueSection(report: Report): string | undefined {
  if (report.runners.length === 0) return undefined;
  return blocks(
    heading('Queue waits', 4),
    table(
      ['runner', 'jobs', 'median wait', 'longest wait', 'total wait'],
      report.runners.map((r) => [
        `${plain(r.runner)} (${kindText(r.kind)})`,
        formatCount(r.queue.jobs),
        dur(r.queue.medianMs),
        dur(r.queue.maxMs),
        dur(r.queue.totalMs),
      ]),
    ),
  ).trimEnd();
}

function savingsLine(report: Report): string | undefined {
  const s = report.savings;
  if (!s) return undefined;
  const pairs = report.comparisons.reduce((a, c) => a + c.pairs, 0);
  const time =
    pairs === 1
      ? `${dur(Math.max(0, s.timeMs))} of job time`
      : `${dur(Math.max(0, s.timeMs))} of job time (summed over the jobs, which run side by side: the run's wall time shrinks by less)`;
  return (
    `Running the ${plural(pairs, 'paired job')} only on self-hosted runners saves ${time} ` +
    `and ${plural(s.hostedMinutes, 'billable GitHub-hosted minute')} per run (each job rounded up to a minute), ` +
    `about ${mdMoney(s.money)} ${rateText(s)}. ${netSentence(report) ?? ''}`
  ).trimEnd();
}

/** `1.234 s`, `12,345 ops/sec` (the shared number style). */
export const formatValue = formatNumber;

function percent(current: number, baseline: number): string {
  if (baseline === 0) return current === 0 ? '0%' : 'new';
  return formatPercent((current - baseline) / Math.abs(baseline));
}

function benchmarksSection(
  report: Report,
  baseline: ReadonlyMap<string, Benchmark>,
  regressed: ReadonlySet<string>,
  limit: number,
): string | undefined {
  if (report.benchmarks.length === 0) return undefined;
  const suites = new Map<string, Benchmark[]>();
  for (const b of report.benchmarks) {
    const list = suites.get(b.suite) ?? [];
    list.push(b);
    suites.set(b.suite, list);
  }
  const parts: string[] = [heading('Benchmarks', 4)];
  let budget = limit;
  let hidden = 0;
  for (const [suite, list] of suites) {
    const shown = list.slice(0, Math.max(0, budget));
    budget -= shown.length;
    hidden += list.length - shown.length;
    if (shown.length === 0) continue;
    const withBaseline = report.baseline !== null;
    const notes = shown.some((b) => b.extra);
    const rows = shown.map((b) => {
      const row = [plain(b.name), benchmarkValue(b), b.biggerIsBetter ? 'bigger' : 'smaller'];
      if (withBaseline) {
        const old = baseline.get(benchKey(b));
        row.push(
          old ? benchmarkValue(old) : '—',
          changeCell(b, old, report.threshold, regressed.has(`${b.suite} › ${b.name}`)),
        );
      }
      if (notes) row.push(b.extra ? plain(b.extra) : '');
      return row;
    });
    const headers = ['benchmark', 'value', 'better'];
    if (withBaseline) headers.push('baseline', 'change');
    if (notes) headers.push('notes');
    parts.push(`**${plain(suite)}**`, table(headers, rows));
  }
  if (hidden > 0) {
    parts.push(`… and ${plural(hidden, 'more benchmark')} (every one is in the JSON report).`);
  }
  return blocks(...parts).trimEnd();
}

/** `2.346 s ± 0.0412`, or `**failed**: all 10 runs exited non-zero (exit code 1)`. */
function benchmarkValue(b: Benchmark): string {
  if (b.failed) return `**failed**: ${plain(b.failed)}`;
  return plain(`${formatValue(b.value, b.unit)}${b.range ? ` ${b.range}` : ''}`);
}

/** The change against the baseline, in the current unit (docs/decisions/benchmark-units.md). */
function changeCell(
  b: Benchmark,
  old: Benchmark | undefined,
  threshold: number,
  regression: boolean,
): string {
  const verdict = judgeBenchmark(b, old, threshold);
  switch (verdict.status) {
    case 'new':
      return 'new';
    case 'failed':
      return '**failed**';
    case 'baseline-failed':
      return 'baseline failed';
    case 'unit-changed':
      return `not comparable (unit was ${plain(old?.unit ?? '')})`;
    default:
      return `${percent(b.value, verdict.baseline ?? 0)}${regression ? ' **regression**' : ''}`;
  }
}

function regressionValue(r: Regression, value: number): string {
  return r.kind !== 'benchmark' ? dur(value) : formatValue(value, r.unit);
}

function regressionsSection(report: Report, limit: number): string | undefined {
  if (!report.baseline) return undefined;
  const source = plain(report.baseline.source);
  const run = report.baseline.runId ? ` (run ${report.baseline.runId})` : '';
  if (report.regressions.length === 0) {
    return blocks(
      heading('Regressions', 4),
      `None against the baseline ${source}${run} at threshold ${report.threshold}.`,
    ).trimEnd();
  }
  const sorted = [...report.regressions].sort(
    (a, b) => (b.ratio ?? Infinity) - (a.ratio ?? Infinity),
  );
  const shown = sorted.slice(0, limit);
  const rows = shown.map((r) => [
    plain(r.name),
    r.kind,
    plain(regressionValue(r, r.baseline)),
    plain(regressionValue(r, r.current)),
    percent(r.current, r.baseline),
  ]);
  if (sorted.length > shown.length) {
    rows.push([`… and ${formatCount(sorted.length - shown.length)} more`, '', '', '', '']);
  }
  return blocks(
    heading('Regressions', 4),
    `${formatCount(report.regressions.length)} against the baseline ${source}${run}: worse than baseline x ${report.threshold}; phase and job changes under 1s, and benchmark changes within twice their spread or under the noise floor, ignored.`,
    table(['what', 'kind', 'baseline', 'now', 'change'], rows),
  ).trimEnd();
}

function timelineSection(chart: Chart | undefined): string | undefined {
  if (!chart) return undefined;
  const shown =
    chart.shownJobs < chart.totalJobs
      ? `The chart shows ${formatCount(chart.shownJobs)} of ${plural(chart.totalJobs, 'job')}: the paired jobs first, then the longest. `
      : '';
  const zone = `The axis is in your browser's time zone; the first job started at ${utcTime(chart.start)}.`;
  return blocks(
    heading('Timeline', 4),
    `\`\`\`mermaid\n${chart.text}\n\`\`\``,
    `${shown}${zone}`,
  ).trimEnd();
}

/** `2026-03-02 09:14:07 UTC`. */
export function utcTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function skippedLine(report: Report): string | undefined {
  const entries = Object.entries(report.skipped);
  if (entries.length === 0) return undefined;
  return `Left out: ${entries.map(([why, n]) => `${formatCount(n)} ${why}`).join(', ')}.`;
}

export interface RenderLimits {
  jobs: number;
  benchmarks: number;
  regressions: number;
  /** false: no chart. */
  chart: ChartLimits | false;
  /** Runs in the trend chart. */
  trend: number;
}

export const RENDER_LIMITS: RenderLimits = {
  jobs: 200,
  benchmarks: 300,
  regressions: 100,
  chart: CHART_LIMITS,
  trend: 100,
};

export interface RenderInput {
  report: Report;
  /** The baseline's benchmarks, for the change column. */
  baselineBenchmarks?: readonly Benchmark[];
  /** Draws the timeline within the limits. */
  chart?: (limits: ChartLimits) => Chart | undefined;
  /** Prepended verbatim (the comment's hidden marker). */
  preamble?: string;
  /** The trend over the history, with at most this many runs in its chart (trend.ts). */
  trend?: (points: number) => string | undefined;
  /** Sentences of the action's own about odd data it worked around (shown under the facts). */
  notes?: readonly string[];
  /** `compare-failed-jobs`: jobs that did not succeed were paired too. */
  compareFailedJobs?: boolean;
}

export function renderMarkdown(input: RenderInput, limits: RenderLimits = RENDER_LIMITS): string {
  const { report } = input;
  const baseline = baselineBenchmarks(input.baselineBenchmarks);
  const regressed = new Set(
    report.regressions.filter((r) => r.kind === 'benchmark').map((r) => r.name),
  );
  const paired = report.jobs.filter((j) => j.pairedWith !== undefined).length;
  const facts = [
    `Run ${report.run.runId}${report.run.runAttempt > 1 ? ` (attempt ${report.run.runAttempt})` : ''}${report.run.branch ? ` on ${plain(report.run.branch)}` : ''}`,
    `${plural(report.jobs.length, 'job')} measured`,
    paired ? `${formatCount(paired)} paired` : undefined,
    report.speedup !== null ? `speedup ${report.speedup.toFixed(2)}` : undefined,
  ].filter(Boolean);
  const count = report.regressions.length;
  return blocks(
    input.preamble,
    heading(
      report.reportId === 'perf-report' ? 'perf-report' : `perf-report: ${plain(report.reportId)}`,
    ),
    `**${plain(headline(report))}**${netText(report) ? ` · ${netText(report)}` : ''}${report.baseline && count ? ` · **${count} regression${count === 1 ? '' : 's'}**` : ''}`,
    `${facts.join(' · ')}.`,
    savingsLine(report),
    report.budget ? budgetSection(report.budget) : undefined,
    skippedLine(report),
    input.notes?.length ? `Odd data from GitHub: ${plain(input.notes.join(' '))}` : undefined,
    phasesSection(report),
    regressionsSection(report, limits.regressions),
    jobsSection(report, limits.jobs, input.compareFailedJobs),
    queueSection(report),
    input.trend?.(limits.trend),
    limits.chart && input.chart ? timelineSection(input.chart(limits.chart)) : undefined,
    benchmarksSection(report, baseline, regressed, limits.benchmarks),
  );
}

/** Renders within `budget` (UTF-8 bytes), shrinking the long parts as needed. */
export function renderWithin(
  input: RenderInput,
  budget: number,
  limits: RenderLimits = RENDER_LIMITS,
): string {
  let current = limits;
  for (let round = 0; ; round++) {
    const text = renderMarkdown(input, current);
    if (Buffer.byteLength(text) <= budget) return text;
    if (round >= 12) return truncate(text, budget);
    const chart = current.chart;
    current = {
      jobs: Math.floor(current.jobs / 2),
      benchmarks: Math.floor(current.benchmarks / 2),
      regressions: Math.floor(current.regressions / 2),
      trend: Math.floor(current.trend / 2),
      chart:
        chart && chart.jobs > 2
          ? { ...chart, jobs: Math.floor(chart.jobs / 2), chars: Math.floor(chart.chars / 2) }
          : false,
    };
  }
}

/** Last resort for absurd names: cut at a line break within the budget. */
function truncate(text: string, budget: number): string {
  const note = '\n\n… (cut to fit; the JSON report has everything)\n';
  let cut = Buffer.from(text)
    .subarray(0, budget - Buffer.byteLength(note) - 4)
    .toString('utf8');
  cut = cut.replace(/\uFFFD$/, '');
  const line = cut.lastIndexOf('\n');
  cut = line > 0 ? cut.slice(0, line) : cut;
  const fenceOpen = (cut.match(/^```/gm)?.length ?? 0) % 2 === 1;
  return `${cut}${fenceOpen ? '\n```' : ''}${note}`;
}
