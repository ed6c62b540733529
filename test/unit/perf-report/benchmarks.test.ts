import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BenchmarkFileError,
  detectFormat,
  exitFailures,
  failedWarning,
  isBiggerBetter,
  isRateUnit,
  parseBenchmarkFile,
  parseBenchmarkLine,
  reportBenchmarks,
} from '../../../actions/perf-report/benchmarks.ts';
import { comparisonReport } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'perf-report');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('benchmark-files lines', () => {
  test.each([
    ['bench/*.json', { glob: 'bench/*.json', direction: 'auto' }],
    ['bigger: bench/ops.json', { glob: 'bench/ops.json', direction: 'bigger' }],
    ['BIGGER:bench/ops.json', { glob: 'bench/ops.json', direction: 'bigger' }],
    ['smaller: bench/mem.json', { glob: 'bench/mem.json', direction: 'smaller' }],
    ['Smaller:bench/mem.json', { glob: 'bench/mem.json', direction: 'smaller' }],
    ['  out/hyperfine.json  ', { glob: 'out/hyperfine.json', direction: 'auto' }],
    ['faster: x.json', { glob: 'faster: x.json', direction: 'auto' }],
  ])('%s', (line, parsed) => {
    expect(parseBenchmarkLine(line)).toEqual(parsed);
  });
});

// docs/decisions/benchmark-direction.md
describe('rate units are bigger-is-better', () => {
  test.each([
    ['ops/sec', true],
    ['ops/s', true],
    ['MB/s', true],
    ['req / s', true],
    ['ops', true],
    ['requests per second', true],
    ['packages/s', true],
    ['ms', false],
    ['s', false],
    ['ns/iter', false],
    ['ns/op', false],
    ['MB', false],
    ['points', false],
  ])('%s → %s', (unit, rate) => {
    expect(isRateUnit(unit)).toBe(rate);
  });
});

describe('hyperfine --export-json', () => {
  test('one row per command: mean in seconds, smaller is better, stddev as range', () => {
    const rows = parseBenchmarkFile(
      fixture('hyperfine.json'),
      'bench/hyperfine.json',
      'bench/hyperfine.json',
    );
    expect(rows).toEqual([
      {
        suite: 'bench/hyperfine.json',
        name: 'pnpm build',
        value: 2.3456,
        unit: 's',
        biggerIsBetter: false,
        range: '± 0.0412',
        rangeValue: 0.0412,
      },
      {
        suite: 'bench/hyperfine.json',
        name: 'pnpm test --run',
        value: 11.842,
        unit: 's',
        biggerIsBetter: false,
        range: '± 0.318',
        rangeValue: 0.318,
      },
    ]);
  });

  test('`bigger:` does not turn times into rates', () => {
    const rows = parseBenchmarkFile(fixture('hyperfine.json'), 'h.json', 'h.json', 'bigger');
    expect(rows.every((r) => !r.biggerIsBetter)).toBe(true);
  });

  test('a result without a mean fails naming the file', () => {
    const text = JSON.stringify({ results: [{ command: 'x', mean: 'fast' }] });
    expect(() => parseBenchmarkFile(text, 'bench/h.json', 'h')).toThrow(
      "Benchmark file 'bench/h.json': hyperfine result 1 has no 'command' string and numeric 'mean'.",
    );
  });
});

