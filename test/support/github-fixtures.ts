// Typed fixture builders for the GitHub REST stand-in (test/support/github-api.ts).
// Every object is checked by tsc against GitHub's OpenAPI schema. URLs pointing at the API
// use API_PLACEHOLDER; the stand-in rewrites it to its own URL when it serializes a response.
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];
export type Runner = Schemas['runner'];
export type RunnerLabel = Schemas['runner-label'];
export type RunnerGroup = Schemas['runner-groups-org'];
export type WorkflowRun = Schemas['workflow-run'];
export type Job = Schemas['job'];
export type JobStep = NonNullable<Job['steps']>[number];
export type IssueComment = Schemas['issue-comment'];
export type SimpleUser = Schemas['simple-user'];
export type MinimalRepository = Schemas['minimal-repository'];
export type Installation = Schemas['installation'];
export type InstallationToken = Schemas['installation-token'];
export type AppPermissions = Schemas['app-permissions'];
export type HostedRunner = Schemas['actions-hosted-runner'];

/** Base URL used inside fixtures; replaced by the stand-in's `url` in every response. */
export const API_PLACEHOLDER = 'https://api.github.com';
const WEB = 'https://github.com';

/** GitHub's timestamp format: ISO 8601 in UTC without milliseconds. */
export function isoTime(date: Date | number = Date.now()): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Labels GitHub assigns itself (OS, architecture, self-hosted): type "read-only". */
const READ_ONLY_LABELS = new Set([
  'self-hosted',
  'linux',
  'windows',
  'macos',
  'x64',
  'arm',
  'arm64',
]);
const labelIds = new Map<string, number>();

export function runnerLabel(name: string): RunnerLabel {
  const key = name.toLowerCase();
  let id = labelIds.get(key);
  if (id === undefined) {
    id = labelIds.size + 1;
    labelIds.set(key, id);
  }
  return { id, name, type: READ_ONLY_LABELS.has(key) ? 'read-only' : 'custom' };
}

export interface RunnerInit {
  id: number;
  name: string;
  /** Defaults from the labels, lower-case as GitHub sends it: macos, windows, else linux. */
  os?: string;
  status?: 'online' | 'offline';
  busy?: boolean;
  /** Default: self-hosted, Linux, X64. */
  labels?: string[];
  /** runner_group_id; default 1 (the "Default" group). */
  groupId?: number;
  ephemeral?: boolean;
  /** Runner software version; null before the runner first connected. Default 2.323.0. */
  version?: string | null;
}

/**
 * A self-hosted runner as GitHub lists it: `os` lower-case (`linux`, `macos`, `windows`, as in
 * the official examples, while the OS label is capitalised), no timestamps.
 */
export function runner(init: RunnerInit): Runner {
  const labels = init.labels ?? ['self-hosted', 'Linux', 'X64'];
  const lower = labels.map((l) => l.toLowerCase());
  const os =
    init.os ??
    (lower.includes('macos') ? 'macos' : lower.includes('windows') ? 'windows' : 'linux');
  return {
    id: init.id,
    runner_group_id: init.groupId ?? 1,
    name: init.name,
    os,
    status: init.status ?? 'online',
    busy: init.busy ?? false,
    ephemeral: init.ephemeral ?? false,
    version: init.version === undefined ? '2.323.0' : init.version,
    labels: labels.map(runnerLabel),
  };
}

export interface RunnerGroupInit {
  id: number;
  name: string;
  org: string;
  visibility?: 'all' | 'selected' | 'private';
  isDefault?: boolean;
  allowsPublicRepositories?: boolean;
  restrictedToWorkflows?: boolean;
}

export function runnerGroup(init: RunnerGroupInit): RunnerGroup {
  const base = `${API_PLACEHOLDER}/orgs/${init.org}/actions/runner-groups/${init.id}`;
  return {
    id: init.id,
    name: init.name,
    visibility: init.visibility ?? 'all',
    default: init.isDefault ?? init.id === 1,
    runners_url: `${base}/runners`,
    hosted_runners_url: `${base}/hosted-runners`,
    selected_repositories_url: `${base}/repositories`,
    inherited: false,
    allows_public_repositories: init.allowsPublicRepositories ?? false,
    restricted_to_workflows: init.restrictedToWorkflows ?? false,
    selected_workflows: [],
    workflow_restrictions_read_only: false,
  };
}

