/**
 * job-cleanup's shell: reads the inputs, runs the engine (engine.ts: gather, plan, remove), prunes
 * Docker, and reports; every name from the file system or Docker is printed through `oneLine`. Main records the start (and cleans with `when: now`
 * or `both`); post cleans with `when: post` or `both`.
 */
import os from 'node:os';
import path from 'node:path';
import { createReader, fromEnv } from '../lib/inputs.ts';
import {
  appendSummary,
  debug,
  endGroup,
  error,
  info,
  notice,
  oneLine,
  setOutput,
  startGroup,
  warning,
} from '../lib/runner.ts';
import { stateSlot } from '../lib/state.ts';
import { formatBytes } from '../lib/summary.ts';
import { freeBytes } from './disk.ts';
import { pruneDocker } from './docker.ts';
import { runCleanup } from './engine.ts';
import { ground } from './gather.ts';
import { parsePathSpec } from './glob.ts';
import { type CleanupInputs, readCleanupInputs, type When } from './inputs.ts';
import { type CleanupReport, cleanupSummary, describe, plural, totals } from './report.ts';

interface Saved {
  when: When;
  startedAt: number;
  freeAtStart?: number;
}

const slot = stateSlot<Saved>('job-cleanup');
/** Annotations beyond these go to the log and the summary only. */
const MAX_ANNOTATIONS = 50;
const MAX_PROBLEMS = 200;

export async function cleanupMain(): Promise<void> {
  const inputs = readCleanupInputs(createReader(fromEnv()));
  slot.save({
    when: inputs.when,
    startedAt: Date.now(),
    freeAtStart: freeBytes(process.env.GITHUB_WORKSPACE || os.tmpdir()),
  });
  if (inputs.when === 'post') {
    info('job-cleanup cleans up in its post step, at the end of the job.');
    return;
  }
  const report = await clean(inputs, 'main');
  const t = totals(report);
  setOutput('removed-count', t.removedCount);
  setOutput('freed-bytes', t.freedBytes);
  setOutput('disk-free-bytes', report.disk[0]?.after ?? '');
  finish(report, inputs);
}

export async function cleanupPost(): Promise<void> {
  const saved = slot.load();
  if (!saved) {
    info("job-cleanup's main step did not finish (or did not run): nothing to clean up.");
    return;
  }
  if (saved.when === 'now') {
    info('job-cleanup cleaned up in its main step (when: now).');
    return;
  }
  const inputs = readCleanupInputs(createReader(fromEnv()));
  finish(await clean(inputs, 'post', saved), inputs);
}

function finish(report: CleanupReport, inputs: CleanupInputs) {
  appendSummary(cleanupSummary(report));
  const t = totals(report);
  info(
    report.dryRun
      ? `Dry run: ${plural(report.removed.length, 'entry', 'entries')} would be removed; nothing was.`
      : `Removed ${plural(t.removedCount, 'entry', 'entries')}, freed ${formatBytes(t.freedBytes)}.`,
  );
  if (t.troubles > 0 && inputs.failOnError) {
    error(
      `job-cleanup met ${t.troubles} problem(s): ${report.refused.length} refused, ${report.problemCount} not removable, ${t.troubles - report.refused.length - report.problemCount} docker failure(s).`,
      { title: 'job-cleanup failed (fail-on-error)' },
    );
    process.exitCode = 1;
  }
}

/** Annotations beyond MAX_ANNOTATIONS go to the log only. */
function annotate(messages: readonly string[], title: string, level = warning) {
  messages.forEach((message, i) => {
    if (i < MAX_ANNOTATIONS) level(message, { title });
    else info(message);
  });
}

const lineOf = (paths: readonly string[], text: string) => {
  const i = paths.indexOf(text);
  return i < 0 ? paths.length : i;
};

/**
 * Why a `paths` line removed nothing: one sentence, every outside text escaped
 * (docs/decisions/cleanup-paths-home.md).
 */
export function nothingThere(
  text: string,
  paths: readonly string[],
  workspace: string | undefined,
  home: string,
): string {
  if (!paths.includes(text)) return `Nothing to remove at ${oneLine(text)}: it was gone.`;
  const spec = parsePathSpec(text, workspace, home);
  return spec.glob
    ? `paths line ${oneLine(text)} matched nothing (under ${oneLine(spec.glob.base)}).`
    : `paths line ${oneLine(text)} names nothing: ${oneLine(spec.absolute)} is not there.`;
}

