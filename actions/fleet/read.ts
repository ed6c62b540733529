/** Reads the self-hosted runners of every scope given, page by page, within a deadline. */
import { ApiError, type GitHubClient } from '../lib/github.ts';
import type { Scopes } from './inputs.ts';
import { fromApi, mergeById, type Runner } from './runner.ts';

interface RunnerPage {
  total_count: number;
  runners: Parameters<typeof fromApi>[0][];
}
interface GroupPage {
  runner_groups: { id: number; name: string }[];
}

interface Scope {
  label: string;
  route: string;
  params: Record<string, string | number>;
  permission: string;
}

const TOKEN_NOTE = "The workflow's GITHUB_TOKEN cannot list runners.";

function scopesOf(s: Scopes): Scope[] {
  const list: Scope[] = [];
  if (s.repository) {
    const [owner, repo] = s.repository.split('/') as [string, string];
    list.push({
      label: `repository ${s.repository}`,
      route: 'GET /repos/{owner}/{repo}/actions/runners',
      params: { owner, repo },
      permission:
        'a classic PAT with the repo scope, or a fine-grained or App token with Administration: read on the repository',
    });
  }
  if (s.organization && !s.runnerGroup) {
    list.push(orgScope(s.organization));
  }
  if (s.enterprise) {
    list.push({
      label: `enterprise ${s.enterprise}`,
      route: 'GET /enterprises/{enterprise}/actions/runners',
      params: { enterprise: s.enterprise },
      permission: 'a classic PAT with the manage_runners:enterprise scope',
    });
  }
  return list;
}

function orgScope(org: string): Scope {
  return {
    label: `organization ${org}`,
    route: 'GET /orgs/{org}/actions/runners',
    params: { org },
    permission:
      'a classic PAT with the admin:org scope, or a fine-grained or App token with Self-hosted runners: read on the organization',
  };
}

/** Adds which permission the scope needs to a 401/403/404 answer. */
function explain(error: unknown, scope: Scope): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.kind === 'forbidden' || error.kind === 'not-found' || error.kind === 'auth') {
    return new ApiError(
      error.kind,
      `Reading the runners of ${scope.label} failed: ${error.message} Listing them needs ${scope.permission}. ${TOKEN_NOTE}`,
      error.status,
    );
  }
  return new ApiError(
    error.kind,
    `Reading the runners of ${scope.label} failed: ${error.message}`,
    error.status,
    error.resetAt,
  );
}

export interface FleetRead {
  runners: Runner[];
  /** What was read, for messages: `repository a/b`, `organization c (group d)`. */
  scopes: string[];
  /** False when reading stopped early because the answer was already known. */
  complete: boolean;
}

/**
 * Reads every scope (all pages, per_page=100) and merges runners by id. `enough` is asked after
 * each page with what has been read so far; returning true stops reading there.
 */
export async function readFleet(
  client: GitHubClient,
  scopes: Scopes,
  enough: (runners: Runner[]) => boolean = () => false,
): Promise<FleetRead> {
  const lists: Runner[][] = [];
  const read: string[] = [];
  const all = () => mergeById(...lists);
  const plan = scopesOf(scopes);
  if (scopes.organization && scopes.runnerGroup) {
    plan.splice(
      scopes.repository ? 1 : 0,
      0,
      await groupScope(client, scopes.organization, scopes.runnerGroup),
    );
  }
  for (const scope of plan) {
    const list: Runner[] = [];
    lists.push(list);
    read.push(scope.label);
    let stopped = false;
    try {
      await client.paginate<RunnerPage>(scope.route, scope.params, (page) => {
        if (!Array.isArray(page.runners)) {
          throw new ApiError(
            'malformed',
            `GitHub's answer for ${scope.label} has no runners list.`,
          );
        }
        list.push(...page.runners.map(fromApi));
        if (enough(all())) stopped = true;
        return !stopped;
      });
    } catch (error) {
      throw explain(error, scope);
    }
    if (stopped) return { runners: all(), scopes: read, complete: false };
  }
  return { runners: all(), scopes: read, complete: true };
}

async function groupScope(client: GitHubClient, org: string, group: string): Promise<Scope> {
  const base = orgScope(org);
  let found: { id: number; name: string } | undefined;
  const names: string[] = [];
  try {
    await client.paginate<GroupPage>('GET /orgs/{org}/actions/runner-groups', { org }, (page) => {
      for (const g of page.runner_groups ?? []) {
        names.push(g.name);
        if (g.name.toLowerCase() === group.toLowerCase()) found = g;
      }
      return !found;
    });
  } catch (error) {
    throw explain(error, base);
  }
  if (!found) {
    throw new ApiError(
      'not-found',
      `Organization ${org} has no runner group '${group}' (it has: ${names.join(', ') || 'none'}).`,
    );
  }
  return {
    ...base,
    label: `organization ${org} (group ${found.name})`,
    route: 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
    params: { org, runner_group_id: found.id },
  };
}
