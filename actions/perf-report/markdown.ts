/**
 * The report as Markdown, for the step summary and the pull-request comment: a one-line headline,
 * the phase, job and queue tables, the timeline, benchmarks and regressions. Rendering shrinks the
 * long parts (job rows, benchmark rows, the chart) until the text fits its budget: GitHub's 1 MiB
 * step summary, or its 65,536-character comment body.
 */
import { blocks, formatDuration, heading, table } from '../lib/summary.ts';
import type { Chart, ChartLimits } from './gantt.ts';
import { CHART_LIMITS } from './gantt.ts';
import { OTHER } from './phases.ts';
import type { Benchmark, Comparison, JobRecord, Regression, Report } from './report.ts';

/** GitHub refuses a step summary over 1 MiB; stay clear of it. */
export const SUMMARY_BUDGET = 1_000_000;
/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_BUDGET = 60_000;

/** Text safe in Markdown prose and table cells: markup characters as HTML entities. */
export function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&#!$]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const speedupText = (x: number): string => `${x.toFixed(1)}x`;

/** `2.8x faster`, `1.3x slower`. */
export function fasterOrSlower(selfMs: number, hostedMs: number): string {
  if (selfMs <= 0) return 'in no time';
  return hostedMs >= selfMs
    ? `${speedupText(hostedMs / selfMs)} faster`
    : `${speedupText(selfMs / hostedMs)} slower`;
}

function savedText(ms: number): string {
  return ms >= 0 ? `${formatDuration(ms)} saved` : `${formatDuration(-ms)} lost`;
}

const selfName = (runner: string) =>
  /self-hosted/i.test(runner) ? runner : `self-hosted ${runner}`;

/** The one-line headline: one decimal and "x" (docs/decisions/speedup-format.md). */
export function headline(report: Report): string {
  const { comparisons } = report;
  if (comparisons.length === 1) {
    const c = comparisons[0] as Comparison;
    return `${selfName(c.selfHosted)} ran ${fasterOrSlower(c.selfMs, c.hostedMs)} than ${c.hosted}, ${savedText(c.savedMs)}`;
  }
  if (comparisons.length > 1) {
    const selfMs = comparisons.reduce((a, c) => a + c.selfMs, 0);
    const hostedMs = comparisons.reduce((a, c) => a + c.hostedMs, 0);
    return `self-hosted runners ran ${fasterOrSlower(selfMs, hostedMs)} than GitHub-hosted runners, ${savedText(hostedMs - selfMs)}`;
  }
  if (report.jobs.length === 0) return `no completed job to measure in run ${report.run.runId}`;
  const n = report.jobs.length;
  return `${n} job${n === 1 ? '' : 's'} measured; none ran on both a self-hosted and a GitHub-hosted runner`;
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
          `**${plain(c.selfHosted)} vs ${plain(c.hosted)}** (${c.pairs} job${c.pairs === 1 ? '' : 's'}, ${speedupText(c.speedup)})`,
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

function jobsSection(report: Report, limit: number): string | undefined {
  if (report.jobs.length === 0) return undefined;
  const phases = phaseRows(report);
  const ordered = jobOrder(report.jobs);
  const shown = ordered.slice(0, limit);
  const rows = shown.map((j) => [
    plain(j.name),
    `${plain(j.runner)}${j.kind === 'github-hosted' ? ' (GitHub)' : ''}`,
    dur(j.durationMs),
    dur(j.queueMs),
    ...phases.map((p) => dur(j.phases[p] ?? 0)),
  ]);
  const hidden = ordered.length - shown.length;
  if (hidden > 0) {
    rows.push([
      `… and ${hidden} more jobs (every job is in the JSON report)`,
      '',
      '',
      '',
      ...phases.map(() => ''),
    ]);
  }
  return blocks(
    heading('Jobs', 4),
    table(['job', 'runner', 'duration', 'queued', ...phases.map(plain)], rows),
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
        String(r.queue.jobs),
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
  const money = s.money.toFixed(s.money < 1 ? 3 : 2);
  return (
    `Running the ${pairs} paired job${pairs === 1 ? '' : 's'} only on self-hosted runners saves ` +
    `${dur(Math.max(0, s.timeMs))} of wall time and ${s.hostedMinutes} billable GitHub-hosted ` +
    `minute${s.hostedMinutes === 1 ? '' : 's'} per run (each job rounded up to a minute), ` +
    `about $${money} at $${s.pricePerMinute}/minute.`
  ).replace(/\$/g, '&#36;');
}

/** `1.234 s`, `12,345 ops/sec`. */
export function formatValue(value: number, unit: string): string {
  const abs = Math.abs(value);
  const text =
    abs >= 1000 || Number.isInteger(value)
      ? Math.round(value).toLocaleString('en-US')
      : String(Number(value.toPrecision(4)));
  return unit ? `${text} ${unit}` : text;
}

function percent(current: number, baseline: number): string {
  if (baseline === 0) return current === 0 ? '0%' : 'new';
  const p = ((current - baseline) / Math.abs(baseline)) * 100;
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
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
    const rows = shown.map((b) => {
      const old = baseline.get(`${b.suite}\u0000${b.name}`);
      const key = `${b.suite} › ${b.name}`;
      const value = `${formatValue(b.value, b.unit)}${b.range ? ` ${b.range}` : ''}`;
      const row = [plain(b.name), plain(value), b.biggerIsBetter ? 'bigger' : 'smaller'];
      if (withBaseline) {
        row.push(old && old.unit === b.unit ? plain(formatValue(old.value, old.unit)) : '—');
        row.push(
          old && old.unit === b.unit
            ? `${percent(b.value, old.value)}${regressed.has(key) ? ' **regression**' : ''}`
            : 'new',
        );
      }
      return row;
    });
    const headers = ['benchmark', 'value', 'better'];
    if (withBaseline) headers.push('baseline', 'change');
    parts.push(`**${plain(suite)}**`, table(headers, rows));
  }
  if (hidden > 0) parts.push(`… and ${hidden} more benchmarks (every one is in the JSON report).`);
  return blocks(...parts).trimEnd();
}

function regressionValue(r: Regression, value: number): string {
  return r.unit === 'ms' ? dur(value) : formatValue(value, r.unit);
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
    rows.push([`… and ${sorted.length - shown.length} more`, '', '', '', '']);
  }
  return blocks(
    heading('Regressions', 4),
    `${report.regressions.length} against the baseline ${source}${run}: slower than baseline x ${report.threshold}, changes under 1s ignored.`,
    table(['what', 'kind', 'baseline', 'now', 'change'], rows),
  ).trimEnd();
}

