/**
 * The history's thin shell: read it from `history-path` (or take the one restored with the
 * cached baseline), count this run's jobs, append when this run may, and write the file back.
 * Nothing here fails the step: an unreadable or foreign history is a warning and a fresh one.
 * See docs/decisions/perf-report-history.md.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { messageOf } from '../lib/errors.ts';
import { info, oneLine, warning } from '../lib/runner.ts';
import {
  appendEntry,
  appends,
  emptyHistory,
  entryOf,
  type History,
  type HistoryEntry,
  historyFrom,
  type JobOutcome,
  MAX_FILE_BYTES,
  parseHistory,
} from './history.ts';
import { type ApiJob, type JobTiming, runnerFromLabels, runnerKind } from './jobs.ts';
import { namesRunner, runnerFromValues, splitName } from './pairing.ts';
import type { Report } from './report.ts';
import type { OverheadJob } from './savings.ts';

/** Reads the history file; a missing file is a fresh history, a bad one a warning too. */
export function readHistoryFile(path: string, shown: string, reportId: string): History {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      warning(
        `history-path: ${shown} is ${size} bytes, over the ${MAX_FILE_BYTES} a history may be; a fresh history is started.`,
      );
      return emptyHistory(reportId);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      info(`history: ${oneLine(shown)} does not exist yet; a fresh history is started.`);
    } else {
      warning(
        `history-path: could not read ${shown}: ${messageOf(error)}; a fresh history is started.`,
      );
    }
    return emptyHistory(reportId);
  }
  const parsed = parseHistory(text, reportId);
  if (parsed.problem) {
    warning(
      `history-path: ${shown} is not a usable history: ${parsed.problem}.${parsed.history.entries.length ? '' : ' A fresh history is started.'}`,
      { title: 'perf-report history' },
    );
  }
  return parsed.history;
}

/** The history restored with the cached baseline (none in older entries: a fresh one). */
export function historyFromCache(raw: unknown, key: string, reportId: string): History {
  if (raw === undefined) return emptyHistory(reportId);
  const parsed = historyFrom(raw, reportId);
  if (parsed.problem) {
    warning(`history: the cache entry ${key} holds no usable history: ${parsed.problem}.`, {
      title: 'perf-report history',
    });
  }
  return parsed.history;
}

export function writeHistoryFile(path: string, shown: string, history: History): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(history, null, 1)}\n`);
    info(`history: wrote ${history.entries.length} runs to ${oneLine(shown)}.`);
    return true;
  } catch (error) {
    warning(`history-path: could not write ${shown}: ${messageOf(error)}`);
    return false;
  }
}

/** The repository's default branch from the event payload, when it names one. */
export function defaultBranch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const name = event?.repository?.default_branch;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * This run's jobs as the history counts them: the measured jobs (named as pairing named their
 * runner) and the cancelled ones, within `jobs`, leaving out the overhead jobs.
 */
export function jobOutcomes(
  apiJobs: readonly ApiJob[],
  measured: readonly JobTiming[],
  include: (name: string) => boolean,
  isOverhead: (job: OverheadJob) => boolean,
): JobOutcome[] {
  const overhead = new Set(apiJobs.filter(isOverhead).map((j) => j.id));
  const out: JobOutcome[] = measured
    .filter((j) => !overhead.has(j.id))
    .map((j) => ({
      runner: j.runner,
      kind: j.kind,
      conclusion: j.conclusion,
      durationMs: j.durationMs,
      queueMs: j.queueMs,
    }));
  for (const job of apiJobs) {
    if (job.status !== 'completed' || job.conclusion !== 'cancelled') continue;
    if (!include(job.name) || overhead.has(job.id)) continue;
    const who = { labels: job.labels ?? [], runnerName: job.runner_name };
    const values = splitName(job.name).values.filter((v) => namesRunner(v, who));
    out.push({
      runner: runnerFromValues(values) ?? runnerFromLabels(who),
      kind: runnerKind({ ...job, labels: who.labels }),
      conclusion: 'cancelled',
    });
  }
  return out;
}

export interface HistoryStep {
  /** The entries to show, oldest first, this run last. */
  shown: HistoryEntry[];
  /** The history to store: with this run when it appends. */
  stored: History;
  appended: boolean;
  /** Entries the history held before this run (within `keep`). */
  before: number;
}

/** Adds this run to what the history shows, and to what it stores when the run may append. */
export function stepHistory(
  history: History,
  report: Report,
  outcomes: readonly JobOutcome[],
  keep: number,
  context: { event: string; refName: string; defaultBranch?: string },
): HistoryStep {
  const entry = entryOf({
    runId: report.run.runId,
    runAttempt: report.run.runAttempt,
    date: report.createdAt,
    commit: report.run.sha,
    speedup: report.speedup,
    jobs: outcomes,
  });
  const withThis = appendEntry(history, entry, keep);
  const appended = appends(context);
  const kept = { ...history, entries: history.entries.slice(-keep) };
  return {
    shown: withThis.entries,
    stored: appended ? withThis : kept,
    appended,
    before: kept.entries.length,
  };
}
