import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';
import { readPerfInputs } from '../../../actions/perf-report/inputs.ts';
import { phaseNames } from '../../../actions/perf-report/phases.ts';

const context = { runId: '8123456789', workspace: '/work/ws', temp: '/runner/_temp' };
const read = (values: Record<string, string> = {}, ctx = context) =>
  readPerfInputs(createReader(fromRecord(values)), ctx);

describe('defaults', () => {
  test('every input has its documented default', () => {
    const i = read();
    expect(i).toMatchObject({
      token: '',
      runId: 8123456789,
      jobs: [],
      benchmarkFiles: [],
      baseline: { kind: 'none' },
      reportPath: '/runner/_temp/perf-report/perf-report.json',
      markdownPath: '/runner/_temp/perf-report/perf-report.md',
      threshold: 1.15,
      failOnRegression: false,
      commentOnPr: false,
      reportId: 'perf-report',
      prices: { byKind: {} },
    });
    expect(i).not.toHaveProperty('runsPerDay');
    expect(i).not.toHaveProperty('healthMinutesPerDay');
    expect(i).not.toHaveProperty('machine');
    expect(phaseNames(i.phases)).toEqual(['install', 'build', 'test', 'lint', 'other']);
  });
});

describe('each input', () => {
  test('github-token and run-id', () => {
    const i = read({ 'github-token': 'ghs_x', 'run-id': '42' });
    expect(i.token).toBe('ghs_x');
    expect(i.runId).toBe(42);
  });

  test('jobs: globs separated by newlines, or commas outside parentheses', () => {
    expect(read({ jobs: 'build*, lint\ntest (*)' }).jobs).toEqual(['build*', 'lint', 'test (*)']);
    expect(read({ jobs: 'build (M4, *), lint' }).jobs).toEqual(['build (M4, *)', 'lint']);
  });

  test('phases: phase=regex lines replace the defaults', () => {
    const i = read({ phases: 'deps=install\n# a comment\ncompile=tsc' });
    expect(phaseNames(i.phases)).toEqual(['deps', 'compile', 'other']);
  });

  test('benchmark-files: lines, `bigger:` / `smaller:` set the direction of their files', () => {
    expect(
      read({ 'benchmark-files': 'bench/*.json\nbigger: out/ops.json\nSMALLER:mem.json' })
        .benchmarkFiles,
    ).toEqual([
      { glob: 'bench/*.json', direction: 'auto' },
      { glob: 'out/ops.json', direction: 'bigger' },
      { glob: 'mem.json', direction: 'smaller' },
    ]);
  });

  test('benchmark-noise-floor: per family of units, in base units; default 1ns for time', () => {
    expect([...read().benchmarkNoiseFloor]).toEqual([['time', 1e-9]]);
    expect([
      ...read({ 'benchmark-noise-floor': '2ms, 50 ops/s\n0.5 MB' }).benchmarkNoiseFloor,
    ]).toEqual([
      ['time', 0.002],
      ['rate:ops', 50],
      ['unit:MB', 0.5],
    ]);
    expect([...read({ 'benchmark-noise-floor': '0' }).benchmarkNoiseFloor]).toEqual([]);
  });

  test.each([
    ['none', { kind: 'none' }],
    ['NONE', { kind: 'none' }],
    ['cache', { kind: 'cache' }],
    ['Cache', { kind: 'cache' }],
    ['reports/main.json', { kind: 'file', path: '/work/ws/reports/main.json' }],
    ['/tmp/base.JSON', { kind: 'file', path: '/tmp/base.JSON' }],
  ])('baseline %s', (value, baseline) => {
    expect(read({ baseline: value }).baseline).toEqual(baseline);
  });

  test('report-path: relative to the workspace; the Markdown goes beside it', () => {
    const i = read({ 'report-path': 'out/perf.json' });
    expect(i.reportPath).toBe('/work/ws/out/perf.json');
    expect(i.markdownPath).toBe('/work/ws/out/perf.md');
  });

  test('report-id names the default report file', () => {
    const i = read({ 'report-id': 'nightly.arm64' });
    expect(i.reportId).toBe('nightly.arm64');
    expect(i.reportPath).toBe('/runner/_temp/perf-report/nightly.arm64.json');
  });

  test('regression-threshold, fail-on-regression, comment-on-pr, price-per-minute', () => {
    const i = read({
      'regression-threshold': '1.5',
      'fail-on-regression': 'true',
      'comment-on-pr': 'TRUE',
      'price-per-minute': '0.08',
    });
    expect([i.threshold, i.failOnRegression, i.commentOnPr, i.prices]).toEqual([
      1.5,
      true,
      true,
      { flat: 0.08, byKind: {} },
    ]);
    expect(read({ 'regression-threshold': '1' }).threshold).toBe(1);
    expect(read({ 'price-per-minute': '0' }).prices).toEqual({ flat: 0, byKind: {} });
  });
});

