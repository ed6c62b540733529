/**
 * Proves that the hooks remove nothing outside job-cleanup's roots and never go through a link:
 * an old `pnpm-*` link to a bait folder, to a bait file, and an old `pnpm-*` folder holding links
 * to bait are removed as links (the bait stays); old `pnpm-*` entries outside the temp directory
 * stay; a hostile entry name reaches the log only as text.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { age, fakeRunner, install, runHook } from './hooks-fixture.ts';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'hooks-symlink-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

test('links to bait are removed as links; the bait and everything outside the roots stay', () => {
  const runner = join(base, 'runner');
  fakeRunner(runner, '');
  expect(install(['--runner-dir', runner, '--max-age-hours', '1']).status).toBe(0);
  const tmp = join(base, 'tmp');
  const bait = join(base, 'bait');
  const ws = join(base, 'ws');
  for (const d of [tmp, bait, ws]) mkdirSync(d);
  writeFileSync(join(bait, 'precious.txt'), 'keep me');
  mkdirSync(join(bait, 'pnpm-store'));
  writeFileSync(join(bait, 'pnpm-store', 'data'), 'keep me too');
  age(join(bait, 'pnpm-store'), 5);

  symlinkSync(bait, join(tmp, 'pnpm-dir-link'));
  symlinkSync(join(bait, 'precious.txt'), join(tmp, 'pnpm-file-link'));
  mkdirSync(join(tmp, 'pnpm-holder'));
  symlinkSync(bait, join(tmp, 'pnpm-holder', 'inner-link'));
  symlinkSync(join(bait, 'precious.txt'), join(tmp, 'pnpm-holder', 'file-link'));
  const hostile = 'pnpm-x\n::error::pwned ##[error]legacy';
  mkdirSync(join(tmp, hostile));
  for (const e of ['pnpm-dir-link', 'pnpm-file-link', 'pnpm-holder', hostile]) age(join(tmp, e), 3);
  mkdirSync(join(ws, 'pnpm-in-workspace'));
  age(join(ws, 'pnpm-in-workspace'), 3);

  const vars = { TMPDIR: tmp, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(base, 'rt') };
  const started = runHook(join(base, 'runner-actions-hooks', 'job-started.sh'), vars);
  expect(started.status, started.stderr).toBe(0);
  for (const e of ['pnpm-dir-link', 'pnpm-file-link', 'pnpm-holder', hostile]) {
    expect(existsSync(join(tmp, e)), e).toBe(false);
  }
  expect(readFileSync(join(bait, 'precious.txt'), 'utf8')).toBe('keep me');
  expect(readFileSync(join(bait, 'pnpm-store', 'data'), 'utf8')).toBe('keep me too');
  expect(existsSync(join(ws, 'pnpm-in-workspace'))).toBe(true);
  // The hook's own lines carry no command from the name.
  const ours = started.stdout.split('\n').filter((l) => l.startsWith('runner-hooks '));
  expect(ours).toHaveLength(1);
});

test('a temp directory that is HOME is not cleaned under (job-cleanup guards hold)', () => {
  const runner = join(base, 'runner');
  fakeRunner(runner, '');
  expect(install(['--runner-dir', runner]).status).toBe(0);
  const home = join(base, 'home');
  mkdirSync(join(home, 'pnpm-old'), { recursive: true });
  age(join(home, 'pnpm-old'), 3);
  // TMPDIR is HOME: job-cleanup refuses a temp root that is or holds HOME.
  const run = runHook(join(base, 'runner-actions-hooks', 'job-completed.sh'), {
    TMPDIR: home,
    HOME: home,
    GITHUB_WORKSPACE: join(base, 'ws'),
    RUNNER_TEMP: join(base, 'rt'),
  });
  expect(run.status).toBe(0);
  expect(existsSync(join(home, 'pnpm-old'))).toBe(true);
  expect(run.stdout).toContain(`Not sweeping ${home}: ${home} is or holds HOME`);
});
