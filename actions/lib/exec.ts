/** Runs a program with a time limit and captures what it printed; never rejects. */

export interface ProgramRun {
  ok: boolean;
  /** Exit code, or the spawn error's code (ENOENT when the program is missing). */
  code: number | string | undefined;
  /** The signal that ended it, if one did. */
  signal?: string;
  /** The error's own words when it failed (e.g. `spawn docker ENOENT`). */
  message?: string;
  stdout: string;
  stderr: string;
  /** Killed for running past `timeoutMs`. */
  timedOut: boolean;
}

export interface ProgramOptions {
  cwd?: string;
  timeoutMs: number;
  killSignal?: NodeJS.Signals;
  /** Arguments reach the program as written (Windows: cmd.exe's own quoting). */
  verbatim?: boolean;
}

export function runProgram(
  file: string,
  args: readonly string[],
  options: ProgramOptions,
): Promise<ProgramRun> {
  // Loaded here: most steps never start a program.
  const { execFile } = process.getBuiltinModule('node:child_process');
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        timeout: options.timeoutMs,
        killSignal: options.killSignal ?? 'SIGTERM',
        maxBuffer: 16 * 1024 * 1024,
        encoding: 'utf8',
        shell: false,
        windowsVerbatimArguments: options.verbatim ?? false,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { killed?: boolean; signal?: string }) | null;
        resolve({
          ok: !e,
          code: e ? (e.code ?? undefined) : 0,
          signal: e?.signal ?? undefined,
          message: e?.message,
          stdout: String(stdout ?? ''),
          stderr: String(stderr ?? ''),
          timedOut: Boolean(e?.killed),
        });
      },
    );
  });
}
