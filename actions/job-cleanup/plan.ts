/**
 * The removal planner: pure. Given the roots removal is allowed under, the guarded paths, `lstat`
 * facts about the candidates and their parent folders, and the age rule, it decides for each
 * candidate: remove, refuse (with the reason), keep as too fresh, or nothing there.
 *
 * Candidates are compared lexically after normalisation; only the roots were resolved (realpath)
 * by the caller. A candidate is never resolved through a symlink: if a folder between its root and
 * the candidate is a link, the candidate lies elsewhere and is refused.
 */
import { between, isInside, isWithin, normalise, rebase } from './paths.ts';

export type Kind = 'file' | 'dir' | 'link' | 'other';

/** What `lstat` says about a path (never following a link). A missing path has no fact. */
export interface Fact {
  kind: Kind;
  mtimeMs: number;
}
export type Facts = ReadonlyMap<string, Fact>;

export type RootName = 'workspace' | 'runner-temp' | 'temp';

export interface Root {
  name: RootName;
  /** As configured (GITHUB_WORKSPACE, RUNNER_TEMP, the temp dir), normalised. */
  path: string;
  /** Its realpath. */
  real: string;
}

export const ROOT_LABEL: Record<RootName, string> = {
  workspace: 'GITHUB_WORKSPACE',
  'runner-temp': 'RUNNER_TEMP',
  temp: 'the temp directory',
};

/**
 * A path that must survive. `keep`: the path itself and every folder holding it (its content may
 * go, e.g. GITHUB_WORKSPACE). `seal`: the path, its holders and everything inside it, except
 * inside `except` (e.g. the runner root, except its work folder).
 */
export interface Guard {
  path: string;
  label: string;
  mode: 'keep' | 'seal';
  except?: string;
  /** A root must not be this path nor hold it (`/`, HOME). */
  anchor?: boolean;
}

export type Source = 'temp' | 'paths' | 'workspace';

export interface Candidate {
  /** Absolute (relative `paths` are resolved against GITHUB_WORKSPACE before planning). */
  path: string;
  source: Source;
  /** Subject to the age rule (temp entries). */
  aged: boolean;
  /** The `paths` line it came from. */
  from?: string;
}

export interface PlanInput {
  roots: readonly Root[];
  guards: readonly Guard[];
  candidates: readonly Candidate[];
  facts: Facts;
  now: number;
  maxAgeMs: number;
  /** Compare guards case-insensitively (macOS, Windows): refuses more, never less. */
  foldCase?: boolean;
  /** Mount points inside the roots, from the mount table (mounts.ts): never emptied nor crossed. */
  mounts?: readonly string[];
}

export interface Removal {
  /** The path to remove: below the root's realpath, never through a link. */
  path: string;
  kind: Kind;
  root: RootName;
  /** The root's realpath: removal walks down from it one name at a time. */
  rootReal: string;
  candidate: Candidate;
}
export interface Refusal {
  path: string;
  reason: string;
  candidate: Candidate;
}
export interface Fresh {
  path: string;
  ageMs: number;
  candidate: Candidate;
}
export interface Plan {
  remove: Removal[];
  refused: Refusal[];
  fresh: Fresh[];
  /** Named but not there (or only reachable through a missing folder). */
  missing: Candidate[];
}

export type Reach =
  | { ok: true; root: Root; real: string; fact: Fact }
  | { ok: false; why: 'outside' | 'root' | 'link' | 'missing'; reason: string };

/**
 * The machine-wide temp folder (and its realpath on macOS). It is a root only as the temp
 * directory (TMPDIR, else /tmp): docs/decisions/cleanup-tmp-root.md.
 */
export const SHARED_TMP = ['/tmp', '/private/tmp'] as const;

