/**
 * The pull-request comment: one per report-id, found by a hidden marker and updated in place.
 * Every page of the pull request's comments is read until the marker turns up.
 */
import { readFileSync } from 'node:fs';
import type { GitHubClient } from '../lib/github.ts';

export const marker = (reportId: string): string => `<!-- perf-report:${reportId} -->`;

/** The pull request this run is for, from the event payload; undefined when it is not one. */
export function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined;
  let event: { pull_request?: { number?: unknown } };
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
  const n = event?.pull_request?.number;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

interface IssueComment {
  id: number;
  body?: string | null;
}

export interface Upserted {
  action: 'created' | 'updated';
  id: number;
}

/** Updates the comment carrying `mark`, or creates it. */
export async function upsertComment(
  client: GitHubClient,
  repository: string,
  number: number,
  mark: string,
  body: string,
): Promise<Upserted> {
  const [owner, repo] = repository.split('/');
  let existing: IssueComment | undefined;
  await client.paginate<IssueComment[]>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner, repo, issue_number: number },
    (page) => {
      existing = page.find((c) => typeof c.body === 'string' && c.body.includes(mark));
      return existing === undefined;
    },
  );
  if (existing) {
    await client.send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: existing.id };
  }
  const created = await client.send<IssueComment>(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner, repo, issue_number: number, body },
  );
  return { action: 'created', id: created.data.id };
}
