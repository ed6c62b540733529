/**
 * The jobs list as the API sent it, checked field by field before anything reads it: a job or step
 * without a name, labels that are not a list of strings, steps that are not a list. What is missing
 * gets a stand-in value (`job 123`, `step 4`) and is counted per field, so the report still adds up
 * and one warning names each field, however many jobs lacked it (never a TypeError).
 */
import { formatCount } from '../lib/summary.ts';
import type { ApiJob, ApiStep } from './jobs.ts';

export interface CheckedJobs {
  jobs: ApiJob[];
  /** `field → how many times it was missing or of the wrong type`, e.g. `{ 'jobs[].name': 2 }`. */
  problems: Record<string, number>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Checks a list of API jobs (the entries of each page's `jobs`). */
export function checkJobs(raw: readonly unknown[]): CheckedJobs {
  const problems: Record<string, number> = {};
  const note = (field: string) => {
    problems[field] = (problems[field] ?? 0) + 1;
  };
  const jobs: ApiJob[] = [];
  const usedIds = new Set<number>();
  let synthetic = 0;
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      note('jobs[]');
      continue;
    }
    const j = entry as Record<string, unknown>;
    let id = typeof j.id === 'number' && Number.isSafeInteger(j.id) ? j.id : undefined;
    if (id === undefined || usedIds.has(id)) {
      if (id === undefined) note('jobs[].id');
      // Ids pair jobs: a job without one gets its own, below any GitHub id.
      id = -++synthetic;
    }
    usedIds.add(id);
    let name = str(j.name);
    if (name === undefined || name.trim() === '') {
      note('jobs[].name');
      name = `job ${id > 0 ? id : `#${jobs.length + 1}`}`;
    }
    let labels: string[] = [];
    if (Array.isArray(j.labels)) {
      labels = j.labels.filter((l): l is string => typeof l === 'string');
      if (labels.length !== j.labels.length) note('jobs[].labels[]');
    } else if (j.labels !== undefined) note('jobs[].labels');
    let steps: ApiStep[] | undefined;
    if (Array.isArray(j.steps)) {
      steps = [];
      for (const [i, s] of (j.steps as unknown[]).entries()) {
        if (typeof s !== 'object' || s === null) {
          note('jobs[].steps[]');
          continue;
        }
        const step = s as Record<string, unknown>;
        let stepName = str(step.name);
        if (stepName === undefined || stepName.trim() === '') {
          note('jobs[].steps[].name');
          stepName = `step ${typeof step.number === 'number' ? step.number : i + 1}`;
        }
        steps.push({
          name: stepName,
          status: str(step.status) ?? '',
          conclusion: strOrNull(step.conclusion),
          number: typeof step.number === 'number' ? step.number : i + 1,
          started_at: strOrNull(step.started_at),
          completed_at: strOrNull(step.completed_at),
        });
      }
    } else if (j.steps !== undefined && j.steps !== null) note('jobs[].steps');
    jobs.push({
      id,
      name,
      status: str(j.status) ?? '',
      conclusion: strOrNull(j.conclusion),
      created_at: str(j.created_at) ?? '',
      started_at: str(j.started_at) ?? '',
      completed_at: strOrNull(j.completed_at),
      labels,
      runner_name: strOrNull(j.runner_name),
      runner_group_name: strOrNull(j.runner_group_name),
      ...(steps ? { steps } : {}),
    });
  }
  return { jobs, problems };
}

const WHAT: Record<string, [unit: string, text: string]> = {
  'jobs[]': ['list entry', 'not an object; left out'],
  'jobs[].id': ['job', "no numeric 'id'"],
  'jobs[].name': ['job', "no 'name'; shown as 'job' and its id"],
  'jobs[].labels': ['job', "'labels' is not a list; read as none"],
  'jobs[].labels[]': ['job', "'labels' holds entries that are not strings; left out"],
  'jobs[].steps': ['job', "'steps' is not a list; read as none"],
  'jobs[].steps[]': ['step', 'not an object; left out'],
  'jobs[].steps[].name': ['step', "no 'name'; shown as 'step' and its number"],
};

/** One line per field, for a warning; empty when every field was as expected. */
export function describeProblems(problems: Record<string, number>): string[] {
  return Object.entries(problems).map(([field, n]) => {
    const [unit, text] = WHAT[field] ?? ['job', `a bad '${field}'`];
    return `${formatCount(n)} ${unit}${n === 1 ? '' : 's'}: ${text}.`;
  });
}
