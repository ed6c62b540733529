/** A fake runner folder and the runner's way of running a hook, for the hooks-* adversarial tests. */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lutimesSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * `bash -e <file>` with the job's variables, as the runner runs a hook. The hooks sweep `/tmp`
 * besides TMPDIR; a test must not sweep this machine's, so the record's `systemTemp` is pointed at
 * `sys-tmp` beside the hooks folder.
 */
export function runHook(script: string, vars: Record<string, string>) {
  const hooks = dirname(script);
  const file = join(hooks, 'runner-hooks.json');
  if (existsSync(file)) {
    const record = JSON.parse(readFileSync(file, 'utf8'));
    record.hook.systemTemp = join(dirname(hooks), 'sys-tmp');
    mkdirSync(record.hook.systemTemp, { recursive: true });
    writeFileSync(file, JSON.stringify(record));
  }
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
