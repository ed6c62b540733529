/**
 * The history: a short record of earlier reports (one entry per run), kept with the baseline, so
 * the summary can show the speedup's trend and each runner's reliability over time. Pure: the
 * entry model, building an entry from a run, appending within the bound, and a parser that never
 * throws. See docs/decisions/perf-report-history.md.
 */
import type { RunnerKind } from './jobs.ts';
import { median } from './measure.ts';

export const HISTORY_SCHEMA = 'runner-actions/perf-report-history@1';

/** The most entries the `history` input may ask for, and the most a file may bring in. */
export const MAX_HISTORY = 500;
/** The most runners one entry records (the busiest first). */
export const MAX_RUNNERS = 20;
/** Longest runner name kept. */
export const MAX_NAME = 100;
/** A history file larger than this is not read (nor written: older entries are dropped first). */
export const MAX_FILE_BYTES = 5_000_000;
/** The most machines one runner record names (the busiest first). */
export const MAX_MACHINES = 50;

/** One machine (the runner's own name, `runner_name`) within a runner record: its jobs' ends. */
export interface MachineRecord {
  name: string;
  jobs: number;
  succeeded: number;
  /** Ended `failure` or `timed_out`. */
  failed: number;
  cancelled: number;
}

export interface RunnerRecord {
  runner: string;
  kind: RunnerKind;
  /** Jobs counted: succeeded, failed, cancelled and any other conclusion. */
  jobs: number;
  succeeded: number;
  /** Ended `failure` or `timed_out`. */
  failed: number;
  /** Ended `cancelled`: shown apart, never a failure. */
  cancelled: number;
  /** Total run time of the jobs that ran. */
  durationMs: number;
  /** Queue waits of the jobs that ran. */
  queue: { jobs: number; medianMs: number; maxMs: number };
  /**
   * Self-hosted runners only: the machines that ran its jobs, by `runner_name` (jobs that never
   * reached a machine are in no machine). Absent in entries written before machines were kept.
   */
  machines?: MachineRecord[];
}

export interface HistoryEntry {
  runId: number;
  runAttempt: number;
  /** ISO time of the report. */
  date: string;
  /** The commit (hex), or empty. */
  commit: string;
  /** Hosted over self-hosted time of the pairs; null for a run without a pair. */
  speedup: number | null;
  runners: RunnerRecord[];
}

export interface History {
  schema: typeof HISTORY_SCHEMA;
  reportId: string;
  /** Oldest first. */
  entries: HistoryEntry[];
}

export const emptyHistory = (reportId: string): History => ({
  schema: HISTORY_SCHEMA,
  reportId,
  entries: [],
});

/** One job as the history counts it. */
export interface JobOutcome {
  runner: string;
  kind: RunnerKind;
  conclusion: string | null;
  /** Absent for a job that never ran (cancelled while queued). */
  durationMs?: number;
  queueMs?: number;
  /** The machine that ran it (`runner_name`); absent or null when it reached none. */
  machine?: string | null;
}

const FAILED = new Set(['failure', 'timed_out']);

const ends = (list: readonly JobOutcome[]) => ({
  jobs: list.length,
  succeeded: list.filter((j) => j.conclusion === 'success').length,
  failed: list.filter((j) => FAILED.has(j.conclusion ?? '')).length,
  cancelled: list.filter((j) => j.conclusion === 'cancelled').length,
});

/** The machines of one runner's jobs, busiest first, at most MAX_MACHINES. */
export function machineRecords(jobs: readonly JobOutcome[]): MachineRecord[] {
  const groups = new Map<string, JobOutcome[]>();
  for (const job of jobs) {
    if (!job.machine) continue;
    const name = job.machine.slice(0, MAX_NAME);
    const list = groups.get(name) ?? [];
    list.push(job);
    groups.set(name, list);
  }
  return [...groups]
    .map(([name, list]) => ({ name, ...ends(list) }))
    .sort((a, b) => b.jobs - a.jobs || a.name.localeCompare(b.name))
    .slice(0, MAX_MACHINES);
}

