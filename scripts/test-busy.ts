/**
 * `pnpm test:busy`: the test suite on a busy machine. Starts CPU-bound processes beside it (by
 * default two, on a 2-core machine a full load) and runs `pnpm test` several times (by default
 * five); every run must pass. Each run's output is kept in a log file; what is printed is each
 * run's closing line, its slowest files and, when it failed, its failures.
 *
 *   pnpm test:busy                       5 runs beside 2 busy processes
 *   pnpm test:busy --runs 2 --load 4     2 runs beside 4
 *   pnpm test:busy -- vitest run test/unit   another command instead of `pnpm test`
 *
 * See docs/decisions/test-clock.md for why the suite holds under load.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export type BusyArgs =
  | { kind: 'run'; runs: number; load: number; command: string[] }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export function parseBusyArgs(argv: readonly string[]): BusyArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv[0] === '--' ? argv.slice(1) : argv);
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const runs = whole(values.runs, '--runs', 1, 100);
  if (typeof runs === 'string') return { kind: 'error', message: runs };
  const load = whole(values.load, '--load', 0, 64);
  if (typeof load === 'string') return { kind: 'error', message: load };
  const command = positionals.length ? positionals : ['pnpm', 'test'];
  return { kind: 'run', runs, load, command };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      runs: { type: 'string', default: '5' },
      load: { type: 'string', default: '2' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

function whole(value: string | undefined, name: string, min: number, max: number) {
  const text = String(value ?? '').trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    return `${name} takes a whole number from ${min} to ${max}; got '${text}'.`;
  }
  return n;
}

export interface RunOutcome {
  code: number | null;
  /** The closing line `tests: N passed, N failed…`, when the run got that far. */
  closing: string | undefined;
}

/** The closing line of a run's output, and the lines that name its failed tests. */
export function readRun(output: string): { closing: string | undefined; failures: string[] } {
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const lines = plain.split('\n');
  const closing = lines.findLast((l) => /^tests: \d+ passed, \d+ failed/.test(l));
  const failures = [...new Set(lines.filter((l) => /^\s*(FAIL|×)\s/.test(l)).map((l) => l.trim()))];
  return { closing, failures };
}

/** "5 of 5 runs passed" and whether all did. */
export function tally(outcomes: readonly RunOutcome[]): { line: string; ok: boolean } {
  const passed = outcomes.filter((o) => o.code === 0).length;
  return {
    line: `${passed} of ${outcomes.length} runs passed`,
    ok: passed === outcomes.length,
  };
}

function burn(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  child.unref();
  return child;
}

function runOnce(command: string[], log: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const file = createWriteStream(log);
    const chunks: Buffer[] = [];
    const child = spawn(command[0] as string, command.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        file.write(chunk);
      });
    }
    child.on('close', (code) => {
      file.end();
      resolve({ code, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBusyArgs(argv);
  if (args.kind === 'help') {
    console.log('Usage: pnpm test:busy [--runs N] [--load N] [-- command …]');
    return 0;
  }
  if (args.kind === 'error') {
    console.error(`${args.message} (pnpm test:busy --help)`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'runner-actions-busy-'));
  const burners = Array.from({ length: args.load }, burn);
  const stop = () => {
    for (const b of burners) b.kill('SIGKILL');
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  console.log(
    `${args.runs} run${args.runs === 1 ? '' : 's'} of \`${args.command.join(' ')}\` beside ${args.load} CPU-bound process${args.load === 1 ? '' : 'es'}; logs in ${dir}`,
  );
  const outcomes: RunOutcome[] = [];
  for (let i = 1; i <= args.runs; i++) {
    const log = join(dir, `run-${i}.log`);
    const started = Date.now();
    const { code, output } = await runOnce(args.command, log);
    const { closing, failures } = readRun(output);
    outcomes.push({ code, closing });
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `run ${i}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds}s — ${closing ?? 'no closing line'} (${log})`,
    );
    for (const f of failures) console.log(`  ${f}`);
  }
  stop();
  const { line, ok } = tally(outcomes);
  console.log(line);
  return ok ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
