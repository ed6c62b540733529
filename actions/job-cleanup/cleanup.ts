/**
 * job-cleanup's shell: reads the inputs, gathers the `lstat` facts the planner needs, removes what
 * the plan says, prunes Docker, and reports. Main records the start (and cleans with `when: now`
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
  setOutput,
  startGroup,
  warning,
} from '../lib/runner.ts';
import { stateSlot } from '../lib/state.ts';
import { formatBytes } from '../lib/summary.ts';
import { freeBytes, freeSpace } from './disk.ts';
import { pruneDocker } from './docker.ts';
import { gather, ground } from './gather.ts';
import { type CleanupInputs, readCleanupInputs, type When } from './inputs.ts';
import { plan, type Removal } from './plan.ts';
import { Remover } from './remove.ts';
import {
  type CleanupReport,
  cleanupSummary,
  describe,
  plural,
  type Removed,
  totals,
} from './report.ts';
import type { Problem } from './sweep.ts';

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

export async function clean(
  inputs: CleanupInputs,
  stage: 'main' | 'post',
  saved?: Saved,
): Promise<CleanupReport> {
  const foldCase = process.platform === 'darwin' || process.platform === 'win32';
  const { roots, guards, skippedRoots } = ground(foldCase);
  for (const s of skippedRoots) info(`Not cleaning under ${s.label}: ${s.reason}.`);
  const found = gather(inputs, roots, process.env.GITHUB_WORKSPACE || undefined);
  const decided = plan({
    roots,
    guards,
    candidates: found.candidates,
    facts: found.facts,
    now: Date.now(),
    maxAgeMs: inputs.maxAgeHours * 3_600_000,
    foldCase,
  });
  const remover = new Remover({ dryRun: inputs.dryRun, maxProblems: MAX_PROBLEMS });
  // Worker threads take a while to boot: start them while the rest is prepared.
  if (decided.remove.some((r) => r.kind === 'dir')) remover.warm();

  const refused = [
    ...found.refused,
    ...decided.refused.map(({ path: p, reason }) => ({ path: p, reason })),
  ];
  refused.forEach((r, i) => {
    const message = `Refused to remove ${r.path}: ${r.reason}.`;
    if (i < MAX_ANNOTATIONS) warning(message, { title: 'job-cleanup refused a path' });
    else info(message);
  });
  if (decided.fresh.length) {
    info(
      `Kept ${plural(decided.fresh.length, 'temp entry', 'temp entries')} younger than ${inputs.maxAgeHours} h: ${decided.fresh.map((f) => path.basename(f.path)).join(', ')}.`,
    );
  }

  const filesystems = roots.map((r) => r.real);
  const before = freeSpace(filesystems);
  const { removed, problems, problemCount } = await removeAll(decided.remove, remover, inputs);
  const docker = inputs.dockerPrune ? await prune(inputs) : undefined;
  const after = freeSpace(filesystems);

  return {
    stage,
    dryRun: inputs.dryRun,
    maxAgeHours: inputs.maxAgeHours,
    removed,
    refused,
    fresh: decided.fresh.map((f) => ({ path: f.path, ageMs: f.ageMs })),
    nothing: [...found.nothing, ...decided.missing.map((m) => m.from ?? m.path)],
    problems,
    problemCount,
    skippedRoots,
    docker,
    disk: before.map((b) => ({
      path: b.path,
      before: b.free,
      after: after.find((a) => a.path === b.path)?.free ?? b.free,
    })),
    freeAtStart: saved?.freeAtStart,
    startedAt: saved?.startedAt,
    now: Date.now(),
  };
}

async function removeAll(planned: readonly Removal[], remover: Remover, inputs: CleanupInputs) {
  const removed: Removed[] = [];
  const problems: Problem[] = [];
  let problemCount = 0;
  if (planned.length) startGroup(inputs.dryRun ? 'Would remove' : 'Removing');
  try {
    for (const r of planned) {
      const o = await remover.remove(r.path);
      const entry: Removed = {
        path: r.path,
        kind: r.kind,
        source: r.candidate.source,
        bytes: o.bytes,
        entries: o.entries,
        complete: o.removed,
      };
      removed.push(entry);
      const verb = inputs.dryRun ? 'Would remove' : o.removed ? 'Removed' : 'Partly removed';
      info(`${verb} ${describe(entry)}`);
      problems.push(...o.problems.slice(0, MAX_PROBLEMS - problems.length));
      problemCount += o.problemCount;
    }
  } finally {
    if (planned.length) endGroup();
    await remover.close();
  }
  if (remover.workerSweeps) {
    debug(
      `Worker threads shared ${plural(remover.workerSweeps, 'large removal', 'large removals')}.`,
    );
  }
  problems.forEach((p, i) => {
    const message = `Could not remove ${p.path}: ${p.code} ${p.message}`;
    if (i < MAX_ANNOTATIONS) warning(message, { title: 'job-cleanup skipped a path' });
    else info(message);
  });
  return { removed, problems, problemCount };
}

async function prune(inputs: CleanupInputs) {
  const docker = await pruneDocker(inputs.maxAgeHours, inputs.dryRun);
  if (docker.unavailable) info(`docker-prune: ${docker.unavailable}; nothing pruned.`);
  for (const s of docker.steps) {
    if (inputs.dryRun) info(`docker-prune would run: ${s.command}`);
    else if (s.ok) info(`${s.command}: reclaimed ${s.reclaimed ?? '0B'}`);
    else warning(`${s.command} failed: ${s.error}`, { title: 'job-cleanup: docker prune failed' });
  }
  return docker;
}
