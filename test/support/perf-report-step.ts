/**
 * perf-report as a step of a pull request's run (which reads a history and adds nothing to it),
 * against the GitHub REST stand-in at `apiUrl`, for the tests that need only that shape.
 */
import { type RunActionOptions, runAction } from './local-runner.ts';

const PR_REPO = 'octo-org/octo-repo';
export const PR_RUN = 8_123_456_789;
const PR_NUMBER = 7;

export function perfReportOnPullRequest(
  apiUrl: string,
  inputs: RunActionOptions['inputs'],
  workspace?: string,
) {
  return runAction({
    action: 'perf-report',
    inputs,
    ...(workspace ? { workspace } : {}),
    github: {
      apiUrl,
      token: 'test-token',
      repository: PR_REPO,
      runId: PR_RUN,
      eventName: 'pull_request',
      event: { number: PR_NUMBER, pull_request: { number: PR_NUMBER } },
      ref: `refs/pull/${PR_NUMBER}/merge`,
      headRef: 'feature',
      baseRef: 'main',
    },
  });
}
