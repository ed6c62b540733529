/**
 * Removes the planned entries, each reached from its removal root one name at a time (never by
 * its full path), through folders held open (or entered) and checked: see sweep.ts and
 * docs/decisions/cleanup-race-safe-removal.md.
 *
 * A large folder is split into subtrees that worker threads and this thread sweep side by side
 * (each thread takes the next chunk from a shared counter); the folders it was split at are held
 * open meanwhile and removed last, deepest first. Worker threads need descriptor paths (Linux's
 * /proc/self/fd); elsewhere this thread sweeps alone, walking with chdir.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  rmdirSync,
  type Stats,
  unlinkSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { messageOf } from '../lib/errors.ts';
import {
  type Problem,
  type SweepIo,
  type SweepItem,
  type SweepResult,
  type SweepTask,
  sweep,
} from './sweep.ts';

/** The sweep's calls, and those the walk down to an entry and the split make besides. */
export interface RemoveIo extends SweepIo {
  /** A folder's entries, each with whether it is a folder (readdir's type: a link is not one). */
  entries(path: string): { name: string; dir: boolean }[];
  cwd(): string;
}

/** The machine's file system. */
export const systemIo: RemoveIo = {
  lstat: (p) => lstatSync(p),
  open: (p, flags) => openSync(p, flags),
  fstat: (fd) => fstatSync(fd),
  close: (fd) => closeSync(fd),
  readdir: (p) => readdirSync(p),
  rmdir: (p) => rmdirSync(p),
  unlink: (p) => unlinkSync(p),
  chdir: (p) => process.chdir(p),
  entries: (p) =>
    readdirSync(p, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() })),
  cwd: () => process.cwd(),
};

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
  /** `dev:ino` of the mount points inside the roots (mounts.ts): never entered nor emptied. */
  mounts?: readonly string[];
  /** How held folders are named; default: `fd` where /proc/self/fd works, else `cwd`. */
  mode?: SweepTask['mode'];
  /** Every file-system call this thread makes (tests step through them); default: systemIo. */
  io?: RemoveIo;
}

/** Split a folder into subtrees only when they are this many (or this many files at least). */
const SPLIT_FOLDERS = 8;
const SPLIT_FILES = 4096;
/** Stop splitting a folder once this many subtrees and files are known. */
const SPLIT_TARGET = 512;
/** Folders held open while split (each is a descriptor). */
const SPLIT_HELD = 256;

const WORKER_SOURCE = `'use strict';
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const sweep = (${sweep.toString()});
parentPort.on('message', ({ task, next }) => parentPort.postMessage(sweep(task, next)));
`;

const DIR_FLAGS = constants.O_RDONLY | constants.O_DIRECTORY;

let fdModeWorks: boolean | undefined;
/**
 * Linux's /proc/self/fd/<n>/<name> reaches `name` in the open folder <n>: checked once (on every
 * call with another `io`).
 */
export function fdMode(io = systemIo, platform = process.platform): boolean {
  const system = io === systemIo && platform === process.platform;
  if (system && fdModeWorks !== undefined) return fdModeWorks;
  let works = false;
  if (platform === 'linux' && constants.O_NOFOLLOW && constants.O_DIRECTORY) {
    let fd: number | undefined;
    try {
      fd = io.open('/', DIR_FLAGS);
      const held = io.fstat(fd);
      const seen = io.lstat(`/proc/self/fd/${fd}/.`);
      works = held.dev === seen.dev && held.ino === seen.ino;
    } catch {
      // No /proc: the chdir walk does it.
    } finally {
      if (fd !== undefined) io.close(fd);
    }
  }
  if (system) fdModeWorks = works;
  return works;
}

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
const CHANGED = 'replaced or moved while it was being removed: left alone';
const MOUNTED = 'a mount point (another file system or a bind mount): not entered';

function problem(path: string, code: string, message: string): SweepResult {
  return { bytes: 0, entries: 0, problems: [{ path, code, message }], problemCount: 1 };
}

