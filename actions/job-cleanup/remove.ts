/**
 * Removes the planned entries. A large folder is split into subtrees that worker threads and this
 * thread sweep side by side (each thread takes the next chunk from a shared counter); the folders
 * it was split at are removed last, deepest first.
 */
import { lstatSync, readdirSync, rmdirSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { messageOf } from '../lib/errors.ts';
import { type Problem, type SweepResult, type SweepTask, sweep } from './sweep.ts';

export interface Outcome {
  path: string;
  /** The entry is gone (or, in a dry run, would go entirely). */
  removed: boolean;
  bytes: number;
  entries: number;
  problems: Problem[];
  problemCount: number;
}

export interface RemoveOptions {
  dryRun: boolean;
  /** Threads to sweep with, this one included; default: the cores, at most 4. */
  threads?: number;
  maxProblems?: number;
}

/** Split a folder into subtrees only when they are this many (or this many files at least). */
const SPLIT_FOLDERS = 8;
const SPLIT_FILES = 4096;
/** Stop splitting a folder once this many subtrees and files are known. */
const SPLIT_TARGET = 512;

const WORKER_SOURCE = `'use strict';
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const sweep = (${sweep.toString()});
parentPort.on('message', ({ task, next }) => parentPort.postMessage(sweep(task, next)));
`;

class Pool {
  private readonly workers = new Set<Worker>();
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }

  /** Starts the workers (they take a while to boot): early, so they are ready when needed. */
  start() {
    // Loaded here: most cleanups never need a thread.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    while (this.workers.size < this.size) {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.unref();
      // A worker that dies is dropped; what it had not done, the final pass does.
      const gone = () => this.workers.delete(worker);
      worker.on('error', gone);
      worker.on('exit', gone);
      this.workers.add(worker);
    }
  }

  /** Every worker sweeps `task` with this thread; resolves with what each of them did. */
  run(task: SweepTask, next: Int32Array): Promise<SweepResult | undefined>[] {
    this.start();
    return [...this.workers].map(
      (worker) =>
        new Promise<SweepResult | undefined>((resolve) => {
          const settle = (result: SweepResult | undefined) => {
            worker.off('message', settle);
            worker.off('exit', lost);
            resolve(result);
          };
          const lost = () => settle(undefined);
          worker.on('message', settle);
          worker.on('exit', lost);
          worker.postMessage({ task, next });
        }),
    );
  }

  async close() {
    const all = [...this.workers];
    this.workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}

const EMPTY: SweepResult = { bytes: 0, entries: 0, problems: [], problemCount: 0 };

function same(a: Stats, b: Stats): boolean {
  return a.isDirectory() && a.ino === b.ino && a.dev === b.dev;
}

function problem(path: string, code: string, message: string): SweepResult {
  return { bytes: 0, entries: 0, problems: [{ path, code, message }], problemCount: 1 };
}

function merge(into: Outcome, r: SweepResult, maxProblems: number) {
  into.bytes += r.bytes;
  into.entries += r.entries;
  into.problemCount += r.problemCount;
  into.problems.push(...r.problems.slice(0, Math.max(0, maxProblems - into.problems.length)));
}

export class Remover {
  private readonly options: RemoveOptions;
  private readonly threads: number;
  private readonly maxProblems: number;
  private workers: Pool | undefined;
  /** Sweeps worker threads took part in (and finished). */
  workerSweeps = 0;

  constructor(options: RemoveOptions) {
    this.options = options;
    this.threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
    this.maxProblems = options.maxProblems ?? 200;
  }

  private get pool(): Pool {
    this.workers ??= new Pool(this.threads - 1);
    return this.workers;
  }

  /** Boots the worker threads now, when a large removal is likely to follow. */
  warm() {
    if (this.threads > 1 && !this.options.dryRun) this.pool.start();
  }

