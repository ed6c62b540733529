/** Free space of the file systems holding the roots (`statfs`: blocks available to this user). */
import { statfsSync, statSync } from 'node:fs';

export interface FileSystemFree {
  /** A root on this file system (the first one found). */
  path: string;
  free: number;
}

export function freeBytes(path: string): number | undefined {
  try {
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

/** One reading per file system (roots on the same device share one). */
export function freeSpace(paths: readonly string[]): FileSystemFree[] {
  const seen = new Set<number>();
  const out: FileSystemFree[] = [];
  for (const path of paths) {
    let dev: number;
    try {
      dev = statSync(path).dev;
    } catch {
      continue;
    }
    if (seen.has(dev)) continue;
    seen.add(dev);
    const free = freeBytes(path);
    if (free !== undefined) out.push({ path, free });
  }
  return out;
}
