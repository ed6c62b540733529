/**
 * The hooks, as the runner runs them (through job-started.sh / job-completed.sh, `bash -e`, with
 * the job's variables). job-started prints the host in a log group and removes old temp debris
 * from `/tmp` and the temp directory (docs/decisions/runner-hooks-sweep.md); job-completed removes
 * it again and, with --docker-prune, prunes Docker. The removal is job-cleanup's own `sweepTemp`
 * (its guards, planner and sweep: never through a symlink, never under HOME or the runner).
 *
 * The work runs in a child process that this one watches: at the time limit the child's whole
 * process group is killed (a synchronous removal or a docker call cannot hold the job). A problem
 * is a warning and the hook exits 0, unless the install was --strict. See
 * docs/decisions/runner-hooks-time-limit.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeSpace } from '../job-cleanup/disk.ts';
import { sweepTemp } from '../job-cleanup/engine.ts';
import { describe, plural } from '../job-cleanup/report.ts';
import { messageOf } from '../lib/errors.ts';
import { endGroup, error, info, oneLine, startGroup, warning } from '../lib/runner.ts';
import { formatBytes } from '../lib/summary.ts';
import { readHost } from '../setup-m4-env/read-host.ts';
import { memoryText } from '../setup-m4-env/summary.ts';
import { type InstallRecord, parseRecord } from './record.ts';
import { STAGES, type Stage } from './scripts.ts';

const TITLE = { title: 'runner-hooks' };

function loadRecord(file: string): InstallRecord {
  return parseRecord(readFileSync(file, 'utf8'));
}

/** Where the hook looks: the job's temp directory, and how paths resolve. */
export interface Places {
  /** `os.tmpdir()` (TMPDIR honoured). */
  tmpdir: string;
  realpath(p: string): string | undefined;
}

const realPlaces = (): Places => ({
  tmpdir: os.tmpdir(),
  realpath: (p) => {
    try {
      return realpathSync.native(p);
    } catch {
      return undefined;
    }
  },
});

/**
 * The folders the hook sweeps: the fixed temp folder (`/tmp`) and the job's temp directory, once
 * each by real path (on Linux both are usually `/tmp`; on macOS the temp directory is under
 * /var/folders and `/tmp` is /private/tmp). A folder that does not resolve is kept as written, so
 * the sweep says it is not a folder. Pure over `realpath`.
 */
