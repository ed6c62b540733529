/**
 * The hooks, as the runner runs them (through job-started.sh / job-completed.sh, `bash -e`, with
 * the job's variables). job-started prints the host in a log group and removes old temp debris;
 * job-completed removes it again and, with --docker-prune, prunes Docker. The removal is
 * job-cleanup's own (its roots, guards, planner and sweep: nothing outside the workspace,
 * RUNNER_TEMP and the temp directory, never through a symlink).
 *
 * The work runs in a child process that this one watches: at the time limit the child's whole
 * process group is killed (a synchronous removal or a docker call cannot hold the job). A problem
 * is a warning and the hook exits 0, unless the install was --strict. See
 * docs/decisions/runner-hooks-time-limit.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { clean } from '../job-cleanup/cleanup.ts';
import { freeSpace } from '../job-cleanup/disk.ts';
import type { CleanupInputs } from '../job-cleanup/inputs.ts';
import { plural, totals } from '../job-cleanup/report.ts';
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

export function printHost(): void {
  const host = readHost();
  startGroup(`Runner host: ${oneLine(host.chip)}`);
  info(
    `Chip: ${oneLine(host.chip)} (${host.os} ${host.arch}${host.rosetta ? ', under Rosetta' : ''})`,
  );
  info(
    `Cores: ${host.performanceCores} performance + ${host.efficiencyCores} efficiency, ${host.logicalCores} logical`,
  );
  info(`Memory: ${memoryText(host)}`);
  const places = [process.env.GITHUB_WORKSPACE, process.env.RUNNER_TEMP, os.tmpdir()].filter(
    (p): p is string => Boolean(p),
  );
  for (const fs of freeSpace(places)) {
    info(`Free disk: ${formatBytes(fs.free)} on the file system of ${oneLine(fs.path)}`);
  }
  endGroup();
}

export function cleanupInputs(record: InstallRecord, stage: Stage): CleanupInputs {
  return {
    when: 'post',
    tempPatterns: record.hook.tempPatterns,
    maxAgeHours: record.hook.maxAgeHours,
    paths: [],
    cleanWorkspace: false,
    dockerPrune: stage === 'job-completed' && record.hook.dockerPrune,
    dryRun: false,
    failOnError: record.hook.strict,
  };
}

/** The work itself (in the child process). Returns the exit code. */
async function work(stage: Stage, recordFile: string): Promise<number> {
  const record = loadRecord(recordFile);
  // Should the watching process be gone, the work still ends near its limit.
  setTimeout(
    () => process.exit(record.hook.strict ? 1 : 0),
    (record.hook.timeLimitSeconds + 5) * 1000,
  ).unref();
  if (stage === 'job-started') printHost();
  const inputs = cleanupInputs(record, stage);
  // job-cleanup's `fail-on-error` prints an error annotation itself; here the job fails by the
  // exit code only, so the cleanup reports warnings and the hook decides.
  const report = await clean({ ...inputs, failOnError: false }, 'post');
  const t = totals(report);
  info(
    `runner-hooks ${stage}: removed ${plural(t.removedCount, 'temp entry', 'temp entries')} (${record.hook.tempPatterns.join(', ')} older than ${record.hook.maxAgeHours} h), freed ${formatBytes(t.freedBytes)}.`,
  );
  if (t.troubles === 0) return 0;
  if (record.hook.strict) {
    error(`The ${stage} hook met ${plural(t.troubles, 'problem', 'problems')} (--strict).`, TITLE);
    return 1;
  }
  warning(
    `The ${stage} hook met ${plural(t.troubles, 'problem', 'problems')}; the job goes on.`,
    TITLE,
  );
  return 0;
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
}

/** Runs the work in a child process, stopping it at the time limit. */
function supervise(stage: Stage, recordFile: string, strict: boolean): Promise<number> {
  let record: InstallRecord;
  try {
    record = loadRecord(recordFile);
  } catch (e) {
    warning(
      `The ${stage} hook cannot read its install record ${oneLine(recordFile)}: ${oneLine(messageOf(e))}. Run runner-hooks/install again.`,
      TITLE,
    );
    return Promise.resolve(strict ? 1 : 0);
  }
  const fail = record.hook.strict ? 1 : 0;
  const limit = record.hook.timeLimitSeconds;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [process.argv[1] ?? '', stage, recordFile, '--work'], {
      stdio: 'inherit',
      detached: process.platform !== 'win32',
    });
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(code);
    };
    const timer = setTimeout(() => {
      if (child.pid !== undefined) killGroup(child.pid);
      warning(
        `The ${stage} hook stopped at its time limit of ${limit} s; what it had not removed yet stays for the next job.`,
        TITLE,
      );
      finish(fail);
    }, limit * 1000);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        if (child.pid !== undefined) killGroup(child.pid);
        finish(fail);
      });
    }
    child.on('error', (e) => {
      warning(`The ${stage} hook could not start: ${oneLine(messageOf(e))}`, TITLE);
      finish(fail);
    });
    child.on('exit', (code, signal) => {
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
  if (!argv.includes('--work')) return supervise(stage as Stage, recordFile, strict);
  try {
    return await work(stage as Stage, recordFile);
  } catch (e) {
    warning(`The ${stage} hook failed: ${oneLine(messageOf(e))}`, TITLE);
    return 1;
  }
}
