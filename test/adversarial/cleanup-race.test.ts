/**
 * job-cleanup never deletes outside its roots under a concurrent adversary: another local user
 * (`nobody`) owning an old `$TMPDIR/pnpm-x` keeps renaming its subfolders (at every depth) and
 * planting symlinks to a root-owned bait folder while removal runs as root, round after round:
 * through the engine (fd walk, worker threads), the chdir walk, and the built dist. Then the same
 * race by the same user between two `paths` entries. The bait always survives.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCleanup, sweepTemp } from '../../actions/job-cleanup/engine.ts';
import { ground } from '../../actions/job-cleanup/gather.ts';
import { Remover } from '../../actions/job-cleanup/remove.ts';
import { runAction } from '../support/local-runner.ts';
import { skipReason } from './cleanup-root.ts';

const nobody = (() => {
  const uid = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' });
  return uid.status === 0 && gid.status === 0
    ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
    : undefined;
})();
const why = skipReason(
  process.getuid?.() !== 0
    ? 'needs root (CI runs it as root) to act as another user'
    : !nobody
      ? 'needs the user nobody'
      : undefined,
);

/**
 * Folders the adversary swaps, at every depth below the entry (swapping the entry's own children
 * would make it look fresh to the age rule); b0..b9 make the tree large enough to split.
 */
const SWAPPED = ['a/b0', 'a/b3', 'a/b3/c', 'a/b3/c/d', 'a/b7/c', 'e/f'];
/** The bait holds the names the swapped folders hold, so a followed link finds work to do. */
const BAIT_FILES = [
  'precious.txt',
  'b0/precious.txt',
  'b3/precious.txt',
  'b3/c/precious.txt',
  'b3/c/d/precious.txt',
  'c/precious.txt',
  'c/d/precious.txt',
  'd/precious.txt',
  'f/precious.txt',
];

/**
 * Swaps folders under `root` for symlinks to `bait` (and back), moves them up a level and back,
 * until killed. Errors are expected (the tree goes away under it) and ignored.
 */
const ADVERSARY = `
const fs = require('node:fs');
const path = require('node:path');
const [root, bait, list] = process.argv.slice(1);
const dirs = list.split(',');
// The owner keeps the folder looking old, so the age rule still picks it.
const old = Date.now() / 1000 - 3 * 24 * 3600;
process.stdout.write('ready\\n');
for (let i = 0; ; i++) {
  const rel = dirs[Math.floor(Math.random() * dirs.length)];
  const d = path.join(root, rel);
  try {
    if (i % 5 === 4) {
      // Move a folder up a level and back: a walk inside it must notice.
      const away = path.join(root, rel.split('/')[0], 'moved');
      fs.renameSync(d, away);
      fs.renameSync(away, d);
    } else if (fs.existsSync(d + '.away')) {
      fs.unlinkSync(d);
      fs.renameSync(d + '.away', d);
    } else {
      fs.renameSync(d, d + '.away');
      fs.symlinkSync(bait, d);
    }
  } catch {}
  try {
    fs.lutimesSync(root, old, old);
  } catch {}
}
`;

let base: string;
let tmp: string;
let bait: string;
const adversaries: ChildProcess[] = [];

function buildBait(at: string) {
  for (const f of BAIT_FILES) {
    mkdirSync(join(at, f, '..'), { recursive: true });
    writeFileSync(join(at, f), 'root-owned, must survive');
  }
}

function baitIntact() {
  for (const f of BAIT_FILES) {
    expect(existsSync(join(bait, f)), `the bait's ${f} was deleted`).toBe(true);
    expect(readFileSync(join(bait, f), 'utf8'), f).toBe('root-owned, must survive');
  }
}

/** An old `pnpm-x` owned by nobody, built aside and moved into place in one rename. */
function plantTree(name: string, owner = nobody) {
  const stage = join(base, `stage-${Math.random().toString(36).slice(2)}`);
  for (let b = 0; b < 10; b++) {
    const dir = join(stage, 'a', `b${b}`, 'c', 'd');
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 12; f++) writeFileSync(join(dir, `f${f}.js`), 'x'.repeat(200));
    for (let f = 0; f < 6; f++) writeFileSync(join(stage, 'a', `b${b}`, `g${f}`), 'y');
  }
  mkdirSync(join(stage, 'e', 'f'), { recursive: true });
  for (let f = 0; f < 40; f++) writeFileSync(join(stage, 'e', 'f', `h${f}`), 'z');
  if (owner) spawnSync('chown', ['-R', `${owner.uid}:${owner.gid}`, stage]);
  const target = join(tmp, name);
  if (existsSync(target)) renameSync(target, join(base, `leftover-${Math.random()}`));
  renameSync(stage, target);
  const old = Date.now() / 1000 - 3 * 24 * 3600;
  lutimesSync(target, old, old);
  return target;
}

