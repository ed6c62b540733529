/**
 * The sweep: removes paths the planner approved, with whatever is inside them.
 *
 * For each path it first measures the tree (`lstat` of every entry, never following a link), then
 * removes it with `fs.rmSync`, whose native walk opens each folder with O_NOFOLLOW and unlinks
 * entries relative to it: a link (to a file or a folder) is unlinked, never followed, even if the
 * tree changes meanwhile. When the tree holds a mount point, has unreadable folders, or `rmSync`
 * stops at something it may not delete (EACCES, EPERM, EBUSY, ...), a careful walk takes over: it
 * removes what it can entry by entry, records what it may not, and never enters another file system.
 *
 * Bytes freed are allocated sizes (`st_blocks` x 512; the length where the platform has no blocks)
 * of the entries whose last link goes (a file hard-linked elsewhere, as in a pnpm store, frees
 * nothing): measured before removal, minus what is still there after a careful walk.
 *
 * `sweep` is self-contained (it uses only its arguments and Node's built-ins) because it also runs
 * in worker threads from its source text: keep it free of imports and outer names.
 */

export interface Problem {
  path: string;
  code: string;
  message: string;
}

export interface SweepTask {
  /** Paths to remove (with their content), in chunks that threads take one at a time. */
  chunks: string[][];
  /** Measure only. */
  dryRun: boolean;
  /** The device of the planned entry: a folder on another one is not entered. */
  dev: number;
  sep: string;
  maxProblems: number;
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
export function sweep(task: SweepTask, next?: Int32Array): SweepResult {
  type Stats = import('node:fs').Stats;
  const fs = process.getBuiltinModule('node:fs');
  const { dryRun, dev, sep, maxProblems } = task;
  const out: SweepResult = { bytes: 0, entries: 0, problems: [], problemCount: 0 };
  const report = (p: string, code: string, message: string) => {
    out.problemCount++;
    if (out.problems.length < maxProblems) out.problems.push({ path: p, code, message });
    return false;
  };
  const codeOf = (e: unknown) => (e as { code?: string }).code;
  const fail = (p: string, e: unknown) =>
    codeOf(e) === 'ENOENT' || report(p, codeOf(e) ?? 'ERROR', (e as Error).message ?? String(e));
  const blocks = (s: Stats) => (s.blocks > 0 ? s.blocks * 512 : s.size);

  interface Tally {
    bytes: number;
    entries: number;
    /** A mount point or an unreadable entry inside: not for rmSync. */
    careful: boolean;
    /** Files with other links: counted once all their links are seen. */
    links: Map<number, number>;
  }
  const measure = (p: string, t: Tally): void => {
    let s: Stats;
    try {
      s = fs.lstatSync(p);
    } catch (e) {
      if (codeOf(e) !== 'ENOENT') t.careful = true;
      return;
    }
    t.entries++;
    if (s.isDirectory()) {
      t.bytes += blocks(s);
      if (s.dev !== dev) {
        t.careful = true;
        return;
      }
      let names: string[];
      try {
        names = fs.readdirSync(p);
      } catch {
        t.careful = true;
        return;
      }
      for (const name of names) measure(p + sep + name, t);
    } else if (s.nlink <= 1) {
      t.bytes += blocks(s);
    } else {
      const seen = (t.links.get(s.ino) ?? 0) + 1;
      t.links.set(s.ino, seen);
      if (seen === s.nlink) t.bytes += blocks(s);
    }
  };
  const tally = (p: string): Tally => {
    const t: Tally = { bytes: 0, entries: 0, careful: false, links: new Map() };
    measure(p, t);
    return t;
  };

  // The careful walk: entry by entry, going on past what may not go.
  const folder = (p: string, s: Stats): boolean => {
    if (s.dev !== dev)
      return report(p, 'EXDEV', 'another file system is mounted here: not entered');
    for (let attempt = 0; ; attempt++) {
      let names: string[];
      try {
        names = fs.readdirSync(p);
        // Still the folder that was listed, not swapped for a link meanwhile?
        const again = fs.lstatSync(p);
        if (!again.isDirectory() || again.ino !== s.ino || again.dev !== s.dev) {
          return report(p, 'ECHANGED', 'replaced while it was being removed: left alone');
        }
      } catch (e) {
        return fail(p, e);
      }
      let ok = true;
      for (const name of names) ok = one(p + sep + name) && ok;
      if (!ok) return false;
      try {
        fs.rmdirSync(p);
        return true;
      } catch (e) {
        // Something new appeared inside meanwhile: sweep it again (twice at most).
        if (codeOf(e) === 'ENOTEMPTY' && attempt < 2) continue;
        return fail(p, e);
      }
    }
  };
  const one = (p: string): boolean => {
    let s: Stats;
    try {
      s = fs.lstatSync(p);
    } catch (e) {
      return fail(p, e);
    }
    if (s.isDirectory()) return folder(p, s);
    try {
      fs.unlinkSync(p);
      return true;
    } catch (e) {
      return fail(p, e);
    }
  };

  const remove = (p: string) => {
    const before = tally(p);
    if (dryRun || before.entries === 0) {
      out.bytes += before.bytes;
      out.entries += before.entries;
      return;
    }
    if (!before.careful) {
      try {
        fs.rmSync(p, { recursive: true, force: true });
        out.bytes += before.bytes;
        out.entries += before.entries;
        return;
      } catch {
        // Stopped at something it may not delete: the careful walk goes on from there.
      }
    }
    one(p);
    const after = tally(p);
    out.bytes += Math.max(0, before.bytes - after.bytes);
    out.entries += Math.max(0, before.entries - after.entries);
  };

  if (next) {
    for (let i = Atomics.add(next, 0, 1); i < task.chunks.length; i = Atomics.add(next, 0, 1)) {
      for (const p of task.chunks[i] ?? []) remove(p);
    }
  } else {
    for (const chunk of task.chunks) for (const p of chunk) remove(p);
  }
  return out;
}
