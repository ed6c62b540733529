/**
 * Pairing: the same job run on a self-hosted and on a GitHub-hosted runner. GitHub names a
 * matrix job `build (M4, 20)`; once the matrix values that name the runner are set aside, the two
 * runs of one job have the same name.
 */
import {
  GENERIC_LABELS,
  HOSTED_IMAGE,
  type JobTiming,
  runnerFromLabels,
  succeeded,
} from './jobs.ts';

export interface MatrixName {
  base: string;
  /** The matrix values in the trailing parentheses, in order; empty when there are none. */
  values: string[];
}

/** `build (M4, 20)` → `{ base: 'build', values: ['M4', '20'] }`. */
export function splitName(name: string): MatrixName {
  const trimmed = name.trim();
  if (!trimmed.endsWith(')')) return { base: trimmed, values: [] };
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) {
      const base = trimmed.slice(0, i).trim();
      const inner = trimmed.slice(i + 1, -1);
      if (!base || !inner.trim()) return { base: trimmed, values: [] };
      return { base, values: splitValues(inner) };
    }
  }
  return { base: trimmed, values: [] };
}

/** Splits on `, ` outside brackets, so a JSON array value stays one value. */
function splitValues(inner: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      values.push(current.trim());
      current = '';
    } else current += c;
  }
  values.push(current.trim());
  return values;
}

export function joinName({ base, values }: MatrixName): string {
  return values.length ? `${base} (${values.join(', ')})` : base;
}

/** Words that name a job's runner: its labels, its runner's name, and the generic labels. */
function runnerWords(job: Pick<JobTiming, 'labels' | 'runnerName'>): Set<string> {
  return new Set([
    ...job.labels.map((l) => l.toLowerCase()),
    ...GENERIC_LABELS,
    ...(job.runnerName ? [job.runnerName.toLowerCase()] : []),
  ]);
}

function valueNamesRunner(value: string, words: ReadonlySet<string>): boolean {
  const tokens = value
    .replace(/[[\]"']/g, '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return (
    tokens.length > 0 && tokens.every((t) => words.has(t.toLowerCase()) || HOSTED_IMAGE.test(t))
  );
}

/** Does this matrix value name the job's runner (a label, the runner, `self-hosted`, an image)? */
export function namesRunner(value: string, job: Pick<JobTiming, 'labels' | 'runnerName'>): boolean {
  return valueNamesRunner(value, runnerWords(job));
}

/** A display name from matrix values naming a runner: `M4`, `macOS ARM64`, `ubuntu-latest`. */
export function runnerFromValues(values: readonly string[]): string | undefined {
  const tokens = values
    .flatMap((v) => v.replace(/[[\]"']/g, '').split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  const specific = tokens.filter((t) => !GENERIC_LABELS.has(t.toLowerCase()));
  if (specific.length > 0) return specific.join(' ');
  const rest = tokens.filter((t) => !/^(self|github)-hosted$/i.test(t));
  return rest.length > 0 ? rest.join(' ') : undefined;
}

export interface Pair {
  /** The job's name without the runner: `build`, `build (20)`. */
  name: string;
  self: JobTiming;
  hosted: JobTiming;
}

export interface Paired {
  /** Every job, with `runner` named from its matrix values where they name it. */
  jobs: JobTiming[];
  pairs: Pair[];
}

interface Candidate {
  job: JobTiming;
  split: MatrixName;
  /** Name without the values that name the runner. */
  key: string;
  runnerValues: string[];
  paired: boolean;
}

export interface PairOptions {
  /**
   * Pair jobs that did not succeed too (`compare-failed-jobs: true`). By default only jobs that
   * ended `success` are paired: a failed or cancelled job stopped early or ran something else, so
   * its time is not comparable; it is still shown, marked, but in no speedup
   * (docs/decisions/perf-report-failed-jobs.md).
   */
  compareFailed?: boolean;
}

export function pairJobs(input: readonly JobTiming[], options: PairOptions = {}): Paired {
  // Every job takes part in naming runners (a failed `build (M4)` is still the M4's job) ...
  const named = link(input);
  if (options.compareFailed) return named;
  // ... but only jobs that succeeded are paired.
  const comparable = link(named.jobs.filter(succeeded));
  const renamed = new Map(
    comparable.pairs.flatMap((p) => [
      [p.self.id, p.self],
      [p.hosted.id, p.hosted],
    ]),
  );
  return {
    jobs: named.jobs.map((j) => renamed.get(j.id) ?? j),
    pairs: comparable.pairs,
  };
}

/** Pairs `input` and names each job's runner from its matrix values (or its labels). */
function link(input: readonly JobTiming[]): Paired {
  const candidates: Candidate[] = input.map((job) => {
    const split = splitName(job.name);
    const words = runnerWords(job);
    const runnerValues = split.values.filter((v) => valueNamesRunner(v, words));
    const rest = split.values.filter((v) => !runnerValues.includes(v));
    return {
      job: { ...job },
      split,
      key: joinName({ base: split.base, values: rest }).toLowerCase(),
      runnerValues,
      paired: false,
    };
  });
  for (const c of candidates) {
    c.job.runner = runnerFromValues(c.runnerValues) ?? runnerFromLabels(c.job);
  }
  const self = candidates.filter((c) => c.job.kind === 'self-hosted');
  const hosted = candidates.filter((c) => c.job.kind === 'github-hosted');
  const pairs: Pair[] = [];
  const link = (s: Candidate, h: Candidate, name: string) => {
    s.paired = true;
    h.paired = true;
    pairs.push({ name, self: s.job, hosted: h.job });
  };

  // 1. Equal names once the values naming the runner are set aside.
  const byKey = new Map<string, Candidate[]>();
  for (const h of hosted) {
    const list = byKey.get(h.key) ?? [];
    list.push(h);
    byKey.set(h.key, list);
  }
  for (const s of self) {
    const h = byKey.get(s.key)?.find((x) => !x.paired);
    if (h) {
      const rest = s.split.values.filter((v) => !s.runnerValues.includes(v));
      link(s, h, joinName({ base: s.split.base, values: rest }));
    }
  }
  // 2. Same base and matrix, differing in exactly one value: that value names the runner.
  for (const s of self) {
    if (s.paired || s.split.values.length === 0) continue;
    for (const h of hosted) {
      if (h.paired || h.split.base.toLowerCase() !== s.split.base.toLowerCase()) continue;
      const at = differsAt(s.split.values, h.split.values);
      if (at === undefined) continue;
      s.job.runner = runnerFromValues([s.split.values[at] as string]) ?? s.job.runner;
      h.job.runner = runnerFromValues([h.split.values[at] as string]) ?? h.job.runner;
      link(
        s,
        h,
        joinName({ base: s.split.base, values: s.split.values.filter((_, i) => i !== at) }),
      );
      break;
    }
  }
  pairs.sort((a, b) => a.self.start - b.self.start || a.name.localeCompare(b.name));
  return { jobs: candidates.map((c) => c.job), pairs };
}

/** The one index where two equally long value lists differ, else undefined. */
function differsAt(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length !== b.length) return undefined;
  let at: number | undefined;
  for (let i = 0; i < a.length; i++) {
    if ((a[i] as string).toLowerCase() === (b[i] as string).toLowerCase()) continue;
    if (at !== undefined) return undefined;
    at = i;
  }
  return at;
}
