/**
 * The sweep: removes entries the planner approved, with whatever is inside them, without ever
 * looking a whole path up again. See docs/decisions/cleanup-race-safe-removal.md.
 *
 * Every entry is named relative to a folder the sweep holds, never by its full path:
 * - `fd` mode (Linux): the folder is an open descriptor, opened with O_NOFOLLOW | O_DIRECTORY from
 *   its own (held) parent and checked (device and inode) against the `lstat` that chose it. An entry
 *   is reached as `/proc/self/fd/<folder>/<name>`: the kernel jumps straight to the open folder, as
 *   `openat`/`unlinkat` would, whatever was renamed or swapped above it meanwhile.
 * - `cwd` mode (elsewhere): the folder is the current directory. The walk `chdir`s into a child by
 *   its single name, then checks `lstat('.')` against what it chose (a symlink swapped in shows
 *   another inode), and comes back with `chdir('..')`, checking it is the folder it left. When a
 *   check fails the walk no longer knows where it stands: it stops at once, deleting nothing more.
 * `unlink` and `rmdir` of a name never follow a link, so a link (to a file or a folder) goes as a
 * link. A folder on another device, or one the mount table names (a bind mount keeps the device
 * number), is not entered and is reported.
 *
 * Bytes freed are allocated sizes (`st_blocks` x 512; the length where the platform has no
 * blocks) of what goes: a symlink frees its blocks only (a short link's target is kept in its inode:
 * none), a file still linked elsewhere (a pnpm store) frees nothing; the last link of a file frees
 * it. In a dry run the same walk removes nothing and counts a file once all its links are seen.
 *
 * `sweep` is self-contained (it uses only its arguments and Node's built-ins) because it also runs
 * in worker threads from its source text: keep it free of imports and outer names.
 *
 * Every file-system call goes through `io` (default: node:fs and process.chdir), one call per step,
 * so that a test can change the tree between any two steps (swap a folder for a symlink at step N)
 * and see each check hold. Worker threads always use node:fs.
 */

export interface Problem {
  path: string;
  code: string;
  message: string;
}

export interface SweepItem {
  /** The held folder holding the entry: an open descriptor (fd mode); ignored in cwd mode. */
  dir: number;
  name: string;
  /** The entry's path for reports only: never used to reach anything. */
  shown: string;
}

export interface SweepTask {
  /** Entries to remove (with their content), in chunks that threads take one at a time. */
  chunks: SweepItem[][];
  /** Measure only. */
  dryRun: boolean;
  /** The device of the removal root: a folder on another one is not entered. */
  dev: number;
  /** `dev:ino` of every mount point inside the roots: not entered either. */
  mounts: string[];
  sep: string;
  maxProblems: number;
  /** `fd`: held folders are descriptors (any thread). `cwd`: the current directory (main thread). */
  mode: 'fd' | 'cwd';
}

/** The file-system calls the walk makes: one per step. */
export interface SweepIo {
  lstat(path: string): import('node:fs').Stats;
  /** Opens a folder; returns its descriptor. */
  open(path: string, flags: number): number;
  fstat(fd: number): import('node:fs').Stats;
  close(fd: number): void;
  /** The names in a folder. */
  readdir(path: string): string[];
  rmdir(path: string): void;
  unlink(path: string): void;
  chdir(path: string): void;
}

export interface SweepResult {
  bytes: number;
  /** Files, links and folders removed (or that would be, in a dry run). */
  entries: number;
  problems: Problem[];
  /** All problems, including those beyond `maxProblems` not listed. */
  problemCount: number;
}

