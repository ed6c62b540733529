/**
 * job-cleanup's figure: removing a tree of 100,000 small files (the built main step, `when: now`,
 * `paths: tree`, bytes counted and summary written) against `rm -rf` of the same tree, rebuilt
 * before every run.
 *
 * The figure with the limit is measured on disk, in the temp directory, where a
 * persistent runner's debris lives (macOS /tmp is APFS too). A second row measures the same on a
 * tmpfs (/dev/shm), without a limit: there only CPU and system calls count, and Node's start-up and
 * the lstat per entry that exact byte counts need show (about 1.3x; every entry is reached
 * through a held folder, see docs/decisions/cleanup-race-safe-removal.md). JOB_CLEANUP_BENCH_DIR=<folder>
 * measures the first row elsewhere.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bench, type Command, type Figure, ROOT, sideBySide, timeOnce } from './measure.ts';

const FILES = 100_000;

function buildTree(tree: string) {
  rmSync(tree, { recursive: true, force: true });
  const data = Buffer.alloc(2048, 'x');
  let n = 0;
  for (let a = 0; a < 10; a++) {
    for (let b = 0; b < 100; b++) {
      const dir = join(tree, `pkg-${a}`, 'node_modules', `mod-${b}`);
      mkdirSync(dir, { recursive: true });
      for (let c = 0; c < FILES / 1000; c++, n++) {
        writeFileSync(join(dir, `file-${c}.js`), data.subarray(0, 100 + ((n * 37) % 1900)));
      }
    }
  }
}

async function measure(where: string, runs: number) {
  const base = mkdtempSync(join(where, 'job-cleanup-bench-'));
  try {
    const workspace = join(base, 'workspace');
    const tree = join(workspace, 'tree');
    for (const d of ['workspace', 'runner-temp', 'tmp']) mkdirSync(join(base, d));
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: join(base, 'tmp'),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(base, 'runner-temp'),
      GITHUB_OUTPUT: join(base, 'output'),
      GITHUB_STATE: join(base, 'state'),
      GITHUB_STEP_SUMMARY: join(base, 'summary.md'),
      INPUT_WHEN: 'now',
      INPUT_PATHS: 'tree',
      'INPUT_TEMP-PATTERNS': '',
      'INPUT_MAX-AGE-HOURS': '24',
    };
    const subject: Command = {
      args: [join(ROOT, 'dist', 'job-cleanup', 'main', 'index.js')],
      env,
      cwd: workspace,
      before: () => buildTree(tree),
    };
    const floor: Command = { program: 'rm', args: ['-rf', tree], before: () => buildTree(tree) };
    await timeOnce(subject);
    if (existsSync(tree)) throw new Error('job-cleanup left the tree behind');
    return await sideBySide(subject, floor, runs);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const bench: Bench = async () => {
  const disk = process.env.JOB_CLEANUP_BENCH_DIR || tmpdir();
  const onDisk = await measure(disk, 3);
  const figures: Figure[] = [
    {
      action: 'job-cleanup',
      figure: 'remove 100,000 small files vs rm -rf',
      value: onDisk.ratio,
      limit: 1.2,
      unit: 'x',
      detail: `${Math.round(onDisk.subject)} ms vs ${Math.round(onDisk.floor)} ms in ${disk}`,
    },
  ];
  if (existsSync('/dev/shm')) {
    const onTmpfs = await measure('/dev/shm', 7);
    figures.push({
      action: 'job-cleanup',
      figure: 'the same on tmpfs (CPU only)',
      value: onTmpfs.ratio,
      unit: 'x',
      detail: `${Math.round(onTmpfs.subject)} ms vs ${Math.round(onTmpfs.floor)} ms in /dev/shm`,
    });
  }
  return figures;
};

/** Long: only with `pnpm bench --full` (or `pnpm bench job-cleanup`). */
export const long = true;
/** Its usual duration here, in seconds (shown while `pnpm bench` runs). */
export const seconds = 600;
export default bench;
