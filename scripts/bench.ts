/**
 * `pnpm bench`: every action's figures, measured side by side in one run, as one table.
 *
 *   pnpm bench                 the quick figures (under 3 minutes on a 2-core machine)
 *   pnpm bench --full          adds the long ones: 100,000-file removal, a 1,500-job run
 *   pnpm bench select-runner   only that file (long files run when named)
 *
 * Each test/bench/<name>.ts exports a default `Bench`, and may export `long = true` (only with
 * --full or when named) and `seconds`, its usual duration here, shown while it runs. A figure over
 * its limit is measured again (its whole file, up to twice more) before it counts: the machine is
 * shared, and one slow moment should not fail the run. Benchmarks use the built dist: run
 * `pnpm build` first if the source changed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Bench, type Figure, setProgress } from '../test/bench/measure.ts';
import { ROOT } from './actions.ts';

export interface BenchFile {
  name: string;
  /** The whole file runs only with --full (or when named). */
  long: boolean;
  /** Its usual duration here without its long figures, in seconds; undefined when unknown. */
  seconds: number | undefined;
  /** Figures the file measures only with --full (or when named), with their usual duration. */
  longFigures: readonly { figure: string; seconds: number }[];
}

/** The usual duration of a run of `files`, in seconds. */
export function usualSeconds(files: readonly BenchFile[], full: boolean): number {
  return files.reduce(
    (sum, f) =>
      sum + (f.seconds ?? 0) + (full ? f.longFigures.reduce((s, l) => s + l.seconds, 0) : 0),
    0,
  );
}

/** What a plain `pnpm bench` leaves for --full: long files and long figures of the others. */
export function leftForFull(files: readonly BenchFile[]): string[] {
  return files.flatMap((f) =>
    f.long
      ? [`${f.name} (~${minutes(f.seconds ?? 0)})`]
      : f.longFigures.map((l) => `${f.name}: ${l.figure} (~${minutes(l.seconds)})`),
  );
}

const minutes = (s: number) => (s < 90 ? `${Math.round(s)} s` : `${Math.round(s / 60)} min`);

export type BenchArgs =
  | { kind: 'run'; full: boolean; only: string[] }
  | { kind: 'error'; message: string };

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      options: { full: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
    return { kind: 'run', full: values.full === true, only: positionals };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}

/** Which files run, and which long ones wait for --full. */
export function choose(
  files: readonly BenchFile[],
  args: { full: boolean; only: readonly string[] },
): { run: BenchFile[]; skipped: BenchFile[]; unknown: string[] } {
  const unknown = args.only.filter((n) => !files.some((f) => f.name === n));
  if (args.only.length) {
    return { run: files.filter((f) => args.only.includes(f.name)), skipped: [], unknown };
  }
  return {
    run: files.filter((f) => args.full || !f.long),
    skipped: files.filter((f) => !args.full && f.long),
    unknown,
  };
}

export const isOver = (f: Figure): boolean => f.limit !== undefined && f.value > f.limit;

/**
 * The figures of a file measured again: each figure keeps its best measurement, so it counts as
 * over its limit only when every measurement was; the detail lists them all.
 */
export function remeasured(rounds: readonly Figure[][]): Figure[] {
  const [first = [], ...rest] = rounds;
  return first.map((figure) => {
    const all = [
      figure,
      ...rest.map((r) => r.find((f) => f.figure === figure.figure && f.action === figure.action)),
    ].filter((f): f is Figure => f !== undefined);
    if (all.length < 2 || figure.limit === undefined) return figure;
    const best = all.reduce((a, b) => (b.value < a.value ? b : a));
    const values = all.map((f) => show(f.value, f.unit)).join(', ');
    return {
      ...best,
      detail: `${best.detail ?? ''}${best.detail ? '; ' : ''}measured ${all.length}x: ${values}`,
    };
  });
}

export function show(v: number, unit: Figure['unit']): string {
  if (unit === 'x') return `${v.toFixed(2)}x`;
  if (unit === 'bytes')
    return `${(v / 1024).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KiB`;
  return `${Math.round(v).toLocaleString('en-US')} ${unit}`;
}

export function table(rows: readonly Figure[]): string[] {
  const cells = rows.map((r) => [
    r.action,
    r.figure,
    show(r.value, r.unit),
    r.limit === undefined ? '' : `<= ${show(r.limit, r.unit)}`,
    r.limit === undefined ? '' : isOver(r) ? 'OVER' : 'ok',
    r.detail ?? '',
  ]);
  const head = ['action', 'figure', 'measured', 'limit', '', 'detail'];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...cells.map((row) => (row[i] as string).length)),
  );
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.kind === 'error') {
    console.error(`pnpm bench: ${args.message}\nUsage: pnpm bench [--full] [file ...]`);
    return 2;
  }
  const dir = join(ROOT, 'test', 'bench');
  const modules = new Map<
    string,
    {
      default: Bench;
      long?: boolean;
      seconds?: number;
      longFigures?: BenchFile['longFigures'];
    }
  >();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'measure.ts')
    .sort()) {
    modules.set(f.replace(/\.ts$/, ''), await import(pathToFileURL(join(dir, f)).href));
  }
  const files: BenchFile[] = [...modules].map(([name, m]) => ({
    name,
    long: m.long === true,
    seconds: m.seconds,
    longFigures: m.longFigures ?? [],
  }));
  const { run, unknown } = choose(files, args);
  if (unknown.length) {
    console.error(
      `pnpm bench: no test/bench/${unknown[0]}.ts (there are ${files.map((f) => f.name).join(', ')})`,
    );
    return 2;
  }
  const full = args.full || args.only.length > 0;
  const left = full ? [] : leftForFull(files);
  process.stderr.write(
    `Measuring ${run.length} bench files, usually about ${minutes(usualSeconds(run, full))} here (2 cores).` +
      (left.length ? ` Left for pnpm bench --full: ${left.join(', ')}.` : '') +
      '\n',
  );
  setProgress(() => process.stderr.write('.'));
  const started = performance.now();
  const rows: Figure[] = [];
  let failed = 0;
  for (const [index, file] of run.entries()) {
    const bench = modules.get(file.name)?.default as Bench;
    const usual = usualSeconds([file], full);
    const about = usual ? ` (usually ~${minutes(usual)})` : '';
    const rounds: Figure[][] = [];
    try {
      for (let round = 0; round < 3; round++) {
        const t0 = performance.now();
        process.stderr.write(
          `[${index + 1}/${run.length}] ${file.name}${round ? ` again, a figure was over its limit` : about} `,
        );
        rounds.push(await bench({ full }));
        process.stderr.write(` ${seconds(performance.now() - t0)}\n`);
        if (!remeasured(rounds).some(isOver)) break;
      }
      rows.push(...remeasured(rounds));
    } catch (error) {
      failed++;
      process.stderr.write('\n');
      console.error(`${file.name}: ${error instanceof Error ? error.stack : error}`);
    }
  }
  console.log(table(rows).join('\n'));
  console.log(`\n${run.length} files in ${seconds(performance.now() - started)}.`);
  if (left.length) console.log(`Not measured (pnpm bench --full): ${left.join(', ')}.`);
  const over = rows.filter(isOver).length;
  if (over || failed) {
    console.log(
      `${over} figure(s) over their limit after measuring again, ${failed} bench file(s) failed.`,
    );
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
