/**
 * Acts on one run: cancel, and for `rescue: rerun` re-run when that can change something.
 *
 * Writes (cancel, re-run) are sent once, never retried (`sendOnce`): a POST whose answer was lost
 * may have been carried out. After an ambiguous failure (5xx, a lost connection, a timeout, a
 * body that is not JSON) the run is read back and reported as it is, never guessed
 * (docs/decisions/rescue-writes-once.md). Every request and wait ends by the rescue's deadline.
 */
import type { Deadline } from '../../lib/deadline.ts';
import { messageOf } from '../../lib/errors.ts';
import { ApiError, type GitHubClient } from '../../lib/github.ts';
import type { Clock } from './clock.ts';
import type { RescuePlan } from './find.ts';

export type Outcome =
  /** Cancelled, as asked (or, with `rerun`, because a re-run could not change anything). */
  | 'cancelled'
  | 're-run'
  /** Cancelled, but the re-run did not happen: the run stays cancelled. */
  | 'cancelled, not re-run'
  /** It had finished on its own: left alone. */
  | 'finished'
  | 'refused'
  /** A write's answer was lost and reading the run back could not tell what happened. */
  | 'unknown'
  /** Nothing was changed. */
  | 'failed'
  | 'skipped';

export interface RescueAction {
  runId: number;
  outcome: Outcome;
  /** What was done, for the log and the summary. */
  message: string;
  /** True when it deserves a warning. */
  warn: boolean;
}

/** `rescued` lists these: the runs left as the rescue meant to leave them. */
export const RESCUED: readonly Outcome[] = ['cancelled', 're-run'];

export interface RescueContext {
  client: (limit: Deadline) => Promise<GitHubClient>;
  clock: Clock;
  /** The whole rescue's deadline (rescue-deadline-seconds). */
  total: Deadline;
  totalSeconds: number;
  apiTimeoutSeconds: number;
  /** rescue-timeout-seconds: how long to wait for a cancelled run to complete. */
  waitSeconds: number;
  repository: string;
  /** True when an online runner now serves every label set (for a plan that waits for one). */
  servedNow?: (labels: string[][]) => Promise<boolean>;
}

const PERMISSION = 'the token needs Actions: write on the repository';

/** A fault after which the request may or may not have been carried out. */
export function ambiguous(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return ['server', 'network', 'timeout', 'malformed'].includes(error.kind);
}

function refused(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'auth' || error.kind === 'forbidden');
}

interface RunState {
  status: string;
  conclusion: string;
  attempt: number;
}

class OutOfTime extends Error {}