/** Why `path` is outside every root; says so when it is in /tmp and /tmp is not a root. */
export function outside(path: string, roots: readonly Root[]): string {
  const reason = `outside ${listed(roots.map((r) => ROOT_LABEL[r.name])) || 'every allowed root'}`;
  const tmp = SHARED_TMP.find((t) => isInside(path, t));
  const forms = roots.flatMap((r) => [r.path, r.real]);
  if (!tmp || SHARED_TMP.some((t) => forms.includes(t))) return reason;
  const temp = roots.find((r) => r.name === 'temp');
  return `${reason}; ${tmp} is not the temp directory here${temp ? ` (${temp.path} is)` : ''}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The deepest root holding `path` (lexically, by its configured path or its realpath). */
export function locate(
  path: string,
  roots: readonly Root[],
): { root: Root; real: string } | { equal: Root } | undefined {
  const p = normalise(path);
  let best: { root: Root; base: string } | undefined;
  for (const root of roots) {
    for (const base of [root.real, root.path]) {
      if (p === base) return { equal: root };
      if (isInside(p, base) && (!best || base.length > best.base.length)) best = { root, base };
    }
  }
  return best && { root: best.root, real: rebase(p, best.base, best.root.real) };
}

/** Every path whose `lstat` the planner needs for `path`: the folders below its root, and itself. */
export function factsNeeded(path: string, roots: readonly Root[]): string[] {
  const at = locate(path, roots);
  if (!at || 'equal' in at) return [];
  return [...between(at.root.real, at.real), at.real];
}

/** Where `path` really is, if it is inside a root without passing through a link. */
export function reach(path: string, roots: readonly Root[], facts: Facts): Reach {
  const at = locate(path, roots);
  if (!at) return { ok: false, why: 'outside', reason: outside(normalise(path), roots) };
  if ('equal' in at) {
    return { ok: false, why: 'root', reason: `is ${ROOT_LABEL[at.equal.name]} itself` };
  }
  for (const folder of between(at.root.real, at.real)) {
    const fact = facts.get(folder);
    if (fact?.kind === 'link') {
      return { ok: false, why: 'link', reason: `reached through the symlink ${folder}` };
    }
    if (fact?.kind !== 'dir') return { ok: false, why: 'missing', reason: `${folder} is missing` };
  }
  const fact = facts.get(at.real);
  if (!fact) return { ok: false, why: 'missing', reason: 'not there' };
  return { ok: true, root: at.root, real: at.real, fact };
}

/**
 * Where a glob's fixed base really is, if it is a root or a real folder inside one reached
 * without passing through a link: the walk below it starts there.
 */
export function globBase(path: string, roots: readonly Root[], facts: Facts): Reach {
  const at = locate(path, roots);
  if (at && 'equal' in at) {
    return { ok: true, root: at.equal, real: at.equal.real, fact: { kind: 'dir', mtimeMs: 0 } };
  }
  const where = reach(path, roots, facts);
  if (where.ok && where.fact.kind === 'link') {
    return { ok: false, why: 'link', reason: `reached through the symlink ${where.real}` };
  }
  if (where.ok && where.fact.kind !== 'dir') {
    return { ok: false, why: 'missing', reason: `${where.real} is not a folder` };
  }
  return where;
}

/** Why `path` must survive the guards, or undefined when none objects. */
export function guarded(
  path: string,
  guards: readonly Guard[],
  foldCase = false,
): string | undefined {
  const same = (a: string, b: string) => (foldCase ? a.toLowerCase() === b.toLowerCase() : a === b);
  for (const g of guards) if (same(g.path, path)) return `is ${g.label}`;
  for (const g of guards) {
    if (isInside(g.path, path, foldCase)) return `holds ${g.label} (${g.path})`;
  }
  for (const g of guards) {
    if (
      g.mode === 'seal' &&
      isInside(path, g.path, foldCase) &&
      !(g.except !== undefined && isInside(path, g.except, foldCase))
    ) {
      return `is inside ${g.label} (${g.path})`;
    }
  }
  return undefined;
}

/** The roots that are safe to remove under; the others with why they are not used. */
export function vetRoots(
  roots: readonly Root[],
  guards: readonly Guard[],
  foldCase = false,
): { roots: Root[]; dropped: { root: Root; reason: string }[] } {
  const kept: Root[] = [];
  const dropped: { root: Root; reason: string }[] = [];
  for (const root of roots) {
    let reason: string | undefined;
    for (const form of [root.path, root.real]) {
      for (const g of guards) {
        if (g.anchor && isWithin(g.path, form, foldCase)) {
          reason = `${form} is or holds ${g.label}`;
        } else if (
          g.mode === 'seal' &&
          isWithin(form, g.path, foldCase) &&
          !(g.except !== undefined && isInside(form, g.except, foldCase))
        ) {
          reason = `${form} is inside ${g.label}`;
        }
        if (reason) break;
      }
      if (reason) break;
    }
    if (reason) dropped.push({ root, reason });
    else kept.push(root);
  }
  return { roots: kept, dropped };
}

/** Why `real` (below `root`) may not be removed for a mount point, or undefined. */
export function mounted(
  real: string,
  root: string,
  mounts: ReadonlySet<string>,
): string | undefined {
  if (mounts.has(real))
    return 'is a mount point (another file system or a bind mount): not emptied';
  const via = between(root, real).find((folder) => mounts.has(folder));
  return via && `lies on another file system, mounted at ${via}`;
}

/** The plan: what goes, what is refused and why, what is too fresh, what is not there. */
export function plan(input: PlanInput): Plan {
  const { roots, facts, now, maxAgeMs, foldCase = false } = input;
  const mounts = new Set((input.mounts ?? []).map(normalise));
  const rootGuards: Guard[] = roots.flatMap((r) =>
    [r.path, r.real].map((p) => ({ path: p, label: ROOT_LABEL[r.name], mode: 'keep' as const })),
  );
  const guards = [...input.guards, ...rootGuards];
  const out: Plan = { remove: [], refused: [], fresh: [], missing: [] };
  const seen = new Set<string>();

  for (const candidate of input.candidates) {
    const lexical = normalise(candidate.path);
    const where = reach(lexical, roots, facts);
    if (!where.ok) {
      if (where.why === 'missing') out.missing.push(candidate);
      else out.refused.push({ path: lexical, reason: where.reason, candidate });
      continue;
    }
    const why =
      guarded(where.real, guards, foldCase) ??
      guarded(lexical, guards, foldCase) ??
      mounted(where.real, where.root.real, mounts);
    if (why) {
      out.refused.push({ path: where.real, reason: why, candidate });
      continue;
    }
    if (candidate.aged) {
      const ageMs = now - where.fact.mtimeMs;
      if (!(ageMs >= maxAgeMs)) {
        out.fresh.push({ path: where.real, ageMs, candidate });
        continue;
      }
    }
    if (seen.has(where.real)) continue;
    seen.add(where.real);
    out.remove.push({
      path: where.real,
      kind: where.fact.kind,
      root: where.root.name,
      rootReal: where.root.real,
      candidate,
    });
  }

  // A removal inside another removal goes with it: keep the outermost only.
  const folders = new Set(out.remove.filter((r) => r.kind === 'dir').map((r) => r.path));
  out.remove = out.remove.filter(
    (r) => !between(r.rootReal, r.path).some((folder) => folders.has(folder)),
  );
  return out;
}
