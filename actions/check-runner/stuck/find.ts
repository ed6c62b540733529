/**
 * Stuck jobs: queued longer than the limit, in a run that has not finished, not the run asking,
 * and for labels no GitHub-hosted runner serves (GitHub starts those itself; a wait there is
 * GitHub's queue, not a missing runner). Pure.
 */
import { isHostedLabel } from '../../fleet/hosted-labels.ts';

/** Statuses of a run that has not finished. */
export const OPEN_RUN_STATUSES = [
  'queued',
  'in_progress',
  'waiting',
  'requested',
  'pending',
] as const;

export interface QueuedJob {
  runId: number;
  jobId: number;
  name: string;
  labels: string[];
  /** epoch ms */
  createdAt: number;
  url: string;
}

/** One entry of the `stuck-jobs` output. */
export interface StuckJob {
  'run-id': number;
  'job-id': number;
  name: string;
  labels: string[];
  'queued-minutes': number;
  url: string;
}

/** True when GitHub itself serves the set: an image label, or a larger runner of the organization. */
export function hostedServes(labels: readonly string[], larger: readonly string[]): boolean {
  const distinct = [...new Set(labels.map((l) => l.toLowerCase()))];
  if (distinct.length !== 1) return false;
  const only = distinct[0] as string;
  return isHostedLabel(only) || larger.some((l) => l.toLowerCase() === only);
}

export function findStuck(
  jobs: readonly QueuedJob[],
  options: { now: number; minutes: number; larger: readonly string[]; currentRunId?: string },
): StuckJob[] {
  const limit = options.minutes * 60_000;
  const seen = new Set<number>();
  return jobs
    .filter((j) => String(j.runId) !== options.currentRunId)
    .filter((j) => options.now - j.createdAt > limit)
    .filter((j) => j.labels.length > 0 && !hostedServes(j.labels, options.larger))
    .filter((j) => !seen.has(j.jobId) && Boolean(seen.add(j.jobId)))
    .sort((a, b) => a.createdAt - b.createdAt || a.jobId - b.jobId)
    .map((j) => ({
      'run-id': j.runId,
      'job-id': j.jobId,
      name: j.name,
      labels: j.labels,
      'queued-minutes': Math.floor((options.now - j.createdAt) / 60_000),
      url: j.url,
    }));
}

/** The runs to rescue, oldest stuck job first, each once, at most `max`; and the ones left over. */
export function runsToRescue(
  stuck: readonly StuckJob[],
  max: number,
): { take: number[]; left: number[] } {
  const runs = [...new Set(stuck.map((s) => s['run-id']))];
  return { take: runs.slice(0, max), left: runs.slice(max) };
}
