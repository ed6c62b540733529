/**
 * The removal walk, one file-system call at a time: the test gets control before every call (the
 * `io` seam of remove.ts and sweep.ts) and changes the tree exactly there, so each device and
 * inode check meets the swap it exists for, deterministically, in the Linux descriptor walk (`fd`,
 * one thread and split) and in the chdir walk (`cwd`, forced here as macOS uses it).
 *
 * The targeted tests below each prove one check: delete it and that test fails. The exhaustive
 * test swaps each folder for a symlink to a bait (or moves it into the bait) before step N, for
 * every N, and checks that the bait always survives and every outcome tells the truth.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  fdMode,
  type Outcome,
  type RemoveIo,
  Remover,
  systemIo,
} from '../../../actions/job-cleanup/remove.ts';

const CHANGED = 'replaced or moved while it was being removed: left alone';
const STOPPED = `${CHANGED}; removal stopped there`;
const MOUNTED = 'a mount point (another file system or a bind mount): not entered';

let base: string;
/** The removal root, the folder on the way, and the entry removed. */
let root: string;
let way: string;
let entry: string;
/** What a followed link or a wrong `..` would reach: it holds names the tree holds. */
let bait: string;
/** A folder outside the tree that a test moves into it (a folder not chosen). */
let elsewhere: string;

const ENTRY_FILES = ['a/b/y.txt', 'a/x.txt', 'c/w.txt', 'z.txt'];
// No `a`, `b` or `c` at the bait's top: a walk that lands there by mistake finds files to delete.
const BAIT_FILES = ['x.txt', 'y.txt', 'z.txt', 'w.txt', 'entry/z.txt', 'entry/a/x.txt'];
const ELSEWHERE_FILES = ['keep.txt', 'entry/keep.txt', 'entry/a/keep.txt'];

function write(at: string, files: readonly string[], text: string) {
  for (const f of files) {
    mkdirSync(join(at, f, '..'), { recursive: true });
    writeFileSync(join(at, f), text);
  }
}

function build() {
  rmSync(join(base, 'tree'), { recursive: true, force: true });
  root = join(base, 'tree', 'root');
  way = join(root, 'way');
  entry = join(way, 'entry');
  bait = join(base, 'tree', 'bait');
  elsewhere = join(base, 'tree', 'elsewhere');
  write(entry, ENTRY_FILES, 'debris');
  write(bait, BAIT_FILES, 'bait: must survive');
  write(elsewhere, ELSEWHERE_FILES, 'not chosen: must survive');
}

/** Every entry below `dir` (links not followed): `path kind [content]`, sorted. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const p = join(at, name);
      const s = lstatSync(p);
      const rel = relative(dir, p);
      if (s.isDirectory()) {
        out.push(`${rel}/`);
        walk(p);
      } else if (s.isSymbolicLink()) out.push(`${rel} -> ${readlinkSync(p)}`);
      else out.push(`${rel} ${readFileSync(p, 'utf8')}`);
    }
  };
  walk(dir);
  return out;
}

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'job-cleanup-steps-')));
  build();
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

interface Step {
  n: number;
  op: keyof RemoveIo;
  arg: string;
}

/** A copy of `s` that says it lies on another device. */
const onOtherDevice = (s: Stats): Stats =>
  Object.assign(Object.create(Object.getPrototypeOf(s)), s, { dev: s.dev + 1 });

/**
 * The machine's file system, calling `before` ahead of every call (step n, the call, its first
 * argument). Folder listings come sorted, so the walk's order is the same on every file system.
 * Stats of the inode `foreign` say another device.
 */