describe('github-action-benchmark custom JSON', () => {
  test('customSmallerIsBetter: smaller unless the unit is a rate', () => {
    const rows = parseBenchmarkFile(fixture('benchmark-smaller.json'), 'b.json', 'b.json');
    expect(rows.map((r) => [r.name, r.value, r.unit, r.biggerIsBetter, r.range])).toEqual([
      ['parse lockfile', 412.5, 'ms', false, '± 3.1'],
      ['resolve graph', 1830, 'ms', false, undefined],
      ['cold start', 4.2, 's', false, undefined],
    ]);
  });

  test('customBiggerIsBetter: rates by unit, everything with `bigger:`', () => {
    const plain = parseBenchmarkFile(fixture('benchmark-bigger.json'), 'b.json', 'b.json');
    expect(plain.map((r) => r.biggerIsBetter)).toEqual([true, true, false]);
    const bigger = parseBenchmarkFile(
      fixture('benchmark-bigger.json'),
      'b.json',
      'b.json',
      'bigger',
    );
    expect(bigger.map((r) => r.biggerIsBetter)).toEqual([true, true, true]);
  });

  test.each([
    ['[{"name": "a", "unit": "ms"}]', 'entry 1'],
    ['[{"name": "a", "unit": "ms", "value": "12"}]', 'entry 1'],
    ['[{"name": "a", "unit": "ms", "value": 1}, 3]', 'entry 2'],
    ['["x"]', 'entry 1'],
  ])('%s fails naming the file and the entry', (text, entry) => {
    expect(() => parseBenchmarkFile(text, 'bench/x.json', 'x')).toThrow(BenchmarkFileError);
    expect(() => parseBenchmarkFile(text, 'bench/x.json', 'x')).toThrow(
      new RegExp(`^Benchmark file 'bench/x\\.json': ${entry} `),
    );
  });

  test('an empty array is a file with no benchmarks', () => {
    expect(parseBenchmarkFile('[]', 'e.json', 'e')).toEqual([]);
  });
});

// Our own files in the shape of github-action-benchmark's two custom test fixtures
// (docs/decisions/benchmark-direction.md).
describe('github-action-benchmark’s custom fixtures, without a prefix', () => {
  test('customBiggerIsBetter: a throughput in req/s and a Free Memory in Megabytes are bigger', () => {
    expect(parseBenchmarkFile(fixture('gab-custom-bigger.json'), 'g.json', 'g.json')).toEqual([
      {
        suite: 'g.json',
        name: 'Artifact proxy - Throughput',
        value: 1840,
        unit: 'req/s',
        biggerIsBetter: true,
      },
      {
        suite: 'g.json',
        name: 'Artifact proxy - Free Memory',
        value: 612,
        unit: 'Megabytes',
        biggerIsBetter: true,
        range: '12',
        rangeValue: 12,
        extra: 'heap limit: 2048 MB\nworkers: 8\nwarm cache',
      },
    ]);
  });

  test('customSmallerIsBetter: a CPU Load in Percent (range 4%) and a Memory Used are smaller', () => {
    expect(parseBenchmarkFile(fixture('gab-custom-smaller.json'), 's.json', 's.json')).toEqual([
      {
        suite: 's.json',
        name: 'Artifact proxy - CPU Load',
        value: 38,
        unit: 'Percent',
        biggerIsBetter: false,
        range: '4%',
        rangeValue: 1.52,
        extra: 'sampled every 100 ms',
      },
      {
        suite: 's.json',
        name: 'Artifact proxy - Memory Used',
        value: 412,
        unit: 'Megabytes',
        biggerIsBetter: false,
      },
    ]);
  });

  test('numeric ranges (the second customSmallerIsBetter shape) are kept as numbers and text', () => {
    const rows = parseBenchmarkFile(fixture('gab-custom-smaller-ns.json'), 'n.json', 'n.json');
    expect(
      rows.map((r) => [r.name, r.value, r.unit, r.biggerIsBetter, r.range, r.rangeValue]),
    ).toEqual([
      ['hash short key', 41.27, 'ns', false, '± 0.38', 0.38],
      ['hash long key', 212.9, 'ns', false, '± 3.05', 3.05],
      ['lookup miss', 18.6, 'ns', false, '± 0.11', 0.11],
    ]);
  });

  test('a prefix is the tool type: `smaller:` makes the bigger fixture smaller, and back', () => {
    const smaller = parseBenchmarkFile(fixture('gab-custom-bigger.json'), 'g', 'g', 'smaller');
    expect(smaller.map((r) => r.biggerIsBetter)).toEqual([false, false]);
    const bigger = parseBenchmarkFile(fixture('gab-custom-smaller.json'), 's', 's', 'bigger');
    expect(bigger.map((r) => r.biggerIsBetter)).toEqual([true, true]);
  });
});

