/** Shared set-up for the check-runner and select-runner integration tests. */
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { runner } from '../support/github-fixtures.ts';
import { type RunActionOptions, runAction } from '../support/local-runner.ts';

export const TOKEN = 'ghp_fleetTestToken1234567890abcdefABCDEF';
export const REPO = 'octo-org/octo-repo';
export const MAC = ['self-hosted', 'macOS', 'ARM64'];
export const LINUX = ['self-hosted', 'Linux', 'ARM64'];

export async function api(prefix: '' | '/api/v3' = ''): Promise<GitHubApi> {
  return startGitHubApi({ prefix, tokens: [TOKEN] });
}

/** Runs an action against the stand-in as a workflow step would. */
export function step(
  stand: GitHubApi,
  action: 'check-runner' | 'select-runner',
  inputs: RunActionOptions['inputs'],
  extra: Partial<RunActionOptions> = {},
) {
  return runAction({
    action,
    inputs,
    github: { token: TOKEN, apiUrl: stand.url, repository: REPO, runId: 4242 },
    timeoutMs: 30_000,
    ...extra,
  });
}

/** `count` runners with ids from `first`, none matching `labels` unless told. */
export function filler(first: number, count: number, labels = ['self-hosted', 'Windows', 'X64']) {
  return Array.from({ length: count }, (_, i) =>
    runner({ id: first + i, name: `filler-${first + i}`, labels, busy: i % 2 === 0 }),
  );
}