export async function clean(
  inputs: CleanupInputs,
  stage: 'main' | 'post',
  saved?: Saved,
): Promise<CleanupReport> {
  const foldCase = process.platform === 'darwin' || process.platform === 'win32';
  const { roots, guards, skippedRoots } = ground(foldCase);
  for (const s of skippedRoots) info(`Not cleaning under ${s.label}: ${oneLine(s.reason)}.`);
  let grouped = false;
  const workspace = process.env.GITHUB_WORKSPACE || undefined;
  const home = process.env.HOME || os.homedir();
  const result = await runCleanup(
    {
      roots,
      guards,
      tempPatterns: inputs.tempPatterns,
      paths: inputs.paths,
      home,
      cleanWorkspace: inputs.cleanWorkspace,
      workspace,
      maxAgeHours: inputs.maxAgeHours,
      dryRun: inputs.dryRun,
      dockerPrune: false,
      foldCase,
      maxProblems: MAX_PROBLEMS,
    },
    {
      planned(decided, refused) {
        annotate(
          refused.map((r) => `Refused to remove ${oneLine(r.path)}: ${oneLine(r.reason)}.`),
          'job-cleanup refused a path',
        );
        if (decided.fresh.length) {
          info(
            `Kept ${plural(decided.fresh.length, 'temp entry', 'temp entries')} younger than ${inputs.maxAgeHours} h: ${decided.fresh.map((f) => oneLine(path.basename(f.path))).join(', ')}.`,
          );
        }
        if (decided.remove.length) {
          startGroup(inputs.dryRun ? 'Would remove' : 'Removing');
          grouped = true;
        }
      },
      removed(entry) {
        const verb = inputs.dryRun ? 'Would remove' : entry.complete ? 'Removed' : 'Partly removed';
        info(`${verb} ${describe(entry)}`);
      },
    },
  ).finally(() => {
    if (grouped) endGroup();
  });
  if (result.workerSweeps) {
    debug(
      `Worker threads shared ${plural(result.workerSweeps, 'large removal', 'large removals')}.`,
    );
  }
  annotate(
    result.problems.map(
      (p) => `Could not remove ${oneLine(p.path)}: ${p.code} ${oneLine(p.message)}`,
    ),
    'job-cleanup skipped a path',
  );
  if (result.problemCount > result.problems.length) {
    info(`…and ${result.problemCount - result.problems.length} more entries could not be removed.`);
  }
  annotate(
    // In the order of the `paths` lines.
    [...result.nothing]
      .sort((a, b) => lineOf(inputs.paths, a) - lineOf(inputs.paths, b))
      .map((text) => nothingThere(text, inputs.paths, workspace, home)),
    'job-cleanup found nothing to remove',
    notice,
  );
  annotate(
    result.capped.map(
      (c) =>
        `paths line ${oneLine(c.text)} matched ${c.left} more entries than one run takes (${c.limit}); they were left in place: run again to remove them.`,
    ),
    'job-cleanup left matches in place',
  );
  const docker = inputs.dockerPrune ? await prune(inputs) : undefined;
  return {
    stage,
    dryRun: inputs.dryRun,
    maxAgeHours: inputs.maxAgeHours,
    removed: result.removed,
    refused: result.refused,
    fresh: result.fresh,
    nothing: result.nothing,
    capped: result.capped,
    problems: result.problems,
    problemCount: result.problemCount,
    skippedRoots,
    docker,
    disk: result.disk,
    freeAtStart: saved?.freeAtStart,
    startedAt: saved?.startedAt,
    now: Date.now(),
  };
}

async function prune(inputs: CleanupInputs) {
  const docker = await pruneDocker(inputs.maxAgeHours, inputs.dryRun);
  if (docker.unavailable) info(`docker-prune: ${oneLine(docker.unavailable)}; nothing pruned.`);
  for (const s of docker.steps) {
    if (inputs.dryRun) info(`docker-prune would run: ${s.command}`);
    else if (s.ok) info(`${s.command}: reclaimed ${oneLine(s.reclaimed ?? '0B')}`);
    else {
      warning(`${s.command} failed: ${oneLine(s.error ?? '')}`, {
        title: 'job-cleanup: docker prune failed',
      });
    }
  }
  return docker;
}
