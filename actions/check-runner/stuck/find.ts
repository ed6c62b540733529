/**
 * Stuck, waiting and hung jobs, and what a rescue may do to a run. Pure.
 *
 * A queued job older than the limit, in a run that has not finished and is not the run asking, is
 * judged against what could pick it up (docs/decisions/rescue-stuck-waiting.md):
 * - GitHub's own queue (a GitHub-hosted image label, or a larger runner of the organization): not
 *   listed, GitHub starts those itself;
 * - a label that looks like a larger runner's when the organization's larger runners are not
 *   known: `not checked`, never touched;
 * - an online runner that has every label (busy now, or idle), or a scale set: `waiting`, with the
 *   runners' state, never touched;
 * - nothing online serves it: `stuck`.
 */
import { isHostedLabel } from '../../fleet/hosted-labels.ts';
import { looksHosted, matches, type Runner } from '../../fleet/runner.ts';

/** Statuses of a run that has not finished. */
export const OPEN_RUN_STATUSES = [
  'queued',
  'in_progress',
  'waiting',
  'requested',
  'pending',
] as const;

export interface OpenJob {
  runId: number;
  jobId: number;
  name: string;
  status: string;
  conclusion?: string | null;
  labels: string[];
  /** epoch ms */
  createdAt: number;
  /** epoch ms; undefined when GitHub gave none */
  startedAt?: number;
  runnerName?: string | null;
  /** Step names, for the run-time selection heuristic. */
  steps?: string[];
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

/** One entry of the `waiting-jobs` output: a queued job left alone, and why. */
export interface WaitingJob extends StuckJob {
  verdict: 'waiting' | 'not checked';
  detail: string;
}

/** One entry of the `hung-jobs` output. */
export interface HungJob {
  'run-id': number;
  'job-id': number;
  name: string;
  labels: string[];
  runner: string;
  'running-minutes': number;
  url: string;
}

export interface FleetView {
  runners: readonly Runner[];
  /** The organization's larger runners; undefined when they are not known (no organization, or not read). */
  larger: readonly string[] | undefined;
  scaleSets: readonly string[];
}

export type Verdict =
  | { kind: 'hosted' }
  | { kind: 'not checked' | 'waiting' | 'stuck'; detail: string };

const lower = (s: string) => s.toLowerCase();

/** True when GitHub itself serves the set: an image label, or a larger runner of the organization. */
export function hostedServes(labels: readonly string[], larger: readonly string[]): boolean {
  const distinct = [...new Set(labels.map(lower))];
  if (distinct.length !== 1) return false;
  const only = distinct[0] as string;
  return isHostedLabel(only) || larger.some((l) => lower(l) === only);
}

const runnerState = (r: Runner) =>
  `${r.name ?? 'a runner with no name'} (${r.status === 'offline' ? 'offline' : r.busy ? 'busy' : 'idle'})`;

/** Lists at most 5 runners, then "and N more". */
function someRunners(runners: readonly Runner[]): string {
  const shown = runners.slice(0, 5).map(runnerState).join(', ');
  return runners.length > 5 ? `${shown} and ${runners.length - 5} more` : shown;
}

/**
 * A label that may name a larger runner: shaped like an image label, or naming a core count
 * (`linux-8core`, `windows-16-cores`). Larger runners' names are free, so this is a guess that
 * only keeps a job from being cancelled on a guess (docs/decisions/rescue-stuck-waiting.md).
 */
export function mayBeLarger(label: string): boolean {
  return looksHosted(label) || /\d+-?cores?\b/i.test(label);
}

export function judge(labels: readonly string[], fleet: FleetView): Verdict {
  if (hostedServes(labels, fleet.larger ?? [])) return { kind: 'hosted' };
  const distinct = [...new Set(labels.map(lower))];
  const only = distinct.length === 1 ? (labels[0] as string) : undefined;
  if (only !== undefined && fleet.larger === undefined && mayBeLarger(only)) {
    return {
      kind: 'not checked',
      detail: `'${only}' looks like a larger runner's label, and the organization's larger runners were not read (set 'organization', with a token that can list them)`,
    };
  }
  if (only !== undefined) {
    const set = fleet.scaleSets.find((s) => lower(s) === lower(only));
    if (set !== undefined) {
      return { kind: 'waiting', detail: `scale set ${set} starts its runners on demand` };
    }
  }
  const serving = fleet.runners.filter((r) => matches(r, labels));
  const online = serving.filter((r) => r.status === 'online');
  if (online.length) {
    const busy = online.filter((r) => r.busy).length;
    return {
      kind: 'waiting',
      detail: `${online.length} online runner(s) serve it, ${busy} busy: ${someRunners(online)}`,
    };
  }
  return {
    kind: 'stuck',
    detail: serving.length
      ? `only offline runners serve it: ${someRunners(serving)}`
      : 'no registered runner has all its labels',
  };
}

export interface Judged {
  stuck: StuckJob[];
  waiting: WaitingJob[];
  unchecked: WaitingJob[];
  /** job id → why it is stuck */
  why: Map<number, string>;
}

export function findStuck(
  jobs: readonly OpenJob[],
  options: { now: number; minutes: number; fleet: FleetView; currentRunId?: string },
): Judged {
  const limit = options.minutes * 60_000;
  const seen = new Set<number>();
  const old = jobs
    .filter((j) => j.status === 'queued')
    .filter((j) => String(j.runId) !== options.currentRunId)
    .filter((j) => options.now - j.createdAt > limit)
    .filter((j) => j.labels.length > 0)
    .filter((j) => !seen.has(j.jobId) && Boolean(seen.add(j.jobId)))
    .sort((a, b) => a.createdAt - b.createdAt || a.jobId - b.jobId);
  const out: Judged = { stuck: [], waiting: [], unchecked: [], why: new Map() };
  for (const j of old) {
    const verdict = judge(j.labels, options.fleet);
    if (verdict.kind === 'hosted') continue;
    const entry: StuckJob = {
      'run-id': j.runId,
      'job-id': j.jobId,
      name: j.name,
      labels: j.labels,
      'queued-minutes': Math.floor((options.now - j.createdAt) / 60_000),
      url: j.url,
    };
    if (verdict.kind === 'stuck') {
      out.stuck.push(entry);
      out.why.set(j.jobId, verdict.detail);
    } else {
      const left = { ...entry, verdict: verdict.kind, detail: verdict.detail };
      (verdict.kind === 'waiting' ? out.waiting : out.unchecked).push(left);
    }
  }
  return out;
}

/**
 * Jobs `in_progress` on a self-hosted runner (labels GitHub's own runners do not serve) for longer
 * than the limit, never in the run asking, oldest first. While the organization's larger runners
 * are not known (`larger` undefined), a label that may name one is left out, never cancelled.
 */
export function findHung(
  jobs: readonly OpenJob[],
  options: {
    now: number;
    minutes: number;
    larger: readonly string[] | undefined;
    currentRunId?: string;
  },
): HungJob[] {
  const larger = options.larger ?? [];
  const unsure = (labels: readonly string[]) =>
    options.larger === undefined &&
    new Set(labels.map(lower)).size === 1 &&
    mayBeLarger(labels[0] as string);
  const limit = options.minutes * 60_000;
  const seen = new Set<number>();
  return jobs
    .filter((j) => j.status === 'in_progress' && j.startedAt !== undefined)
    .filter((j) => String(j.runId) !== options.currentRunId)
    .filter((j) => options.now - (j.startedAt as number) > limit)
    .filter((j) => j.labels.length > 0 && !hostedServes(j.labels, larger) && !unsure(j.labels))
    .filter((j) => !seen.has(j.jobId) && Boolean(seen.add(j.jobId)))
    .sort((a, b) => (a.startedAt as number) - (b.startedAt as number) || a.jobId - b.jobId)
    .map((j) => ({
      'run-id': j.runId,
      'job-id': j.jobId,
      name: j.name,
      labels: j.labels,
      runner: j.runnerName ?? '',
      'running-minutes': Math.floor((options.now - (j.startedAt as number)) / 60_000),
      url: j.url,
    }));
}

/** The runs to act on, oldest first, each once, at most `max`; and the ones left over. */
export function runsToRescue(
  runIds: readonly number[],
  max: number,
): { take: number[]; left: number[] } {
  const runs = [...new Set(runIds)];
  return { take: runs.slice(0, max), left: runs.slice(max) };
}

/** A select-runner step's default name is `Run <owner>/runner-actions/select-runner@<ref>`. */
const SELECTOR = /select-runner/i;

/**
 * The job of the run that chooses the runner at run time: a finished, successful job with a step
 * that uses select-runner (the step's default name holds `select-runner`), or named `select` or
 * `select-runner`. Re-running it re-runs the jobs that need it, and the choice is made again.
 * A heuristic: docs/decisions/rescue-rerun.md.
 */
export function selectorJob(jobs: readonly OpenJob[]): OpenJob | undefined {
  return jobs.find(
    (j) =>
      j.status === 'completed' &&
      j.conclusion === 'success' &&
      (/^select(-runner)?$/i.test(j.name.trim()) || (j.steps ?? []).some((s) => SELECTOR.test(s))),
  );
}

export type RescuePlan =
  /** Cancel only; `why` says why a re-run was not made (with `rescue: rerun`). */
  | { kind: 'cancel'; why?: string }
  /** Re-run this job and the jobs that need it (the runner is chosen again). */
  | { kind: 'rerun-job'; jobId: number; name: string }
  /** Cancel once; re-run the failed and cancelled jobs only if a runner for the labels is online by then. */
  | { kind: 'cancel-then-check'; labels: string[][] };

/**
 * What `rescue: rerun` does to one run. A re-run must be able to change something: the run chooses
 * its runner at run time (a selector job), or a runner for its labels comes online. A run already
 * re-run (attempt > 1) and stuck again is cancelled only, so scheduled guards never loop.
 */
export function planRerun(
  run: { attempt: number; jobs: readonly OpenJob[] },
  stuckLabels: string[][],
): RescuePlan {
  if (run.attempt > 1) {
    return {
      kind: 'cancel',
      why: `it is attempt ${run.attempt}: it was re-run before and is stuck again, so another re-run would wait the same way`,
    };
  }
  const selector = selectorJob(run.jobs);
  if (selector) return { kind: 'rerun-job', jobId: selector.jobId, name: selector.name };
  return { kind: 'cancel-then-check', labels: stuckLabels };
}

/** True when an online runner (or a scale set) now serves every label set. */
export function nowServed(labels: readonly string[][], fleet: FleetView): boolean {
  return labels.every((set) => judge(set, fleet).kind === 'waiting');
}
