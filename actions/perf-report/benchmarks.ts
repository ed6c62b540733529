/**
 * Benchmark files: hyperfine `--export-json`, github-action-benchmark's `customSmallerIsBetter` /
 * `customBiggerIsBetter` JSON, and this action's own report JSON. Pure: text in, rows out; a file
 * that is not one of these fails with an error naming it.
 */
import { RuntimeFault } from '../lib/errors.ts';
import { formatCount, plural } from '../lib/summary.ts';
import {
  type Benchmark,
  isReport,
  looksLikeReport,
  type Report,
  reportProblem,
  SCHEMA,
} from './report.ts';
import { isRateUnit, parseRange, unitScale } from './units.ts';

export { isRateUnit };

/** Which way a file's github-action-benchmark entries are better; `auto`: read from each entry. */
export type Direction = 'auto' | 'bigger' | 'smaller';

export interface BenchmarkLine {
  /** A path or glob, relative to the workspace. */
  glob: string;
  /**
   * `bigger:` / `smaller:` prefix: every github-action-benchmark entry of these files is
   * bigger-is-better / smaller-is-better (its `customBiggerIsBetter` / `customSmallerIsBetter`).
   */
  direction: Direction;
}

/** `bigger: bench/ops.json` → `{ glob: 'bench/ops.json', direction: 'bigger' }`. */
export function parseBenchmarkLine(line: string): BenchmarkLine {
  const match = /^(bigger|smaller):\s*(.*)$/i.exec(line.trim());
  return match
    ? {
        glob: (match[2] as string).trim(),
        direction: (match[1] as string).toLowerCase() as Direction,
      }
    : { glob: line.trim(), direction: 'auto' };
}

/** Words in a name that say more is better when the unit does not say (`Free Memory`). */
const BIGGER_NAME = /(^|[^\p{L}\p{N}-])(throughput|bandwidth|free|available)(?![\p{L}\p{N}])/iu;

/**
 * Is a github-action-benchmark entry bigger-is-better? In order: the line's `bigger:` / `smaller:`
 * prefix; a rate unit (`ops/s`, `req/s`, `ops`) is bigger; a time unit (`ms`, `ns/iter`) is
 * smaller; a name that says throughput, bandwidth, free or available is bigger; else smaller
 * (docs/decisions/benchmark-direction.md).
 */
export function isBiggerBetter(name: string, unit: string, direction: Direction = 'auto'): boolean {
  if (direction !== 'auto') return direction === 'bigger';
  if (isRateUnit(unit)) return true;
  if (unitScale(unit).kind === 'time') return false;
  return BIGGER_NAME.test(name);
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
 * path errors name; `direction` is the file's `bigger:` / `smaller:` prefix.
 */
export function parseBenchmarkFile(
  text: string,
  file: string,
  suite: string,
  direction: Direction = 'auto',
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
      return actionBenchmark(json as unknown[], file, suite, direction);
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

/**
 * hyperfine results: the mean in seconds, smaller is better, the stddev as the range. A result
 * whose every run exited non-zero is flagged `failed` (shown, never compared); some failed runs
 * are said in `extra`.
 */
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
    if (finite(r.stddev) && r.stddev >= 0) {
      row.range = `± ${round(r.stddev)}`;
      row.rangeValue = r.stddev;
    }
    const failures = exitFailures(r.exit_codes);
    if (failures) {
      if (failures.failed === failures.runs) row.failed = failures.text;
      else row.extra = failures.text;
    }
    return row;
  });
}

/**
 * hyperfine's `exit_codes` (one per run; `null` for a run a signal ended): how many runs failed,
 * as words. Undefined when none did or there is no list.
 */
export function exitFailures(
  codes: unknown,
): { runs: number; failed: number; text: string } | undefined {
  if (!Array.isArray(codes) || codes.length === 0) return undefined;
  const bad = codes.filter((c) => c !== 0);
  if (bad.length === 0) return undefined;
  const shown = [
    ...new Set(bad.map((c) => (c === null ? 'signal' : Number.isSafeInteger(c) ? String(c) : '?'))),
  ];
  const listed = shown.slice(0, 5).join(', ') + (shown.length > 5 ? ', …' : '');
  const runs = codes.length;
  const what =
    bad.length < runs
      ? `${formatCount(bad.length)} of ${plural(runs, 'run')}`
      : runs === 1
        ? 'its only run'
        : `all ${plural(runs, 'run')}`;
  const exit = `exit ${shown.length === 1 ? 'code' : 'codes'} ${listed}`;
  return { runs, failed: bad.length, text: `${what} exited non-zero (${exit})` };
}

/** Failed results named in one warning: at most this many. */
export const FAILED_NAMED = 5;

/**
 * One warning for every result flagged failed (GitHub shows only a few annotations per step):
 * `2 benchmarks failed and are not compared: 'a' in h.json (all 5 runs exited non-zero (exit
 * code 1)); …`. Undefined when none failed. Names are the file's text: print it with `oneLine`.
 */
export function failedWarning(rows: readonly Benchmark[]): string | undefined {
  const failed = rows.filter((b) => b.failed);
  if (failed.length === 0) return undefined;
  const named = failed
    .slice(0, FAILED_NAMED)
    .map((b) => `'${b.name}' in ${b.suite} (${b.failed})`)
    .join('; ');
  const more =
    failed.length > FAILED_NAMED
      ? `; and ${formatCount(failed.length - FAILED_NAMED)} more (the summary lists them)`
      : '';
  const what =
    failed.length === 1
      ? '1 benchmark failed and is not'
      : `${plural(failed.length, 'benchmark')} failed and are not`;
  return `${what} compared: ${named}${more}.`;
}

function actionBenchmark(json: unknown[], file: string, suite: string, direction: Direction) {
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
      biggerIsBetter: isBiggerBetter(e.name, e.unit, direction),
    };
    if (typeof e.range === 'string' && e.range.trim()) row.range = e.range;
    else if (finite(e.range)) row.range = `± ${e.range}`;
    const spread = parseRange(e.range, e.value, e.unit);
    if (spread !== undefined) row.rangeValue = spread;
    if (typeof e.extra === 'string' && e.extra.trim()) row.extra = e.extra;
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