export function simpleUser(
  login: string,
  type: 'User' | 'Organization' | 'Bot' = 'User',
  id = 1,
): SimpleUser {
  const url = `${API_PLACEHOLDER}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:${type}${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: type === 'Bot' ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The identity GitHub shows for comments made with a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT = simpleUser('github-actions[bot]', 'Bot', 41898282);

function splitRepo(fullName: string): [string, string] {
  const [owner = '', name = ''] = fullName.split('/');
  return [owner, name];
}

export function minimalRepository(fullName: string, id = 1): MinimalRepository {
  const [owner, name] = splitRepo(fullName);
  const url = `${API_PLACEHOLDER}/repos/${fullName}`;
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name,
    full_name: fullName,
    owner: simpleUser(owner, 'Organization', 2),
    private: true,
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    hooks_url: `${url}/hooks`,
  };
}

export type RunStatus =
  | 'queued'
  | 'in_progress'
  | 'completed'
  | 'waiting'
  | 'requested'
  | 'pending';
export type Conclusion = NonNullable<Job['conclusion']>;

export interface WorkflowRunInit {
  id: number;
  /** 'owner/repo' */
  repo: string;
  status?: RunStatus;
  conclusion?: Conclusion | null;
  name?: string;
  workflowId?: number;
  path?: string;
  event?: string;
  headBranch?: string;
  headSha?: string;
  runNumber?: number;
  runAttempt?: number;
  createdAt?: string;
}

export function workflowRun(init: WorkflowRunInit): WorkflowRun {
  const status = init.status ?? 'queued';
  const created = init.createdAt ?? isoTime();
  const url = `${API_PLACEHOLDER}/repos/${init.repo}/actions/runs/${init.id}`;
  const workflowId = init.workflowId ?? 1;
  const sha = init.headSha ?? 'a'.repeat(40);
  const repository = minimalRepository(init.repo);
  return {
    id: init.id,
    name: init.name ?? 'CI',
    node_id: Buffer.from(`WorkflowRun${init.id}`).toString('base64'),
    check_suite_id: init.id,
    head_branch: init.headBranch ?? 'main',
    head_sha: sha,
    path: init.path ?? '.github/workflows/ci.yml',
    display_title: init.name ?? 'CI',
    run_number: init.runNumber ?? init.id,
    run_attempt: init.runAttempt ?? 1,
    event: init.event ?? 'push',
    status,
    conclusion: init.conclusion ?? (status === 'completed' ? 'success' : null),
    workflow_id: workflowId,
    url,
    html_url: `${WEB}/${init.repo}/actions/runs/${init.id}`,
    pull_requests: [],
    created_at: created,
    updated_at: created,
    run_started_at: created,
    actor: simpleUser('octocat'),
    triggering_actor: simpleUser('octocat'),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${API_PLACEHOLDER}/repos/${init.repo}/check-suites/${init.id}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${API_PLACEHOLDER}/repos/${init.repo}/actions/workflows/${workflowId}`,
    head_commit: {
      id: sha,
      tree_id: 'b'.repeat(40),
      message: 'Commit',
      timestamp: created,
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository,
    head_repository: repository,
  };
}

export interface JobInit {
  id: number;
  runId: number;
  /** 'owner/repo', used for URLs only. */
  repo?: string;
  name?: string;
  status?: Job['status'];
  conclusion?: Job['conclusion'];
  /** The job's `runs-on` labels. */
  labels?: string[];
  runnerId?: number | null;
  runnerName?: string | null;
  runnerGroupId?: number | null;
  runnerGroupName?: string | null;
  createdAt?: string;
  startedAt?: string;
  completedAt?: string | null;
  steps?: JobStep[];
  runAttempt?: number;
  workflowName?: string;
  headBranch?: string;
  headSha?: string;
}

function defaultSteps(status: Job['status'], conclusion: string | null, at: string): JobStep[] {
  if (status === 'completed') {
    return ['Set up job', 'Run tests', 'Complete job'].map((name, i) => ({
      name,
      number: i + 1,
      status: 'completed',
      conclusion: conclusion ?? 'success',
      started_at: at,
      completed_at: at,
    }));
  }
  if (status === 'in_progress') {
    return [
      {
        name: 'Set up job',
        number: 1,
        status: 'completed',
        conclusion: 'success',
        started_at: at,
        completed_at: at,
      },
      {
        name: 'Run tests',
        number: 2,
        status: 'in_progress',
        conclusion: null,
        started_at: at,
        completed_at: null,
      },
    ];
  }
  return [];
}

/**
 * A workflow job. A queued job has no runner (runner_* null) and started_at = created_at, like
 * GitHub; a started job takes the runner fields from `init`.
 */
export function job(init: JobInit): Job {
  const repo = init.repo ?? 'octo-org/octo-repo';
  const status = init.status ?? 'queued';
  const conclusion = init.conclusion ?? (status === 'completed' ? 'success' : null);
  const created = init.createdAt ?? isoTime();
  const started = init.startedAt ?? created;
  const queued = status === 'queued' || status === 'waiting' || status === 'pending';
  return {
    id: init.id,
    run_id: init.runId,
    run_url: `${API_PLACEHOLDER}/repos/${repo}/actions/runs/${init.runId}`,
    run_attempt: init.runAttempt ?? 1,
    node_id: Buffer.from(`CheckRun${init.id}`).toString('base64'),
    head_sha: init.headSha ?? 'a'.repeat(40),
    url: `${API_PLACEHOLDER}/repos/${repo}/actions/jobs/${init.id}`,
    html_url: `${WEB}/${repo}/actions/runs/${init.runId}/job/${init.id}`,
    status,
    conclusion,
    created_at: created,
    started_at: started,
    completed_at: init.completedAt ?? (status === 'completed' ? started : null),
    name: init.name ?? 'build',
    steps: init.steps ?? defaultSteps(status, conclusion, started),
    check_run_url: `${API_PLACEHOLDER}/repos/${repo}/check-runs/${init.id}`,
    labels: init.labels ?? ['ubuntu-latest'],
    runner_id: queued ? null : (init.runnerId ?? null),
    runner_name: queued ? null : (init.runnerName ?? null),
    runner_group_id: queued ? null : (init.runnerGroupId ?? null),
    runner_group_name: queued ? null : (init.runnerGroupName ?? null),
    workflow_name: init.workflowName ?? 'CI',
    head_branch: init.headBranch ?? 'main',
  };
}

