/**
 * Job-name globs for the `jobs` input: `*` matches any run of characters (slashes included, since
 * a called workflow's jobs are named `caller / callee`), `?` one character; case-insensitive.
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
