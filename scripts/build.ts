/**
 * Builds each action's entry points with ncc into dist/<action>/<main|post>/.
 *   pnpm build            rebuild dist/
 *   pnpm build --check    build into a temp dir and fail if dist/ differs (the dist check,
 *                         bundles and their licenses.txt alike)
 *   pnpm build <action>   rebuild one action only
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { type Entry, entries, ROOT } from './actions.ts';
import { licenceNotices } from './licenses.ts';

const run = promisify(execFile);
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));

/**
 * ncc's options. Readable bundles, like the toolkit's own actions: minifying bought no measurable
 * start-up time (docs/decisions/bundle-format.md).
 */
const NCC_OPTIONS = ['--transpile-only', '--quiet'];

/**
 * Bundles one entry, and writes licenses.txt beside it: the licence notices of every package the
 * bundle and its lazily loaded chunks carry (scripts/licenses.ts). The dist check compares it too.
 */
async function bundle(entry: Entry, outRoot: string) {
  const out = join(outRoot, entry.out);
  rmSync(out, { recursive: true, force: true });
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const statsDir = mkdtempSync(join(tmpdir(), 'runner-actions-stats-'));
  try {
    const stats = join(statsDir, 'stats.json');
    await run(
      process.execPath,
      [ncc, 'build', entry.source, '-o', out, ...NCC_OPTIONS, '--stats-out', stats],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    const notices = licenceNotices(JSON.parse(readFileSync(stats, 'utf8')), ROOT);
    writeFileSync(join(out, 'licenses.txt'), notices);
  } finally {
    rmSync(statsDir, { recursive: true, force: true });
  }
}

/** Two at a time: this machine, and CI's, has two cores. */
async function buildAll(list: Entry[], outRoot: string) {
  const queue = [...list];
  const worker = async () => {
    for (let e = queue.shift(); e; e = queue.shift()) await bundle(e, outRoot);
  };
  await Promise.all([worker(), worker()]);
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  try {
    walk(dir);
  } catch {
    return [];
  }
  return out.sort();
}

const all = entries();
const selected = only.length ? all.filter((e) => only.includes(e.action)) : all;
if (only.length && !selected.length) {
  console.error(`No entry points for ${only.join(', ')}.`);
  process.exit(2);
}

if (check) {
  const temp = mkdtempSync(join(tmpdir(), 'runner-actions-dist-'));
  try {
    await buildAll(all, temp);
    const fresh = files(join(temp, 'dist'));
    const committed = files(join(ROOT, 'dist'));
    const differ = [...new Set([...fresh, ...committed])].filter((f) => {
      try {
        return !readFileSync(join(temp, 'dist', f)).equals(readFileSync(join(ROOT, 'dist', f)));
      } catch {
        return true;
      }
    });
    if (differ.length) {
      console.error(`dist/ is not what the source builds to; run 'pnpm build' and commit:`);
      for (const f of differ) console.error(`  dist/${f}`);
      process.exit(1);
    }
    console.log(`dist/ is current (${fresh.length} files).`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
} else {
  const temp = mkdtempSync(join(tmpdir(), 'runner-actions-dist-'));
  try {
    await buildAll(selected, temp);
    if (!only.length) rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
    for (const e of selected) rmSync(join(ROOT, e.out), { recursive: true, force: true });
    cpSync(join(temp, 'dist'), join(ROOT, 'dist'), { recursive: true });
    for (const e of selected) console.log(`built ${e.out}/index.js`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