export interface IssueCommentInit {
  id: number;
  /** 'owner/repo' */
  repo: string;
  issue: number;
  body: string;
  user?: SimpleUser;
  createdAt?: string;
  updatedAt?: string;
}

export function issueComment(init: IssueCommentInit): IssueComment {
  const created = init.createdAt ?? isoTime();
  const api = `${API_PLACEHOLDER}/repos/${init.repo}/issues`;
  return {
    id: init.id,
    node_id: Buffer.from(`IC_${init.id}`).toString('base64'),
    url: `${api}/comments/${init.id}`,
    html_url: `${WEB}/${init.repo}/issues/${init.issue}#issuecomment-${init.id}`,
    issue_url: `${api}/${init.issue}`,
    body: init.body,
    user: init.user ?? GITHUB_ACTIONS_BOT,
    created_at: created,
    updated_at: init.updatedAt ?? created,
    author_association: 'NONE',
    reactions: {
      url: `${api}/comments/${init.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

export type InstallationTarget = 'Organization' | 'User' | 'Enterprise';

export interface InstallationInit {
  id: number;
  appId: number;
  appSlug: string;
  /** Login of the organization/user, or the enterprise slug. */
  owner: string;
  targetType?: InstallationTarget;
  permissions?: AppPermissions;
}

export const DEFAULT_APP_PERMISSIONS: AppPermissions = {
  actions: 'read',
  administration: 'read',
  issues: 'write',
  pull_requests: 'write',
  metadata: 'read',
  organization_self_hosted_runners: 'read',
};

export function installation(init: InstallationInit): Installation {
  const targetType = init.targetType ?? 'Organization';
  const account: Installation['account'] =
    targetType === 'Enterprise'
      ? {
          id: init.id,
          node_id: Buffer.from(`E_${init.owner}`).toString('base64'),
          name: init.owner,
          slug: init.owner,
          html_url: `${WEB}/enterprises/${init.owner}`,
          avatar_url: `https://avatars.githubusercontent.com/b/${init.id}?v=4`,
          created_at: null,
          updated_at: null,
        }
      : simpleUser(init.owner, targetType, 2);
  const created = isoTime(Date.UTC(2024, 0, 1));
  return {
    id: init.id,
    account,
    repository_selection: 'all',
    access_tokens_url: `${API_PLACEHOLDER}/app/installations/${init.id}/access_tokens`,
    repositories_url: `${API_PLACEHOLDER}/installation/repositories`,
    html_url: `${WEB}/organizations/${init.owner}/settings/installations/${init.id}`,
    app_id: init.appId,
    app_slug: init.appSlug,
    target_id: 2,
    target_type: targetType,
    permissions: init.permissions ?? DEFAULT_APP_PERMISSIONS,
    events: [],
    created_at: created,
    updated_at: created,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}

export interface HostedRunnerInit {
  id: number;
  /** The runner's name, which is also its `runs-on` label. */
  name: string;
  /** e.g. 'linux-x64', 'linux-arm64', 'win-x64'. */
  platform?: string;
  cores?: number;
  groupId?: number;
  status?: HostedRunner['status'];
}

/** A larger runner of an organization (`GET /orgs/{org}/actions/hosted-runners`). */
export function hostedRunner(init: HostedRunnerInit): HostedRunner {
  const cores = init.cores ?? 4;
  const arm = (init.platform ?? 'linux-x64').endsWith('arm64');
  return {
    id: init.id,
    name: init.name,
    runner_group_id: init.groupId ?? 1,
    image_details: {
      id: arm ? 'ubuntu-24.04-arm64' : 'ubuntu-24.04',
      size_gb: 86,
      display_name: 'Ubuntu 24.04',
      source: 'github',
      version: 'latest',
    },
    machine_size_details: {
      id: `${cores}-core`,
      cpu_cores: cores,
      memory_gb: cores * 4,
      storage_gb: cores * 37,
    },
    status: init.status ?? 'Ready',
    platform: init.platform ?? 'linux-x64',
    maximum_runners: 10,
    public_ip_enabled: false,
    public_ips: [],
    last_active_on: null,
  };
}