export async function rescueRun(
  ctx: RescueContext,
  runId: number,
  runUrl: string,
  plan: RescuePlan,
  attemptBefore: number,
): Promise<RescueAction> {
  const [owner, repo] = ctx.repository.split('/') as [string, string];
  const params = { owner, repo, run_id: runId };
  const where = runUrl ? ` (${runUrl})` : '';
  const act = (outcome: Outcome, message: string, warn: boolean): RescueAction => ({
    runId,
    outcome,
    message,
    warn,
  });
  const outOfTime = () =>
    `the rescue's ${ctx.totalSeconds}s limit (rescue-deadline-seconds) ran out`;
  const limit = () => {
    if (ctx.total.remaining() <= 0) throw new OutOfTime();
    return ctx.clock.deadline(ctx.apiTimeoutSeconds, ctx.total);
  };
  const client = async () => ctx.client(limit());
  const readRun = async (): Promise<RunState> => {
    const { data } = await (await client()).get<{
      status?: unknown;
      conclusion?: unknown;
      run_attempt?: unknown;
    }>('GET /repos/{owner}/{repo}/actions/runs/{run_id}', params);
    const attempt = Number(data.run_attempt);
    return {
      status: String(data.status ?? ''),
      conclusion: String(data.conclusion ?? ''),
      attempt: Number.isSafeInteger(attempt) ? attempt : attemptBefore,
    };
  };
  /**
   * Polls until the run is completed, at most rescue-timeout-seconds (or what is left of the
   * rescue's deadline); the last state read, and the limit that ended the wait.
   */
  const untilCompleted = async (): Promise<RunState & { after: string }> => {
    const ends = ctx.clock.now() + ctx.waitSeconds * 1000;
    const cut = ctx.total.remaining() < ctx.waitSeconds * 1000;
    const after = cut
      ? `${ctx.totalSeconds}s (rescue-deadline-seconds, the whole rescue's limit)`
      : `${ctx.waitSeconds}s (rescue-timeout-seconds)`;
    for (let round = 0; ; round++) {
      const state = await readRun();
      const left = Math.min(ends - ctx.clock.now(), ctx.total.remaining());
      if (state.status === 'completed' || left <= 0) return { ...state, after };
      try {
        await ctx.clock.sleep(Math.min(500 * 1.5 ** round, 5000, left), ctx.total.signal);
      } catch {
        throw new OutOfTime();
      }
    }
  };

  // 1. Cancel, once.
  let cancelNote = '';
  try {
    await (await client()).sendOnce(
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
      params,
    );
  } catch (error) {
    if (error instanceof OutOfTime) {
      return act('skipped', `Run ${runId} was not rescued: ${outOfTime()}.`, true);
    }
    if (refused(error)) {
      return act(
        'refused',
        `GitHub refused to cancel run ${runId} (${messageOf(error)}): ${PERMISSION}. The run is untouched.`,
        true,
      );
    }
    if (error instanceof ApiError && error.status === 409) {
      return act('finished', `Run ${runId} had already finished; left alone.`, false);
    }
    if (!ambiguous(error)) {
      return act(
        'failed',
        `Could not cancel run ${runId}: ${messageOf(error)} The run is untouched${where}.`,
        true,
      );
    }
    // The cancel may have been carried out: read the run back, waiting for it to settle.
    const lost = messageOf(error);
    let state: RunState & { after: string };
    try {
      state = await untilCompleted();
    } catch (readError) {
      const why = readError instanceof OutOfTime ? outOfTime() : messageOf(readError);
      return act(
        'unknown',
        `Cancelling run ${runId}: the answer was lost (${lost}), and the run could not be read back (${why}): it may or may not be cancelled. Look at it${where} and cancel it there if it is still queued.`,
        true,
      );
    }
    if (state.status !== 'completed') {
      return act(
        'unknown',
        `Cancelling run ${runId}: the answer was lost (${lost}), and after ${state.after} it is still '${state.status}': it may yet be cancelled. Look at it${where} and cancel it there if it is still queued.`,
        true,
      );
    }
    if (state.conclusion !== 'cancelled') {
      return act(
        'finished',
        `Run ${runId} finished on its own ('${state.conclusion}') while it was being cancelled; left alone.`,
        false,
      );
    }
    cancelNote = ` (the answer to the cancel was lost: ${lost}; read back, the run is cancelled)`;
  }

  if (plan.kind === 'cancel') {
    const why = plan.why ? `; not re-run: ${plan.why}` : '';
    return act(
      'cancelled',
      `Cancelled run ${runId}${cancelNote}${why}.${why ? ` Register a runner with its labels or change its runs-on, then re-run it${where}.` : ''}`,
      Boolean(why),
    );
  }

  // 2. Re-run: only once the run has completed (GitHub refuses to re-run a run that is going).
  const stays = `It stays cancelled: re-run it${where} once a runner serves it.`;
  const notRerun = (message: string, outcome: Outcome = 'cancelled, not re-run') =>
    act(outcome, `Cancelled run ${runId}${cancelNote}, but ${message} ${stays}`, true);
  let state: RunState & { after: string };
  try {
    state = await untilCompleted();
  } catch (error) {
    const why = error instanceof OutOfTime ? outOfTime() : messageOf(error);
    return notRerun(`its state could not be read (${why}), so it was not re-run.`);
  }
  if (state.status !== 'completed') {
    return notRerun(`it was still '${state.status}' after ${state.after}, so it was not re-run.`);
  }
  let route: string;
  let rerunParams: Record<string, unknown>;
  let done: string;
  if (plan.kind === 'rerun-job') {
    route = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
    rerunParams = { owner, repo, job_id: plan.jobId };
    done = `re-ran its job '${plan.name}' and the jobs that need it, so the runner is chosen again; its other finished jobs keep their results`;
  } else {
    let served: boolean;
    try {
      if (ctx.total.remaining() <= 0) throw new OutOfTime();
      served = (await ctx.servedNow?.(plan.labels)) ?? false;
    } catch (error) {
      const why = error instanceof OutOfTime ? outOfTime() : messageOf(error);
      return notRerun(`the runners could not be read again (${why}), so it was not re-run.`);
    }
    if (!served) {
      return act(
        'cancelled',
        `Cancelled run ${runId}${cancelNote}; not re-run: nothing online serves its labels and its workflow names its runner itself, so a re-run would wait the same way. Register a runner with its labels or change its runs-on, then re-run it${where}.`,
        true,
      );
    }
    route = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
    rerunParams = params;
    done =
      'a runner for its labels is online now, so its failed and cancelled jobs were re-run; its finished jobs keep their results';
  }
  try {
    await (await client()).sendOnce(route, rerunParams);
  } catch (error) {
    if (error instanceof OutOfTime) return notRerun(`${outOfTime()} before it was re-run.`);
    if (refused(error)) {
      return notRerun(`GitHub refused to re-run it (${messageOf(error)}): ${PERMISSION}.`);
    }
    if (!ambiguous(error)) return notRerun(`re-running it failed: ${messageOf(error)}`);
    const lost = messageOf(error);
    let after: RunState;
    try {
      after = await readRun();
    } catch (readError) {
      const why = readError instanceof OutOfTime ? outOfTime() : messageOf(readError);
      return act(
        'unknown',
        `Cancelled run ${runId}${cancelNote}; the answer to the re-run was lost (${lost}) and the run could not be read back (${why}): it may or may not have been re-run. Look at it${where}; re-run it there if it still shows attempt ${state.attempt}.`,
        true,
      );
    }
    if (after.attempt > state.attempt) {
      return act(
        're-run',
        `Cancelled run ${runId}${cancelNote} and ${done} (the answer to the re-run was lost: ${lost}; read back, the run is at attempt ${after.attempt}).`,
        false,
      );
    }
    return notRerun(
      `the re-run request failed (${lost}) and, read back, the run is still attempt ${after.attempt}, '${after.status}'.`,
    );
  }
  return act('re-run', `Cancelled run ${runId}${cancelNote} and ${done}.`, false);
}
