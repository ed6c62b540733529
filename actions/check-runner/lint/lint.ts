/** The label lint over parsed workflow files: one row per job and label set, and the unserved. Pure. */
import { expandRunsOn } from './expand.ts';
import { parseWorkflow, type RunsOn } from './parse.ts';
import { type Servers, serve } from './serve.ts';

/** A workflow file as read from the workspace, or why it was not read. */
export type WorkflowSource =
  | { file: string; text: string }
  | { file: string; skipped: string; line?: number };

export interface LintRow {
  file: string;
  line: number;
  job: string;
  group?: string;
  /** The labels as written, or expanded from the matrix. */
  labels: string[];
  verdict: 'served' | 'unserved' | 'not checked';
  /** What serves it, or why it is unserved or not checked. */
  detail: string;
  suggestion?: string[];
}

/** One entry of the `unserved` output. */
export interface Unserved {
  file: string;
  line: number;
  job: string;
  /** The runner group of `{group, labels}`, when there is one. */
  group?: string;
  labels: string[];
  suggestion: string[] | null;
}

/** A file that could not be read or parsed, by name and line. */
export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

export interface LintReport {
  files: number;
  rows: LintRow[];
  unserved: Unserved[];
  problems: FileProblem[];
}

export function lintWorkflows(sources: readonly WorkflowSource[], servers: Servers): LintReport {
  const report: LintReport = { files: sources.length, rows: [], unserved: [], problems: [] };
  // One verdict per distinct label set: a big fleet of jobs repeats a few sets many times.
  const verdicts = new Map<string, ReturnType<typeof serve>>();
  const verdictOf = (set: RunsOn) => {
    const key = JSON.stringify([set.group, set.labels]);
    let v = verdicts.get(key);
    if (!v) {
      v = serve(set, servers);
      verdicts.set(key, v);
    }
    return v;
  };
  for (const source of sources) {
    if ('skipped' in source) {
      report.problems.push({ file: source.file, line: source.line ?? 1, message: source.skipped });
      continue;
    }
    const parsed = parseWorkflow(source.text);
    if (parsed.error) {
      report.problems.push({ file: source.file, ...parsed.error });
      continue;
    }
    for (const bad of parsed.invalid) {
      report.problems.push({
        file: source.file,
        line: bad.line,
        message: `job ${bad.job}: ${bad.message}`,
      });
    }
    for (const job of parsed.jobs) {
      const at = { file: source.file, line: job.line, job: job.job };
      const expanded = expandRunsOn(job.runsOn, job.matrix);
      if ('unresolved' in expanded) {
        report.rows.push({
          ...at,
          ...(job.runsOn.group === undefined ? {} : { group: job.runsOn.group }),
          labels: job.runsOn.labels,
          verdict: 'not checked',
          detail: expanded.unresolved,
        });
        continue;
      }
      for (const set of expanded.sets) {
        const v = verdictOf(set);
        const row: LintRow = {
          ...at,
          ...(set.group === undefined ? {} : { group: set.group }),
          labels: set.labels,
          verdict: v.verdict,
          detail: v.verdict === 'served' ? v.by : v.why,
        };
        if (v.verdict === 'unserved' && v.suggestion) row.suggestion = v.suggestion;
        report.rows.push(row);
        if (v.verdict === 'unserved') {
          report.unserved.push({
            ...at,
            ...(set.group === undefined ? {} : { group: set.group }),
            labels: set.labels,
            suggestion: row.suggestion ?? null,
          });
        }
      }
    }
  }
  return report;
}
