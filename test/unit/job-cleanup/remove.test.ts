/** The remover on the real file system: links never followed, bytes exact, problems skipped. */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Remover } from '../../../actions/job-cleanup/remove.ts';
import { sweep } from '../../../actions/job-cleanup/sweep.ts';
import { skipReason } from '../../adversarial/cleanup-root.ts';

let base: string;
let outside: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'job-cleanup-remove-'));
  outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'precious.txt'), 'keep me');
  mkdirSync(join(outside, 'sub'));
  writeFileSync(join(outside, 'sub', 'more.txt'), 'keep me too');
});
afterEach(() => {
  spawnSync('chattr', ['-R', '-i', base], { stdio: 'ignore' });
  rmSync(base, { recursive: true, force: true });
});

/** Allocated bytes of everything in a tree, read independently of the code under test. */
function usage(p: string): { bytes: number; entries: number } {
  const s = lstatSync(p);
  // A symlink frees its own blocks only (a short one keeps its target in the inode: none).
  let bytes = s.blocks > 0 ? s.blocks * 512 : s.isSymbolicLink() ? 0 : s.size;
  let entries = 1;
  if (s.isDirectory()) {
    for (const name of readdirSync(p)) {
      const u = usage(join(p, name));
      bytes += u.bytes;
      entries += u.entries;
    }
  }
  return { bytes, entries };
}

function outsideIntact() {
  expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me');
  expect(readFileSync(join(outside, 'sub', 'more.txt'), 'utf8')).toBe('keep me too');
}

/** A folder with files, a nested folder and links to the outside folder and file. */
function debris(at: string) {
  mkdirSync(join(at, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(at, 'a.txt'), 'x'.repeat(5000));
  writeFileSync(join(at, 'nested', 'b.bin'), Buffer.alloc(70_000, 1));
  writeFileSync(join(at, 'nested', 'deeper', 'c'), '');
  symlinkSync(outside, join(at, 'link-to-folder'));
  symlinkSync(join(outside, 'precious.txt'), join(at, 'nested', 'link-to-file'));
  symlinkSync('/nonexistent', join(at, 'dangling'));
  return at;
}

// fd mode (Linux's /proc/self/fd) with one and two threads; cwd mode (the chdir walk) with one.
const MODES = [
  { mode: 'fd', threads: 1 },
  { mode: 'fd', threads: 2 },
  { mode: 'cwd', threads: 1 },
] as const;

describe.each(MODES)('Remover, $mode mode, $threads thread(s)', ({ mode, threads }) => {
  test('a folder goes with its content; links inside go as links', async () => {
    const target = debris(join(base, 'pnpm-debris'));
    const expected = usage(target);
    const remover = new Remover({ dryRun: false, threads, mode });
    const o = await remover.remove(target, base);
    await remover.close();
    expect(o).toEqual({
      path: target,
      removed: true,
      bytes: expected.bytes,
      entries: expected.entries,
      problems: [],
      problemCount: 0,
    });
    expect(existsSync(target)).toBe(false);
    outsideIntact();
  });

  test('a top-level link to a folder is unlinked, the folder untouched', async () => {
    const link = join(base, 'pnpm-link');
    symlinkSync(outside, link);
    const { bytes } = usage(link);
    const remover = new Remover({ dryRun: false, threads, mode });
    const o = await remover.remove(link, base);
    await remover.close();
    expect(o.removed).toBe(true);
    expect(o.entries).toBe(1);
    expect(o.bytes).toBe(bytes);
    expect(existsSync(link)).toBe(false);
    outsideIntact();
  });

  test('a dry run measures without removing', async () => {
    const target = debris(join(base, 'pnpm-dry'));
    const expected = usage(target);
    const remover = new Remover({ dryRun: true, threads, mode });
    const o = await remover.remove(target, base);
    await remover.close();
    expect(o).toMatchObject({ removed: true, bytes: expected.bytes, entries: expected.entries });
    expect(usage(target)).toEqual(expected);
  });

  test('something already gone is not a problem', async () => {
    const remover = new Remover({ dryRun: false, threads, mode });
    expect(await remover.remove(join(base, 'never-there'), base)).toMatchObject({
      removed: true,
      bytes: 0,
      problemCount: 0,
    });
    await remover.close();
  });
});

test('a big tree is swept by worker threads too, links inside never followed', async () => {
  const target = join(base, 'big');
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 6; b++) {
      const dir = join(target, `pkg-${a}`, 'node_modules', `mod-${b}`, 'lib');
      mkdirSync(dir, { recursive: true });
      for (let c = 0; c < 20; c++) writeFileSync(join(dir, `f${c}.js`), 'y'.repeat(100 + c * 300));
      symlinkSync(outside, join(dir, 'escape'));
    }
  }
  const expected = usage(target);
  const remover = new Remover({ dryRun: false, threads: 2 });
  const o = await remover.remove(target, base);
  await remover.close();
  expect(remover.workerSweeps).toBe(1);
  expect(o).toMatchObject({ removed: true, bytes: expected.bytes, entries: expected.entries });
  expect(existsSync(target)).toBe(false);
  outsideIntact();
});

