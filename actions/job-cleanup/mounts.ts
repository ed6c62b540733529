/**
 * Mount points, from the mount table (never from device numbers alone: a bind mount of a folder on
 * the same file system keeps its device number). Linux: `/proc/self/mountinfo`; macOS (and the
 * BSDs): the `mount` command's list (what `getmntinfo` returns). The parsers are pure; `readMounts`
 * and `mountIds` read the machine. See docs/decisions/cleanup-mounts.md.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { isInside } from './paths.ts';

/** The kernel's octal escapes in mountinfo (`\040` space, `\011` tab, `\012` LF, `\134` `\`). */
export function unescapeMountPath(field: string): string {
  if (!field.includes('\\')) return field;
  const src = Buffer.from(field, 'utf8');
  const out: number[] = [];
  const octal = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x37;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as number;
    if (c === 0x5c && octal(src[i + 1]) && octal(src[i + 2]) && octal(src[i + 3])) {
      out.push(Number.parseInt(src.subarray(i + 1, i + 4).toString('latin1'), 8) & 0xff);
      i += 3;
    } else out.push(c);
  }
  return Buffer.from(out).toString('utf8');
}

/** Mount points in `/proc/self/mountinfo` text: the fifth field of each line. */
export function parseMountinfo(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const point = fields[4];
    if (fields.length >= 5 && point?.startsWith('/')) out.push(unescapeMountPath(point));
  }
  return out;
}

/** Mount points in the `mount` command's output on macOS/BSD: `<what> on <point> (<options>)`. */
export function parseMountList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^.*? on (\/.*?)(?: \([^()]*\))?$/.exec(line.trimEnd());
    if (m?.[1]) out.push(m[1]);
  }
  return out;
}

/** Every mount point the machine reports; empty where no table can be read (Windows). */
export function readMounts(platform = process.platform): string[] {
  try {
    if (platform === 'linux') return parseMountinfo(readFileSync('/proc/self/mountinfo', 'utf8'));
    if (platform === 'darwin' || platform.endsWith('bsd')) {
      // Loaded here: only macOS and the BSDs need a child process.
      const { execFileSync } = process.getBuiltinModule('node:child_process');
      return parseMountList(
        execFileSync('/sbin/mount', [], { encoding: 'utf8', timeout: 10_000, stdio: 'pipe' }),
      );
    }
  } catch {
    // No table: device numbers still keep other file systems out.
  }
  return [];
}

/** The mount points strictly inside one of `roots` (a root's own mount, and those above, are allowed). */
export function mountsInside(points: readonly string[], roots: readonly string[]): string[] {
  return [...new Set(points.filter((p) => roots.some((r) => isInside(p, r))))];
}

/** `dev:ino` of what is mounted at each point (its top-most mount), for the removal walk. */
export function mountIds(points: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const p of points) {
    try {
      const s = lstatSync(p);
      ids.add(`${s.dev}:${s.ino}`);
    } catch {
      // Gone, or hidden below another mount: nothing to recognise there.
    }
  }
  return [...ids];
}
