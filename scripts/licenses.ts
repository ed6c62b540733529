/**
 * The licence notices of the third-party code a bundle carries, from ncc's webpack stats: every
 * module under node_modules names its package; each package's name, version, licence and licence
 * file go into licenses.txt beside the bundle. ncc's own `--license` leaves out the packages of
 * lazily loaded chunks (all of @actions/cache's tree), so the build writes the file itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}
interface Stats {
  modules?: StatsModule[];
  chunks?: { modules?: StatsModule[] }[];
}

const PACKAGE = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/.@][^/]*)\//;

/** Package folders (relative to `root`) of every module in the stats, nested modules included. */
export function packageDirs(stats: Stats): string[] {
  const dirs = new Set<string>();
  const walk = (modules: StatsModule[] | undefined) => {
    for (const m of modules ?? []) {
      // Concatenated modules are named "<first> + 12 modules"; their parts are listed under modules.
      const name = m.name?.split(' + ')[0] ?? '';
      const match = PACKAGE.exec(name);
      if (match?.[1]) dirs.add(match[1]);
      walk(m.modules);
    }
  };
  walk(stats.modules);
  for (const chunk of stats.chunks ?? []) walk(chunk.modules);
  return [...dirs];
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** licenses.txt: one block per package (name@version, licence, the licence file), by name. */
export function licenceNotices(stats: Stats, root: string): string {
  const blocks = new Map<string, string>();
  for (const dir of packageDirs(stats)) {
    const abs = join(root, dir);
    const manifest = join(abs, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version?: string;
      license?: string | { type?: string };
    };
    if (!pkg.name) continue;
    const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '');
    const file = readdirSync(abs).find((f) => LICENCE_FILE.test(f));
    const text = file ? readFileSync(join(abs, file), 'utf8').trim() : '(no licence file shipped)';
    blocks.set(`${pkg.name}@${pkg.version}`, `${pkg.name}@${pkg.version}\n${licence}\n${text}\n`);
  }
  return [...blocks.keys()]
    .sort()
    .map((k) => blocks.get(k))
    .join('\n');
}
