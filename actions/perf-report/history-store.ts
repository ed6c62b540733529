/**
 * The history's thin shell: read it from `history-path` (or take the one restored with the
 * cached baseline), count this run's jobs, append when this run may, and write the file back.
 * Nothing here fails the step: an unreadable history is a warning and a fresh one. A file at
 * `history-path` is written only when it is this report's history or does not exist; it is
 * replaced atomically, never through a symbolic link, never outside the workspace.
 * See docs/decisions/perf-report-history.md and docs/decisions/perf-report-history-file.md.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { messageOf } from '../lib/errors.ts';
import { info, oneLine, warning } from '../lib/runner.ts';
import {
  appendEntry,
  appends,
  emptyHistory,
  entryOf,
  fitHistory,
  type History,
  type HistoryEntry,
  historyFrom,
  type JobOutcome,
  MAX_FILE_BYTES,
  type Parsed,
  parseHistory,
} from './history.ts';
import { type ApiJob, type JobTiming, runnerFromLabels, runnerKind } from './jobs.ts';
import { namesRunner, runnerFromValues, splitName } from './pairing.ts';
import type { Report } from './report.ts';
import type { OverheadJob } from './savings.ts';

/** What is at `history-path`, and so whether the history may be written there. */
export type HistoryFile =
  /** Nothing yet (folders on the way may be missing too): it may be created. */
  | { kind: 'absent'; root: string; rel: string }
  /** This report's history: it may be replaced, keeping its mode. */
  | { kind: 'ours'; root: string; rel: string; mode: number; parsed: Parsed }
  /** Anything else: left byte for byte as it is, never written. */
  | { kind: 'refused'; reason: string };

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/** Mode of a history file this action creates. */
export const NEW_FILE_MODE = 0o644;

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** `path` relative to the workspace (as given, or its real path); undefined when outside it. */
export function underWorkspace(
  workspace: string,
  realWorkspace: string,
  path: string,
): string | undefined {
  for (const base of [resolve(workspace), realWorkspace]) {
    const rel = relative(base, resolve(path));
    if (rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return rel;
  }
  return undefined;
}

/** Reads at most `limit + 1` bytes of an open file: enough to tell it is over `limit`. */
function readBounded(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit + 1);
  let length = 0;
  while (length < buffer.length) {
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/**
 * What the file at `path` is, looked at without following any symbolic link: every folder from
 * the workspace's real path down to it must be a real folder, the file a regular file within
 * MAX_FILE_BYTES holding this report's history (or absent).
 */
export function inspectHistoryFile(
  workspace: string,
  path: string,
  reportId: string,
  maxBytes = MAX_FILE_BYTES,
): HistoryFile {
  const refused = (reason: string): HistoryFile => ({ kind: 'refused', reason });
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch (error) {
    return refused(`the workspace cannot be resolved (${messageOf(error)})`);
  }
  const rel = underWorkspace(workspace, root, path);
  if (rel === undefined) return refused('it is outside the workspace');
  const parts = rel.split(sep);
  let at = root;
  let stat: Stats | undefined;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    const last = i === parts.length - 1;
    const what = last ? 'it' : `the folder ${parts.slice(0, i + 1).join('/')}`;
    try {
      stat = lstatSync(at);
    } catch (error) {
      if (errno(error) === 'ENOENT') return { kind: 'absent', root, rel };
      return refused(`${what} cannot be looked at (${messageOf(error)})`);
    }
    if (stat.isSymbolicLink()) return refused(`${what} is a symbolic link`);
    if (!last && !stat.isDirectory()) return refused(`${what} is not a folder`);
  }
  if (!stat?.isFile()) return refused('it is not a regular file');
  if (stat.size > maxBytes) {
    return refused(`it is ${stat.size} bytes, over the ${maxBytes} a history may be`);
  }
  let text: string;
  let fd: number | undefined;
  try {
    // Non-blocking: a FIFO swapped in after the check must not hang the step (fstat refuses it).
    fd = openSync(at, constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev) {
      return refused('it was replaced while it was read');
    }
    const bytes = readBounded(fd, maxBytes);
    if (bytes.length > maxBytes)
      return refused(`it grew over the ${maxBytes} bytes a history may be`);
    text = bytes.toString('utf8');
  } catch (error) {
    return refused(`it cannot be read (${messageOf(error)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const parsed = parseHistory(text, reportId);
  if (parsed.foreign) return refused(parsed.problem ?? 'it is not a perf-report history');
  return { kind: 'ours', root, rel, mode: stat.mode & 0o777, parsed };
}

/** Reads the history at `history-path`: this report's, or a fresh one (and why, as a warning). */
export function readHistoryFile(
  workspace: string,
  path: string,
  shown: string,
  reportId: string,
): { history: History; file: HistoryFile } {
  const file = inspectHistoryFile(workspace, path, reportId);
  const name = oneLine(shown);
  if (file.kind === 'absent') {
    info(`history: ${name} does not exist yet; a fresh history is started.`);
    return { history: emptyHistory(reportId), file };
  }
  if (file.kind === 'refused') {
    warning(
      `history-path: ${name} is not this report's history (report-id ${reportId}): ${oneLine(file.reason)}. It is left as it is and will not be written; a fresh history is shown.`,
      { title: 'perf-report history' },
    );
    return { history: emptyHistory(reportId), file };
  }
  const { parsed } = file;
  if (parsed.problem) {
    warning(`history-path: ${name} is not a usable history as it is: ${oneLine(parsed.problem)}.`, {
      title: 'perf-report history',
    });
  }
  return { history: parsed.history, file };
}

/** The history restored with the cached baseline (none in older entries: a fresh one). */
export function historyFromCache(raw: unknown, key: string, reportId: string): History {
  if (raw === undefined) return emptyHistory(reportId);
  const parsed = historyFrom(raw, reportId);
  if (parsed.problem) {
    warning(
      `history: the cache entry ${key} holds no usable history: ${oneLine(parsed.problem)}.`,
      {
        title: 'perf-report history',
      },
    );
  }
  return parsed.history;
}

/** The file operations an atomic write makes; tests replace one to make it fail. */
export interface FileIo {
  open(path: string, flags: number, mode: number): number;
  fchmod(fd: number, mode: number): void;
  write(fd: number, data: Buffer, offset: number, length: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
}

export const NODE_IO: FileIo = {
  open: (path, flags, mode) => openSync(path, flags, mode),
  fchmod: (fd, mode) => fchmodSync(fd, mode),
  write: (fd, data, offset, length) => writeSync(fd, data, offset, length),
  fsync: (fd) => fsyncSync(fd),
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
};

/**
 * Replaces `target` with `text` atomically: a new file with a random name in the same folder
 * (created exclusively, never through a link), written, flushed to disk, then renamed over the
 * target. A failure before the rename removes the new file and leaves the target as it was; a
 * step cancelled at any point leaves the old file or the new one. `check` runs just before the
 * rename and may throw to stop it.
 */
export function atomicWrite(
  target: string,
  text: string,
  mode: number,
  io: FileIo = NODE_IO,
  check: () => void = () => {},
): void {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = io.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, mode);
    created = true;
    io.fchmod(fd, mode);
    const data = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < data.length; ) {
      offset += io.write(fd, data, offset, data.length - offset);
    }
    io.fsync(fd);
    io.close(fd);
    fd = undefined;
    check();
    io.rename(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        io.close(fd);
      } catch {}
    }
    if (created) {
      try {
        io.unlink(temp);
      } catch {}
    }
    throw error;
  }
  // The rename is made durable by flushing the folder, where the platform allows it.
  try {
    const d = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(d);
    } finally {
      closeSync(d);
    }
  } catch {}
}

