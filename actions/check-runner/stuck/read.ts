/** Reads the repository's runs that have not finished and their latest jobs, within the client's deadline. */
import type { GitHubClient } from '../../lib/github.ts';
import { OPEN_RUN_STATUSES, type OpenJob } from './find.ts';

interface RunsPage {
  workflow_runs?: { id: number; run_attempt?: number }[];
}
interface JobsPage {
  jobs?: {
    id: number;
    run_id: number;
    name: string;
    status: string;
    conclusion?: string | null;
    labels?: string[];
    created_at?: string;
    started_at?: string | null;
    runner_name?: string | null;
    steps?: { name?: unknown }[] | null;
    html_url?: string | null;
  }[];
}

export interface OpenRun {
  id: number;
  attempt: number;
  jobs: OpenJob[];
}

/** `olderThan` (epoch ms): only runs created by then can hold a job that old. */
export async function readOpenRuns(
  client: GitHubClient,
  repository: string,
  olderThan: number,
  currentRunId?: string,
): Promise<OpenRun[]> {
  const [owner, repo] = repository.split('/') as [string, string];
  const created = `<=${new Date(olderThan).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
  const runs = new Map<number, OpenRun>();
  for (const status of OPEN_RUN_STATUSES) {
    await client.paginate<RunsPage>(
      'GET /repos/{owner}/{repo}/actions/runs',
      { owner, repo, status, created },
      (page) => {
        for (const run of page.workflow_runs ?? []) {
          if (typeof run?.id !== 'number' || String(run.id) === currentRunId) continue;
          const attempt = Number.isSafeInteger(run.run_attempt) ? (run.run_attempt as number) : 1;
          if (!runs.has(run.id)) runs.set(run.id, { id: run.id, attempt, jobs: [] });
        }
      },
    );
  }
  for (const run of runs.values()) {
    await client.paginate<JobsPage>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      { owner, repo, run_id: run.id, filter: 'latest' },
      (page) => {
        for (const job of page.jobs ?? []) {
          if (typeof job?.id !== 'number') continue;
          const createdAt = Date.parse(job.created_at ?? '');
          if (!Number.isFinite(createdAt)) continue;
          const startedAt = Date.parse(job.started_at ?? '');
          run.jobs.push({
            runId: run.id,
            jobId: job.id,
            name: String(job.name ?? ''),
            status: String(job.status ?? ''),
            conclusion: typeof job.conclusion === 'string' ? job.conclusion : null,
            labels: Array.isArray(job.labels) ? job.labels.map(String) : [],
            createdAt,
            ...(Number.isFinite(startedAt) ? { startedAt } : {}),
            runnerName: typeof job.runner_name === 'string' ? job.runner_name : null,
            steps: Array.isArray(job.steps)
              ? job.steps.flatMap((s) => (typeof s?.name === 'string' ? [s.name] : []))
              : [],
            url: typeof job.html_url === 'string' ? job.html_url : '',
          });
        }
      },
    );
  }
  return [...runs.values()];
}