function merge(into: Outcome, r: SweepResult, maxProblems: number) {
  into.bytes += r.bytes;
  into.entries += r.entries;
  into.problemCount += r.problemCount;
  into.problems.push(...r.problems.slice(0, Math.max(0, maxProblems - into.problems.length)));
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'ERROR';
/** An fs error without the path it names (a descriptor path means nothing to a reader). */
function said(e: unknown): string {
  const text = messageOf(e);
  const m = /^[A-Z0-9]+: ([^,]+), (\w+)/.exec(text);
  return m ? `${m[2]}: ${m[1]}` : text;
}
const proc = (fd: number, name?: string) =>
  name === undefined ? `/proc/self/fd/${fd}` : `/proc/self/fd/${fd}/${name}`;

/** Opens the folder `name` of the held folder `dir` without following a link; checks it. */
function openBelow(io: RemoveIo, dir: number, name: string, seen: Stats): number | undefined {
  let fd: number;
  try {
    fd = io.open(proc(dir, name), DIR_FLAGS | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  const s = io.fstat(fd);
  if (s.dev !== seen.dev || s.ino !== seen.ino) {
    io.close(fd);
    return undefined;
  }
  return fd;
}

interface Held {
  /** The held folder (its descriptor) and the one holding it. */
  fd: number;
  parent: number;
  name: string;
  shown: string;
  stats: Stats;
}

export class Remover {
  private readonly options: RemoveOptions;
  private readonly threads: number;
  private readonly maxProblems: number;
  private readonly mounts: Set<string>;
  private readonly mode: SweepTask['mode'];
  private readonly io: RemoveIo;
  private workers: Pool | undefined;
  /** Sweeps worker threads took part in (and finished). */
  workerSweeps = 0;

  constructor(options: RemoveOptions) {
    this.options = options;
    this.io = options.io ?? systemIo;
    this.mode = options.mode ?? (fdMode(this.io) ? 'fd' : 'cwd');
    const threads =
      this.mode === 'fd' ? (options.threads ?? Math.min(4, availableParallelism())) : 1;
    this.threads = Math.max(1, threads);
    this.maxProblems = options.maxProblems ?? 200;
    this.mounts = new Set(options.mounts ?? []);
  }

  private get pool(): Pool {
    this.workers ??= new Pool(this.threads - 1);
    return this.workers;
  }

  /** Boots the worker threads now, when a large removal is likely to follow. */
  warm() {
    if (this.threads > 1 && !this.options.dryRun) this.pool.start();
  }

  /**
   * Removes `path` (with its content), reached from `root` (a removal root's realpath, which
   * `path` lies strictly below) one name at a time: a folder between them that is a link, on
   * another file system or a mount point stops it.
   */
  async remove(path: string, root: string): Promise<Outcome> {
    const outcome: Outcome = {
      path,
      removed: false,
      bytes: 0,
      entries: 0,
      problems: [],
      problemCount: 0,
    };
    const names = path.startsWith(root + sep) ? path.slice(root.length + 1).split(sep) : [];
    if (!root || !names.length || names.some((n) => !n || n === '.' || n === '..')) {
      merge(
        outcome,
        problem(path, 'EINVAL', `not below the removal root ${root}`),
        this.maxProblems,
      );
      return outcome;
    }
    const add = (r: SweepResult) => merge(outcome, r, this.maxProblems);
    if (this.mode === 'fd') await this.removeByFd(root, names, path, add);
    else this.removeByCwd(root, names, path, add);
    outcome.removed = outcome.problemCount === 0;
    return outcome;
  }

  private task(chunks: SweepItem[][], dev: number, mode = this.mode): SweepTask {
    return {
      chunks,
      dryRun: this.options.dryRun,
      dev,
      mounts: [...this.mounts],
      sep,
      maxProblems: this.maxProblems,
      mode,
    };
  }

  /** The entry's verdict before its removal: what stops it, or undefined. */
  private vet(s: Stats, dev: number): string | undefined {
    if (s.isDirectory() && (s.dev !== dev || this.mounts.has(`${s.dev}:${s.ino}`))) return MOUNTED;
    return undefined;
  }

  private async removeByFd(
    root: string,
    names: string[],
    path: string,
    add: (r: SweepResult) => void,
  ): Promise<void> {
    const io = this.io;
    const held: number[] = [];
    try {
      let dir: number;
      try {
        dir = io.open(root, DIR_FLAGS);
      } catch (error) {
        add(problem(root, codeOf(error), said(error)));
        return;
      }
      held.push(dir);
      const dev = io.fstat(dir).dev;
      let shown = root;
      for (const name of names.slice(0, -1)) {
        shown += sep + name;
        let s: Stats;
        try {
          s = io.lstat(proc(dir, name));
        } catch (error) {
          if (codeOf(error) !== 'ENOENT') add(problem(shown, codeOf(error), said(error)));
          return; // a folder on the way is gone: so is the entry
        }
        if (!s.isDirectory())
          return add(problem(shown, 'ECHANGED', `no longer a folder: ${CHANGED}`));
        const why = this.vet(s, dev);
        if (why) return add(problem(shown, 'EXDEV', why));
        const fd = openBelow(io, dir, name, s);
        if (fd === undefined) return add(problem(shown, 'ECHANGED', CHANGED));
        held.push(fd);
        dir = fd;
      }
      const name = names[names.length - 1] as string;
      let s: Stats;
      try {
        s = io.lstat(proc(dir, name));
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') add(problem(path, codeOf(error), said(error)));
        return;
      }
      // The entry itself is vetted by the split or the sweep (the same rule).
      const item = { dir, name, shown: path };
      if (!s.isDirectory() || this.options.dryRun || this.threads < 2) {
        add(sweep(this.task([[item]], dev), undefined, io));
      } else {
        await this.split(item, s, dev, add);
      }
    } finally {
      for (const fd of held) io.close(fd);
    }
  }

  /** Lists the folder a few levels down into subtrees; sweeps them in parallel when many. */
  private async split(
    top: SweepItem,
    stats: Stats,
    dev: number,
    add: (r: SweepResult) => void,
  ): Promise<void> {
    const io = this.io;
    const folders: Held[] = [];
    const items: SweepItem[] = [];
    // Where problems were reported: a folder left because of them is not reported again.
    const reported: string[] = [];
    const note = (r: SweepResult) => {
      reported.push(...r.problems.map((p) => p.path));
      if (r.problemCount > r.problems.length) reported.push('');
      add(r);
    };
    try {
      let frontier: { item: SweepItem; stats: Stats }[] = [{ item: top, stats }];
      for (let level = 0; frontier.length && level < 4; level++) {
        if (level > 0 && items.length + frontier.length >= SPLIT_TARGET) break;
        if (folders.length + frontier.length > SPLIT_HELD) break;
        const next: typeof frontier = [];
        for (const { item, stats: s } of frontier) {
          // A folder that changed, or is a mount point, is left to the sweep (it reports it).
          const fd = this.vet(s, dev) ? undefined : openBelow(io, item.dir, item.name, s);
          let entries: { name: string; dir: boolean }[] | undefined;
          if (fd !== undefined) {
            try {
              entries = io.entries(proc(fd));
            } catch {
              io.close(fd);
            }
          }
          if (fd === undefined || !entries) {
            items.push(item);
            continue;
          }
          folders.push({ fd, parent: item.dir, name: item.name, shown: item.shown, stats: s });
          for (const e of entries) {
            const child = { dir: fd, name: e.name, shown: item.shown + sep + e.name };
            if (!e.dir) {
              items.push(child);
              continue;
            }
            let cs: Stats;
            try {
              cs = io.lstat(proc(fd, e.name));
            } catch {
              items.push(child);
              continue;
            }
            if (cs.isDirectory()) next.push({ item: child, stats: cs });
            else items.push(child);
          }
        }
        frontier = next;
      }
      items.push(...frontier.map((f) => f.item));

      const parallel = frontier.length >= SPLIT_FOLDERS || items.length >= SPLIT_FILES;
      if (!parallel) {
        note(sweep(this.task([items], dev), undefined, io));
      } else {
        const per = Math.max(1, Math.floor(items.length / (this.threads * 64)));
        const chunks: SweepItem[][] = [];
        for (let i = 0; i < items.length; i += per) chunks.push(items.slice(i, i + per));
        const task = this.task(chunks, dev);
        const next = new Int32Array(new SharedArrayBuffer(4));
        const theirs = this.pool.run(task, next);
        note(sweep(task, next, io));
        const results = await Promise.all(theirs);
        if (results.some(Boolean)) this.workerSweeps++;
        for (const r of results) note(r ?? EMPTY);
      }
      this.removeSplit(folders, dev, reported, note);
    } finally {
      for (const f of folders) io.close(f.fd);
    }
  }

  /** The folders split at, deepest first; a leftover (a dead worker's chunk) is swept here. */
  private removeSplit(
    folders: Held[],
    dev: number,
    reported: string[],
    note: (r: SweepResult) => void,
  ) {
    const io = this.io;
    for (const f of [...folders].reverse()) {
      try {
        io.rmdir(proc(f.parent, f.name));
        const bytes = f.stats.blocks > 0 ? f.stats.blocks * 512 : f.stats.size;
        note({ bytes, entries: 1, problems: [], problemCount: 0 });
      } catch (error) {
        const code = codeOf(error);
        if (code === 'ENOENT') continue;
        let left: string[] = [];
        try {
          left = io.readdir(proc(f.fd));
        } catch {}
        if (left.length && reported.some((p) => p === '' || p.startsWith(f.shown + sep))) continue;
        // Emptied, then swapped for a link or a file: that is not the folder chosen.
        if (!left.length && code === 'ENOTDIR') note(problem(f.shown, 'ECHANGED', CHANGED));
        else if (!left.length) note(problem(f.shown, code, said(error)));
        // A dead worker's chunk: sweep what is left (the same checks apply).
        else
          note(
            sweep(
              this.task([[{ dir: f.parent, name: f.name, shown: f.shown }]], dev),
              undefined,
              io,
            ),
          );
      }
    }
  }

  private removeByCwd(root: string, names: string[], path: string, add: (r: SweepResult) => void) {
    const io = this.io;
    let original: string | undefined;
    try {
      original = io.cwd();
      io.chdir(root);
      const dev = io.lstat('.').dev;
      let shown = root;
      for (const name of names.slice(0, -1)) {
        shown += sep + name;
        let s: Stats;
        try {
          s = io.lstat(name);
        } catch (error) {
          if (codeOf(error) !== 'ENOENT') add(problem(shown, codeOf(error), said(error)));
          return;
        }
        if (!s.isDirectory())
          return add(problem(shown, 'ECHANGED', `no longer a folder: ${CHANGED}`));
        const why = this.vet(s, dev);
        if (why) return add(problem(shown, 'EXDEV', why));
        try {
          io.chdir(name);
        } catch (error) {
          const code = codeOf(error);
          const moved = code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
          return add(problem(shown, moved ? 'ECHANGED' : code, moved ? CHANGED : said(error)));
        }
        const here = io.lstat('.');
        if (here.dev !== s.dev || here.ino !== s.ino) {
          return add(problem(shown, 'ECHANGED', CHANGED));
        }
      }
      // The sweep looks at the entry itself (lstat, then the same mount and device rule).
      const name = names[names.length - 1] as string;
      add(sweep(this.task([[{ dir: -1, name, shown: path }]], dev, 'cwd'), undefined, io));
    } catch (error) {
      add(problem(path, codeOf(error), said(error)));
    } finally {
      try {
        if (original !== undefined) io.chdir(original);
      } catch {
        // The folder we started in is gone: stay where we are, removal is over.
      }
    }
  }

  async close() {
    await this.workers?.close();
  }
}
