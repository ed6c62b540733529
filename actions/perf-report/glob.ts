/**
 * Job-name globs for the `jobs` input: `*` matches any run of characters (slashes included, since
 * a called workflow's jobs are named `caller / callee`), `?` one character; case-insensitive.
 * Not picomatch: job names carry parentheses (`build (M4)`), which file-glob libraries read as
 * pattern syntax; here every other character is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const c of glob) {
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'is');
}

/** A predicate over job names: true for every name when there are no globs. */
export function nameFilter(globs: readonly string[]): (name: string) => boolean {
  if (globs.length === 0) return () => true;
  const patterns = globs.map(globToRegExp);
  return (name) => patterns.some((p) => p.test(name));
}

/**
 * The `jobs` input: globs separated by newlines or by commas outside parentheses, so a matrix
 * job's name stays whole (`build (M4, *), lint` is two globs).
 */
export function splitGlobs(text: string): string[] {
  const globs: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let depth = 0;
    let current = '';
    for (const c of line) {
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      if (c === ',' && depth === 0) {
        globs.push(current);
        current = '';
      } else current += c;
    }
    globs.push(current);
  }
  return globs.map((g) => g.trim()).filter(Boolean);
}