/** Creates the missing folders from `root` down to `rel`'s folder, refusing any link met. */
function makeFolders(root: string, rel: string): void {
  const parts = rel.split(sep).slice(0, -1);
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    try {
      mkdirSync(at, { mode: 0o755 });
    } catch (error) {
      if (errno(error) !== 'EEXIST') throw error;
    }
    const stat = lstatSync(at);
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      throw new Error(`${relative(root, at)} is not a real folder`);
    }
  }
}

/**
 * Writes the history to `history-path` when what is there now is this report's history or
 * nothing (looked at again just before writing); otherwise a warning, and the file is left as it
 * was. Returns how many runs it wrote (the oldest are dropped to stay within MAX_FILE_BYTES), or
 * undefined when it wrote nothing.
 */
export function writeHistoryFile(
  workspace: string,
  path: string,
  shown: string,
  history: History,
  io: FileIo = NODE_IO,
): number | undefined {
  const name = oneLine(shown);
  const file = inspectHistoryFile(workspace, path, history.reportId);
  if (file.kind === 'refused') {
    warning(
      `history-path: ${name} was not written: ${oneLine(file.reason)}. It is left as it is.`,
      { title: 'perf-report history' },
    );
    return undefined;
  }
  const { text, history: fitted, dropped } = fitHistory(history);
  const target = join(file.root, file.rel);
  try {
    makeFolders(file.root, file.rel);
    atomicWrite(target, text, file.kind === 'ours' ? file.mode : NEW_FILE_MODE, io, () => {
      // The folder must still be the one checked: no link swapped in on the way.
      if (realpathSync(dirname(target)) !== dirname(target)) {
        throw new Error('a folder on its path was replaced by a symbolic link');
      }
    });
  } catch (error) {
    warning(`history-path: could not write ${name}: ${oneLine(messageOf(error))}`, {
      title: 'perf-report history',
    });
    return undefined;
  }
  info(
    `history: wrote ${fitted.entries.length} runs to ${name}${dropped > 0 ? ` (the ${dropped} oldest were dropped to stay under ${MAX_FILE_BYTES} bytes)` : ''}.`,
  );
  return fitted.entries.length;
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
 * runner) and the cancelled ones not measured, within `jobs`, leaving out the overhead jobs. Each
 * carries the machine that ran it (`runner_name`), when one did.
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
      machine: j.runnerName,
    }));
  const counted = new Set(measured.map((j) => j.id));
  for (const job of apiJobs) {
    if (job.status !== 'completed' || job.conclusion !== 'cancelled') continue;
    if (!include(job.name) || overhead.has(job.id) || counted.has(job.id)) continue;
    const who = { labels: job.labels ?? [], runnerName: job.runner_name };
    const values = splitName(job.name).values.filter((v) => namesRunner(v, who));
    out.push({
      runner: runnerFromValues(values) ?? runnerFromLabels(who),
      kind: runnerKind({ ...job, labels: who.labels }),
      conclusion: 'cancelled',
      machine: job.runner_name,
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