function stepping(before: (step: Step) => void, foreign?: number): RemoveIo {
  let n = 0;
  const at = (op: keyof RemoveIo, arg: unknown) => before({ n: n++, op, arg: String(arg) });
  const dev = (s: Stats) => (s.ino === foreign ? onOtherDevice(s) : s);
  const call =
    <A extends unknown[], R>(op: keyof RemoveIo, fn: (...args: A) => R) =>
    (...args: A): R => {
      at(op, args[0]);
      return fn(...args);
    };
  const byName = (x: { name: string }, y: { name: string }) =>
    x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
  return {
    lstat: call('lstat', (p: string) => dev(systemIo.lstat(p))),
    open: call('open', systemIo.open),
    fstat: call('fstat', (fd: number) => dev(systemIo.fstat(fd))),
    close: call('close', systemIo.close),
    readdir: call('readdir', (p: string) => systemIo.readdir(p).sort()),
    rmdir: call('rmdir', systemIo.rmdir),
    unlink: call('unlink', systemIo.unlink),
    chdir: call('chdir', systemIo.chdir),
    entries: call('entries', (p: string) => systemIo.entries(p).sort(byName)),
    cwd: () => systemIo.cwd(),
  };
}

/** The folder swaps an adversary makes. */
const SWAPS = {
  /** The folder is renamed aside and a symlink to the bait takes its name. */
  link(folder: string) {
    renameSync(folder, `${folder}.away`);
    symlinkSync(bait, folder);
  },
  /** The folder is moved into the bait (so its `..` is the bait). */
  move(folder: string) {
    renameSync(folder, join(bait, 'moved'));
  },
  /** The folder is renamed aside and a folder from outside the tree takes its name. */
  folder(folder: string) {
    renameSync(folder, `${folder}.away`);
    renameSync(elsewhere, folder);
  },
};
type Swap = keyof typeof SWAPS;

/** A folder and the step that names it: `lstat` of `a` is `lstat('a')` or `lstat(/proc/self/fd/N/a)`. */
const names = (step: Step, op: keyof RemoveIo, name: string) =>
  step.op === op && (step.arg === name || step.arg.endsWith(`/${name}`));

const MODES = {
  fd: { mode: 'fd', threads: 1 },
  split: { mode: 'fd', threads: 2 },
  cwd: { mode: 'cwd', threads: 1 },
} as const;
type Mode = keyof typeof MODES;

interface Run {
  mode: Mode;
  /** Before which step the swap is made: the first that `when` accepts. */
  when: (step: Step) => boolean;
  swap?: Swap;
  folder?: () => string;
  /** `dev:ino` of mount points. */
  mounts?: string[];
  /** The inode whose stats say another device. */
  foreign?: number;
}

const isFolder = (p: string) => {
  try {
    return lstatSync(p).isDirectory();
  } catch {
    return false;
  }
};

async function run(r: Run): Promise<{ outcome: Outcome; swappedAt?: Step; steps: number }> {
  let swappedAt: Step | undefined;
  let steps = 0;
  const io = stepping((step) => {
    steps = step.n + 1;
    if (swappedAt || !r.swap || !r.folder || !r.when(step)) return;
    const folder = r.folder();
    // Only a folder still there, as a folder, is swapped.
    if (!isFolder(folder)) return;
    SWAPS[r.swap](folder);
    swappedAt = step;
  }, r.foreign);
  const remover = new Remover({ dryRun: false, ...MODES[r.mode], io, mounts: r.mounts });
  const cwd = process.cwd();
  const outcome = await remover.remove(entry, root);
  await remover.close();
  expect(process.cwd(), 'the walk gives the working directory back').toBe(cwd);
  return { outcome, swappedAt, steps };
}

const BAIT = () => BAIT_FILES.map((f) => `${f} bait: must survive`);
const baitIntact = () =>
  expect(snapshot(bait).filter((l) => !l.endsWith('/') && !l.startsWith('moved'))).toEqual(
    [...BAIT()].sort(),
  );
const idOf = (p: string) => `${lstatSync(p).dev}:${lstatSync(p).ino}`;
const failed = (path: string, code: string, message: string): Outcome['problems'] => [
  { path, code, message },
];

test('the seam sees every call: a removal without a swap, step by step, in each mode', async () => {
  for (const mode of Object.keys(MODES) as Mode[]) {
    build();
    const seen: string[] = [];
    const io = stepping((s) => seen.push(s.op));
    const o = await new Remover({ dryRun: false, ...MODES[mode], io }).remove(entry, root);
    expect(o.removed, mode).toBe(true);
    expect(o.entries, mode).toBe(8);
    expect(readdirSync(way), mode).toEqual([]);
    // One unlink per file, one rmdir per folder: nothing bypasses the seam.
    expect(
      seen.filter((op) => op === 'unlink'),
      mode,
    ).toHaveLength(4);
    expect(
      seen.filter((op) => op === 'rmdir'),
      mode,
    ).toHaveLength(4);
  }
});