export function sweepFolders(systemTemp: string, places: Places): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of [systemTemp, places.tmpdir]) {
    const key = places.realpath(p) ?? p;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

export function printHost(places: Places): void {
  const host = readHost();
  startGroup(`Runner host: ${oneLine(host.chip)}`);
  info(
    `Chip: ${oneLine(host.chip)} (${host.os} ${host.arch}${host.rosetta ? ', under Rosetta' : ''})`,
  );
  info(
    `Cores: ${host.performanceCores} performance + ${host.efficiencyCores} efficiency, ${host.logicalCores} logical`,
  );
  info(`Memory: ${memoryText(host)}`);
  const where = [process.env.GITHUB_WORKSPACE, process.env.RUNNER_TEMP, places.tmpdir].filter(
    (p): p is string => Boolean(p),
  );
  for (const fs of freeSpace(where)) {
    info(`Free disk: ${formatBytes(fs.free)} on the file system of ${oneLine(fs.path)}`);
  }
  endGroup();
}

/** The work itself (in the child process). Returns the exit code. */
export async function work(
  stage: Stage,
  record: InstallRecord,
  places: Places = realPlaces(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  if (stage === 'job-started') printHost(places);
  const folders = sweepFolders(record.hook.systemTemp, places);
  let grouped = false;
  const result = await sweepTemp({
    roots: folders,
    patterns: record.hook.tempPatterns,
    maxAgeHours: record.hook.maxAgeHours,
    dryRun: false,
    dockerPrune: stage === 'job-completed' && record.hook.dockerPrune,
    env,
    progress: {
      planned(plan, refused) {
        for (const r of refused) {
          warning(`Refused to remove ${oneLine(r.path)}: ${oneLine(r.reason)}.`, TITLE);
        }
        if (plan.remove.length) {
          startGroup('Removing');
          grouped = true;
        }
      },
      removed(entry) {
        info(`${entry.complete ? 'Removed' : 'Partly removed'} ${describe(entry)}`);
      },
    },
  }).finally(() => {
    if (grouped) endGroup();
  });
  if (result.fresh.length) {
    info(
      `Kept ${plural(result.fresh.length, 'temp entry', 'temp entries')} younger than ${record.hook.maxAgeHours} h: ${result.fresh.map((f) => oneLine(path.basename(f.path))).join(', ')}.`,
    );
  }
  for (const s of result.skippedRoots) {
    info(`Not sweeping ${oneLine(s.label)}: ${oneLine(s.reason)}.`);
  }
  for (const p of result.problems) {
    warning(`Could not remove ${oneLine(p.path)}: ${p.code} ${oneLine(p.message)}`, TITLE);
  }
  const docker = result.docker;
  if (docker?.unavailable) info(`docker-prune: ${oneLine(docker.unavailable)}; nothing pruned.`);
  for (const s of docker?.steps ?? []) {
    if (s.ok) info(`${s.command}: reclaimed ${oneLine(s.reclaimed ?? '0B')}`);
    else warning(`${s.command} failed: ${oneLine(s.error ?? '')}`, TITLE);
  }
  const removed = result.removed.filter((e) => e.complete).length;
  const freed = result.removed.reduce((sum, e) => sum + e.bytes, 0);
  const swept = folders.filter((f) => !result.skippedRoots.some((s) => s.label === f));
  info(
    `runner-hooks ${stage}: removed ${plural(removed, 'temp entry', 'temp entries')} (${record.hook.tempPatterns.join(', ')} older than ${record.hook.maxAgeHours} h), freed ${formatBytes(freed)}; swept ${swept.length ? swept.map(oneLine).join(' and ') : 'nothing'}.`,
  );
  const troubles =
    result.refused.length + result.problemCount + (docker?.steps.filter((s) => !s.ok).length ?? 0);
  if (troubles === 0) return 0;
  if (record.hook.strict) {
    error(`The ${stage} hook met ${plural(troubles, 'problem', 'problems')} (--strict).`, TITLE);
    return 1;
  }
  warning(
    `The ${stage} hook met ${plural(troubles, 'problem', 'problems')}; the job goes on.`,
    TITLE,
  );
  return 0;
}

/** The work's process, as the supervisor sees it. */
export interface WorkProcess {
  pid?: number;
  on(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
  on(event: 'error', listener: (e: Error) => void): void;
}

/** What supervision needs from the machine: passed in, so a test drives time and processes. */
export interface Supervision {
  /** Starts the work in a process group of its own. */
  start(): WorkProcess;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  kill(pid: number, signal: NodeJS.Signals): void;
  onSignal(signal: 'SIGTERM' | 'SIGINT', fn: () => void): void;
}

function realSupervision(stage: Stage, recordFile: string): Supervision {
  return {
    start: () =>
      spawn(process.execPath, [process.argv[1] ?? '', stage, recordFile, '--work'], {
        stdio: 'inherit',
        detached: process.platform !== 'win32',
      }),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
    kill: (pid, signal) => process.kill(pid, signal),
    onSignal: (signal, fn) => process.once(signal, fn),
  };
}

/** Kills the work's whole process group (its children, `docker` included), else the work. */
export function killGroup(pid: number, kill: Supervision['kill']): void {
  try {
    kill(-pid, 'SIGKILL');
  } catch {
    try {
      kill(pid, 'SIGKILL');
    } catch {}
  }
}

/** Runs the work in its own process group, stopping the group at the time limit. */
export function supervise(stage: Stage, record: InstallRecord, s: Supervision): Promise<number> {
  const fail = record.hook.strict ? 1 : 0;
  const limit = record.hook.timeLimitSeconds;
  return new Promise((resolve) => {
    const child = s.start();
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      s.clearTimer(timer);
      resolve(code);
    };
    const timer = s.setTimer(() => {
      if (child.pid !== undefined) killGroup(child.pid, s.kill);
      warning(
        `The ${stage} hook stopped at its time limit of ${limit} s; what it had not removed yet stays for the next job.`,
        TITLE,
      );
      finish(fail);
    }, limit * 1000);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      s.onSignal(signal, () => {
        if (child.pid !== undefined) killGroup(child.pid, s.kill);
        finish(fail);
      });
    }
    child.on('error', (e) => {
      warning(`The ${stage} hook could not start: ${oneLine(messageOf(e))}`, TITLE);
      finish(fail);
    });
    child.on('exit', (code, signal) => {
      if (done) return;
      if (code === 0) return finish(0);
      if (!record.hook.strict) {
        warning(
          `The ${stage} hook's work ended with ${signal ? `signal ${signal}` : `exit code ${code}`}; the job goes on.`,
          TITLE,
        );
        return finish(0);
      }
      finish(code ?? 1);
    });
  });
}

/** `<stage> <record> [--strict] [--work]`: the scripts call it without --work. */
export async function hookMain(argv: readonly string[]): Promise<number> {
  const [stage, recordFile] = argv;
  const strict = argv.includes('--strict');
  if (!STAGES.includes(stage as Stage) || !recordFile) {
    warning(
      `runner-hooks: expected 'job-started' or 'job-completed' and the install record; got ${oneLine(argv.join(' '))}.`,
      TITLE,
    );
    return strict ? 1 : 0;
  }
  let record: InstallRecord;
  try {
    record = loadRecord(recordFile);
  } catch (e) {
    warning(
      `The ${stage} hook cannot read its install record ${oneLine(recordFile)}: ${oneLine(messageOf(e))}. Run runner-hooks/install again.`,
      TITLE,
    );
    return strict ? 1 : 0;
  }
  if (!argv.includes('--work')) {
    return supervise(stage as Stage, record, realSupervision(stage as Stage, recordFile));
  }
  // Should the watching process be gone, the work still ends near its limit.
  setTimeout(
    () => process.exit(record.hook.strict ? 1 : 0),
    (record.hook.timeLimitSeconds + 5) * 1000,
  ).unref();
  try {
    return await work(stage as Stage, record);
  } catch (e) {
    warning(`The ${stage} hook failed: ${oneLine(messageOf(e))}`, TITLE);
    return 1;
  }
}
