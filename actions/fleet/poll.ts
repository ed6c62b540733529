/**
 * Polling rounds: each round gets its own api-timeout-seconds deadline; `wait-seconds` is on top
 * of it. Transient faults inside a round are retried by the client; a round that still fails ends
 * the wait unless the fault is transient and time remains. See docs/decisions/api-time-limits.md.
 */
import { type Deadline, deadline, sleep } from '../lib/deadline.ts';
import { addSecret } from '../lib/errors.ts';
import { ApiError } from '../lib/github.ts';
import { info, oneLine, setSecret } from '../lib/runner.ts';
import type { FleetInputs } from './inputs.ts';

export interface PollResult<R> {
  result: R;
  rounds: number;
  waitedMs: number;
}

const TRANSIENT = new Set(['server', 'network', 'malformed', 'timeout']);

export async function poll<R>(
  timing: Pick<FleetInputs, 'apiTimeoutSeconds' | 'waitSeconds' | 'pollSeconds'>,
  round: (limit: Deadline) => Promise<R>,
  settled: (result: R) => boolean,
  describe: (result: R) => string,
): Promise<PollResult<R>> {
  const started = Date.now();
  const waitEnds = started + timing.waitSeconds * 1000;
  for (let rounds = 1; ; rounds++) {
    let result: R;
    try {
      result = await round(deadline(timing.apiTimeoutSeconds));
    } catch (error) {
      const retry = error instanceof ApiError && TRANSIENT.has(error.kind);
      if (!retry || Date.now() + timing.pollSeconds * 1000 > waitEnds) throw error;
      info(`Round ${rounds}: ${oneLine(error.message)} Trying again in ${timing.pollSeconds}s.`);
      await sleep(timing.pollSeconds * 1000);
      continue;
    }
    const waitedMs = Date.now() - started;
    if (settled(result) || Date.now() >= waitEnds) return { result, rounds, waitedMs };
    const next = Math.min(timing.pollSeconds * 1000, waitEnds - Date.now());
    info(
      `Round ${rounds}: ${oneLine(describe(result))} Checking again in ${Math.ceil(next / 1000)}s.`,
    );
    await sleep(next);
  }
}

/** The token to use: the given one, or an installation token minted once from App credentials. */
export type TokenSource = (limit: Deadline) => Promise<string>;

export function tokenSource(inputs: FleetInputs, baseUrl: string): TokenSource {
  setSecret(inputs.token);
  addSecret(inputs.token);
  if (inputs.app) addSecret(inputs.app.privateKey);
  let minted: Promise<string> | undefined;
  return (limit) => {
    if (!inputs.app) {
      if (inputs.token) return Promise.resolve(inputs.token);
      return Promise.reject(
        new ApiError(
          'auth',
          'Input github-token is empty: the secret it names is not available to this run (Dependabot and fork pull requests get their own secrets).',
        ),
      );
    }
    const app = inputs.app;
    minted ??= import('../lib/app-auth.ts')
      .then(({ installationToken }) =>
        installationToken({ ...app, baseUrl, deadline: limit }, inputs),
      )
      .catch((error: unknown) => {
        minted = undefined;
        throw error;
      });
    return minted;
  };
}

export function apiUrl(env = process.env): string {
  return env.GITHUB_API_URL || 'https://api.github.com';
}
