/**
 * The jobs of a workflow run as the REST API gives them, reduced to what the report measures:
 * which kind of runner ran each job, how long it queued and ran, and its time per phase.
 */
import { OTHER, type Phase, phaseNames, phaseOf } from './phases.ts';

/** The fields of a REST `job` (GET /repos/{o}/{r}/actions/runs/{id}/jobs) the report reads. */
export interface ApiStep {
  name: string;
  status: string;
  conclusion: string | null;
  number: number;
  started_at?: string | null;
  completed_at?: string | null;
}

export interface ApiJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  created_at: string;
  started_at: string;
  completed_at: string | null;
  labels: string[];
  runner_name: string | null;
  runner_group_name: string | null;
  steps?: ApiStep[];
}

export type RunnerKind = 'self-hosted' | 'github-hosted';

/** Labels that say what a runner is, not which one it is. */
export const GENERIC_LABELS = new Set([
  'self-hosted',
  'github-hosted',
  'linux',
  'macos',
  'windows',
  'x64',
  'arm64',
  'arm',
]);

/** A GitHub-hosted image label: ubuntu-latest, macos-15, windows-2022, ubuntu-24.04-arm, … */
export const HOSTED_IMAGE = /^(ubuntu|macos|windows)-(latest|\d[\w.-]*)(-[\w.-]+)?$/i;

/**
 * Self-hosted or GitHub-hosted: the runner group `GitHub Actions` (or a runner named
 * `GitHub Actions N`) is GitHub's; a job asking for `self-hosted` is self-hosted; otherwise a job
 * asking only for hosted image labels (`ubuntu-latest`) is GitHub's, and anything else — an
 * actions-runner-controller scale set, whose jobs carry only its name — is self-hosted.
 */
export function runnerKind(job: Pick<ApiJob, 'labels' | 'runner_name' | 'runner_group_name'>) {
  if (job.runner_group_name === 'GitHub Actions') return 'github-hosted';
  if (/^GitHub Actions \d+$/.test(job.runner_name ?? '')) return 'github-hosted';
  const labels = job.labels.map((l) => l.toLowerCase());
  if (labels.includes('self-hosted')) return 'self-hosted';
  if (labels.length > 0 && labels.every((l) => HOSTED_IMAGE.test(l))) return 'github-hosted';
  return 'self-hosted';
}

/** A name for the runner from its labels: `M4`, `macOS ARM64`, `ubuntu-latest`. */
export function runnerFromLabels(job: { labels: string[]; runnerName: string | null }): string {
  const specific = job.labels.filter((l) => !GENERIC_LABELS.has(l.toLowerCase()));
  if (specific.length > 0) return specific.join(' ');
  const rest = job.labels.filter((l) => !/^(self|github)-hosted$/i.test(l));
  if (rest.length > 0) return rest.join(' ');
  return job.runnerName || 'unknown runner';
}

export interface StepTiming {
  name: string;
  phase: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

export interface JobTiming {
  id: number;
  name: string;
  kind: RunnerKind;
  /** Display name of the runner (refined by pairing from the job's matrix values). */
  runner: string;
  labels: string[];
  runnerName: string | null;
  conclusion: string | null;
  /** Epoch milliseconds. */
  created: number;
  start: number;
  end: number;
  durationMs: number;
  queueMs: number;
  /**
   * Milliseconds per phase, every phase present (0 when none of its steps ran), `other` last;
   * `other` also holds the time no timed step accounts for, so the phases add up to the duration.
   */
  phases: Record<string, number>;
  steps: StepTiming[];
}

const time = (iso: string | null | undefined): number | undefined => {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
};

export interface MeasureOptions {
  /**
   * Measure cancelled jobs that ran on a runner too (`compare-failed-jobs: true`); by default a
   * cancelled job is left out. A cancelled job that never reached a runner is always left out.
   */
  cancelled?: boolean;
}

/** Why a job is left out, or undefined when it is measured. */
export function skipReason(job: ApiJob, options: MeasureOptions = {}): string | undefined {
  if (job.status !== 'completed') return 'not completed';
  if (job.conclusion === 'skipped') return 'skipped';
  const cancelled = job.conclusion === 'cancelled';
  if (cancelled && !options.cancelled) return 'cancelled';
  const start = time(job.started_at);
  const end = time(job.completed_at);
  const ran = Boolean(job.runner_name || job.runner_group_name || (job.steps ?? []).length > 0);
  if (cancelled && !ran) return 'cancelled';
  if (start === undefined || end === undefined || end < start) return 'no timestamps';
  if (!ran) return 'never ran on a runner';
  return undefined;
}

/** Whether a job ended `success` (not failed, timed out, cancelled, …). */
export const succeeded = (job: { conclusion: string | null }): boolean =>
  job.conclusion === 'success';

/** Times one completed job (check `skipReason` first). */
export function timeJob(job: ApiJob, phases: readonly Phase[]): JobTiming {
  const created = time(job.created_at);
  const start = time(job.started_at) as number;
  const end = time(job.completed_at) as number;
  const totals: Record<string, number> = Object.fromEntries(phaseNames(phases).map((n) => [n, 0]));
  const steps: StepTiming[] = [];
  for (const step of job.steps ?? []) {
    const s = time(step.started_at);
    const e = time(step.completed_at);
    if (s === undefined || e === undefined || e < s) continue;
    steps.push({ name: step.name, phase: phaseOf(step.name, phases), start: s, end: e });
  }
  // Each millisecond of the job counts once: steps are clipped to the job's own times and to the
  // end of the step before (clocks of steps and jobs can disagree; steps can overlap).
  let cursor = start;
  for (const step of [...steps].sort((a, b) => a.start - b.start)) {
    const from = Math.max(step.start, cursor);
    const to = Math.min(step.end, end);
    if (to <= from) continue;
    totals[step.phase] = (totals[step.phase] ?? 0) + (to - from);
    cursor = to;
  }
  // Time no timed step accounts for (no steps, steps without times, gaps between steps) is
  // `other`, so the phases always add up to the job's duration.
  const attributed = Object.values(totals).reduce((a, b) => a + b, 0);
  totals[OTHER] = (totals[OTHER] ?? 0) + Math.max(0, end - start - attributed);
  return {
    id: job.id,
    name: job.name,
    kind: runnerKind(job),
    runner: runnerFromLabels({ labels: job.labels, runnerName: job.runner_name }),
    labels: [...job.labels],
    runnerName: job.runner_name,
    conclusion: job.conclusion,
    created: created ?? start,
    start,
    end,
    durationMs: end - start,
    queueMs: Math.max(0, start - (created ?? start)),
    phases: totals,
    steps,
  };
}

export interface Measured {
  jobs: JobTiming[];
  /** Jobs left out, by reason (e.g. `{ 'not completed': 1 }`). */
  skipped: Record<string, number>;
}

/** Times every job that ran to completion and whose name matches `include` (all when empty). */
export function measureJobs(
  jobs: readonly ApiJob[],
  phases: readonly Phase[],
  include: (name: string) => boolean = () => true,
  options: MeasureOptions = {},
): Measured {
  const measured: JobTiming[] = [];
  const skipped: Record<string, number> = {};
  for (const job of jobs) {
    if (!include(job.name)) continue;
    const reason = skipReason(job, options);
    if (reason) skipped[reason] = (skipped[reason] ?? 0) + 1;
    else measured.push(timeJob(job, phases));
  }
  return { jobs: measured, skipped };
}
