/** Labels of the repository's jobs that are queued now, competing for the same runners. */
import type { GitHubClient } from '../lib/github.ts';

interface RunsPage {
  workflow_runs: { id: number }[];
}
interface JobsPage {
  jobs: { status: string; labels: string[] }[];
}

/** Every status of a run that has not finished; a queued job can sit in any of them. */
export const UNFINISHED = ['queued', 'in_progress', 'waiting', 'requested', 'pending'] as const;

/** Queued jobs of every unfinished run, the current run excepted (it is the one asking). */
export async function queuedJobLabels(
  client: GitHubClient,
  repository: string,
  currentRunId?: string,
): Promise<string[][]> {
  const [owner, repo] = repository.split('/') as [string, string];
  const runs: number[] = [];
  for (const status of UNFINISHED) {
    await client.paginate<RunsPage>(
      'GET /repos/{owner}/{repo}/actions/runs',
      { owner, repo, status },
      (page) => {
        for (const run of page.workflow_runs ?? []) {
          if (typeof run?.id === 'number' && String(run.id) !== currentRunId) runs.push(run.id);
        }
      },
    );
  }
  const labels: string[][] = [];
  for (const run_id of new Set(runs)) {
    await client.paginate<JobsPage>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      { owner, repo, run_id, filter: 'latest' },
      (page) => {
        for (const job of page.jobs ?? []) {
          if (job?.status !== 'queued') continue;
          labels.push(
            (Array.isArray(job.labels) ? job.labels : []).filter((l) => typeof l === 'string'),
          );
        }
      },
    );
  }
  return labels;
}