/** The per-runner records of one run, busiest runner first, at most MAX_RUNNERS. */
export function runnerRecords(jobs: readonly JobOutcome[]): RunnerRecord[] {
  const groups = new Map<string, JobOutcome[]>();
  for (const job of jobs) {
    const key = `${job.kind}\u0000${job.runner}`;
    const list = groups.get(key) ?? [];
    list.push(job);
    groups.set(key, list);
  }
  const out: RunnerRecord[] = [];
  for (const list of groups.values()) {
    const first = list[0] as JobOutcome;
    const waits = list.flatMap((j) => (j.queueMs === undefined ? [] : [j.queueMs]));
    out.push({
      runner: first.runner.slice(0, MAX_NAME),
      kind: first.kind,
      ...ends(list),
      durationMs: list.reduce((a, j) => a + (j.durationMs ?? 0), 0),
      queue: {
        jobs: waits.length,
        medianMs: median(waits),
        maxMs: waits.reduce((m, w) => Math.max(m, w), 0),
      },
      ...(first.kind === 'self-hosted' ? { machines: machineRecords(list) } : {}),
    });
  }
  return out
    .sort(
      (a, b) => b.jobs - a.jobs || a.kind.localeCompare(b.kind) || a.runner.localeCompare(b.runner),
    )
    .slice(0, MAX_RUNNERS);
}

export interface EntryInput {
  runId: number;
  runAttempt: number;
  date: string;
  commit: string;
  speedup: number | null;
  jobs: readonly JobOutcome[];
}

export function entryOf(input: EntryInput): HistoryEntry {
  return {
    runId: input.runId,
    runAttempt: input.runAttempt,
    date: input.date,
    commit: /^[0-9a-f]{0,64}$/i.test(input.commit) ? input.commit.toLowerCase() : '',
    speedup: input.speedup,
    runners: runnerRecords(input.jobs),
  };
}

/**
 * The history with `entry` last, at most `keep` entries (the newest). A re-run of a run already
 * recorded replaces its entry.
 */
export function appendEntry(history: History, entry: HistoryEntry, keep: number): History {
  const entries = history.entries.filter((e) => e.runId !== entry.runId);
  entries.push(entry);
  return { ...history, entries: keep > 0 ? entries.slice(-keep) : [] };
}

export interface AppendContext {
  /** GITHUB_EVENT_NAME of this run ('' when the report reads another run). */
  event: string;
  /** GITHUB_REF_NAME. */
  refName: string;
  /** The repository's default branch from the event payload, when it says. */
  defaultBranch?: string;
}

/**
 * Does this run add to the history? `push` runs do; `schedule` runs (GitHub runs them on the
 * default branch) and `workflow_dispatch` on the default branch do; pull requests and everything
 * else only read it.
 */
export function appends(context: AppendContext): boolean {
  if (context.event === 'push' || context.event === 'schedule') return true;
  if (context.event === 'workflow_dispatch') {
    return Boolean(context.defaultBranch) && context.refName === context.defaultBranch;
  }
  return false;
}

export interface Parsed {
  history: History;
  /** Why the file was not taken as it is (a warning); undefined when it was. */
  problem?: string;
  /**
   * The text is not this report's history at all (not JSON, another schema or report-id, no
   * entries list): a file like that is never written over.
   */
  foreign?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const ms = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function machineRecord(value: unknown): MachineRecord | undefined {
  if (!isObject(value)) return undefined;
  const { name, jobs, succeeded, failed, cancelled } = value;
  if (typeof name !== 'string' || !name) return undefined;
  if (!count(jobs) || !count(succeeded) || !count(failed) || !count(cancelled)) return undefined;
  if (succeeded + failed + cancelled > jobs) return undefined;
  return { name: name.slice(0, MAX_NAME), jobs, succeeded, failed, cancelled };
}

/** The machines of a stored runner record: undefined when absent (older files), null when invalid. */
function machinesOf(value: unknown, jobs: number): MachineRecord[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_MACHINES) return null;
  const out: MachineRecord[] = [];
  for (const m of value) {
    const record = machineRecord(m);
    if (!record || record.jobs > jobs) return null;
    out.push(record);
  }
  return out;
}

function runnerRecord(value: unknown): RunnerRecord | undefined {
  if (!isObject(value)) return undefined;
  const { runner, kind, jobs, succeeded, failed, cancelled, durationMs, queue } = value;
  if (typeof runner !== 'string' || !runner) return undefined;
  if (kind !== 'self-hosted' && kind !== 'github-hosted') return undefined;
  if (!count(jobs) || !count(succeeded) || !count(failed) || !count(cancelled)) return undefined;
  if (succeeded + failed + cancelled > jobs || !ms(durationMs) || !isObject(queue))
    return undefined;
  if (!count(queue.jobs) || queue.jobs > jobs || !ms(queue.medianMs) || !ms(queue.maxMs)) {
    return undefined;
  }
  const machines = machinesOf(value.machines, jobs);
  if (machines === null) return undefined;
  return {
    runner: runner.slice(0, MAX_NAME),
    kind,
    jobs,
    succeeded,
    failed,
    cancelled,
    durationMs,
    queue: { jobs: queue.jobs, medianMs: queue.medianMs, maxMs: queue.maxMs },
    ...(machines ? { machines } : {}),
  };
}

