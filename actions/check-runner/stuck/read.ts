/** Reads the repository's queued jobs in runs that have not finished, within the client's deadline. */
import type { GitHubClient } from '../../lib/github.ts';
import { OPEN_RUN_STATUSES, type QueuedJob } from './find.ts';

interface RunsPage {
  workflow_runs?: { id: number; created_at?: string }[];
}
interface JobsPage {
  jobs?: {
    id: number;
    run_id: number;
    name: string;
    status: string;
    labels?: string[];
    created_at?: string;
    html_url?: string | null;
  }[];
}

export async function readQueuedJobs(
  client: GitHubClient,
  repository: string,
  olderThan: number,
  currentRunId?: string,
): Promise<QueuedJob[]> {
  const [owner, repo] = repository.split('/') as [string, string];
  const created = `<=${new Date(olderThan).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
  const runs = new Set<number>();
  for (const status of OPEN_RUN_STATUSES) {
    await client.paginate<RunsPage>(
      'GET /repos/{owner}/{repo}/actions/runs',
      { owner, repo, status, created },
      (page) => {
        for (const run of page.workflow_runs ?? []) {
          if (String(run.id) !== currentRunId) runs.add(run.id);
        }
      },
    );
  }
  const jobs: QueuedJob[] = [];
  for (const run_id of runs) {
    await client.paginate<JobsPage>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      { owner, repo, run_id, filter: 'latest' },
      (page) => {
        for (const job of page.jobs ?? []) {
          if (job.status !== 'queued') continue;
          const createdAt = Date.parse(job.created_at ?? '');
          if (!Number.isFinite(createdAt)) continue;
          jobs.push({
            runId: job.run_id ?? run_id,
            jobId: job.id,
            name: String(job.name ?? ''),
            labels: (job.labels ?? []).map(String),
            createdAt,
            url: job.html_url ?? '',
          });
        }
      },
    );
  }
  return jobs;
}
