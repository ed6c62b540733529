import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { RuntimeFault } from '../../../actions/lib/errors.ts';
import { BenchmarkFileError } from '../../../actions/perf-report/benchmarks.ts';
import {
  expandBenchmarkFiles,
  loadBenchmarks,
  readBaselineFile,
} from '../../../actions/perf-report/files.ts';
import { comparisonReport } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'perf-report');
let ws: string;

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'perf-report-files-'));
  mkdirSync(join(ws, 'bench', 'deep'), { recursive: true });
  copyFileSync(join(FIXTURES, 'hyperfine.json'), join(ws, 'bench', 'hyperfine.json'));
  copyFileSync(join(FIXTURES, 'benchmark-smaller.json'), join(ws, 'bench', 'deep', 'smaller.json'));
  copyFileSync(join(FIXTURES, 'benchmark-bigger.json'), join(ws, 'ops.json'));
  copyFileSync(join(FIXTURES, 'unrecognised.json'), join(ws, 'unrecognised.json'));
  writeFileSync(join(ws, 'report.json'), JSON.stringify(comparisonReport()));
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('expandBenchmarkFiles', () => {
  test('globs under the workspace, plain paths, `bigger:` per line, each file once', () => {
    const files = expandBenchmarkFiles(
      [
        { glob: 'bench/**/*.json', direction: 'auto' },
        { glob: 'ops.json', direction: 'bigger' },
        { glob: 'bench/hyperfine.json', direction: 'bigger' },
      ],
      ws,
    );
    expect(files.map((f) => [f.display, f.direction])).toEqual([
      ['bench/deep/smaller.json', 'auto'],
      ['bench/hyperfine.json', 'auto'],
      ['ops.json', 'bigger'],
    ]);
  });

  test('a glob that matches nothing warns; a plain path that does not exist fails naming it', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(expandBenchmarkFiles([{ glob: 'nothing/*.json', direction: 'auto' }], ws)).toEqual([]);
      expect(String(write.mock.calls[0]?.[0])).toContain(
        "::warning::benchmark-files: 'nothing/*.json' matched no file.",
      );
    } finally {
      write.mockRestore();
    }
    expect(() => expandBenchmarkFiles([{ glob: 'missing.json', direction: 'auto' }], ws)).toThrow(
      "Benchmark file 'missing.json': does not exist (benchmark-files).",
    );
  });
});

describe('loadBenchmarks', () => {
  test('reads every format, naming suites by their path', () => {
    const rows = loadBenchmarks(
      expandBenchmarkFiles(
        [
          { glob: 'bench/hyperfine.json', direction: 'auto' },
          { glob: 'bench/deep/smaller.json', direction: 'auto' },
          { glob: 'report.json', direction: 'auto' },
        ],
        ws,
      ),
    );
    expect([...new Set(rows.map((r) => r.suite))]).toEqual([
      'bench/hyperfine.json',
      'bench/deep/smaller.json',
      'perf-report (run 8123456789)',
    ]);
  });

  test('an unrecognised file fails naming it', () => {
    const files = expandBenchmarkFiles([{ glob: 'unrecognised.json', direction: 'auto' }], ws);
    expect(() => loadBenchmarks(files)).toThrow(BenchmarkFileError);
    expect(() => loadBenchmarks(files)).toThrow(
      /^Benchmark file 'unrecognised\.json': not a recognised format/,
    );
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file fails naming it', () => {
    const path = join(ws, 'locked.json');
    writeFileSync(path, '[]');
    chmodSync(path, 0);
    expect(() => loadBenchmarks([{ path, display: 'locked.json', direction: 'auto' }])).toThrow(
      "Benchmark file 'locked.json': cannot be read (EACCES).",
    );
  });

  test('a directory where a file should be fails naming it', () => {
    expect(() =>
      loadBenchmarks([{ path: join(ws, 'bench'), display: 'bench', direction: 'auto' }]),
    ).toThrow("Benchmark file 'bench': cannot be read (EISDIR).");
  });
});

describe('readBaselineFile', () => {
  test('reads a report', () => {
    expect(readBaselineFile(join(ws, 'report.json'), 'report.json')?.run.runId).toBe(8123456789);
  });

  test('a missing file warns and gives no baseline', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(readBaselineFile(join(ws, 'none.json'), 'none.json')).toBeUndefined();
      expect(String(write.mock.calls[0]?.[0])).toContain("there is no report at 'none.json' yet");
    } finally {
      write.mockRestore();
    }
  });

  test.each([
    ['bench/hyperfine.json', 'not a perf-report JSON report'],
    ['unrecognised.json', 'not a perf-report JSON report'],
  ])('%s is refused naming the file', (name, message) => {
    expect(() => readBaselineFile(join(ws, name), name)).toThrow(RuntimeFault);
    expect(() => readBaselineFile(join(ws, name), name)).toThrow(`Baseline '${name}': ${message}`);
  });

  test('broken JSON is refused naming the file', () => {
    writeFileSync(join(ws, 'broken.json'), '{"schema": ');
    expect(() => readBaselineFile(join(ws, 'broken.json'), 'broken.json')).toThrow(
      /^Baseline 'broken\.json': not JSON/,
    );
  });
});