function timelineSection(chart: Chart | undefined): string | undefined {
  if (!chart) return undefined;
  const note =
    chart.shownJobs < chart.totalJobs
      ? `The chart shows ${chart.shownJobs} of ${chart.totalJobs} jobs: the paired jobs first, then the longest.`
      : undefined;
  return blocks(heading('Timeline', 4), `\`\`\`mermaid\n${chart.text}\n\`\`\``, note).trimEnd();
}

function skippedLine(report: Report): string | undefined {
  const entries = Object.entries(report.skipped);
  if (entries.length === 0) return undefined;
  return `Left out: ${entries.map(([why, n]) => `${n} ${why}`).join(', ')}.`;
}

export interface RenderLimits {
  jobs: number;
  benchmarks: number;
  regressions: number;
  /** false: no chart. */
  chart: ChartLimits | false;
}

export const RENDER_LIMITS: RenderLimits = {
  jobs: 200,
  benchmarks: 300,
  regressions: 100,
  chart: CHART_LIMITS,
};

export interface RenderInput {
  report: Report;
  /** The baseline's benchmarks, for the change column. */
  baselineBenchmarks?: readonly Benchmark[];
  /** Draws the timeline within the limits. */
  chart?: (limits: ChartLimits) => Chart | undefined;
  /** Prepended verbatim (the comment's hidden marker). */
  preamble?: string;
}

export function renderMarkdown(input: RenderInput, limits: RenderLimits = RENDER_LIMITS): string {
  const { report } = input;
  const baseline = new Map(
    (input.baselineBenchmarks ?? []).map((b) => [`${b.suite}\u0000${b.name}`, b]),
  );
  const regressed = new Set(
    report.regressions.filter((r) => r.kind === 'benchmark').map((r) => r.name),
  );
  const paired = report.jobs.filter((j) => j.pairedWith !== undefined).length;
  const facts = [
    `Run ${report.run.runId}${report.run.runAttempt > 1 ? ` (attempt ${report.run.runAttempt})` : ''}${report.run.branch ? ` on ${plain(report.run.branch)}` : ''}`,
    `${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} measured`,
    paired ? `${paired} paired` : undefined,
    report.speedup !== null ? `speedup ${report.speedup.toFixed(2)}` : undefined,
  ].filter(Boolean);
  const count = report.regressions.length;
  return blocks(
    input.preamble,
    heading(
      report.reportId === 'perf-report' ? 'perf-report' : `perf-report: ${plain(report.reportId)}`,
    ),
    `**${plain(headline(report))}**${report.baseline && count ? ` · **${count} regression${count === 1 ? '' : 's'}**` : ''}`,
    `${facts.join(' · ')}.`,
    savingsLine(report),
    skippedLine(report),
    phasesSection(report),
    regressionsSection(report, limits.regressions),
    jobsSection(report, limits.jobs),
    queueSection(report),
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
