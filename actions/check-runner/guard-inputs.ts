/**
 * The fleet guard's inputs (label lint and stuck jobs), parsed once. Light on purpose: the lint
 * and rescue code is imported only when one of them is on, so check-runner starts as fast as before.
 */
import { readScaleSets } from '../fleet/inputs.ts';
import { InputError } from '../lib/errors.ts';
import type { InputReader } from '../lib/inputs.ts';

export type RescueMode = 'report' | 'cancel' | 'rerun';

export interface GuardInputs {
  /** Globs relative to the workspace; empty: the lint is off. */
  workflows: string[];
  scaleSets: string[];
  failOnUnserved: boolean;
  /** 0: stuck jobs are not looked for. */
  stuckAfterMinutes: number;
  rescue: RescueMode;
  rescueTimeoutSeconds: number;
  maxRescues: number;
  /** 0: hung jobs are not looked for. */
  hungAfterMinutes: number;
  cancelHung: boolean;
  /** Bounds all the stuck and hung work of the step: reads, cancels, waits, re-runs. */
  rescueDeadlineSeconds: number;
}

/** True when stuck or hung jobs are looked for. */
export const jobsOn = (g: GuardInputs) => g.stuckAfterMinutes > 0 || g.hungAfterMinutes > 0;

export const guardOn = (g: GuardInputs) => g.workflows.length > 0 || jobsOn(g);

/** A glob relative to the workspace that cannot leave it. */
function checkGlob(glob: string): void {
  const body = glob.startsWith('!') ? glob.slice(1) : glob;
  const problem =
    body === ''
      ? 'is empty'
      : /^([/\\~]|[A-Za-z]:)/.test(body)
        ? 'is absolute'
        : body.split(/[/\\]/).includes('..')
          ? "climbs out with '..'"
          : /[\0\r]/.test(body)
            ? 'holds a control character'
            : undefined;
  if (problem) {
    throw new InputError(
      'workflows',
      `Input 'workflows' accepts globs relative to the workspace, one per line (e.g. '.github/workflows/*.y*ml'); '${glob}' ${problem}.`,
    );
  }
}

export function readGuardInputs(read: InputReader, scope: { repository?: string }): GuardInputs {
  const workflows = read.lines('workflows');
  for (const glob of workflows) checkGlob(glob);
  if (workflows.length && workflows.every((g) => g.startsWith('!'))) {
    throw new InputError(
      'workflows',
      "Input 'workflows' has only '!' globs: name the files to read, then the ones to leave out.",
    );
  }
  const stuckAfterMinutes = read.int('stuck-after-minutes', 0, { min: 0, max: 1440 });
  const rescue = read.choice('rescue', ['report', 'cancel', 'rerun'] as const, 'report');
  if (stuckAfterMinutes > 0 && !scope.repository) {
    throw new InputError(
      'stuck-after-minutes',
      "Input 'stuck-after-minutes' needs 'repository': stuck jobs are read from a repository's runs.",
    );
  }
  if (rescue !== 'report' && stuckAfterMinutes === 0) {
    throw new InputError(
      'rescue',
      `Input 'rescue: ${rescue}' needs 'stuck-after-minutes' (a whole number >= 1): it acts on the stuck jobs found.`,
    );
  }
  const hungAfterMinutes = read.int('hung-after-minutes', 0, { min: 0, max: 7200 });
  if (hungAfterMinutes > 0 && !scope.repository) {
    throw new InputError(
      'hung-after-minutes',
      "Input 'hung-after-minutes' needs 'repository': hung jobs are read from a repository's runs.",
    );
  }
  const cancelHung = read.bool('cancel-hung', false);
  if (cancelHung && hungAfterMinutes === 0) {
    throw new InputError(
      'cancel-hung',
      "Input 'cancel-hung' needs 'hung-after-minutes' (a whole number >= 1): it cancels the runs of the hung jobs found.",
    );
  }
  const failOnUnserved = read.bool('fail-on-unserved', false);
  if (failOnUnserved && !workflows.length && stuckAfterMinutes === 0) {
    throw new InputError(
      'fail-on-unserved',
      "Input 'fail-on-unserved' needs 'workflows' (the globs of the workflow files to check) or 'stuck-after-minutes'.",
    );
  }
  const rescueTimeoutSeconds = read.int('rescue-timeout-seconds', 120, { min: 1, max: 3600 });
  const rescueDeadlineSeconds = read.int('rescue-deadline-seconds', 300, { min: 10, max: 3600 });
  if (rescue === 'rerun' && rescueTimeoutSeconds >= rescueDeadlineSeconds) {
    throw new InputError(
      'rescue-timeout-seconds',
      `Input 'rescue-timeout-seconds' (${rescueTimeoutSeconds}) must be less than 'rescue-deadline-seconds' (${rescueDeadlineSeconds}), which bounds the whole rescue.`,
    );
  }
  const scaleSets = readScaleSets(read);
  return {
    workflows,
    scaleSets,
    failOnUnserved,
    stuckAfterMinutes,
    rescue,
    rescueTimeoutSeconds,
    maxRescues: read.int('max-rescues', 5, { min: 1, max: 100 }),
    hungAfterMinutes,
    cancelHung,
    rescueDeadlineSeconds,
  };
}

/** Runs the guard, loading its code only now. Returns true when the step must fail. */
export async function runGuardLazily(...args: Parameters<typeof import('./guard.ts').runGuard>) {
  const { runGuard } = await import('./guard.ts');
  return runGuard(...args);
}

/**
 * Whether a guard read that cannot see the fleet (a bad or expired token, 401/403, a time-out, the
 * API down) fails the step instead of leaving it green: never green while blind
 * (docs/decisions/guard-blind.md). `fail-if-unavailable` fails every blind read, and so does
 * `fail-on-unserved`: a lint or a stuck-job search that read nothing has proven nothing. Pure.
 */
export function failsWhenBlind(inputs: {
  failIfUnavailable: boolean;
  guard: Pick<GuardInputs, 'failOnUnserved'>;
}): boolean {
  return inputs.failIfUnavailable || inputs.guard.failOnUnserved;
}