  async remove(path: string): Promise<Outcome> {
    const outcome: Outcome = {
      path,
      removed: false,
      bytes: 0,
      entries: 0,
      problems: [],
      problemCount: 0,
    };
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...outcome, removed: true };
      merge(
        outcome,
        problem(path, (error as NodeJS.ErrnoException).code ?? 'ERROR', messageOf(error)),
        this.maxProblems,
      );
      return outcome;
    }
    const base = {
      dryRun: this.options.dryRun,
      dev: stats.dev,
      sep,
      maxProblems: this.maxProblems,
    };
    if (!stats.isDirectory() || this.options.dryRun || this.threads < 2) {
      merge(outcome, sweep({ ...base, chunks: [[path]] }), this.maxProblems);
    } else {
      await this.split(path, stats, base, outcome);
    }
    outcome.removed = outcome.problemCount === 0;
    return outcome;
  }

  /** Lists the folder a few levels down into subtrees; sweeps them in parallel when many. */
  private async split(
    path: string,
    stats: Stats,
    base: Omit<SweepTask, 'chunks'>,
    outcome: Outcome,
  ): Promise<void> {
    const folders: { path: string; stats: Stats }[] = [];
    const items: string[] = [];
    let frontier = [path];
    for (let level = 0; frontier.length && level < 4; level++) {
      if (level > 0 && items.length + frontier.length >= SPLIT_TARGET) break;
      const next: string[] = [];
      for (const dir of frontier) {
        let s: Stats;
        let entries: import('node:fs').Dirent[];
        try {
          s = dir === path ? stats : lstatSync(dir);
          if (!s.isDirectory() || s.dev !== base.dev) {
            items.push(dir); // the sweep deals with it
            continue;
          }
          entries = readdirSync(dir, { withFileTypes: true });
          // Still the folder that was listed, not swapped for a link meanwhile?
          if (!same(lstatSync(dir), s)) throw new Error('changed while listed');
        } catch {
          items.push(dir);
          continue;
        }
        folders.push({ path: dir, stats: s });
        for (const e of entries) (e.isDirectory() ? next : items).push(dir + sep + e.name);
      }
      frontier = next;
    }
    items.push(...frontier);

    const parallel = frontier.length >= SPLIT_FOLDERS || items.length >= SPLIT_FILES;
    if (!parallel) {
      merge(outcome, sweep({ ...base, chunks: [items] }), this.maxProblems);
    } else {
      const per = Math.max(1, Math.floor(items.length / (this.threads * 64)));
      const chunks: string[][] = [];
      for (let i = 0; i < items.length; i += per) chunks.push(items.slice(i, i + per));
      const task: SweepTask = { ...base, chunks };
      const next = new Int32Array(new SharedArrayBuffer(4));
      const theirs = this.pool.run(task, next);
      merge(outcome, sweep(task, next), this.maxProblems);
      const results = await Promise.all(theirs);
      if (results.some(Boolean)) this.workerSweeps++;
      for (const r of results) merge(outcome, r ?? EMPTY, this.maxProblems);
    }

    // The folders split at, deepest first; a leftover (a dead worker's chunk) is swept here.
    for (const { path: dir, stats: s } of folders.reverse()) {
      try {
        rmdirSync(dir);
        outcome.bytes += s.blocks > 0 ? s.blocks * 512 : s.size;
        outcome.entries++;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
        if (code === 'ENOENT') continue;
        let left: string[] = [];
        try {
          left = readdirSync(dir);
        } catch {}
        const reportedBelow =
          outcome.problemCount > outcome.problems.length ||
          outcome.problems.some((p) => p.path.startsWith(dir + sep));
        if (left.length && reportedBelow) continue; // what stays there is reported already
        if (!left.length) {
          merge(outcome, problem(dir, code, messageOf(error)), this.maxProblems);
        } else {
          // A dead worker's chunk: sweep what is left.
          merge(outcome, sweep({ ...base, chunks: [[dir]] }), this.maxProblems);
        }
      }
    }
  }

  async close() {
    await this.workers?.close();
  }
}
