/** Benchmark and baseline files: found by glob under the workspace, read, and parsed. */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { RuntimeFault } from '../lib/errors.ts';
import { warning } from '../lib/runner.ts';
import {
  BenchmarkFileError,
  type BenchmarkLine,
  type Direction,
  parseBenchmarkFile,
} from './benchmarks.ts';
import {
  type Benchmark,
  isReport,
  looksLikeReport,
  type Report,
  reportProblem,
  SCHEMA,
} from './report.ts';

export interface BenchmarkFile {
  path: string;
  /** The path relative to the workspace: the suite's name in the summary. */
  display: string;
  /** The line's `bigger:` / `smaller:` prefix. */
  direction: Direction;
}

const GLOB = /[*?[\]{}]/;

/** The files the `benchmark-files` lines name; a plain path that does not exist fails. */
export function expandBenchmarkFiles(
  lines: readonly BenchmarkLine[],
  workspace: string,
): BenchmarkFile[] {
  const found = new Map<string, BenchmarkFile>();
  const add = (path: string, direction: Direction) => {
    if (found.has(path)) return;
    const rel = relative(workspace, path);
    const display = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
    found.set(path, { path, display: display.replaceAll('\\', '/'), direction });
  };
  for (const line of lines) {
    if (!GLOB.test(line.glob)) {
      const path = resolve(workspace, line.glob);
      if (!existsSync(path)) {
        throw new BenchmarkFileError(line.glob, 'does not exist (benchmark-files).');
      }
      add(path, line.direction);
      continue;
    }
    const matches = globSync(line.glob, { cwd: workspace })
      .map((p) => resolve(workspace, p))
      .filter((p) => statSync(p, { throwIfNoEntry: false })?.isFile())
      .sort();
    if (matches.length === 0) warning(`benchmark-files: '${line.glob}' matched no file.`);
    for (const path of matches) add(path, line.direction);
  }
  return [...found.values()];
}

function readText(path: string, fail: (message: string) => Error): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw fail(`cannot be read (${code}).`);
  }
}

export function loadBenchmarks(files: readonly BenchmarkFile[]): Benchmark[] {
  return files.flatMap((f) => {
    const text = readText(f.path, (m) => new BenchmarkFileError(f.display, m));
    return parseBenchmarkFile(text, f.display, f.display, f.direction);
  });
}

/** The baseline report at `path`; undefined (with a warning) when there is no file yet. */
export function readBaselineFile(path: string, display: string): Report | undefined {
  if (!existsSync(path)) {
    warning(
      `baseline: there is no report at '${display}' yet, so regressions are not counted this time.`,
    );
    return undefined;
  }
  const fail = (m: string) => new RuntimeFault(`Baseline '${display}': ${m}`);
  const text = readText(path, fail);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw fail(`not JSON (${(cause as Error).message}).`);
  }
  if (isReport(json)) return json;
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (schema === SCHEMA) throw fail(`not a readable perf-report: ${reportProblem(json)}.`);
  throw fail(
    looksLikeReport(json)
      ? `a perf-report of an unknown version (${String(schema)}).`
      : 'not a perf-report JSON report (the `report` output of an earlier run).',
  );
}
