/** perf-report's inputs, parsed once into a typed, readonly object. */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../lib/errors.ts';
import type { InputReader } from '../lib/inputs.ts';
import { type BenchmarkLine, parseBenchmarkLine } from './benchmarks.ts';
import { type BudgetInputs, readBudgetInputs } from './budget.ts';
import { splitGlobs } from './glob.ts';
import { MAX_HISTORY } from './history.ts';
import { type Phase, parsePhases } from './phases.ts';
import { type Prices, parsePrices } from './prices.ts';
import { DEFAULT_FLOORS, type NoiseFloors, parseNoiseFloors } from './units.ts';

export type Baseline = { kind: 'none' } | { kind: 'cache' } | { kind: 'file'; path: string };

export interface PerfInputs extends BudgetInputs {
  readonly token: string;
  readonly runId: number;
  readonly jobs: readonly string[];
  readonly phases: readonly Phase[];
  readonly benchmarkFiles: readonly BenchmarkLine[];
  readonly baseline: Baseline;
  readonly reportPath: string;
  readonly markdownPath: string;
  readonly threshold: number;
  /** The smallest benchmark change that can count, per family of units (units.ts). */
  readonly benchmarkNoiseFloor: NoiseFloors;
  readonly failOnRegression: boolean;
  readonly commentOnPr: boolean;
  readonly reportId: string;
  /** `price-per-minute`: GitHub's table (prices.ts), one number, or per-kind overrides. */
  readonly prices: Prices;
  /** Job-name globs of jobs that only choose or check a runner (besides the detected ones). */
  readonly overheadJobs: readonly string[];
  /** How many runs the history keeps; 0: no history. */
  readonly history: number;
  /** Where the history is read and written; undefined: with the cached baseline, if any. */
  readonly historyPath?: string;
  /** Pair jobs that did not succeed (failed, timed out, cancelled) like successful ones. */
  readonly compareFailedJobs: boolean;
}

export interface Context {
  /** GITHUB_RUN_ID. */
  runId?: string;
  /** GITHUB_WORKSPACE, where relative paths start. */
  workspace: string;
  /** RUNNER_TEMP, where the report goes by default. */
  temp: string;
}

const REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function readPerfInputs(read: InputReader, context: Context): PerfInputs {
  const reportId = read.text('report-id', 'perf-report');
  if (!REPORT_ID.test(reportId)) {
    throw new InputError(
      'report-id',
      `Input 'report-id' accepts up to 100 letters, digits, '.', '_' and '-', starting with a letter or digit; got '${reportId}'.`,
    );
  }
  const runText = read.text('run-id') || context.runId || '';
  if (!/^\d+$/.test(runText) || Number(runText) < 1) {
    throw new InputError(
      'run-id',
      runText
        ? `Input 'run-id' accepts a workflow run id (a positive whole number); got '${runText}'.`
        : "Input 'run-id' is required outside a workflow run (GITHUB_RUN_ID is not set).",
    );
  }
  const baseline = readBaseline(read.text('baseline', 'none'), context.workspace);
  const reportText = read.text('report-path');
  const reportPath = reportText
    ? within(context.workspace, reportText)
    : join(context.temp, 'perf-report', `${reportId}.json`);
  if (!reportPath.toLowerCase().endsWith('.json')) {
    throw new InputError(
      'report-path',
      `Input 'report-path' accepts a path ending in '.json'; got '${reportText}'.`,
    );
  }
  const benchmarkFiles = read.lines('benchmark-files').map(parseBenchmarkLine);
  const empty = benchmarkFiles.find((b) => !b.glob);
  if (empty) {
    throw new InputError(
      'benchmark-files',
      "Input 'benchmark-files' accepts paths or globs, one per line, optionally prefixed 'bigger:' or 'smaller:'; a line has a prefix and no path.",
    );
  }
  return {
    token: read.text('github-token'),
    runId: Number(runText),
    jobs: splitGlobs(read.text('jobs')),
    phases: parsePhases(read.lines('phases')),
    benchmarkFiles,
    baseline,
    reportPath,
    markdownPath: reportPath.replace(/\.json$/i, '.md'),
    threshold: read.number('regression-threshold', 1.15, { min: 1, max: 100 }),
    benchmarkNoiseFloor: readNoiseFloors(read.list('benchmark-noise-floor')),
    failOnRegression: read.bool('fail-on-regression', false),
    commentOnPr: read.bool('comment-on-pr', false),
    reportId,
    prices: parsePrices(read.text('price-per-minute')),
    ...readBudgetInputs(read),
    overheadJobs: splitGlobs(read.text('overhead-jobs')),
    history: read.int('history', 20, { min: 0, max: MAX_HISTORY }),
    ...(read.text('history-path')
      ? { historyPath: historyPath(context.workspace, read.text('history-path')) }
      : {}),
    compareFailedJobs: read.bool('compare-failed-jobs', false),
  };
}

function readNoiseFloors(entries: string[]): NoiseFloors {
  if (entries.length === 0) return DEFAULT_FLOORS;
  const parsed = parseNoiseFloors(entries);
  if ('bad' in parsed) {
    throw new InputError(
      'benchmark-noise-floor',
      `Input 'benchmark-noise-floor' accepts amounts with their unit, comma or newline separated (such as '1ns', '2ms, 50 ops/s'), or '0' for none; got '${parsed.bad}'.`,
    );
  }
  return parsed.floors;
}

/** `history-path` must name a file inside the workspace (links are checked when it is used). */
function historyPath(workspace: string, text: string): string {
  const path = within(workspace, text);
  const rel = relative(resolve(workspace), path);
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      'history-path',
      `Input 'history-path' accepts the path of a file inside the workspace; got '${text}'.`,
    );
  }
  return path;
}

function readBaseline(text: string, workspace: string): Baseline {
  const word = text.toLowerCase();
  if (word === 'none') return { kind: 'none' };
  if (word === 'cache') return { kind: 'cache' };
  if (!word.endsWith('.json')) {
    throw new InputError(
      'baseline',
      `Input 'baseline' accepts 'none', 'cache', or the path of an earlier report ending in '.json'; got '${text}'.`,
    );
  }
  return { kind: 'file', path: within(workspace, text) };
}

function within(workspace: string, path: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}
