/**
 * The trend over the history, for the summary and the PR comment: a mermaid `xychart-beta` line
 * of the speedup per recorded run (the current one last), and a reliability table per runner:
 * jobs, failed, cancelled, failure rate and median queue wait, calling out a self-hosted runner
 * that fails more than twice as often as the GitHub-hosted ones; and the same per self-hosted
 * machine (`runner_name`, over every label set it served), naming a machine that fails far more
 * often than the rest (docs/decisions/perf-report-machines.md).
 */
import { blocks, formatDuration, heading, mdText } from '../lib/summary.ts';
import type { HistoryEntry, MachineRecord, RunnerRecord } from './history.ts';
import type { RunnerKind } from './jobs.ts';

/** A self-hosted runner is called out only over at least this many (finished) jobs. */
export const CALLOUT_MIN_JOBS = 10;

/** Text inside a quoted mermaid label: no quotes, brackets, line breaks or markup. */
export function mermaidLabel(text: string): string {
  const clean = String(text)
    .replace(/[^\w .:#/+-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 24);
  return clean || '?';
}

/** The x-axis label of an entry: its short commit, else its run id. */
export const pointLabel = (entry: HistoryEntry): string =>
  mermaidLabel(entry.commit ? entry.commit.slice(0, 7) : `#${entry.runId}`);

export interface SpeedupChart {
  text: string;
  /** Runs drawn (runs without a pair have no speedup and are left out). */
  points: number;
}

/** The speedup chart over the newest `limit` entries that have a speedup; undefined under 2. */
export function speedupChart(
  entries: readonly HistoryEntry[],
  limit: number,
): SpeedupChart | undefined {
  const shown = entries.filter((e) => e.speedup !== null).slice(-Math.max(0, limit));
  if (shown.length < 2) return undefined;
  const values = shown.map((e) => e.speedup as number);
  const top = Math.max(1, Math.ceil(Math.max(...values) * 1.2));
  const labels = shown.map((e) => `"${pointLabel(e)}"`).join(', ');
  const text = [
    'xychart-beta',
    `  title "Speedup per run (x), oldest to newest"`,
    `  x-axis [${labels}]`,
    `  y-axis "speedup (x)" 0 --> ${top}`,
    `  line [${values.map((v) => v.toFixed(2)).join(', ')}]`,
  ].join('\n');
  return { text, points: shown.length };
}

export interface ReliabilityRow {
  runner: string;
  kind: RunnerKind;
  jobs: number;
  failed: number;
  cancelled: number;
  /** failed / (jobs - cancelled); null when every job was cancelled. */
  failureRate: number | null;
  /** Median queue wait over the runs' medians, weighted by each run's jobs. */
  medianQueueMs: number;
}

/** A median of per-run medians, each weighted by how many waits it summarises. */
function weightedMedian(points: readonly { value: number; weight: number }[]): number {
  const sorted = points.filter((p) => p.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((a, p) => a + p.weight, 0);
  if (total === 0) return 0;
  let seen = 0;
  for (const p of sorted) {
    seen += p.weight;
    if (seen * 2 >= total) return p.value;
  }
  return (sorted.at(-1) as { value: number }).value;
}

const rate = (failed: number, finished: number): number | null =>
  finished > 0 ? failed / finished : null;

/** Rows per runner over every entry: self-hosted runners first, then by jobs. */
export function reliability(entries: readonly HistoryEntry[]): ReliabilityRow[] {
  const groups = new Map<string, RunnerRecord[]>();
  for (const entry of entries) {
    for (const r of entry.runners) {
      const key = `${r.kind}\u0000${r.runner}`;
      const list = groups.get(key) ?? [];
      list.push(r);
      groups.set(key, list);
    }
  }
  const rows: ReliabilityRow[] = [];
  for (const list of groups.values()) {
    const first = list[0] as RunnerRecord;
    const jobs = list.reduce((a, r) => a + r.jobs, 0);
    const failed = list.reduce((a, r) => a + r.failed, 0);
    const cancelled = list.reduce((a, r) => a + r.cancelled, 0);
    rows.push({
      runner: first.runner,
      kind: first.kind,
      jobs,
      failed,
      cancelled,
      failureRate: rate(failed, jobs - cancelled),
      medianQueueMs: weightedMedian(
        list.map((r) => ({ value: r.queue.medianMs, weight: r.queue.jobs })),
      ),
    });
  }
  const order: Record<RunnerKind, number> = { 'self-hosted': 0, 'github-hosted': 1 };
  return rows.sort(
    (a, b) => order[a.kind] - order[b.kind] || b.jobs - a.jobs || a.runner.localeCompare(b.runner),
  );
}

export interface Callout {
  row: ReliabilityRow;
  /** The GitHub-hosted runners' failure rate, over all of them. */
  hostedRate: number;
  hostedFinished: number;
}

/**
 * Self-hosted runners failing more than twice as often as the GitHub-hosted runners together,
 * over at least CALLOUT_MIN_JOBS finished (not cancelled) jobs.
 */
export function callouts(rows: readonly ReliabilityRow[]): Callout[] {
  const hosted = rows.filter((r) => r.kind === 'github-hosted');
  const hostedFailed = hosted.reduce((a, r) => a + r.failed, 0);
  const hostedFinished = hosted.reduce((a, r) => a + r.jobs - r.cancelled, 0);
  const hostedRate = rate(hostedFailed, hostedFinished);
  if (hostedRate === null) return [];
  return rows
    .filter(
      (r) =>
        r.kind === 'self-hosted' &&
        r.jobs - r.cancelled >= CALLOUT_MIN_JOBS &&
        r.failureRate !== null &&
        r.failureRate > 2 * hostedRate,
    )
    .map((row) => ({ row, hostedRate, hostedFinished }));
}

const percent = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const kindText = (kind: RunnerKind) => (kind === 'github-hosted' ? 'GitHub-hosted' : kind);

/** A Markdown table whose cells are already escaped (mdText), so nothing is escaped twice. */
function rawTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The most runners in the reliability table (the busiest first within each kind). */
export const MAX_TABLE_ROWS = 30;

export function reliabilityTable(rows: readonly ReliabilityRow[]): string {
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const hidden = rows.length - shown.length;
  const more = hidden > 0 ? [[`… and ${hidden} more runners`, '', '', '', '', '']] : [];
  return rawTable(
    ['runner', 'jobs', 'failed', 'cancelled', 'failure rate', 'median queue wait'],
    shown
      .map((r) => [
        `${mdText(r.runner)} (${kindText(r.kind)})`,
        String(r.jobs),
        String(r.failed),
        String(r.cancelled),
        percent(r.failureRate),
        formatDuration(r.medianQueueMs),
      ])
      .concat(more),
  );
}

export function calloutText(c: Callout): string {
  const finished = c.row.jobs - c.row.cancelled;
  return (
    `**${mdText(c.row.runner)} (self-hosted) fails more than twice as often as GitHub-hosted runners:** ` +
    `${c.row.failed} of ${finished} jobs (${percent(c.row.failureRate)}) against ` +
    `${percent(c.hostedRate)} of ${c.hostedFinished}.`
  );
}

/** A machine is named only when at least this many of its (finished) jobs failed. */
export const MACHINE_MIN_FAILED = 3;
/** The most machines in the machine table (those failing most first). */
export const MAX_MACHINE_ROWS = 30;

export interface MachineRow {
  /** The runner's own name (`runner_name`). */
  name: string;
  /** The label sets (runner names in the runner table) it ran jobs for, sorted. */
  runners: string[];
  jobs: number;
  failed: number;
  cancelled: number;
  /** failed / (jobs - cancelled); null when every job was cancelled. */
  failureRate: number | null;
}

/**
 * One row per self-hosted machine over every entry (whichever workflow wrote it), its jobs summed
 * over every label set it served: most failures first, then highest rate, most jobs, name.
 */
export function machineRows(entries: readonly HistoryEntry[]): MachineRow[] {
  const groups = new Map<string, { name: string; runners: Set<string>; list: MachineRecord[] }>();
  for (const entry of entries) {
    for (const r of entry.runners) {
      if (r.kind !== 'self-hosted') continue;
      for (const m of r.machines ?? []) {
        const group = groups.get(m.name) ?? { name: m.name, runners: new Set(), list: [] };
        group.runners.add(r.runner);
        group.list.push(m);
        groups.set(m.name, group);
      }
    }
  }
  const rows: MachineRow[] = [...groups.values()].map(({ name, runners, list }) => {
    const jobs = list.reduce((a, m) => a + m.jobs, 0);
    const failed = list.reduce((a, m) => a + m.failed, 0);
    const cancelled = list.reduce((a, m) => a + m.cancelled, 0);
    return {
      name,
      runners: [...runners].sort(),
      jobs,
      failed,
      cancelled,
      failureRate: rate(failed, jobs - cancelled),
    };
  });
  return rows.sort(
    (a, b) =>
      b.failed - a.failed ||
      (b.failureRate ?? -1) - (a.failureRate ?? -1) ||
      b.jobs - a.jobs ||
      a.name.localeCompare(b.name),
  );
}

export interface MachineCallout {
  row: MachineRow;
  /** Every other job of the history (other machines, jobs on no known machine, GitHub-hosted). */
  restFailed: number;
  restFinished: number;
  /** restFailed / restFinished; null when nothing else finished. */
  restRate: number | null;
}

/**
 * Machines failing far more often than everything else: at least MACHINE_MIN_FAILED failed jobs
 * and a failure rate more than twice the rest of the history's jobs together (or, with nothing
 * else finished, at least half its jobs). One flaky VM among healthy ones is named this way.
 */
export function machineCallouts(
  machines: readonly MachineRow[],
  runners: readonly ReliabilityRow[],
): MachineCallout[] {
  const allFailed = runners.reduce((a, r) => a + r.failed, 0);
  const allFinished = runners.reduce((a, r) => a + r.jobs - r.cancelled, 0);
  const out: MachineCallout[] = [];
  for (const row of machines) {
    const finished = row.jobs - row.cancelled;
    if (row.failed < MACHINE_MIN_FAILED || row.failureRate === null) continue;
    const restFailed = Math.max(0, allFailed - row.failed);
    const restFinished = Math.max(0, allFinished - finished);
    const restRate = rate(restFailed, restFinished);
    const flaky = restRate === null ? row.failureRate >= 0.5 : row.failureRate > 2 * restRate;
    if (flaky) out.push({ row, restFailed, restFinished, restRate });
  }
  return out;
}

export function machineTable(rows: readonly MachineRow[]): string {
  const shown = rows.slice(0, MAX_MACHINE_ROWS);
  const hidden = rows.length - shown.length;
  const more = hidden > 0 ? [[`… and ${hidden} more machines`, '', '', '', '', '']] : [];
  return rawTable(
    ['machine', 'runner', 'jobs', 'failed', 'cancelled', 'failure rate'],
    shown
      .map((r) => [
        mdText(r.name),
        r.runners.map((n) => mdText(n)).join(', '),
        String(r.jobs),
        String(r.failed),
        String(r.cancelled),
        percent(r.failureRate),
      ])
      .concat(more),
  );
}

export function machineCalloutText(c: MachineCallout): string {
  const finished = c.row.jobs - c.row.cancelled;
  const rest =
    c.restRate === null
      ? 'no other job finished'
      : `the other jobs failed ${percent(c.restRate)} of ${c.restFinished}`;
  return (
    `**Machine ${mdText(c.row.name)} (self-hosted ${c.row.runners.map((n) => mdText(n)).join(', ')}) failed ${c.row.failed} of ${finished} jobs (${percent(c.row.failureRate)})**; ` +
    `${rest}. Check that machine before the runner kind.`
  );
}

/**
 * The trend section over `entries` (oldest first, the current run last), with at most `points`
 * runs in the chart; undefined when there is nothing to show.
 */
export function trendSection(entries: readonly HistoryEntry[], points: number): string | undefined {
  if (entries.length === 0) return undefined;
  const n = entries.length;
  const chart = points > 0 ? speedupChart(entries, points) : undefined;
  const noPair = entries.filter((e) => e.speedup === null).length;
  const chartNote = chart
    ? [
        chart.points < n - noPair
          ? `The chart shows the newest ${chart.points} runs with a speedup.`
          : undefined,
        noPair > 0
          ? `${noPair} run${noPair === 1 ? '' : 's'} without a pair ${noPair === 1 ? 'has' : 'have'} no speedup and ${noPair === 1 ? 'is' : 'are'} left out of the chart.`
          : undefined,
      ]
        .filter(Boolean)
        .join(' ')
    : 'The speedup chart needs at least two runs with a pair.';
  const rows = reliability(entries);
  const machines = machineRows(entries);
  return blocks(
    heading('Trend', 4),
    `Over ${n} recorded run${n === 1 ? '' : 's'}, the current one last.`,
    chart ? `\`\`\`mermaid\n${chart.text}\n\`\`\`` : undefined,
    chartNote || undefined,
    rows.length > 0 ? reliabilityTable(rows) : undefined,
    rows.length > 0
      ? 'Failure rate: jobs that ended `failure` or `timed_out`, over the jobs not cancelled.'
      : undefined,
    ...callouts(rows).map(calloutText),
    machines.length > 0
      ? `Per self-hosted machine (the runner's own name, over every label set it served):`
      : undefined,
    machines.length > 0 ? machineTable(machines) : undefined,
    ...machineCallouts(machines, rows).map(machineCalloutText),
  ).trimEnd();
}