/** A valid entry, or undefined. */
export function historyEntry(value: unknown): HistoryEntry | undefined {
  if (!isObject(value)) return undefined;
  const { runId, runAttempt, date, commit, speedup, runners } = value;
  if (!count(runId) || runId < 1 || !count(runAttempt) || runAttempt < 1) return undefined;
  if (typeof date !== 'string' || date.length > 40 || !Number.isFinite(Date.parse(date))) {
    return undefined;
  }
  if (typeof commit !== 'string' || !/^[0-9a-f]{0,64}$/i.test(commit)) return undefined;
  if (speedup !== null && !(ms(speedup) && speedup < 1e6)) return undefined;
  if (!Array.isArray(runners)) return undefined;
  const records: RunnerRecord[] = [];
  for (const r of runners.slice(0, MAX_RUNNERS)) {
    const record = runnerRecord(r);
    if (!record) return undefined;
    records.push(record);
  }
  return {
    runId,
    runAttempt,
    date,
    commit: commit.toLowerCase(),
    speedup: speedup as number | null,
    runners: records,
  };
}

/**
 * Reads a history from JSON text. Never throws: text that is not JSON, not a history, or the
 * history of another report-id gives a fresh history and the reason; invalid entries are dropped
 * (and counted in the reason); at most MAX_HISTORY entries, the newest, are kept.
 */
export function parseHistory(text: string, reportId: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { history: emptyHistory(reportId), problem: 'it is not JSON', foreign: true };
  }
  return historyFrom(json, reportId);
}

/** parseHistory for a value already parsed (the history inside a cache entry). */
export function historyFrom(json: unknown, reportId: string): Parsed {
  const fresh = (problem: string): Parsed => ({
    history: emptyHistory(reportId),
    problem,
    foreign: true,
  });
  if (!isObject(json) || json.schema !== HISTORY_SCHEMA) {
    return fresh(`it is not a perf-report history (no "schema": "${HISTORY_SCHEMA}")`);
  }
  if (json.reportId !== reportId) {
    const other = typeof json.reportId === 'string' ? json.reportId.slice(0, MAX_NAME) : '?';
    return fresh(`it is the history of report-id '${other}', not '${reportId}'`);
  }
  if (!Array.isArray(json.entries)) return fresh('it has no "entries" list');
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  const seen = new Set<number>();
  const tail = json.entries.slice(-MAX_HISTORY * 2);
  dropped += json.entries.length - tail.length;
  for (const raw of tail) {
    const entry = historyEntry(raw);
    if (!entry || seen.has(entry.runId)) dropped++;
    else {
      seen.add(entry.runId);
      entries.push(entry);
    }
  }
  const kept = entries.slice(-MAX_HISTORY);
  dropped += entries.length - kept.length;
  const history: History = { schema: HISTORY_SCHEMA, reportId, entries: kept };
  return dropped > 0
    ? {
        history,
        problem: `${dropped} of its ${json.entries.length} entries were invalid or over the limit and were left out`,
      }
    : { history };
}

/** The history as its file holds it. */
export const historyText = (history: History): string => `${JSON.stringify(history, null, 1)}\n`;

/**
 * The history's text within `maxBytes`: the oldest entries are dropped until it fits, so a file
 * this action writes is always one it reads back. `dropped` says how many went.
 */
export function fitHistory(
  history: History,
  maxBytes = MAX_FILE_BYTES,
): { text: string; history: History; dropped: number } {
  let kept = history;
  let text = historyText(kept);
  while (Buffer.byteLength(text) > maxBytes && kept.entries.length > 0) {
    const size = Buffer.byteLength(text);
    // Drop in proportion to the excess (at least one), then check again.
    const drop = Math.max(1, Math.ceil((kept.entries.length * (size - maxBytes)) / size));
    kept = { ...kept, entries: kept.entries.slice(drop) };
    text = historyText(kept);
  }
  return { text, history: kept, dropped: history.entries.length - kept.entries.length };
}
