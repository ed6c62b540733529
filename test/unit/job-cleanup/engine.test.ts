/** The engine on the real file system: caps never silent, counts exact, the hooks' entry. */
import {
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCleanup, sweepTemp } from '../../../actions/job-cleanup/engine.ts';
import { ground } from '../../../actions/job-cleanup/gather.ts';

let base: string;
let ws: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'job-cleanup-engine-'));
  ws = join(base, 'ws');
  mkdirSync(ws);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function request(paths: string[], matchLimit?: number) {
  const { roots, guards } = ground(false, { GITHUB_WORKSPACE: ws, HOME: homedir() });
  return {
    roots,
    guards,
    tempPatterns: [],
    paths,
    cleanWorkspace: false,
    workspace: ws,
    maxAgeHours: 0,
    dryRun: false,
    dockerPrune: false,
    matchLimit,
  };
}

describe('a glob matching more than one run takes', () => {
  test('removes up to the limit, counts exactly what is left, and the next run goes on', async () => {
    for (let i = 0; i < 12; i++) writeFileSync(join(ws, `f${i}.log`), 'x');
    writeFileSync(join(ws, 'keep.txt'), 'k');
    const first = await runCleanup(request(['*.log'], 5));
    expect(first.removed).toHaveLength(5);
    expect(first.removed.every((r) => r.complete)).toBe(true);
    expect(first.capped).toEqual([{ text: '*.log', left: 7, limit: 5 }]);
    expect(readdirSync(ws)).toHaveLength(8);

    const second = await runCleanup(request(['*.log'], 5));
    expect(second.capped).toEqual([{ text: '*.log', left: 2, limit: 5 }]);
    const third = await runCleanup(request(['*.log'], 5));
    expect(third.removed).toHaveLength(2);
    expect(third.capped).toEqual([]);
    expect(readdirSync(ws)).toEqual(['keep.txt']);
  });
});

describe('freed bytes through the engine', () => {
  test('links to big files outside free nothing of the target', async () => {
    const outside = join(base, 'big.bin');
    writeFileSync(outside, Buffer.alloc(1 << 20, 1));
    mkdirSync(join(ws, 'links'));
    for (let i = 0; i < 4; i++) symlinkSync(outside, join(ws, 'links', `l${i}`));
    const result = await runCleanup(request(['links']));
    expect(result.removed[0]?.bytes).toBeLessThan(64 * 1024);
    expect(existsSync(outside)).toBe(true);
  });
});

describe('sweepTemp (the runner hooks entry)', () => {
  test('sweeps old matching entries under the given temp roots and prints nothing', async () => {
    const tmp = join(base, 'tmp');
    mkdirSync(tmp);
    const old = Date.now() / 1000 - 5 * 3600;
    for (const name of ['pnpm-old', 'pnpm-new', 'other-old']) {
      mkdirSync(join(tmp, name));
      writeFileSync(join(tmp, name, 'f'), 'x');
    }
    lutimesSync(join(tmp, 'pnpm-old'), old, old);
    lutimesSync(join(tmp, 'other-old'), old, old);
    const writes: unknown[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: unknown) => writes.push(chunk) > 0) as typeof write;
    let dry: Awaited<ReturnType<typeof sweepTemp>>;
    let real: Awaited<ReturnType<typeof sweepTemp>>;
    try {
      const options = { roots: [tmp], patterns: ['pnpm-*'], maxAgeHours: 4, env: {} };
      dry = await sweepTemp({ ...options, dryRun: true });
      real = await sweepTemp({ ...options, dryRun: false });
    } finally {
      process.stdout.write = write;
    }
    expect(writes).toEqual([]);
    expect(dry.removed.map((r) => r.path)).toEqual([join(tmp, 'pnpm-old')]);
    expect(dry.fresh.map((f) => f.path)).toEqual([join(tmp, 'pnpm-new')]);
    expect(real.removed).toMatchObject([{ path: join(tmp, 'pnpm-old'), complete: true }]);
    expect(readdirSync(tmp).sort()).toEqual(['other-old', 'pnpm-new']);
  });

  test('a root that is a guarded folder (HOME) or missing is skipped, not swept', async () => {
    const r = await sweepTemp({
      roots: [homedir(), join(base, 'missing')],
      patterns: ['*'],
      maxAgeHours: 0,
      dryRun: true,
      env: {},
    });
    expect(r.removed).toEqual([]);
    expect(r.skippedRoots).toHaveLength(2);
  });
});