function startAdversary(root: string, user = nobody): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', ADVERSARY, root, bait, SWAPPED.join(',')], {
    stdio: ['ignore', 'pipe', 'ignore'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  adversaries.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`adversary exited early (${code})`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

beforeAll(() => {
  if (why) return;
  base = mkdtempSync(join(tmpdir(), 'cleanup-race-'));
  chmodSync(base, 0o755);
  tmp = join(base, 'tmp');
  mkdirSync(tmp, { mode: 0o755 });
  bait = join(base, 'bait');
  buildBait(bait);
});

afterAll(async () => {
  await Promise.all(adversaries.map(stop));
  if (base) rmSync(base, { recursive: true, force: true });
});

describe.skipIf(Boolean(why))(`race against another user${why ? ` (skipped: ${why})` : ''}`, () => {
  test('the engine (fd walk, worker threads) and the chdir walk never reach the bait', async () => {
    const deadline = Date.now() + 9_000;
    let rounds = 0;
    let removedSome = 0;
    const adversary = await startAdversary(join(tmp, 'pnpm-x'));
    try {
      // At least 10 rounds however slow the machine is; more while time allows.
      for (; rounds < 100 && (rounds < 10 || Date.now() < deadline); rounds++) {
        const target = plantTree('pnpm-x');
        if (rounds % 2 === 0) {
          const r = await sweepTemp({
            roots: [tmp],
            patterns: ['pnpm-x'],
            maxAgeHours: 1,
            dryRun: false,
            env: {},
          });
          expect(r.fresh).toEqual([]);
          removedSome += r.removed.reduce((n, e) => n + e.entries, 0);
        } else {
          const o = await new Remover({ dryRun: false, mode: 'cwd' }).remove(target, tmp);
          removedSome += o.entries;
        }
        baitIntact();
        expect(readdirSync(bait).sort()).toEqual(['b0', 'b3', 'c', 'd', 'f', 'precious.txt']);
      }
    } finally {
      await stop(adversary);
    }
    baitIntact();
    expect(rounds).toBeGreaterThanOrEqual(10);
    expect(removedSome).toBeGreaterThan(0);
  }, 300_000);

  test('the built dist, through the local runner, never reaches the bait', async () => {
    const ws = join(base, 'ws');
    mkdirSync(ws, { recursive: true });
    const adversary = await startAdversary(join(tmp, 'pnpm-x'));
    try {
      for (let round = 0; round < 4; round++) {
        plantTree('pnpm-x');
        const r = await runAction({
          action: 'job-cleanup',
          workspace: ws,
          env: { TMPDIR: tmp },
          inputs: { when: 'now', 'temp-patterns': 'pnpm-x', 'max-age-hours': '1' },
          post: false,
        });
        expect(r.main.exitCode).toBe(0);
        expect(r.main.log).not.toContain('Kept');
        baitIntact();
      }
    } finally {
      await stop(adversary);
    }
    baitIntact();
  }, 60_000);

  test('the same user racing between two paths entries never leads removal outside', async () => {
    // Two `paths` entries below folders that another process of the same user (root) keeps
    // swapping for links to the bait (which holds the same names) while they are removed.
    const ws = join(base, 'ws-paths');
    mkdirSync(ws, { recursive: true });
    const deadline = Date.now() + 5_000;
    const adversary = await startAdversary(ws, undefined);
    try {
      for (let round = 0; round < 60 && Date.now() < deadline; round++) {
        const stage = join(base, 'stage-paths');
        rmSync(stage, { recursive: true, force: true });
        for (const top of ['a', 'e']) {
          for (const inner of ['b3/c/d', 'b0', 'f']) {
            mkdirSync(join(stage, top, inner), { recursive: true });
            writeFileSync(join(stage, top, inner, 'precious.txt'), 'debris');
          }
        }
        for (const top of ['a', 'e']) {
          // Out of the way by rename: a recursive delete here would race the adversary too.
          try {
            renameSync(join(ws, top), join(base, `leftover-${Math.random()}`));
          } catch {}
          renameSync(join(stage, top), join(ws, top));
        }
        const env = { GITHUB_WORKSPACE: ws, HOME: '/root' };
        const { roots, guards } = ground(false, env);
        await runCleanup({
          roots,
          guards,
          tempPatterns: [],
          paths: ['a/b3/c', 'e/f', 'a/b0'],
          cleanWorkspace: false,
          workspace: ws,
          maxAgeHours: 0,
          dryRun: false,
          dockerPrune: false,
        });
        baitIntact();
      }
    } finally {
      await stop(adversary);
    }
    baitIntact();
  }, 60_000);
});
