/**
 * Benchmark files: hyperfine `--export-json`, github-action-benchmark's `customSmallerIsBetter` /
 * `customBiggerIsBetter` JSON, and this action's own report JSON. Pure: text in, rows out; a file
 * that is not one of these fails with an error naming it.
 */
import { RuntimeFault } from '../lib/errors.ts';
import {
  type Benchmark,
  isReport,
  looksLikeReport,
  type Report,
  reportProblem,
  SCHEMA,
} from './report.ts';

export interface BenchmarkLine {
  /** A path or glob, relative to the workspace. */
  glob: string;
  /** `bigger:` prefix: github-action-benchmark entries of these files are bigger-is-better. */
  bigger: boolean;
}

/** `bigger: bench/ops.json` → `{ glob: 'bench/ops.json', bigger: true }`. */
export function parseBenchmarkLine(line: string): BenchmarkLine {
  const match = /^bigger:\s*(.*)$/i.exec(line.trim());
  return match
    ? { glob: (match[1] as string).trim(), bigger: true }
    : { glob: line.trim(), bigger: false };
}

/**
 * A unit that says a rate (`/s`, `ops`, `per second`) is bigger-is-better
 * (docs/decisions/benchmark-direction.md).
 */
export function isRateUnit(unit: string): boolean {
  return /\/\s*s(ec(ond)?s?)?\b|\bops\b|\bper\s+sec(ond)?s?\b/i.test(unit);
}

export type BenchmarkFormat = 'hyperfine' | 'github-action-benchmark' | 'perf-report';

export class BenchmarkFileError extends RuntimeFault {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`Benchmark file '${file}': ${message}`);
    this.name = 'BenchmarkFileError';
    this.file = file;
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function detectFormat(json: unknown): BenchmarkFormat | undefined {
  if (looksLikeReport(json)) return 'perf-report';
  if (isObject(json) && Array.isArray(json.results)) return 'hyperfine';
  if (Array.isArray(json)) return 'github-action-benchmark';
  return undefined;
}

/**
 * The rows of one benchmark file. `suite` names it in the summary (its file name); `file` is the
 * path errors name.
 */
export function parseBenchmarkFile(
  text: string,
  file: string,
  suite: string,
  bigger = false,
): Benchmark[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new BenchmarkFileError(file, `not JSON (${(cause as Error).message}).`);
  }
  switch (detectFormat(json)) {
    case 'hyperfine':
      return hyperfine(json as { results: unknown[] }, file, suite);
    case 'github-action-benchmark':
      return actionBenchmark(json as unknown[], file, suite, bigger);
    case 'perf-report':
      return fromReport(json, file);
    default:
      throw new BenchmarkFileError(
        file,
        'not a recognised format: expected hyperfine --export-json output (`{"results": […]}`), ' +
          'a github-action-benchmark customSmallerIsBetter/customBiggerIsBetter array ' +
          '(`[{"name", "unit", "value"}]`), or a perf-report JSON report.',
      );
  }
}

function hyperfine(json: { results: unknown[] }, file: string, suite: string): Benchmark[] {
  return json.results.map((r, i) => {
    if (!isObject(r) || typeof r.command !== 'string' || !finite(r.mean)) {
      throw new BenchmarkFileError(
        file,
        `hyperfine result ${i + 1} has no 'command' string and numeric 'mean'.`,
      );
    }
    const row: Benchmark = {
      suite,
      name: r.command,
      value: r.mean,
      unit: 's',
      biggerIsBetter: false,
    };
    if (finite(r.stddev)) row.range = `± ${round(r.stddev)}`;
    return row;
  });
}

function actionBenchmark(json: unknown[], file: string, suite: string, bigger: boolean) {
  return json.map((e, i): Benchmark => {
    if (
      !isObject(e) ||
      typeof e.name !== 'string' ||
      typeof e.unit !== 'string' ||
      !finite(e.value)
    ) {
      throw new BenchmarkFileError(
        file,
        `entry ${i + 1} is not {"name": string, "unit": string, "value": number} ` +
          '(github-action-benchmark custom format).',
      );
    }
    const row: Benchmark = {
      suite,
      name: e.name,
      value: e.value,
      unit: e.unit,
      biggerIsBetter: bigger || isRateUnit(e.unit),
    };
    if (typeof e.range === 'string' && e.range) row.range = e.range;
    return row;
  });
}

function fromReport(json: unknown, file: string): Benchmark[] {
  if (!isReport(json)) {
    const schema = (json as { schema?: unknown }).schema;
    throw new BenchmarkFileError(
      file,
      schema === SCHEMA
        ? `not a readable perf-report: ${reportProblem(json)}.`
        : `a perf-report of an unknown version (${String(schema)}).`,
    );
  }
  return reportBenchmarks(json);
}

/** A report as benchmark rows: its speedups, each runner's job time, and its own benchmarks. */
export function reportBenchmarks(report: Report): Benchmark[] {
  const suite = `${report.reportId} (run ${report.run.runId})`;
  const rows: Benchmark[] = [];
  for (const c of report.comparisons) {
    rows.push({
      suite,
      name: `speedup ${c.selfHosted} vs ${c.hosted}`,
      value: c.speedup,
      unit: 'x',
      biggerIsBetter: true,
    });
  }
  for (const r of report.runners) {
    rows.push({
      suite,
      name: `job time on ${r.runner}`,
      value: r.durationMs / 1000,
      unit: 's',
      biggerIsBetter: false,
    });
  }
  return [...rows, ...report.benchmarks];
}

const round = (n: number): string => String(Number(n.toPrecision(3)));
