/** A fake runner folder and the runner's way of running a hook, for the hooks-* adversarial tests. */
import { spawnSync } from 'node:child_process';
import { lutimesSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, resolveNode24 } from '../support/local-runner.ts';

export const INSTALL = join(REPO_ROOT, 'runner-hooks', 'install');

export function fakeRunner(dir: string, env: string | Buffer) {
  mkdirSync(join(dir, 'externals', 'node24', 'bin'), { recursive: true });
  symlinkSync(resolveNode24(), join(dir, 'externals', 'node24', 'bin', 'node'));
  writeFileSync(join(dir, 'run.sh'), '#!/bin/bash\n', { mode: 0o755 });
  writeFileSync(join(dir, '.env'), env);
}

export function install(args: string[]) {
  return spawnSync(INSTALL, args, { encoding: 'utf8', timeout: 30_000 });
}

/** `bash -e <file>` with the job's variables, as the runner runs a hook. */
export function runHook(script: string, vars: Record<string, string>) {
  return spawnSync('bash', ['-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...vars },
  });
}

export function age(path: string, days: number) {
  const when = Date.now() / 1000 - days * 86_400;
  lutimesSync(path, when, when);
}