describe('isBiggerBetter: prefix, then a rate unit, then a time unit, then the name', () => {
  test.each([
    ['Throughput', 'req/s', 'auto', true],
    ['Free Memory', 'Megabytes', 'auto', true],
    ['free disk', 'GB', 'auto', true],
    ['Disk free', 'GB', 'auto', true],
    ['available memory', 'MB', 'auto', true],
    ['network bandwidth', 'Mbit', 'auto', true],
    ['upload throughput', 'MB', 'auto', true],
    ['Memory Used', 'Megabytes', 'auto', false],
    ['CPU Load', 'Percent', 'auto', false],
    ['lock-free queue push', 'ns/iter', 'auto', false], // a time: smaller, whatever the name
    ['lock-free queue size', 'MB', 'auto', false], // "-free" is not "free"
    ['throughput test', 'ms', 'auto', false], // a time is a time
    ['unavailable slots', 'count', 'auto', false],
    ['freedom', 'points', 'auto', false],
    ['lookups', 'ops/ms', 'auto', true],
    ['lookups', 'ops/ms', 'smaller', false],
    ['Memory Used', 'MB', 'bigger', true],
    ['parse', 'ns/iter', 'bigger', true],
  ] as const)('%s in %s (%s) → %s', (name, unit, direction, bigger) => {
    expect(isBiggerBetter(name, unit, direction)).toBe(bigger);
  });
});

describe('hyperfine runs that failed', () => {
  const rows = parseBenchmarkFile(fixture('hyperfine-fast-now.json'), 'f.json', 'f.json');

  test('every run non-zero: flagged failed; some: said in extra; none: neither', () => {
    expect(rows.map((r) => [r.name, r.failed, r.extra])).toEqual([
      ['node dist/check-runner/index.js', undefined, undefined],
      ['node dist/select-runner/index.js', undefined, undefined],
      ['node dist/job-cleanup/index.js', 'all 5 runs exited non-zero (exit code 1)', undefined],
      [
        'node dist/setup-m4-env/index.js',
        undefined,
        '2 of 5 runs exited non-zero (exit codes 2, signal)',
      ],
    ]);
  });

  test('one warning names the failed results, at most five', () => {
    expect(failedWarning(rows.filter((r) => !r.failed))).toBeUndefined();
    expect(failedWarning(rows)).toBe(
      "1 benchmark failed and is not compared: 'node dist/job-cleanup/index.js' in f.json (all 5 runs exited non-zero (exit code 1)).",
    );
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => ({
      ...(rows[2] as (typeof rows)[number]),
      name,
      failed: 'its only run exited non-zero (exit code 2)',
    }));
    expect(failedWarning(many.slice(0, 2))).toBe(
      "2 benchmarks failed and are not compared: 'a' in f.json (its only run exited non-zero (exit code 2)); 'b' in f.json (its only run exited non-zero (exit code 2)).",
    );
    expect(failedWarning(many)).toBe(
      `7 benchmarks failed and are not compared: ${['a', 'b', 'c', 'd', 'e']
        .map((n) => `'${n}' in f.json (its only run exited non-zero (exit code 2))`)
        .join('; ')}; and 2 more (the summary lists them).`,
    );
  });

  test.each([
    [[0, 0], undefined],
    [[], undefined],
    ['none', undefined],
    [[3], { runs: 1, failed: 1, text: 'its only run exited non-zero (exit code 3)' }],
    [[null, null], { runs: 2, failed: 2, text: 'all 2 runs exited non-zero (exit code signal)' }],
    [
      [1, 2, 3, 4, 5, 6, 7, 0],
      { runs: 8, failed: 7, text: '7 of 8 runs exited non-zero (exit codes 1, 2, 3, 4, 5, …)' },
    ],
    [['<b>', 1.5, 1], { runs: 3, failed: 3, text: 'all 3 runs exited non-zero (exit codes ?, 1)' }],
  ])('exit_codes %j', (codes, expected) => {
    expect(exitFailures(codes)).toEqual(expected);
  });
});

