import { describe, expect, it } from 'vitest';
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
import type { Figure } from '../../test/bench/measure.ts';

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
