/**
 * Rescues the runs of stuck jobs: `cancel` cancels each run; `rerun` cancels it, waits (at most
 * `rescue-timeout-seconds`) until GitHub reports it completed, then re-runs all its jobs, so its
 * select job decides again. Each run once; every request is bounded by a deadline.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Deadline, deadline } from '../../lib/deadline.ts';
import { messageOf } from '../../lib/errors.ts';
import { ApiError, type GitHubClient } from '../../lib/github.ts';

export type RescueMode = 'cancel' | 'rerun';

export interface RescueOptions {
  mode: RescueMode;
  timeoutSeconds: number;
  apiTimeoutSeconds: number;
}

export type Outcome =
  | 'cancelled'
  | 're-run'
  | 'refused'
  | 'timed out'
  | 'finished'
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

const PERMISSION = 'the token needs Actions: write on the repository';

function refusal(error: unknown, what: string, runId: number): RescueAction | undefined {
  if (error instanceof ApiError && (error.kind === 'forbidden' || error.kind === 'auth')) {
    return {
      runId,
      outcome: 'refused',
      message: `GitHub refused to ${what} run ${runId} (${error.message}): ${PERMISSION}.`,
      warn: true,
    };
  }
  return undefined;
}

export async function rescueRun(
  clientFor: (limit: Deadline) => Promise<GitHubClient>,
  repository: string,
  runId: number,
  options: RescueOptions,
): Promise<RescueAction> {
  const [owner, repo] = repository.split('/') as [string, string];
  const params = { owner, repo, run_id: runId };
  const limit = deadline(options.apiTimeoutSeconds * 2 + options.timeoutSeconds);
  try {
    const client = await clientFor(limit);
    try {
      await client.send('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', params);
    } catch (error) {
      const refused = refusal(error, 'cancel', runId);
      if (refused) return refused;
      if (error instanceof ApiError && error.status === 409) {
        return {
          runId,
          outcome: 'finished',
          message: `Run ${runId} had already finished; left alone.`,
          warn: false,
        };
      }
      throw error;
    }
    if (options.mode === 'cancel') {
      return { runId, outcome: 'cancelled', message: `Cancelled run ${runId}.`, warn: false };
    }
    const waitEnds = Date.now() + options.timeoutSeconds * 1000;
    let status = '';
    for (let attempt = 0; ; attempt++) {
      const { data } = await client.get<{ status?: string }>(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
        params,
      );
      status = String(data.status ?? '');
      if (status === 'completed') break;
      const left = waitEnds - Date.now();
      if (left <= 0) {
        return {
          runId,
          outcome: 'timed out',
          message: `Cancelled run ${runId}, but it was still '${status}' after ${options.timeoutSeconds}s (rescue-timeout-seconds); not re-run.`,
          warn: true,
        };
      }
      await sleep(Math.min(500 * 1.5 ** attempt, 5000, left));
    }
    try {
      await client.send('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun', params);
    } catch (error) {
      const refused = refusal(error, 're-run', runId);
      if (refused) {
        return {
          ...refused,
          message: `Cancelled run ${runId}, but ${refused.message[0]?.toLowerCase()}${refused.message.slice(1)}`,
        };
      }
      throw error;
    }
    return {
      runId,
      outcome: 're-run',
      message: `Cancelled run ${runId} and re-ran it: its jobs, the runner decision included, start again.`,
      warn: false,
    };
  } catch (error) {
    return {
      runId,
      outcome: 'failed',
      message: `Rescuing run ${runId} failed: ${messageOf(error)}`,
      warn: true,
    };
  }
}
