/**
 * job-cleanup never enters another file system: a tmpfs mounted at `workspace/shared` is not
 * emptied (`paths: shared`, `clean-workspace: true`), a bind mount on the same device anywhere
 * under an entry is not followed (its name has a space, so the mount table's `\040` escape is read
 * right), and each is reported with a warning naming it; a removal root that is itself a mount
 * point is cleaned as usual. Real `mount -t tmpfs` / `mount --bind`, always unmounted.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCleanup } from '../../actions/job-cleanup/engine.ts';
import { ground } from '../../actions/job-cleanup/gather.ts';
import { runAction } from '../support/local-runner.ts';
import { REQUIRE_ROOT_TESTS, skipReason } from './cleanup-root.ts';

const why = skipReason(
  (() => {
    if (process.platform !== 'linux') return 'mount tests need Linux';
    const probe = mkdtempSync(join(tmpdir(), 'cleanup-mount-probe-'));
    try {
      const r = spawnSync('mount', ['-t', 'tmpfs', 'tmpfs', probe], { encoding: 'utf8' });
      if (r.status !== 0)
        return `mount failed here (${(r.stderr || r.error?.message || '').trim()})`;
      spawnSync('umount', [probe]);
      return undefined;
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  })(),
);

let base: string;
let ws: string;
let outside: string;
const mounted: string[] = [];

function mount(...args: string[]) {
  const at = args[args.length - 1] as string;
  const r = spawnSync('mount', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount ${args.join(' ')}: ${r.stderr}`);
  mounted.push(at);
}

function files(dir: string, names: string[]) {
  mkdirSync(dir, { recursive: true });
  for (const n of names) writeFileSync(join(dir, n), `content of ${n}`);
}

beforeEach(() => {
  if (why) return;
  base = mkdtempSync(join(tmpdir(), 'cleanup-mounts-'));
  ws = join(base, 'workspace');
  outside = join(base, 'outside data');
  files(outside, ['precious.txt', 'more.txt']);
  files(join(ws, 'build'), ['out.js']);
  files(join(ws, 'cache'), ['a.bin']);
});

afterEach(() => {
  for (const at of mounted.reverse()) spawnSync('umount', ['-l', at]);
  mounted.length = 0;
  if (base) rmSync(base, { recursive: true, force: true });
});

const run = (inputs: Record<string, string>) =>
  runAction({
    action: 'job-cleanup',
    workspace: ws,
    env: { TMPDIR: join(base, 'tmp') },
    inputs: { when: 'now', ...inputs },
    post: false,
  });
const warnings = (r: Awaited<ReturnType<typeof run>>) =>
  r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

test(`${REQUIRE_ROOT_TESTS}=1 turns a skip into a failure`, () => {
  expect(() => skipReason('needs root', { [REQUIRE_ROOT_TESTS]: '1' })).toThrow(
    new Error(`${REQUIRE_ROOT_TESTS}=1, but this suite cannot run here: needs root`),
  );
  expect(skipReason('needs root', {})).toBe('needs root');
  expect(skipReason('needs root', { [REQUIRE_ROOT_TESTS]: '0' })).toBe('needs root');
  expect(skipReason(undefined, { [REQUIRE_ROOT_TESTS]: '1' })).toBeUndefined();
});

describe.skipIf(Boolean(why))(`mount points${why ? ` (skipped: ${why})` : ''}`, () => {
  beforeEach(() => mkdirSync(join(base, 'tmp')));

  test('a tmpfs at workspace/shared named in paths is not emptied, and is reported', async () => {
    mkdirSync(join(ws, 'shared'));
    mount('-t', 'tmpfs', 'tmpfs', join(ws, 'shared'));
    files(join(ws, 'shared'), ['on-tmpfs.txt']);
    const r = await run({ paths: 'shared\nbuild' });
    expect(readFileSync(join(ws, 'shared', 'on-tmpfs.txt'), 'utf8')).toBe(
      'content of on-tmpfs.txt',
    );
    expect(existsSync(join(ws, 'build'))).toBe(false);
    expect(r.outputs['removed-count']).toBe('1');
    expect(warnings(r)).toContainEqual(
      expect.stringContaining(`${join(ws, 'shared')}: is a mount point`),
    );
  });

  test('clean-workspace: true leaves a mounted tmpfs alone and removes the rest', async () => {
    mkdirSync(join(ws, 'shared'));
    mount('-t', 'tmpfs', 'tmpfs', join(ws, 'shared'));
    files(join(ws, 'shared'), ['on-tmpfs.txt']);
    const r = await run({ 'clean-workspace': 'true' });
    expect(readdirSync(ws)).toEqual(['shared']);
    expect(readdirSync(join(ws, 'shared'))).toEqual(['on-tmpfs.txt']);
    expect(r.outputs['removed-count']).toBe('2');
    expect(warnings(r)).toContainEqual(expect.stringContaining(join(ws, 'shared')));
  });

  test('a bind mount (same device) under an entry is not followed; it is named in a warning', async () => {
    const bound = join(ws, 'build', 'deps', 'bound dir');
    mkdirSync(bound, { recursive: true });
    mount('--bind', outside, bound);
    const r = await run({ paths: 'build\ncache' });
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('content of precious.txt');
    expect(readdirSync(outside).sort()).toEqual(['more.txt', 'precious.txt']);
    expect(existsSync(join(ws, 'build', 'out.js'))).toBe(false);
    expect(existsSync(join(ws, 'cache'))).toBe(false);
    // build is partly removed (the mount stays), cache entirely.
    expect(r.outputs['removed-count']).toBe('1');
    expect(warnings(r)).toContainEqual(expect.stringContaining(bound));
  });

  test('a glob does not reach into a bind mount; the mount point itself is refused', async () => {
    const bound = join(ws, 'build', 'bound');
    mkdirSync(bound);
    mount('--bind', outside, bound);
    const r = await run({ paths: 'build/**/*.txt\nbuild/*' });
    expect(readdirSync(outside).sort()).toEqual(['more.txt', 'precious.txt']);
    expect(existsSync(join(ws, 'build', 'out.js'))).toBe(false);
    expect(warnings(r)).toContainEqual(expect.stringContaining(`${bound}: is a mount point`));
  });

  test('the engine sees a bind mount by the mount table even when told of no device change', async () => {
    const bound = join(ws, 'cache', 'inner');
    mkdirSync(bound);
    mount('--bind', outside, bound);
    const { roots, guards } = ground(false, { GITHUB_WORKSPACE: ws, HOME: '/root' });
    const result = await runCleanup({
      roots,
      guards,
      tempPatterns: [],
      paths: ['cache'],
      cleanWorkspace: false,
      workspace: ws,
      maxAgeHours: 0,
      dryRun: false,
      dockerPrune: false,
    });
    expect(result.mounts).toContain(bound);
    expect(result.problems).toEqual([expect.objectContaining({ path: bound, code: 'EXDEV' })]);
    expect(readdirSync(outside).sort()).toEqual(['more.txt', 'precious.txt']);
    expect(readdirSync(join(ws, 'cache'))).toEqual(['inner']);
  });

  test("a removal root's own mount is allowed: a workspace on tmpfs is cleaned", async () => {
    mount('-t', 'tmpfs', 'tmpfs', ws);
    files(join(ws, 'build'), ['out.js']);
    files(join(ws, 'keep'), ['k.txt']);
    const r = await run({ paths: 'build' });
    expect(r.main.exitCode).toBe(0);
    expect(readdirSync(ws)).toEqual(['keep']);
    expect(r.outputs['removed-count']).toBe('1');
    expect(warnings(r)).toEqual([]);
  });
});
