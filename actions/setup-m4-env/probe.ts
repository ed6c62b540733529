/** Finding tools on PATH (no spawn) and running them: the shell's only child processes. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runProgram } from '../lib/exec.ts';
import type { Probe } from './requirements.ts';

type Env = Record<string, string | undefined>;

/** The first executable `name` on PATH (with PATHEXT on Windows), as `which` finds it. */
export function which(name: string, env: Env = process.env): string | undefined {
  const windows = process.platform === 'win32';
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  const exts = windows ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';')] : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const file = join(dir, name + ext);
      try {
        if (!statSync(file).isFile()) continue;
        if (!windows) accessSync(file, constants.X_OK);
        return file;
      } catch {
        // Not here.
      }
    }
  }
  return undefined;
}

export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Why it failed: exit code, signal, timeout or spawn error. */
  error?: string;
}

/**
 * The command line that makes cmd.exe run a `.cmd`/`.bat` file with these arguments and nothing
 * else: `/s /c "<line>"` strips the outer quotes, and inside the line every part is quoted, so a
 * space, `&`, `;`, `|`, `<` or `>` in the path is text. cmd expands `%` even inside quotes and no
 * part may hold a quote or a line break, so such a path is refused rather than run.
 */
export function batchCommandLine(
  file: string,
  args: readonly string[],
): string | { refused: string } {
  for (const part of [file, ...args]) {
    if (/["%\r\n\0]/.test(part)) {
      return {
        refused: `'${part}' holds a quote, % or a line break, which cmd.exe cannot run safely`,
      };
    }
  }
  return `"${[file, ...args].map((p) => `"${p}"`).join(' ')}"`;
}

/** Runs a program found on PATH; `.cmd`/`.bat` through cmd.exe with every part quoted. */
export async function runTool(
  file: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const batch = /\.(cmd|bat)$/i.test(file);
  let run: Awaited<ReturnType<typeof runProgram>>;
  if (batch) {
    const line = batchCommandLine(file, args);
    if (typeof line !== 'string') return { ok: false, stdout: '', stderr: '', error: line.refused };
    run = await runProgram(process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/v:off', '/c', line], {
      cwd: options.cwd,
      timeoutMs,
      verbatim: true,
    });
  } else {
    run = await runProgram(file, args, { cwd: options.cwd, timeoutMs });
  }
  const { stdout, stderr } = run;
  if (run.ok) return { ok: true, stdout, stderr };
  const why = run.timedOut
    ? `it did not finish within ${Math.round(timeoutMs / 1000)}s`
    : typeof run.code === 'number'
      ? `it exited with code ${run.code}`
      : run.signal
        ? `it was killed by ${run.signal}`
        : (run.message ?? 'it could not start');
  const said = (stderr || stdout).trim().split(/\r?\n/)[0];
  return { ok: false, stdout, stderr, error: said ? `${why}: ${said}` : why };
}

/**
 * A tool's path on PATH and, when asked, what its version command printed: `true` runs
 * `--version`, a list runs those arguments (`xcodebuild -version`). Each command line runs once
 * even when asked twice (the cache asks for pnpm's too), all at the same time, without a shell and
 * within 20 seconds.
 */
export function createProber(env: Env = process.env, timeoutMs = 20_000) {
  const runs = new Map<string, Promise<Probe>>();
  return (tool: string, version: boolean | readonly string[]): Promise<Probe> => {
    const path = which(tool, env);
    if (!path) return Promise.resolve({});
    if (version === false) return Promise.resolve({ path });
    const args = version === true ? ['--version'] : [...version];
    const key = JSON.stringify([path, ...args]);
    let run = runs.get(key);
    if (!run) {
      const shown = [tool, ...args].join(' ');
      run = runTool(path, args, { timeoutMs }).then((r) =>
        r.ok
          ? { path, output: `${r.stdout}\n${r.stderr}`.trim() }
          : { path, error: `'${shown}' failed (${r.error})` },
      );
      runs.set(key, run);
    }
    return run;
  };
}

export type Prober = ReturnType<typeof createProber>;
