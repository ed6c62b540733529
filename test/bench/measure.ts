/**
 * Side-by-side measurement for `pnpm bench`. This machine is shared and noisy, so figures are
 * ratios of two commands measured in the same run, interleaved (A, B, A, B, …), median over runs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
      code === 0 ? done() : fail(new Error(`${cmd.args.join(' ')} exited ${code}: ${stderr}`)),
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
