/**
 * What the organization adds to the served labels: its larger (GitHub-hosted) runners, whose name
 * is their label, and its runner group names. Either may be out of the token's reach (403/404):
 * then the guard carries on without it and says so.
 */
import { messageOf } from '../lib/errors.ts';
import type { GitHubClient } from '../lib/github.ts';

interface HostedPage {
  runners?: { name: string }[];
}
interface GroupPage {
  runner_groups?: { name: string }[];
}

export interface OrgRead<T> {
  value?: T;
  /** Why it was not read, for the log and the summary. */
  note?: string;
}

export async function readLargerRunners(
  client: GitHubClient,
  org: string,
): Promise<OrgRead<string[]>> {
  const names: string[] = [];
  try {
    await client.paginate<HostedPage>('GET /orgs/{org}/actions/hosted-runners', { org }, (page) => {
      for (const r of page.runners ?? []) if (typeof r.name === 'string') names.push(r.name);
      return undefined;
    });
    return { value: names };
  } catch (error) {
    return {
      note: `The larger runners of organization ${org} were not read (${messageOf(error)}); the token must be allowed to list the organization's GitHub-hosted runners (classic PAT: manage_runners:org). Labels of larger runners count as not served.`,
    };
  }
}

export async function readGroupNames(
  client: GitHubClient,
  org: string,
): Promise<OrgRead<string[]>> {
  const names: string[] = [];
  try {
    await client.paginate<GroupPage>('GET /orgs/{org}/actions/runner-groups', { org }, (page) => {
      for (const g of page.runner_groups ?? []) if (typeof g.name === 'string') names.push(g.name);
      return undefined;
    });
    return { value: names };
  } catch (error) {
    return {
      note: `The runner groups of organization ${org} were not read (${messageOf(error)}); runner groups in 'runs-on' are not checked.`,
    };
  }
}
