import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BenchFile,
  choose,
  isOver,
  leftForFull,
  parseBenchArgs,
  remeasured,
  show,
  usualSeconds,
} from '../../scripts/bench.ts';
import { describeLoads, type Figure, loadsBeforeRequest } from '../../test/bench/measure.ts';

const files: BenchFile[] = [
  { name: 'bundles', long: false, seconds: 5, longFigures: [] },
  { name: 'job-cleanup', long: true, seconds: 300, longFigures: [] },
  {
    name: 'setup-m4-env',
    long: false,
    seconds: 10,
    longFigures: [{ figure: '200 MB store round trip', seconds: 120 }],
  },
];
const names = (list: { name: string }[]) => list.map((f) => f.name);

describe('pnpm bench arguments', () => {
  it.each([
    [[], { full: false, only: [] }],
    [['--full'], { full: true, only: [] }],
    [['--', '--full'], { full: true, only: [] }],
    [['job-cleanup'], { full: false, only: ['job-cleanup'] }],
  ])('%j', (argv, want) => {
    expect(parseBenchArgs(argv)).toEqual({ kind: 'run', ...want });
  });

  it('an unknown option is an error', () => {
    expect(parseBenchArgs(['--fast'])).toMatchObject({ kind: 'error' });
  });

  it('by default the long files wait for --full; named files always run', () => {
    const quick = choose(files, { full: false, only: [] });
    expect(names(quick.run)).toEqual(['bundles', 'setup-m4-env']);
    expect(names(quick.skipped)).toEqual(['job-cleanup']);
    expect(leftForFull(files)).toEqual([
      'job-cleanup (~5 min)',
      'setup-m4-env: 200 MB store round trip (~2 min)',
    ]);
    expect(usualSeconds(quick.run, false)).toBe(15);
    expect(usualSeconds(files, true)).toBe(435);
    expect(names(choose(files, { full: true, only: [] }).run)).toEqual(names(files));
    expect(names(choose(files, { full: false, only: ['job-cleanup'] }).run)).toEqual([
      'job-cleanup',
    ]);
    expect(choose(files, { full: false, only: ['nope'] }).unknown).toEqual(['nope']);
  });
});

describe('a figure over its limit is measured again before it counts', () => {
  const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({
    action: 'a',
    figure: 'start-up',
    value,
    limit: 1.3,
    unit: 'x',
    ...extra,
  });

  it('one slow round does not count when the next is within the limit', () => {
    const [kept] = remeasured([[figure(1.6)], [figure(1.2)]]);
    expect(kept?.value).toBe(1.2);
    expect(isOver(kept as Figure)).toBe(false);
    expect(kept?.detail).toBe('measured 2x: 1.60x, 1.20x');
  });

  it('over in every round is over', () => {
    const [kept] = remeasured([[figure(1.6)], [figure(1.5)], [figure(1.7)]]);
    expect(kept?.value).toBe(1.5);
    expect(isOver(kept as Figure)).toBe(true);
  });

  it('one round, or a figure without a limit, is kept as measured', () => {
    expect(remeasured([[figure(1.6, { detail: 'd' })]])).toEqual([figure(1.6, { detail: 'd' })]);
    const free = figure(9, { limit: undefined });
    expect(remeasured([[free], [figure(1, { limit: undefined })]])).toEqual([free]);
  });

  it('numbers read one way: thousands separators and units', () => {
    expect(show(1.234, 'x')).toBe('1.23x');
    expect(show(12_345, 'ms')).toBe('12,345 ms');
    expect(show(1_572_864, 'bytes')).toBe('1,536.0 KiB');
    expect(show(15, 'requests')).toBe('15 requests');
  });
});

describe('what a bundle loads before its first request', () => {
  let server: Server;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('{}'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    dir = mkdtempSync(join(tmpdir(), 'bench-loads-test-'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(dir, 'early.js'), 'export const early = 1;\n');
    writeFileSync(join(dir, 'late.js'), 'export const late = 1;\n');
    writeFileSync(
      join(dir, 'index.js'),
      [
        "import { createRequire } from 'node:module';",
        "import './early.js';",
        "createRequire(import.meta.url)('node:zlib');",
        'if (process.env.REQUEST) await (await fetch(process.env.REQUEST)).text();',
        "await import('./late.js');",
        "createRequire(import.meta.url)('node:dns');",
      ].join('\n'),
    );
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the files and built-ins read until the request, and their bytes', async () => {
    const env = { PATH: process.env.PATH, REQUEST: url };
    const loads = await loadsBeforeRequest({ args: [join(dir, 'index.js')], env });
    expect(loads).toEqual({
      until: 'request',
      files: ['index.js', 'early.js'],
      bytes: statSync(join(dir, 'index.js')).size + statSync(join(dir, 'early.js')).size,
      // node:module is imported as ESM, which the preload's own import of it already loaded.
      builtins: ['node:zlib'],
    });
    expect(describeLoads(loads)).toBe(
      `loads before the first request: index.js, early.js (${(loads.bytes / 1024).toFixed(1)} KiB); node:zlib`,
    );
  });

  it('without a request: everything until exit', async () => {
    const loads = await loadsBeforeRequest({
      args: [join(dir, 'index.js')],
      env: { PATH: process.env.PATH },
    });
    expect(loads.until).toBe('exit');
    expect(loads.files).toEqual(['index.js', 'early.js', 'late.js']);
    expect(loads.builtins).toEqual(['node:zlib', 'node:dns']);
    expect(describeLoads(loads)).toMatch(/^loads before exit: index\.js, early\.js, late\.js \(/);
  });
});