/** With `next`, chunks are claimed through a shared counter (several threads share the task). */
export function sweep(task: SweepTask, next?: Int32Array, given?: SweepIo): SweepResult {
  type Stats = import('node:fs').Stats;
  const nodeFs = process.getBuiltinModule('node:fs');
  const { O_RDONLY, O_DIRECTORY, O_NOFOLLOW } = nodeFs.constants;
  const io: SweepIo = given ?? {
    lstat: (p) => nodeFs.lstatSync(p),
    open: (p, flags) => nodeFs.openSync(p, flags),
    fstat: (fd) => nodeFs.fstatSync(fd),
    close: (fd) => nodeFs.closeSync(fd),
    readdir: (p) => nodeFs.readdirSync(p),
    rmdir: (p) => nodeFs.rmdirSync(p),
    unlink: (p) => nodeFs.unlinkSync(p),
    chdir: (p) => process.chdir(p),
  };
  const { dryRun, dev, sep, maxProblems, mode } = task;
  const mounts = new Set(task.mounts);
  const out: SweepResult = { bytes: 0, entries: 0, problems: [], problemCount: 0 };
  const CHANGED = 'replaced or moved while it was being removed: left alone';
  const MOUNTED = 'a mount point (another file system or a bind mount): not entered';
  const report = (p: string, code: string, message: string) => {
    out.problemCount++;
    if (out.problems.length < maxProblems) out.problems.push({ path: p, code, message });
    return false;
  };
  const codeOf = (e: unknown) => (e as { code?: string }).code;
  // `EPERM: operation not permitted, unlink '/proc/self/fd/9/x'` → `unlink: operation not permitted`
  const said = (e: unknown) => {
    const text = String((e as Error)?.message ?? e);
    const m = /^[A-Z0-9]+: ([^,]+), (\w+)/.exec(text);
    return m ? `${m[2]}: ${m[1]}` : text;
  };
  const fail = (p: string, e: unknown) =>
    codeOf(e) === 'ENOENT' || report(p, codeOf(e) ?? 'ERROR', said(e));
  const size = (s: Stats) =>
    s.blocks > 0 ? s.blocks * 512 : s.isSymbolicLink() ? 0 : Number(s.size) || 0;
  const links = new Map<string, number>();
  const freed = (s: Stats) => {
    if (s.isDirectory() || s.nlink <= 1) return size(s);
    if (!dryRun) return 0; // other links stay; the last one, when it goes, has nlink 1
    const key = `${s.dev}:${s.ino}`;
    const seen = (links.get(key) ?? 0) + 1;
    links.set(key, seen);
    return seen === s.nlink ? size(s) : 0;
  };
  const at = (dir: number, name: string) => (mode === 'fd' ? `/proc/self/fd/${dir}/${name}` : name);

  /** cwd mode: the walk lost track of where it stands; nothing more is touched. */
  class Lost extends Error {}
  let lost = false;
  const lose = (shown: string) => {
    lost = true;
    return new Lost(shown);
  };
  /** cwd mode: the folders entered, outermost first (the current directory last). */
  const stack: Stats[] = [];

  /**
   * Opens (fd) or enters (cwd) the folder `name` chosen by `s`: its descriptor (-1 in cwd mode),
   * `null` when it is gone meanwhile, undefined when it cannot be (reported).
   */
  const enter = (dir: number, name: string, s: Stats, shown: string): number | null | undefined => {
    if (mode === 'fd') {
      let fd: number;
      try {
        fd = io.open(at(dir, name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
      } catch (e) {
        const code = codeOf(e);
        if (code === 'ENOENT') return null;
        if (code === 'ELOOP' || code === 'ENOTDIR') report(shown, 'ECHANGED', CHANGED);
        else fail(shown, e);
        return undefined;
      }
      const f = io.fstat(fd);
      if (f.dev !== s.dev || f.ino !== s.ino) {
        io.close(fd);
        report(shown, 'ECHANGED', CHANGED);
        return undefined;
      }
      return fd;
    }
    const here = io.lstat('.');
    try {
      io.chdir(name);
    } catch (e) {
      if (codeOf(e) === 'ENOENT') return null;
      fail(shown, e);
      return undefined;
    }
    const f = io.lstat('.');
    if (f.dev !== s.dev || f.ino !== s.ino) throw lose(shown);
    stack.push(here);
    return -1;
  };
  const leave = (held: number, shown: string) => {
    if (mode === 'fd') {
      io.close(held);
      return;
    }
    const parent = stack.pop() as Stats;
    if (lost) return; // unwinding: where '..' leads is unknown
    io.chdir('..');
    const f = io.lstat('.');
    if (f.dev !== parent.dev || f.ino !== parent.ino) throw lose(shown);
  };

  const empty = (held: number, shown: string): boolean => {
    let names: string[];
    try {
      names = io.readdir(mode === 'fd' ? `/proc/self/fd/${held}` : '.');
    } catch (e) {
      return fail(shown, e);
    }
    let ok = true;
    for (const name of names) ok = one(held, name, shown + sep + name) && ok;
    return ok;
  };

  const folder = (dir: number, name: string, shown: string, s: Stats): boolean => {
    if (s.dev !== dev || mounts.has(`${s.dev}:${s.ino}`)) return report(shown, 'EXDEV', MOUNTED);
    for (let attempt = 0; ; attempt++) {
      const held = enter(dir, name, s, shown);
      // Gone since it was chosen (removed or moved away by someone else): nothing left to do.
      if (held === null) return true;
      if (held === undefined) return false;
      let ok: boolean;
      try {
        ok = empty(held, shown);
      } finally {
        leave(held, shown);
      }
      if (!ok) return false;
      if (dryRun) break;
      try {
        io.rmdir(at(dir, name));
        break;
      } catch (e) {
        // Something new appeared inside meanwhile: sweep it again (twice at most).
        if (codeOf(e) === 'ENOTEMPTY' && attempt < 2) continue;
        // Emptied, then swapped for a link or a file: that is not the folder chosen.
        if (codeOf(e) === 'ENOTDIR') return report(shown, 'ECHANGED', CHANGED);
        return fail(shown, e);
      }
    }
    out.bytes += size(s);
    out.entries++;
    return true;
  };

  const one = (dir: number, name: string, shown: string): boolean => {
    let s: Stats;
    try {
      s = io.lstat(at(dir, name));
    } catch (e) {
      return fail(shown, e);
    }
    if (s.isDirectory()) return folder(dir, name, shown, s);
    if (!dryRun) {
      try {
        io.unlink(at(dir, name));
      } catch (e) {
        return fail(shown, e);
      }
    }
    out.bytes += freed(s);
    out.entries++;
    return true;
  };

  const all = (items: readonly SweepItem[]) => {
    for (const item of items) one(item.dir, item.name, item.shown);
  };
  try {
    if (next) {
      for (let i = Atomics.add(next, 0, 1); i < task.chunks.length; i = Atomics.add(next, 0, 1)) {
        all(task.chunks[i] ?? []);
      }
    } else {
      for (const chunk of task.chunks) all(chunk);
    }
  } catch (e) {
    if (!(e instanceof Lost)) throw e;
    report(e.message, 'ECHANGED', `${CHANGED}; removal stopped there`);
  }
  return out;
}