describe('freed bytes', () => {
  test.each(MODES)('a symlink frees its blocks, never its length ($mode)', async ({ mode }) => {
    const target = join(base, 'links-only');
    mkdirSync(target);
    symlinkSync('/nonexistent/short', join(target, 'short'));
    symlinkSync(`/${'long-name/'.repeat(40)}x`, join(target, 'long'));
    const folderBytes = lstatSync(target).blocks * 512;
    const own = (name: string) => lstatSync(join(target, name)).blocks * 512;
    const expected = folderBytes + own('short') + own('long');
    expect(lstatSync(join(target, 'short')).size).toBeGreaterThan(0);
    const o = await new Remover({ dryRun: false, threads: 1, mode }).remove(target, base);
    expect(o).toMatchObject({ removed: true, entries: 3, bytes: expected });
  });
});

describe('hard links', () => {
  test('a file also linked outside frees nothing; one linked twice inside counts once', async () => {
    const target = join(base, 'store-links');
    mkdirSync(target);
    writeFileSync(join(outside, 'store-file'), 'z'.repeat(9000));
    linkSync(join(outside, 'store-file'), join(target, 'from-store'));
    writeFileSync(join(target, 'twice'), 'w'.repeat(9000));
    linkSync(join(target, 'twice'), join(target, 'twice-again'));
    const dirBytes = usage(target).bytes - 3 * usage(join(target, 'twice')).bytes;
    const fileBytes = usage(join(target, 'twice')).bytes;
    const o = await new Remover({ dryRun: false, threads: 1 }).remove(target, base);
    expect(o.bytes).toBe(dirBytes + fileBytes);
    expect(readFileSync(join(outside, 'store-file'), 'utf8')).toHaveLength(9000);
  });
});

// An immutable folder stands for what may not be deleted (root-owned container leftovers, busy
// files): unlink in it fails with EPERM, even for root.
const immutable = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'job-cleanup-chattr-'));
  try {
    return spawnSync('chattr', ['+i', probe]).status === 0;
  } finally {
    spawnSync('chattr', ['-i', probe]);
    rmSync(probe, { recursive: true, force: true });
  }
})();

const noChattr = skipReason(immutable ? undefined : 'chattr +i fails here (needs root)');
describe.skipIf(Boolean(noChattr))('what may not be deleted (chattr +i)', () => {
  test.each(MODES)(
    'is reported and skipped; the rest goes ($mode, $threads)',
    async ({ mode, threads }) => {
      const target = debris(join(base, 'mixed'));
      const locked = join(target, 'nested', 'locked');
      mkdirSync(locked);
      writeFileSync(join(locked, 'root-owned.log'), 'stuck');
      for (let i = 0; i < 12; i++) debris(join(target, `more-${i}`));
      const before = usage(target).bytes;
      execFileSync('chattr', ['+i', locked]);
      const remover = new Remover({ dryRun: false, threads, mode });
      const o = await remover.remove(target, base);
      await remover.close();
      expect(o.removed).toBe(false);
      expect(o.problemCount).toBe(1);
      expect(o.problems[0]).toMatchObject({ path: join(locked, 'root-owned.log'), code: 'EPERM' });
      // What is left: the locked folder, its file, and the folders holding it.
      expect(readdirSync(target)).toEqual(['nested']);
      expect(readdirSync(join(target, 'nested'))).toEqual(['locked']);
      expect(o.bytes).toBe(before - usage(target).bytes);
      outsideIntact();
    },
  );

  test('sweep lists at most maxProblems but counts them all', () => {
    const dir = join(base, 'caps');
    mkdirSync(dir);
    for (const f of ['a', 'b', 'c']) writeFileSync(join(dir, f), f);
    execFileSync('chattr', ['+i', dir]);
    const cwd = process.cwd();
    process.chdir(base);
    const r = sweep({
      chunks: [[{ dir: -1, name: 'caps', shown: dir }]],
      dryRun: false,
      dev: lstatSync(dir).dev,
      mounts: [],
      sep: '/',
      maxProblems: 2,
      mode: 'cwd',
    });
    process.chdir(cwd);
    expect(r.problemCount).toBe(3);
    expect(r.problems.map((p) => p.code)).toEqual(['EPERM', 'EPERM']);
    expect(r.bytes).toBe(0);
  });
});

const canMount = (() => {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(join(tmpdir(), 'job-cleanup-mount-'));
  try {
    const ok = spawnSync('mount', ['-t', 'tmpfs', 'tmpfs', probe]).status === 0;
    if (ok) spawnSync('umount', [probe]);
    return ok;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

const noMount = skipReason(canMount ? undefined : 'mount fails here (needs root on Linux)');
describe.skipIf(Boolean(noMount))('a mount point inside (needs mount rights)', () => {
  test('is not entered; the rest goes', async () => {
    const target = debris(join(base, 'with-mount'));
    const mnt = join(target, 'nested', 'mnt');
    mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', mnt]);
    try {
      writeFileSync(join(mnt, 'on-another-fs'), 'mounted');
      const o = await new Remover({ dryRun: false, threads: 1 }).remove(target, base);
      expect(o.removed).toBe(false);
      expect(o.problems).toEqual([
        {
          path: mnt,
          code: 'EXDEV',
          message: 'a mount point (another file system or a bind mount): not entered',
        },
      ]);
      expect(readFileSync(join(mnt, 'on-another-fs'), 'utf8')).toBe('mounted');
      expect(readdirSync(target)).toEqual(['nested']);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});
