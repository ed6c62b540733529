/**
 * Globs: `temp-patterns` on entry names, `paths` on paths. Pure: the walk below a glob's fixed
 * base reads folders through a `list` function, and only descends into real folders (an entry
 * `list` reports as a folder is one by `lstat`, never a link to one).
 */
import path from 'node:path';
import picomatch from 'picomatch';

/** A name matches when some pattern does and no `!` pattern does. */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (!include.length) return () => false;
  const yes = picomatch(include, { dot: true });
  const no = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return (name) => yes(name) && !no(name);
}

export interface PathSpec {
  /** The line as written. */
  text: string;
  /** Absolute and normalised (relative lines resolve against the workspace). */
  absolute: string;
  /** For a glob: the fixed folder it starts from, and the pattern below it. */
  glob?: { base: string; pattern: string };
}

/**
 * A `paths` line made absolute: `~` and `~/…` are `home` (as a shell reads them; `~name` is refused
 * by inputs.ts), other relative lines resolve against the workspace
 * (docs/decisions/cleanup-paths-home.md).
 */
export function parsePathSpec(
  text: string,
  workspace: string | undefined,
  home?: string,
): PathSpec {
  const tilde = home !== undefined && (text === '~' || text.startsWith('~/'));
  const written = tilde ? home + text.slice(1) : text;
  const absolute =
    path.isAbsolute(written) || !workspace
      ? path.resolve(written)
      : path.resolve(workspace, written);
  const scan = picomatch.scan(absolute);
  if (!scan.isGlob) return { text, absolute };
  return { text, absolute, glob: { base: path.resolve(scan.base || '/'), pattern: scan.glob } };
}

export interface Listed {
  name: string;
  /** A real folder (lstat): a link to a folder is not one. */
  dir: boolean;
}

/** What a glob matched: the first `limit` paths, and how many more it matched beyond them. */
export interface Expansion {
  found: string[];
  left: number;
}

/**
 * Matches a `paths` glob may add in one run; beyond it they are counted, not listed, and reported
 * (docs/decisions/cleanup-caps-and-bytes.md).
 */
export const MATCH_LIMIT = 100_000;

/**
 * The paths below `base` that `pattern` matches, outermost first: a matching folder is not
 * entered (its content goes with it). `list` returns undefined for a folder it cannot read.
 * Past `limit` matches the walk goes on counting, so `left` says exactly how many were not listed.
 */
export function expand(
  base: string,
  pattern: string,
  list: (dir: string) => readonly Listed[] | undefined,
  limit = MATCH_LIMIT,
): Expansion {
  const matches = picomatch(pattern, { dot: true });
  const deep = pattern.includes('**');
  const depth = pattern.split('/').filter(Boolean).length;
  const out: Expansion = { found: [], left: 0 };
  const walk = (dir: string, rel: string, level: number) => {
    for (const entry of list(dir) ?? []) {
      const relative = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (matches(relative)) {
        if (out.found.length < limit) out.found.push(full);
        else out.left++;
      } else if (entry.dir && (deep || level + 1 < depth)) walk(full, relative, level + 1);
    }
  };
  walk(base, '', 0);
  return out;
}
