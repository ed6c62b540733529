/**
 * Lexical path arithmetic, no I/O: nothing here ever asks the file system what a path points to,
 * so a symlink can never change the answer.
 */
import path from 'node:path';

/** Absolute, `.` and `..` folded, duplicate and trailing separators dropped (lexically). */
export function normalise(p: string): string {
  return path.resolve(p);
}

function withSep(dir: string): string {
  return dir.endsWith(path.sep) ? dir : dir + path.sep;
}

/** `child` lies strictly below `parent` (both normalised). */
export function isInside(child: string, parent: string, foldCase = false): boolean {
  const c = foldCase ? child.toLowerCase() : child;
  const p = foldCase ? parent.toLowerCase() : parent;
  return c !== p && c.startsWith(withSep(p));
}

/** `child` is `parent` or lies below it. */
export function isWithin(child: string, parent: string, foldCase = false): boolean {
  return (
    (foldCase ? child.toLowerCase() === parent.toLowerCase() : child === parent) ||
    isInside(child, parent, foldCase)
  );
}

/**
 * The folders strictly between `parent` and `child`, top down: for `/r` and `/r/a/b/c`,
 * `/r/a` and `/r/a/b`. `child` must lie inside `parent`.
 */
export function between(parent: string, child: string): string[] {
  const rest = child.slice(withSep(parent).length).split(path.sep).filter(Boolean);
  const out: string[] = [];
  let at = parent;
  for (const segment of rest.slice(0, -1)) {
    at = path.join(at, segment);
    out.push(at);
  }
  return out;
}

/** `p` moved from below `from` to below `to` (`p` must be within `from`). */
export function rebase(p: string, from: string, to: string): string {
  return p === from ? to : path.join(to, p.slice(withSep(from).length));
}
