/**
 * job-cleanup's engine: gathers, plans and removes, prunes Docker, and returns what it did. It
 * prints nothing and writes no runner file command: the action's steps (cleanup.ts) print what it
 * reports, and the runner's job hooks call `sweepTemp` outside any workflow step.
 */
import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Env } from '../lib/runner.ts';
import { freeSpace } from './disk.ts';
import { pruneDocker } from './docker.ts';
import { factOf, gather, ground } from './gather.ts';
import { mountIds, mountsInside, readMounts } from './mounts.ts';
import { type Guard, type Plan, plan, type Root, vetRoots } from './plan.ts';
import { Remover } from './remove.ts';
import type { CleanupOutcome, Removed } from './report.ts';
import type { Problem } from './sweep.ts';

export interface CleanupRequest {
  roots: readonly Root[];
  guards: readonly Guard[];
  /** Globs on entry names directly under each temp root (`!` excludes); aged. */
  tempPatterns: readonly string[];
  /** Paths or globs (relative ones against `workspace`, `~` and `~/…` HOME); no age rule. */
  paths: readonly string[];
  /** What `~` stands for in `paths`; without it `~` is a name like any other. */
  home?: string;
  cleanWorkspace: boolean;
  workspace?: string;
  maxAgeHours: number;
  dryRun: boolean;
  dockerPrune: boolean;
  /** Compare guards case-insensitively (macOS, Windows). */
  foldCase?: boolean;
  /** Mount points; default: the machine's mount table. */
  mounts?: readonly string[];
  /** Matches one `paths` glob may add (default glob.ts MATCH_LIMIT). */
  matchLimit?: number;
  /** Problems listed (all are counted). */
  maxProblems?: number;
}

export interface CleanupProgress {
  /** The plan is made; removal starts next. */
  planned?(plan: Plan, refused: readonly { path: string; reason: string }[]): void;
  /** One planned entry was removed (or, in a dry run, measured). */
  removed?(entry: Removed): void;
}

export interface CleanupResult extends CleanupOutcome {
  /** Mount points inside the roots (never entered). */
  mounts: string[];
  /** Large removals worker threads took part in. */
  workerSweeps: number;
}

export async function runCleanup(
  request: CleanupRequest,
  progress: CleanupProgress = {},
): Promise<CleanupResult> {
  const { roots, dryRun } = request;
  const maxProblems = request.maxProblems ?? 200;
  const rootPaths = roots.flatMap((r) => [r.real, r.path]);
  const mounts = mountsInside(request.mounts ?? readMounts(), rootPaths);
  const found = gather(request, roots, request.workspace, {
    mounts,
    matchLimit: request.matchLimit,
    home: request.home,
  });
  const decided = plan({
    roots,
    guards: request.guards,
    candidates: found.candidates,
    facts: found.facts,
    now: Date.now(),
    maxAgeMs: request.maxAgeHours * 3_600_000,
    foldCase: request.foldCase,
    mounts,
  });
  const remover = new Remover({ dryRun, maxProblems, mounts: mountIds(mounts) });
  // Worker threads take a while to boot: start them while the rest is prepared.
  if (decided.remove.some((r) => r.kind === 'dir')) remover.warm();
  const refused = [
    ...found.refused,
    ...decided.refused.map(({ path: p, reason }) => ({ path: p, reason })),
  ];
  progress.planned?.(decided, refused);

  const filesystems = roots.map((r) => r.real);
  const before = freeSpace(filesystems);
  const removed: Removed[] = [];
  const problems: Problem[] = [];
  let problemCount = 0;
  try {
    for (const r of decided.remove) {
      const o = await remover.remove(r.path, r.rootReal);
      const entry: Removed = {
        path: r.path,
        kind: r.kind,
        source: r.candidate.source,
        bytes: o.bytes,
        entries: o.entries,
        complete: o.removed,
      };
      removed.push(entry);
      progress.removed?.(entry);
      problems.push(...o.problems.slice(0, Math.max(0, maxProblems - problems.length)));
      problemCount += o.problemCount;
    }
  } finally {
    await remover.close();
  }
  const docker = request.dockerPrune ? await pruneDocker(request.maxAgeHours, dryRun) : undefined;
  const after = freeSpace(filesystems);
  return {
    dryRun,
    removed,
    refused,
    fresh: decided.fresh.map((f) => ({ path: f.path, ageMs: f.ageMs })),
    nothing: [...new Set([...found.nothing, ...decided.missing.map((m) => m.from ?? m.path)])],
    capped: found.capped,
    problems,
    problemCount,
    mounts,
    docker,
    disk: before.map((b) => ({
      path: b.path,
      before: b.free,
      after: after.find((a) => a.path === b.path)?.free ?? b.free,
    })),
    workerSweeps: remover.workerSweeps,
  };
}

export interface TempSweep {
  /** Temp folders whose direct entries the patterns match; default: the temp dir. */
  roots?: readonly string[];
  /** Globs on entry names (`!` excludes), as job-cleanup's `temp-patterns`. */
  patterns: readonly string[];
  maxAgeHours: number;
  dryRun: boolean;
  /** Also prune Docker (stopped containers, dangling images, build cache older than the age). */
  dockerPrune?: boolean;
  /** Where the runner's layout (guards) is read from; default process.env. */
  env?: Env;
  progress?: CleanupProgress;
}

/**
 * The entry for the runner's job hooks: sweeps entries matching `patterns` older than
 * `maxAgeHours` directly under each temp root (and, with `dockerPrune`, Docker), with every guard
 * and check the action has, printing nothing. Roots that are not folders, or that are guarded
 * (`/`, HOME, the runner's own folders), are not swept: they come back in `skippedRoots`.
 */
export async function sweepTemp(
  options: TempSweep,
): Promise<CleanupResult & { skippedRoots: { label: string; reason: string }[] }> {
  const foldCase = process.platform === 'darwin' || process.platform === 'win32';
  const { guards } = ground(foldCase, options.env ?? process.env);
  const skippedRoots: { label: string; reason: string }[] = [];
  const roots: Root[] = [];
  for (const given of options.roots ?? [os.tmpdir()]) {
    let real: string | undefined;
    try {
      real = realpathSync.native(given);
    } catch {}
    if (real && factOf(real)?.kind === 'dir') {
      roots.push({ name: 'temp', path: path.resolve(given), real });
    } else skippedRoots.push({ label: given, reason: `${given} is not a folder` });
  }
  const vetted = vetRoots(roots, guards, foldCase);
  for (const d of vetted.dropped) skippedRoots.push({ label: d.root.path, reason: d.reason });
  const result = await runCleanup(
    {
      roots: vetted.roots,
      guards,
      tempPatterns: options.patterns,
      paths: [],
      cleanWorkspace: false,
      maxAgeHours: options.maxAgeHours,
      dryRun: options.dryRun,
      dockerPrune: options.dockerPrune ?? false,
      foldCase,
    },
    options.progress,
  );
  return { ...result, skippedRoots };
}