describe('savings inputs', () => {
  test('price-per-minute pairs, runs-per-day, health checks and the machine', () => {
    const i = read({
      'price-per-minute': 'ubuntu-latest=0.008\nmacos=0.08',
      'runs-per-day': '12',
      'health-check-minutes-per-day': '288',
      'machine-cost': '599',
      'machine-years': '3',
    });
    expect(i).toMatchObject({
      prices: { byKind: { 'ubuntu-latest': 0.008, macos: 0.08 } },
      runsPerDay: 12,
      healthMinutesPerDay: 288,
      machine: { kind: 'purchase', cost: 599, years: 3 },
    });
    expect(read({ 'machine-monthly-cost': '49' }).machine).toEqual({
      kind: 'monthly',
      monthly: 49,
    });
  });
});

describe('invalid inputs fail naming the input', () => {
  test.each([
    ['run-id', { 'run-id': 'abc' }, "Input 'run-id' accepts a workflow run id"],
    ['run-id', { 'run-id': '0' }, "Input 'run-id' accepts"],
    ['run-id', { 'run-id': '-5' }, "Input 'run-id' accepts"],
    ['phases', { phases: 'install' }, "Input 'phases' accepts lines of 'phase=regex'"],
    ['phases', { phases: 'build=[' }, 'not a regular expression'],
    ['baseline', { baseline: 'latest' }, "Input 'baseline' accepts 'none', 'cache', or the path"],
    [
      'report-path',
      { 'report-path': 'out/report.txt' },
      "Input 'report-path' accepts a path ending in '.json'",
    ],
    [
      'regression-threshold',
      { 'regression-threshold': '0.9' },
      "Input 'regression-threshold' accepts a number from 1 to 100",
    ],
    [
      'regression-threshold',
      { 'regression-threshold': 'fast' },
      "Input 'regression-threshold' accepts",
    ],
    [
      'fail-on-regression',
      { 'fail-on-regression': 'yes' },
      "Input 'fail-on-regression' accepts 'true' or 'false'",
    ],
    ['comment-on-pr', { 'comment-on-pr': '1' }, "Input 'comment-on-pr' accepts 'true' or 'false'"],
    ['report-id', { 'report-id': 'my report' }, "Input 'report-id' accepts up to 100 letters"],
    ['report-id', { 'report-id': 'a:b' }, "Input 'report-id' accepts"],
    ['report-id', { 'report-id': '-x' }, "Input 'report-id' accepts"],
    [
      'price-per-minute',
      { 'price-per-minute': '-1' },
      "Input 'price-per-minute' accepts a number of USD per GitHub-hosted minute from 0 to 100",
    ],
    ['price-per-minute', { 'price-per-minute': '$0.008' }, "Input 'price-per-minute' accepts"],
    ['price-per-minute', { 'price-per-minute': 'mac=0.08' }, "'mac' is not a GitHub-hosted image"],
    ['runs-per-day', { 'runs-per-day': '0' }, "Input 'runs-per-day' accepts a number of runs"],
    [
      'machine-cost',
      { 'machine-cost': '599', 'machine-monthly-cost': '49' },
      "Inputs 'machine-cost' and 'machine-monthly-cost' are two ways",
    ],
    [
      'benchmark-files',
      { 'benchmark-files': 'bigger:' },
      "Input 'benchmark-files' accepts paths or globs",
    ],
    [
      'benchmark-files',
      { 'benchmark-files': 'smaller:  ' },
      "Input 'benchmark-files' accepts paths or globs, one per line, optionally prefixed 'bigger:' or 'smaller:'; a line has a prefix and no path.",
    ],
    ...['fast', '-1ns', '10', '1e999 ns', 'ms'].map((bad) => [
      'benchmark-noise-floor',
      { 'benchmark-noise-floor': `1ms, ${bad}` },
      `Input 'benchmark-noise-floor' accepts amounts with their unit, comma or newline separated (such as '1ns', '2ms, 50 ops/s'), or '0' for none; got '${bad}'.`,
    ]),
  ] as [string, Record<string, string>, string][])('%s: %j', (input, values, message) => {
    let thrown: unknown;
    try {
      read(values);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).input).toBe(input);
    expect((thrown as InputError).message).toContain(message);
  });

  test('run-id is required outside a run', () => {
    expect(() => read({}, { ...context, runId: undefined as unknown as string })).toThrow(
      "Input 'run-id' is required outside a workflow run",
    );
  });
});
