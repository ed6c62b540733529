/**
 * What the planner looks at, read from the machine: the roots (realpath), the guards (also under
 * their realpath), the candidates from `temp-patterns`, `paths` and `clean-workspace`, and the
 * `lstat` facts about each candidate and the folders between it and its root.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expand, MATCH_LIMIT, nameMatcher, parsePathSpec } from './glob.ts';
import { layout } from './layout.ts';
import {
  type Candidate,
  type Fact,
  factsNeeded,
  type Guard,
  globBase,
  ROOT_LABEL,
  type Root,
  vetRoots,
} from './plan.ts';

export interface Ground {
  roots: Root[];
  guards: Guard[];
  /** Roots not used, with why. */
  skippedRoots: { label: string; reason: string }[];
}

export interface Gathered {
  candidates: Candidate[];
  facts: Map<string, Fact>;
  /** Globs refused before expansion (their fixed part is outside, or behind a link). */
  refused: { path: string; reason: string }[];
  /** Globs that matched nothing. */
  nothing: string[];
  /** Globs that matched more than one run takes: how many matches were left, exactly. */
  capped: { text: string; left: number; limit: number }[];
}

export function factOf(p: string): Fact | undefined {
  try {
    const s = lstatSync(p);
    const kind = s.isSymbolicLink()
      ? 'link'
      : s.isDirectory()
        ? 'dir'
        : s.isFile()
          ? 'file'
          : 'other';
    return { kind, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

function list(dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

function real(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** The roots, resolved and vetted; the guards, each also under its realpath. */
export function ground(foldCase: boolean, env = process.env): Ground {
  const lay = layout(env, {
    home: os.homedir(),
    tmpdir: os.tmpdir(),
    execPath: process.execPath,
    script: process.argv[1],
  });
  const skippedRoots: Ground['skippedRoots'] = [];
  const resolved: Root[] = [];
  for (const r of lay.roots) {
    const at = real(r.path);
    if (at && factOf(at)?.kind === 'dir') resolved.push({ ...r, real: at });
    else skippedRoots.push({ label: ROOT_LABEL[r.name], reason: `${r.path} is not a folder` });
  }
  const guards: Guard[] = [];
  for (const g of lay.guards) {
    guards.push(g);
    const at = real(g.path);
    const except = g.except && (real(g.except) ?? g.except);
    if (at && (at !== g.path || except !== g.except)) guards.push({ ...g, path: at, except });
  }
  const vetted = vetRoots(resolved, guards, foldCase);
  for (const d of vetted.dropped) {
    skippedRoots.push({ label: ROOT_LABEL[d.root.name], reason: d.reason });
  }
  return { roots: vetted.roots, guards, skippedRoots };
}

export interface GatherOptions {
  /** Mount points inside the roots: a glob does not descend into them. */
  mounts?: readonly string[];
  /** Matches one glob may add (default MATCH_LIMIT). */
  matchLimit?: number;
  /** What `~` in a `paths` line stands for (HOME). */
  home?: string;
}

export function gather(
  inputs: { tempPatterns: readonly string[]; paths: readonly string[]; cleanWorkspace: boolean },
  roots: readonly Root[],
  workspace?: string,
  options: GatherOptions = {},
): Gathered {
  const out: Gathered = { candidates: [], facts: new Map(), refused: [], nothing: [], capped: [] };
  const mounts = new Set(options.mounts ?? []);
  const byName = (name: Root['name']) => roots.find((r) => r.name === name);
  const learn = (p: string) => {
    for (const at of factsNeeded(p, roots)) {
      if (out.facts.has(at)) continue;
      const fact = factOf(at);
      if (fact) out.facts.set(at, fact);
    }
  };

  const temps = roots.filter((r) => r.name === 'temp');
  const matches = nameMatcher(inputs.tempPatterns);
  for (const temp of inputs.tempPatterns.length ? temps : []) {
    for (const e of list(temp.real) ?? []) {
      if (matches(e.name)) {
        out.candidates.push({ path: path.join(temp.real, e.name), source: 'temp', aged: true });
      }
    }
  }

  for (const text of inputs.paths) {
    const spec = parsePathSpec(text, workspace, options.home);
    if (!spec.glob) {
      out.candidates.push({ path: spec.absolute, source: 'paths', aged: false, from: text });
      continue;
    }
    learn(spec.glob.base);
    const base = globBase(spec.glob.base, roots, out.facts);
    if (!base.ok) {
      if (base.why === 'missing') out.nothing.push(text);
      else out.refused.push({ path: spec.absolute, reason: base.reason });
      continue;
    }
    const limit = options.matchLimit ?? MATCH_LIMIT;
    const { found, left } = expand(
      base.real,
      spec.glob.pattern,
      (dir) =>
        list(dir)?.map((e) => ({
          name: e.name,
          dir: e.isDirectory() && !mounts.has(path.join(dir, e.name)),
        })),
      limit,
    );
    if (!found.length) out.nothing.push(text);
    if (left) out.capped.push({ text, left, limit });
    for (const f of found) {
      out.candidates.push({ path: f, source: 'paths', aged: false, from: text });
    }
  }

  if (inputs.cleanWorkspace) {
    const ws = byName('workspace');
    if (!ws) {
      out.refused.push({
        path: workspace ?? 'GITHUB_WORKSPACE',
        reason: 'clean-workspace: GITHUB_WORKSPACE is not set or not a usable folder',
      });
    } else {
      for (const e of list(ws.real) ?? []) {
        out.candidates.push({ path: path.join(ws.real, e.name), source: 'workspace', aged: false });
      }
    }
  }

  for (const c of out.candidates) learn(c.path);
  return out;
}
