/**
 * Side-by-side measurement for `pnpm bench`. This machine is shared and noisy, so figures are
 * ratios of two commands measured in the same run, interleaved (A, B, A, B, …), median over runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The Node 24 binary actions run under. */
export const NODE24 = (() => {
  const local = join(ROOT, 'node_modules', 'node24', 'bin', 'node');
  return existsSync(local) ? local : process.execPath;
})();

export interface Command {
  args: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Runs before each timed run (not timed), e.g. to recreate a tree to delete. */
  before?: () => void | Promise<void>;
  /** Program to run; NODE24 unless given. */
  program?: string;
  /** The exit code a run must end with; 0 unless given. */
  exitCode?: number;
}

let progress: () => void = () => {};
/** Called after every timed run, so `pnpm bench` can show that it is moving. */
export function setProgress(tick: () => void): void {
  progress = tick;
}

/** Wall time of one run of a command, in ms; throws when it exits non-zero. */
export async function timeOnce(cmd: Command): Promise<number> {
  await cmd.before?.();
  const started = performance.now();
  await new Promise<void>((done, fail) => {
    const child = spawn(cmd.program ?? NODE24, cmd.args, {
      cwd: cmd.cwd ?? ROOT,
      env: cmd.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === (cmd.exitCode ?? 0)
        ? done()
        : fail(new Error(`${cmd.args.join(' ')} exited ${code}: ${stderr}`)),
    );
  });
  const ms = performance.now() - started;
  progress();
  return ms;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Pair {
  subject: number;
  floor: number;
  ratio: number;
}

/** Median times of `subject` and `floor`, measured interleaved, and their ratio. */
export async function sideBySide(subject: Command, floor: Command, runs = 15): Promise<Pair> {
  await timeOnce(subject); // warm the file cache for both
  await timeOnce(floor);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timeOnce(subject));
    b.push(await timeOnce(floor));
  }
  const s = median(a);
  const f = median(b);
  return { subject: s, floor: f, ratio: s / f };
}

/** One line of the bench table. */
export interface Figure {
  action: string;
  figure: string;
  /** The measured value (a ratio, a count, bytes). */
  value: number;
  /** The limit; the row passes when value <= limit. */
  limit?: number;
  unit: 'x' | 'requests' | 'bytes' | 'ms';
  detail?: string;
}

/**
 * What each test/bench/<action>.ts exports as default. `full` is false for a plain `pnpm bench`:
 * a file may then leave out its long figures (and list them in `export const longFigures`).
 */
export type Bench = (opts?: { full: boolean }) => Promise<Figure[]>;

/** What a bundle loads before its first HTTP request (or before it exits, making none). */
export interface Loads {
  until: 'request' | 'exit';
  /** The bundle's own files, relative to its folder, in load order. */
  files: string[];
  /** Their bytes together. */
  bytes: number;
  /** Built-in modules the bundle asks for (`node:fs` …), in load order. */
  builtins: string[];
}

/**
 * Runs `cmd` once more (untimed) with test/bench/loads.mjs preloaded, and reports what its bundle
 * loaded before its first request. Node's own lazily loaded internals (its fetch, say) are the
 * floor's too, and are not listed.
 */
export async function loadsBeforeRequest(cmd: Command): Promise<Loads> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-loads-'));
  try {
    const out = join(dir, 'loads.json');
    const preload = join(ROOT, 'test', 'bench', 'loads.mjs');
    await timeOnce({
      ...cmd,
      args: ['--import', preload, ...cmd.args],
      env: { ...(cmd.env ?? process.env), BENCH_LOADS: out },
    });
    const { until, loaded } = JSON.parse(readFileSync(out, 'utf8')) as {
      until: Loads['until'];
      loaded: string[];
    };
    const bundle = dirname(cmd.args[0] as string);
    const files = loaded
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u))
      .filter((f) => !relative(bundle, f).startsWith('..'));
    return {
      until,
      files: files.map((f) => relative(bundle, f) || basename(f)),
      bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
      builtins: [...new Set(loaded.filter((u) => !u.startsWith('file:')))],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `index.js, 101.index.js (92.3 KiB); node:fs, node:os`: a Loads for the bench table. */
export function describeLoads(loads: Loads): string {
  const kib = (loads.bytes / 1024).toFixed(1);
  const before = loads.until === 'request' ? 'before the first request' : 'before exit';
  return `loads ${before}: ${loads.files.join(', ')} (${kib} KiB); ${loads.builtins.join(', ') || 'no built-ins'}`;
}