describe('fdMode: /proc/self/fd must reach the very folder held', () => {
  test('on this Linux it does', () => {
    expect(
      fdMode(
        stepping(() => {}),
        'linux',
      ),
    ).toBe(process.platform === 'linux');
  });
  test('a /proc that shows another inode (or none) means the chdir walk', () => {
    const lying: RemoveIo = {
      ...systemIo,
      lstat: (p) => {
        const s = systemIo.lstat(p);
        return p.startsWith('/proc/self/fd/')
          ? Object.assign(Object.create(Object.getPrototypeOf(s)), s, { ino: s.ino + 1 })
          : s;
      },
    };
    expect(fdMode(lying, 'linux')).toBe(false);
    const missing: RemoveIo = {
      ...systemIo,
      lstat: (p) => {
        if (p.startsWith('/proc/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return systemIo.lstat(p);
      },
    };
    expect(fdMode(missing, 'linux')).toBe(false);
    expect(fdMode(systemIo, 'darwin')).toBe(false);
  });
});

const ENTRY = [
  'a/',
  'a/b/',
  'a/b/y.txt debris',
  'a/x.txt debris',
  'c/',
  'c/w.txt debris',
  'z.txt debris',
];
const ELSEWHERE = [
  'entry/',
  'entry/a/',
  'entry/a/keep.txt not chosen: must survive',
  'entry/keep.txt not chosen: must survive',
  'keep.txt not chosen: must survive',
];
const within = (prefix: string, lines: readonly string[]) => lines.map((l) => `${prefix}/${l}`);

describe('the walk down to the entry (remove.ts)', () => {
  test.each(['fd', 'split', 'cwd'] as const)(
    '%s: a folder on the way that is a symlink when it is looked at is no longer a folder',
    async (mode) => {
      const { outcome, swappedAt } = await run({
        mode,
        when: (s) => names(s, 'lstat', 'way'),
        swap: 'link',
        folder: () => way,
      });
      expect(swappedAt).toBeDefined();
      expect(outcome.problems).toEqual(failed(way, 'ECHANGED', `no longer a folder: ${CHANGED}`));
      expect(snapshot(`${way}.away`)).toEqual(['entry/', ...within('entry', ENTRY)]);
      baitIntact();
    },
  );

  test.each([
    ['fd', 'link'],
    ['fd', 'folder'],
    ['split', 'link'],
    ['split', 'folder'],
    ['cwd', 'link'],
    ['cwd', 'folder'],
  ] as const)(
    '%s: a folder on the way swapped (%s) between its lstat and entering it is left alone',
    async (mode, swap) => {
      const { outcome, swappedAt } = await run({
        mode,
        when: (s) => names(s, mode === 'cwd' ? 'chdir' : 'open', 'way'),
        swap,
        folder: () => way,
      });
      expect(swappedAt).toBeDefined();
      expect(outcome.problems).toEqual(failed(way, 'ECHANGED', CHANGED));
      expect(snapshot(`${way}.away`)).toEqual(['entry/', ...within('entry', ENTRY)]);
      if (swap === 'folder') expect(snapshot(way)).toEqual(ELSEWHERE);
      baitIntact();
    },
  );

  test.each(['fd', 'split', 'cwd'] as const)(
    '%s: a folder on the way that is a mount point (mount table) is not crossed',
    async (mode) => {
      const { outcome } = await run({ mode, when: () => false, mounts: [idOf(way)] });
      expect(outcome.problems).toEqual(failed(way, 'EXDEV', MOUNTED));
      expect(snapshot(entry)).toEqual(ENTRY);
    },
  );

  test.each(['fd', 'split', 'cwd'] as const)(
    '%s: a folder on the way on another device is not crossed',
    async (mode) => {
      const { outcome } = await run({ mode, when: () => false, foreign: lstatSync(way).ino });
      expect(outcome.problems).toEqual(failed(way, 'EXDEV', MOUNTED));
      expect(snapshot(entry)).toEqual(ENTRY);
    },
  );
});

describe('the sweep inside the entry (sweep.ts)', () => {
  const a = () => join(entry, 'a');
  const b = () => join(entry, 'a', 'b');

  test('fd: a folder swapped for another folder between its lstat and its open is left alone', async () => {
    const { outcome, swappedAt } = await run({
      mode: 'fd',
      when: (s) => names(s, 'open', 'a'),
      swap: 'folder',
      folder: a,
    });
    expect(swappedAt).toBeDefined();
    expect(outcome.problems).toEqual(failed(a(), 'ECHANGED', CHANGED));
    // The rest goes; the folder swapped in and the original (renamed aside) stay.
    expect(snapshot(entry)).toEqual([
      'a/',
      ...within('a', ELSEWHERE),
      'a.away/',
      'a.away/b/',
      'a.away/b/y.txt debris',
      'a.away/x.txt debris',
    ]);
  });

  test('fd: a folder swapped for a symlink between its lstat and its open is not followed', async () => {
    const { outcome, swappedAt } = await run({
      mode: 'fd',
      when: (s) => names(s, 'open', 'a'),
      swap: 'link',
      folder: a,
    });
    expect(swappedAt).toBeDefined();
    expect(outcome.problems).toEqual(failed(a(), 'ECHANGED', CHANGED));
    expect(snapshot(entry)).toEqual([
      `a -> ${bait}`,
      'a.away/',
      'a.away/b/',
      'a.away/b/y.txt debris',
      'a.away/x.txt debris',
    ]);
    baitIntact();
  });

  test.each(['link', 'folder'] as const)(
    'cwd: a folder swapped (%s) between its lstat and the chdir into it stops the walk',
    async (swap) => {
      const { outcome, swappedAt } = await run({
        mode: 'cwd',
        when: (s) => s.op === 'chdir' && s.arg === 'a',
        swap,
        folder: a,
      });
      expect(swappedAt).toBeDefined();
      expect(outcome.problems).toEqual(failed(a(), 'ECHANGED', STOPPED));
      // Stopped at once: c and z.txt (after a) are still there.
      const original = ['a.away/', 'a.away/b/', 'a.away/b/y.txt debris', 'a.away/x.txt debris'];
      const rest = ['c/', 'c/w.txt debris', 'z.txt debris'];
      expect(snapshot(entry)).toEqual(
        swap === 'link'
          ? [`a -> ${bait}`, ...original, ...rest]
          : ['a/', ...within('a', ELSEWHERE), ...original, ...rest],
      );
      baitIntact();
    },
  );

  test("cwd: a folder moved away while the walk is inside it stops the walk at its '..'", async () => {
    const { outcome, swappedAt } = await run({
      mode: 'cwd',
      when: (s) => s.op === 'chdir' && s.arg === '..',
      swap: 'move',
      folder: b,
    });
    expect(swappedAt).toBeDefined();
    expect(outcome.problems).toEqual(failed(b(), 'ECHANGED', STOPPED));
    // b's own content went before it moved; nothing after it (x.txt, c, z.txt) is touched.
    expect(snapshot(entry)).toEqual([
      'a/',
      'a/x.txt debris',
      'c/',
      'c/w.txt debris',
      'z.txt debris',
    ]);
    expect(snapshot(join(bait, 'moved'))).toEqual([]);
    baitIntact();
  });

  test.each(['fd', 'split', 'cwd'] as const)(
    '%s: a folder inside that is a mount point (mount table) is not entered',
    async (mode) => {
      const { outcome } = await run({ mode, when: () => false, mounts: [idOf(b())] });
      expect(outcome.problems).toEqual(failed(b(), 'EXDEV', MOUNTED));
      expect(snapshot(entry)).toEqual(['a/', 'a/b/', 'a/b/y.txt debris']);
    },
  );

  test.each(['fd', 'split', 'cwd'] as const)(
    '%s: a folder inside on another device is not entered',
    async (mode) => {
      const { outcome } = await run({ mode, when: () => false, foreign: lstatSync(b()).ino });
      expect(outcome.problems).toEqual(failed(b(), 'EXDEV', MOUNTED));
      expect(snapshot(entry)).toEqual(['a/', 'a/b/', 'a/b/y.txt debris']);
    },
  );

  test.each(['fd', 'split', 'cwd'] as const)(
    '%s: an entry that is itself a mount point is not entered',
    async (mode) => {
      const { outcome } = await run({ mode, when: () => false, mounts: [idOf(entry)] });
      expect(outcome.problems).toEqual(failed(entry, 'EXDEV', MOUNTED));
      expect(snapshot(entry)).toEqual(ENTRY);
    },
  );

  test('split: a mount point swapped in between the lstat and the open of a split folder is not emptied', async () => {
    const mount = idOf(elsewhere);
    const { outcome, swappedAt } = await run({
      mode: 'split',
      when: (s) => names(s, 'open', 'a'),
      swap: 'folder',
      folder: a,
      mounts: [mount],
    });
    expect(swappedAt).toBeDefined();
    expect(outcome.problems).toEqual(failed(a(), 'EXDEV', MOUNTED));
    expect(snapshot(a())).toEqual(ELSEWHERE);
  });
});

/** Every problem a swap before some step leads to: each says the folder was replaced or moved. */
const EXPECTED_PROBLEMS: Record<Mode, string[]> = {
  fd: [`ECHANGED: no longer a folder: ${CHANGED}`, `ECHANGED: ${CHANGED}`],
  split: [`ECHANGED: no longer a folder: ${CHANGED}`, `ECHANGED: ${CHANGED}`],
  cwd: [`ECHANGED: no longer a folder: ${CHANGED}`, `ECHANGED: ${CHANGED}`, `ECHANGED: ${STOPPED}`],
};

describe('a swap before every step of the walk', () => {
  const FOLDERS = {
    way: () => way,
    entry: () => entry,
    a: () => join(entry, 'a'),
    b: () => join(entry, 'a', 'b'),
  };
  test.each(Object.keys(MODES) as Mode[])(
    '%s: the bait survives and every outcome tells the truth',
    async (mode) => {
      build();
      const { steps } = await run({ mode, when: () => false });
      let swaps = 0;
      const stopped: string[] = [];
      for (const swap of ['link', 'move'] as const) {
        for (const [name, folder] of Object.entries(FOLDERS)) {
          for (let n = 0; n < steps; n++) {
            build();
            const where = `${swap} ${name} before step ${n}`;
            const { outcome, swappedAt } = await run({
              mode,
              when: (s) => s.n === n,
              swap,
              folder,
            });
            // No swap: the folder was gone before step n, and is at every later step.
            if (!swappedAt) break;
            swaps++;
            baitIntact();
            expect(snapshot(elsewhere), where).toEqual(ELSEWHERE);
            // Removed: nothing chosen is left, but what was renamed aside or moved out first.
            const debris = snapshot(join(base, 'tree')).filter(
              (l) =>
                l.endsWith(' debris') &&
                !l.startsWith('root/way/entry.away/') &&
                !l.startsWith('bait/moved/'),
            );
            if (outcome.removed) {
              expect(debris, where).toEqual([]);
              // The entry's name is free (where the folder on the way is still a folder).
              if (isFolder(way)) expect(existsSync(entry), where).toBe(false);
            } else expect(outcome.problems.length, where).toBeGreaterThan(0);
            for (const p of outcome.problems) {
              expect(
                [way, entry].some((at) => p.path === at || p.path.startsWith(`${at}/`)),
                where,
              ).toBe(true);
              stopped.push(`${p.code}: ${p.message}`);
            }
          }
        }
      }
      expect(swaps).toBeGreaterThan(steps);
      expect([...new Set(stopped)].sort()).toEqual(EXPECTED_PROBLEMS[mode]);
    },
    // About 500 removals in a row: far more than an idle machine needs.
    600_000,
  );
});
