/** Reads the self-hosted runners of every scope given, page by page, within a deadline. */
import { ApiError, type GitHubClient } from '../lib/github.ts';
import type { Scopes } from './inputs.ts';
import { fromApi, type Runner, RunnerSet } from './runner.ts';

interface RunnerPage {
  total_count: number;
  runners: unknown[];
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
      `Reading the runners of ${scope.label} failed. ${error.message} Listing them needs ${scope.permission}. ${TOKEN_NOTE}`,
      error.status,
    );
  }
  return new ApiError(
    error.kind,
    `Reading the runners of ${scope.label} failed. ${error.message}`,
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
 * Reads every scope (all pages, per_page=100) and merges runners by id. `enough` is handed the
 * runners each page adds (those not seen before), so a caller keeps its own running counts and
 * reading N pages stays O(N); returning true stops reading there.
 */
export async function readFleet(
  client: GitHubClient,
  scopes: Scopes,
  enough: (added: readonly Runner[]) => boolean = () => false,
): Promise<FleetRead> {
  const fleet = new RunnerSet();
  const read: string[] = [];
  const plan = scopesOf(scopes);
  if (scopes.organization && scopes.runnerGroup) {
    plan.splice(
      scopes.repository ? 1 : 0,
      0,
      await groupScope(client, scopes.organization, scopes.runnerGroup),
    );
  }
  for (const scope of plan) {
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
        const runners: Runner[] = [];
        for (const raw of page.runners) {
          const runner = fromApi(raw);
          if (runner) runners.push(runner);
        }
        if (enough(fleet.add(runners))) stopped = true;
        return !stopped;
      });
    } catch (error) {
      throw explain(error, scope);
    }
    if (stopped) return { runners: fleet.all, scopes: read, complete: false };
  }
  return { runners: fleet.all, scopes: read, complete: true };
}

async function groupScope(client: GitHubClient, org: string, group: string): Promise<Scope> {
  const base = orgScope(org);
  let found: { id: number; name: string } | undefined;
  const names: string[] = [];
  try {
    // GitHub sends no Link header for runner groups: a full page means there may be another.
    await client.paginate<GroupPage>(
      'GET /orgs/{org}/actions/runner-groups',
      { org },
      (page) => {
        for (const g of page.runner_groups ?? []) {
          if (typeof g?.name !== 'string') continue;
          names.push(g.name);
          if (g.name.toLowerCase() === group.toLowerCase()) found = g;
        }
        return !found;
      },
      (page) => page.runner_groups,
    );
  } catch (error) {
    throw explain(error, base);
  }
  if (!found) {
    const shown = names.slice(0, 20).map((n) => `'${n}'`);
    const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
    throw new ApiError(
      'not-found',
      `Organization ${org} has no runner group '${group}' (it has ${shown.join(', ') || 'none'}${more}).`,
    );
  }
  return {
    ...base,
    label: `organization ${org} (group ${found.name})`,
    route: 'GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners',
    params: { org, runner_group_id: found.id },
  };
}
