/**
 * The workflow files the `workflows` globs name, read from the workspace and never from outside
 * it: globs are relative to GITHUB_WORKSPACE, folders are walked without following links, and a
 * matched link is read only when its target is inside the workspace. Large files are not read.
 */
import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { WorkflowSource } from './lint.ts';

export interface ReadLimits {
  /** Bytes per file; larger files are reported, not read. */
  maxBytes: number;
  /** Files read in all. */
  maxFiles: number;
  /** Folder entries looked at in all. */
  maxEntries: number;
}

export const LIMITS: ReadLimits = { maxBytes: 1024 * 1024, maxFiles: 500, maxEntries: 50_000 };

const inside = (root: string, target: string) =>
  target === root || target.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);

export function readWorkflows(
  workspace: string,
  globs: readonly string[],
  limits: ReadLimits = LIMITS,
): { sources: WorkflowSource[]; notes: string[] } {
  const notes: string[] = [];
  const root = realpathSync(workspace);
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const yes = picomatch(include, { dot: true });
  const no = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  const found = new Map<string, WorkflowSource>();
  let entries = 0;
  let tooMany = false;
  const visited = new Set<string>();

  const take = (rel: string, full: string, entry: { isSymbolicLink(): boolean }) => {
    if (found.has(rel) || !yes(rel) || no(rel)) return;
    if (found.size >= limits.maxFiles) {
      if (!tooMany) {
        tooMany = true;
        notes.push(`More than ${limits.maxFiles} workflow files match; the rest are not read.`);
      }
      return;
    }
    let target = full;
    if (entry.isSymbolicLink()) {
      try {
        target = realpathSync(full);
      } catch {
        found.set(rel, { file: rel, skipped: 'a link whose target does not exist; not read' });
        return;
      }
      if (!inside(root, target)) {
        found.set(rel, { file: rel, skipped: 'a link to outside the workspace; not read' });
        return;
      }
    }
    try {
      const stat = statSync(target);
      if (!stat.isFile()) return;
      if (stat.size > limits.maxBytes) {
        found.set(rel, {
          file: rel,
          skipped: `${stat.size} bytes, over the ${limits.maxBytes}-byte limit; not read`,
        });
        return;
      }
      found.set(rel, { file: rel, text: readFileSync(target, 'utf8') });
    } catch (error) {
      found.set(rel, {
        file: rel,
        skipped: `not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  };

  /** A path without glob characters names one file: read it, through real folders of the workspace. */
  const literal = (rel: string) => {
    const full = path.resolve(root, rel);
    if (!inside(root, full) || full === root) return;
    let folder: string;
    try {
      folder = realpathSync(path.dirname(full));
    } catch {
      notes.push(`'${rel}' does not exist in the workspace.`);
      return;
    }
    if (!inside(root, folder)) {
      notes.push(`'${path.dirname(rel)}' leads outside the workspace; not read.`);
      return;
    }
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(full);
    } catch {
      notes.push(`'${rel}' does not exist in the workspace.`);
      return;
    }
    if (stat.isDirectory()) {
      notes.push(`'${rel}' is a folder: name its files, e.g. '${rel}/*.y*ml'.`);
      return;
    }
    take(path.relative(root, full).split(path.sep).join('/'), full, stat);
  };

  const walk = (dir: string, rel: string, depth: number) => {
    if (visited.has(dir) || depth > 32) return;
    visited.add(dir);
    let list: Dirent[];
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of list) {
      if (++entries > limits.maxEntries) return;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, childRel, depth + 1);
      else if (entry.isFile() || entry.isSymbolicLink()) take(childRel, full, entry);
    }
  };

  for (const glob of include) {
    const scan = picomatch.scan(glob);
    if (!scan.isGlob) {
      literal(glob.replace(/\/+$/, ''));
      continue;
    }
    const base = scan.base.replace(/\/+$/, '');
    const start = path.resolve(root, base);
    if (!inside(root, start)) continue;
    // The fixed part of the glob must be real folders inside the workspace, not links out of it.
    let real: string;
    try {
      if (!lstatSync(start).isDirectory() && base) {
        notes.push(`'${base}' is not a folder of the workspace (a link is not followed).`);
        continue;
      }
      real = realpathSync(start);
    } catch {
      continue;
    }
    if (!inside(root, real)) {
      notes.push(`'${base}' leads outside the workspace; not read.`);
      continue;
    }
    walk(start, base, 0);
    if (entries > limits.maxEntries) {
      notes.push(
        `Stopped after ${limits.maxEntries} folder entries: narrow the 'workflows' globs.`,
      );
      break;
    }
  }
  const sources = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
  return { sources, notes };
}