describe('the bundle’s own report JSON', () => {
  test('gives its speedups, job time per runner and its benchmarks', () => {
    const report = comparisonReport();
    report.benchmarks = [{ suite: 's', name: 'n', value: 1, unit: 'ms', biggerIsBetter: false }];
    const rows = parseBenchmarkFile(JSON.stringify(report), 'r.json', 'r.json');
    expect(rows).toEqual(reportBenchmarks(report));
    expect(rows.map((r) => [r.suite, r.name, r.value, r.unit, r.biggerIsBetter])).toEqual([
      ['perf-report (run 8123456789)', 'speedup M4 vs ubuntu-latest', 2.89, 'x', true],
      ['perf-report (run 8123456789)', 'job time on M4', 135, 's', false],
      ['perf-report (run 8123456789)', 'job time on ubuntu-latest', 393, 's', false],
      ['s', 'n', 1, 'ms', false],
    ]);
  });

  test('a report of another version fails naming the file', () => {
    const text = JSON.stringify({ schema: 'runner-actions/perf-report@9', jobs: [] });
    expect(() => parseBenchmarkFile(text, 'old.json', 'old')).toThrow(
      "Benchmark file 'old.json': a perf-report of an unknown version (runner-actions/perf-report@9).",
    );
  });
});

describe('unrecognised or broken files fail naming the file', () => {
  test('unrecognised.json', () => {
    expect(() =>
      parseBenchmarkFile(fixture('unrecognised.json'), 'unrecognised.json', 'u'),
    ).toThrow(/^Benchmark file 'unrecognised\.json': not a recognised format/);
  });

  test('a truncated file is not JSON', () => {
    const truncated = fixture('hyperfine.json').slice(0, 120);
    expect(() => parseBenchmarkFile(truncated, 'out/h.json', 'h')).toThrow(
      /^Benchmark file 'out\/h\.json': not JSON \(/,
    );
  });

  test.each([['"text"'], ['42'], ['null'], ['{}'], ['{"results": 3}']])('%s', (text) => {
    expect(() => parseBenchmarkFile(text, 'f.json', 'f')).toThrow(/^Benchmark file 'f\.json': /);
  });

  test('a byte-order mark is allowed', () => {
    expect(parseBenchmarkFile('\uFEFF[]', 'bom.json', 'bom')).toEqual([]);
  });
});

describe('property: parsers never crash on any JSON', () => {
  test('any JSON value either parses to rows or throws a BenchmarkFileError naming the file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        try {
          const rows = parseBenchmarkFile(text, 'any.json', 'any');
          expect(detectFormat(value)).toBeDefined();
          for (const r of rows) {
            expect(Number.isFinite(r.value)).toBe(true);
            expect(typeof r.name).toBe('string');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(BenchmarkFileError);
          expect((error as Error).message.startsWith("Benchmark file 'any.json': ")).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('valid github-action-benchmark arrays round-trip', () => {
    const entry = fc.record({
      name: fc.string().filter((n) => !/free|throughput|bandwidth|available/i.test(n)),
      unit: fc.constantFrom('ms', 's', 'ops/sec', 'MB', 'ns/iter'),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const rows = parseBenchmarkFile(JSON.stringify(entries), 'g.json', 'g');
        expect(rows.map((r) => [r.name, r.unit, r.value])).toEqual(
          entries.map((e) => [e.name, e.unit, Object.is(e.value, -0) ? 0 : e.value]),
        );
        expect(rows.map((r) => r.biggerIsBetter)).toEqual(entries.map((e) => e.unit === 'ops/sec'));
      }),
    );
  });

  test('valid hyperfine exports round-trip', () => {
    const result = fc.record({
      command: fc.string(),
      mean: fc.double({ min: 0, max: 1e6, noNaN: true }),
      stddev: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(result, { maxLength: 10 }), (results) => {
        const rows = parseBenchmarkFile(JSON.stringify({ results }), 'h.json', 'h');
        expect(rows.map((r) => [r.name, r.value, r.unit])).toEqual(
          results.map((r) => [r.command, Object.is(r.mean, -0) ? 0 : r.mean, 's']),
        );
      }),
    );
  });
});
