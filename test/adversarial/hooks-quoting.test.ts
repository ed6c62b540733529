/**
 * Proves that the generated hook scripts quote every path: a runner folder and a hooks folder whose
 * names hold spaces, quotes, `$(…)`, backticks, `;` and `&` install, run under `bash -e`, and
 * execute nothing from those names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { age, fakeRunner, install, runHook } from './hooks-fixture.ts';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'hooks-quoting-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

test('hostile folder names stay names', () => {
  const pwned = join(base, 'PWNED');
  const evil = `$(touch ${pwned}) \`touch ${pwned}2\` it's "x" ; touch ${pwned}3 & $HOME`;
  const runner = join(base, `runner ${evil}`);
  const hooks = join(base, `hooks ${evil}`);
  fakeRunner(runner, 'A=1\n');
  const r = install(['--runner-dir', runner, '--hooks-dir', hooks]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const env = readFileSync(join(runner, '.env'), 'utf8');
  expect(env).toContain(`ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh\n`);

  for (const name of ['job-started.sh', 'job-completed.sh']) {
    const script = join(hooks, name);
    expect(spawnSync('bash', ['-n', script]).status).toBe(0);
    const tmp = join(base, 'tmp');
    mkdirSync(tmp, { recursive: true });
    mkdirSync(join(tmp, 'pnpm-old'), { recursive: true });
    age(join(tmp, 'pnpm-old'), 2);
    const run = runHook(script, {
      TMPDIR: tmp,
      GITHUB_WORKSPACE: join(base, 'ws'),
      RUNNER_TEMP: join(base, 'rt'),
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('::warning');
    expect(existsSync(join(tmp, 'pnpm-old'))).toBe(false);
  }
  for (const suffix of ['', '2', '3']) expect(existsSync(pwned + suffix)).toBe(false);

  expect(install(['--runner-dir', runner, '--uninstall']).status).toBe(0);
  expect(readFileSync(join(runner, '.env'), 'utf8')).toBe('A=1\n');
  for (const suffix of ['', '2', '3']) expect(existsSync(pwned + suffix)).toBe(false);
});

test('a hooks folder with a line break is refused (it would split the .env line)', () => {
  const runner = join(base, 'runner');
  fakeRunner(runner, 'A=1\n');
  const r = install([
    '--runner-dir',
    runner,
    '--hooks-dir',
    join(base, 'a\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=/tmp/evil.sh'),
  ]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--hooks-dir accepts a folder path without line breaks');
  expect(readFileSync(join(runner, '.env'), 'utf8')).toBe('A=1\n');
});
