// Endpoints of the GitHub REST stand-in. The server (github-api.ts) does faults, auth, rate
// limits, recording and serialization; handlers here only read and write the stand-in's state.

import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import {
  GITHUB_ACTIONS_BOT,
  type HostedRunner,
  type Installation,
  type InstallationTarget,
  type InstallationToken,
  type IssueComment,
  isoTime,
  issueComment,
  type Job,
  type Runner,
  type RunnerGroup,
  type SimpleUser,
  simpleUser,
  type WorkflowRun,
} from './github-fixtures.ts';

export interface RunnerGroupEntry {
  group: RunnerGroup;
  /** Ids of runners in `data.orgRunners` (same org) that belong to this group. */
  runnerIds: number[];
}

/** Mutable fixture state. Keys are matched case-insensitively, like GitHub's owner/repo names. */
export interface GitHubApiData {
  /** 'owner/repo' → runners */
  repoRunners: Map<string, Runner[]>;
  /** org → runners */
  orgRunners: Map<string, Runner[]>;
  /** enterprise slug → runners */
  enterpriseRunners: Map<string, Runner[]>;
  /** org → runner groups */
  runnerGroups: Map<string, RunnerGroupEntry[]>;
  /** 'owner/repo' → runs, served in this order (GitHub: newest first) */
  runs: Map<string, WorkflowRun[]>;
  /** run id → jobs of every attempt */
  jobs: Map<number, Job[]>;
  /** 'owner/repo#number' → comments, oldest first */
  comments: Map<string, IssueComment[]>;
  /** org → larger (GitHub-hosted) runners */
  hostedRunners: Map<string, HostedRunner[]>;
  /**
   * run id → how long a cancelled run takes to turn `completed` (ms; default 200), or 'never'
   * for a run that hangs in cancelling. Pending cancels: run id → when it completes.
   */
  cancelDelays: Map<number, number | 'never'>;
  cancelling: Map<number, number>;
  /**
   * Token → the user it acts as (a personal access token): `GET /user` answers it and comments
   * are by it. Other tokens act as `github-actions[bot]` (or the App's bot) and get 403 there.
   */
  users: Map<string, SimpleUser>;
}

export interface AppRecord {
  appId: number;
  slug: string;
  key: KeyObject;
  installations: Installation[];
}

export interface MintedToken {
  token: string;
  appId: number;
  installationId: number;
  owner: string;
  targetType: InstallationTarget;
  /** epoch milliseconds */
  expiresAt: number;
}

export type Identity =
  | { kind: 'token'; token: string; minted?: MintedToken }
  | { kind: 'app'; app: AppRecord };

export interface StandInState {
  data: GitHubApiData;
  minted: Map<string, MintedToken>;
  nextId(): number;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  identity: Identity;
  state: StandInState;
  /** Returns the requested page of `items` and sets the Link header (unless `link: false`). */
  paginate<T>(items: T[], options?: { link?: boolean }): T[];
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: RegExp;
  /** documentation_url of error bodies */
  docs: string;
  /** 'jwt': GitHub App endpoint, needs an App JWT. */
  auth: 'token' | 'jwt';
  handle(ctx: RouteContext): RouteResult;
}

export const DOCS = 'https://docs.github.com/rest';

export function errorBody(status: number, message: string, docs = DOCS): Record<string, string> {
  return { message, documentation_url: docs, status: String(status) };
}

export function lookup<V>(map: Map<string, V>, key: string): V | undefined {
  const exact = map.get(key);
  if (exact !== undefined) return exact;
  const lower = key.toLowerCase();
  for (const [k, v] of map) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function route(
  method: Route['method'],
  template: string,
  docs: string,
  handle: Route['handle'],
  auth: Route['auth'] = 'token',
): Route {
  const source = template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return { method, pattern: new RegExp(`^${source}/?$`), docs: `${DOCS}/${docs}`, auth, handle };
}

const notFound = (): RouteResult => ({ status: 404 });

function listRunners(ctx: RouteContext, runners: Runner[] | undefined): RouteResult {
  const name = ctx.query.get('name');
  // Filter only when asked: a page costs O(page), not O(fleet), so N pages cost O(N).
  const all = name === null ? (runners ?? []) : (runners ?? []).filter((r) => r.name === name);
  return { status: 200, body: { total_count: all.length, runners: ctx.paginate(all) } };
}

const repoKey = (p: Record<string, string>): string => `${p.owner}/${p.repo}`;

/** Cancelled runs whose delay has passed turn completed (cancelled), with their unfinished jobs. */
function settleCancels(data: GitHubApiData, now = Date.now()): void {
  for (const [id, at] of data.cancelling ?? []) {
    if (at > now) continue;
    data.cancelling.delete(id);
    for (const runs of data.runs.values()) {
      for (const run of runs) {
        if (Number(run.id) !== id) continue;
        run.status = 'completed';
        run.conclusion = 'cancelled';
        run.updated_at = isoTime(now);
      }
    }
    for (const job of data.jobs.get(id) ?? []) {
      if (job.status === 'completed') continue;
      job.status = 'completed';
      job.conclusion = 'cancelled';
      job.completed_at = isoTime(now);
    }
  }
}

function cancelRun(ctx: RouteContext): RouteResult {
  const run = findRun(ctx);
  if (!run) return notFound();
  if (run.status === 'completed') {
    return { status: 409, body: { message: 'Cannot cancel a workflow run that is completed.' } };
  }
  const data = ctx.state.data;
  const id = Number(run.id);
  const delay = data.cancelDelays?.get(id) ?? 200;
  if (delay !== 'never' && !data.cancelling.has(id)) data.cancelling.set(id, Date.now() + delay);
  return { status: 202, body: {} };
}

/**
 * A new attempt of a completed run: the jobs `again` picks are queued again with new ids; the
 * others keep their results (copied into the new attempt, as `filter=latest` shows them).
 */
function newAttempt(
  ctx: RouteContext,
  run: WorkflowRun,
  again: (job: Job) => boolean,
): RouteResult {
  if (run.status !== 'completed') {
    return { status: 403, body: { message: 'This workflow is already running' } };
  }
  const id = Number(run.id);
  const attempt = (run.run_attempt ?? 1) + 1;
  const now = isoTime();
  const jobs = ctx.state.data.jobs.get(id) ?? [];
  const previous = jobs.filter((j) => (j.run_attempt ?? 1) === attempt - 1);
  for (const j of previous) {
    if (!again(j)) {
      jobs.push({ ...j, id: ctx.state.nextId(), run_attempt: attempt });
      continue;
    }
    jobs.push({
      ...j,
      id: ctx.state.nextId(),
      run_attempt: attempt,
      status: 'queued',
      conclusion: null,
      created_at: now,
      started_at: now,
      completed_at: null,
      steps: [],
      runner_id: null,
      runner_name: null,
      runner_group_id: null,
      runner_group_name: null,
    });
  }
  Object.assign(run, {
    status: 'queued',
    conclusion: null,
    run_attempt: attempt,
    run_started_at: now,
    updated_at: now,
  });
  return { status: 201, body: {} };
}

function rerunRun(ctx: RouteContext): RouteResult {
  const run = findRun(ctx);
  return run ? newAttempt(ctx, run, () => true) : notFound();
}

const unsuccessful = (j: Job) => j.conclusion !== 'success' && j.conclusion !== 'skipped';

/** Failed and cancelled jobs run again (GitHub also re-runs their dependents). */
function rerunFailedJobs(ctx: RouteContext): RouteResult {
  const run = findRun(ctx);
  return run ? newAttempt(ctx, run, unsuccessful) : notFound();
}

/**
 * One job and its dependents run again. The stand-in knows no `needs` graph: it takes every job
 * that did not succeed as a dependent.
 */
function rerunJob(ctx: RouteContext): RouteResult {
  settleCancels(ctx.state.data);
  const jobId = Number(ctx.params.job_id);
  for (const [runId, jobs] of ctx.state.data.jobs) {
    const picked = jobs.find((j) => Number(j.id) === jobId);
    if (!picked) continue;
    const run = lookup(ctx.state.data.runs, repoKey(ctx.params))?.find(
      (r) => Number(r.id) === runId,
    );
    if (!run) return notFound();
    if ((picked.run_attempt ?? 1) !== (run.run_attempt ?? 1)) {
      return { status: 403, body: { message: 'This job is not of the latest attempt' } };
    }
    return newAttempt(ctx, run, (j) => j.name === picked.name || unsuccessful(j));
  }
  return notFound();
}

function findRun(ctx: RouteContext): WorkflowRun | undefined {
  settleCancels(ctx.state.data);
  const id = Number(ctx.params.run_id);
  return lookup(ctx.state.data.runs, repoKey(ctx.params))?.find((r) => Number(r.id) === id);
}

function listJobs(ctx: RouteContext): RouteResult {
  settleCancels(ctx.state.data);
  const runId = Number(ctx.params.run_id);
  const jobs = ctx.state.data.jobs.get(runId);
  if (!jobs && !findRun(ctx)) return notFound();
  let selected = jobs ?? [];
  if (ctx.query.get('filter') !== 'all') {
    // `?.`: tests may plant entries that are not jobs, to see what the actions make of them.
    const latest = Math.max(0, ...selected.map((j) => j?.run_attempt ?? 1));
    selected = selected.filter((j) => (j?.run_attempt ?? 1) === latest);
  }
  return { status: 200, body: { total_count: selected.length, jobs: ctx.paginate(selected) } };
}

function listRuns(ctx: RouteContext): RouteResult {
  settleCancels(ctx.state.data);
  const q = ctx.query;
  const runs = (lookup(ctx.state.data.runs, repoKey(ctx.params)) ?? []).filter(
    (r) =>
      (!q.has('status') || r.status === q.get('status') || r.conclusion === q.get('status')) &&
      (!q.has('branch') || r.head_branch === q.get('branch')) &&
      (!q.has('event') || r.event === q.get('event')) &&
      (!q.has('head_sha') || r.head_sha === q.get('head_sha')),
  );
  return { status: 200, body: { total_count: runs.length, workflow_runs: ctx.paginate(runs) } };
}

function commentsOf(ctx: RouteContext, create: boolean): IssueComment[] | undefined {
  const key = `${repoKey(ctx.params)}#${ctx.params.number}`;
  const found = lookup(ctx.state.data.comments, key);
  if (found || !create) return found;
  const list: IssueComment[] = [];
  ctx.state.data.comments.set(key, list);
  return list;
}

/** Finds comment `comment_id` in the repository; returns its list and index. */
function findComment(ctx: RouteContext): { list: IssueComment[]; index: number } | undefined {
  const prefix = `${repoKey(ctx.params)}#`.toLowerCase();
  const id = Number(ctx.params.comment_id);
  for (const [key, list] of ctx.state.data.comments) {
    if (!key.toLowerCase().startsWith(prefix)) continue;
    const index = list.findIndex((c) => Number(c.id) === id);
    if (index >= 0) return { list, index };
  }
  return undefined;
}

function bodyField(body: unknown): string | undefined {
  const value = (body as { body?: unknown } | null)?.body;
  return typeof value === 'string' ? value : undefined;
}

function missingBody(): RouteResult {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
    },
  };
}

function author(identity: Identity, users?: Map<string, SimpleUser>) {
  const user = identity.kind === 'token' ? users?.get(identity.token) : undefined;
  if (user) return user;
  if (identity.kind === 'token' && identity.minted) {
    return simpleUser(`app-${identity.minted.appId}[bot]`, 'Bot', 1000 + identity.minted.appId);
  }
  return GITHUB_ACTIONS_BOT;
}

function installationFor(ctx: RouteContext, owner: string, enterprise: boolean): RouteResult {
  if (ctx.identity.kind !== 'app') return notFound();
  const found = ctx.identity.app.installations.find(
    (i) =>
      (i.target_type === 'Enterprise') === enterprise &&
      i.account !== null &&
      ('login' in i.account ? i.account.login : i.account.slug).toLowerCase() ===
        owner.toLowerCase(),
  );
  return found ? { status: 200, body: found } : notFound();
}

function createAccessToken(ctx: RouteContext): RouteResult {
  if (ctx.identity.kind !== 'app') return notFound();
  const id = Number(ctx.params.installation_id);
  const inst = ctx.identity.app.installations.find((i) => i.id === id);
  if (!inst?.account) return notFound();
  const expiresAt = Date.now() + 3600_000;
  const token = `ghs_${randomBytes(18).toString('hex')}`;
  ctx.state.minted.set(token, {
    token,
    appId: ctx.identity.app.appId,
    installationId: id,
    owner: 'login' in inst.account ? inst.account.login : inst.account.slug,
    targetType: inst.target_type as InstallationTarget,
    expiresAt,
  });
  const requested = (ctx.body as { permissions?: InstallationToken['permissions'] } | null)
    ?.permissions;
  const body: InstallationToken = {
    token,
    expires_at: isoTime(expiresAt),
    permissions: requested ?? inst.permissions,
    repository_selection: inst.repository_selection,
  };
  return { status: 201, body };
}

const RUNNERS = 'actions/self-hosted-runners';
const GROUPS = 'actions/self-hosted-runner-groups';
const COMMENTS = 'issues/comments';
const APPS = 'apps/apps';

export const ROUTES: Route[] = [
  route(
    'GET',
    '/repos/{owner}/{repo}/actions/runners',
    `${RUNNERS}#list-self-hosted-runners-for-a-repository`,
    (ctx) => listRunners(ctx, lookup(ctx.state.data.repoRunners, repoKey(ctx.params))),
  ),
  route(
    'GET',
    '/orgs/{org}/actions/runners',
    `${RUNNERS}#list-self-hosted-runners-for-an-organization`,
    (ctx) => listRunners(ctx, lookup(ctx.state.data.orgRunners, ctx.params.org ?? '')),
  ),
  route(
    'GET',
    '/enterprises/{enterprise}/actions/runners',
    `${RUNNERS}#list-self-hosted-runners-for-an-enterprise`,
    (ctx) =>
      listRunners(ctx, lookup(ctx.state.data.enterpriseRunners, ctx.params.enterprise ?? '')),
  ),
  route(
    'GET',
    '/orgs/{org}/actions/runner-groups',
    `${GROUPS}#list-self-hosted-runner-groups-for-an-organization`,
    (ctx) => {
      const groups = (lookup(ctx.state.data.runnerGroups, ctx.params.org ?? '') ?? []).map(
        (e) => e.group,
      );
      return {
        status: 200,
        // GitHub sends no Link header for runner groups, however many pages there are.
        body: {
          total_count: groups.length,
          runner_groups: ctx.paginate(groups, { link: false }),
        },
      };
    },
  ),
  route(
    'GET',
    '/orgs/{org}/actions/runner-groups/{group_id}/runners',
    `${GROUPS}#list-self-hosted-runners-in-a-group-for-an-organization`,
    (ctx) => {
      const org = ctx.params.org ?? '';
      const entry = lookup(ctx.state.data.runnerGroups, org)?.find(
        (e) => e.group.id === Number(ctx.params.group_id),
      );
      if (!entry) return notFound();
      const runners = lookup(ctx.state.data.orgRunners, org) ?? [];
      return listRunners(
        ctx,
        runners.filter((r) => entry.runnerIds.includes(r.id)),
      );
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs',
    'actions/workflow-runs#list-workflow-runs-for-a-repository',
    listRuns,
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{run_id}',
    'actions/workflow-runs#get-a-workflow-run',
    (ctx) => {
      const run = findRun(ctx);
      return run ? { status: 200, body: run } : notFound();
    },
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
    'actions/workflow-runs#cancel-a-workflow-run',
    cancelRun,
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
    'actions/workflow-runs#re-run-a-workflow',
    rerunRun,
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
    'actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run',
    rerunFailedJobs,
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/actions/jobs/{job_id}/rerun',
    'actions/workflow-runs#re-run-a-job-from-a-workflow-run',
    rerunJob,
  ),
  route(
    'GET',
    '/orgs/{org}/actions/hosted-runners',
    'actions/hosted-runners#list-github-hosted-runners-for-an-organization',
    (ctx) => {
      const all = lookup(ctx.state.data.hostedRunners, ctx.params.org ?? '') ?? [];
      return { status: 200, body: { total_count: all.length, runners: ctx.paginate(all) } };
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    'actions/workflow-jobs#list-jobs-for-a-workflow-run',
    listJobs,
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/actions/jobs/{job_id}',
    'actions/workflow-jobs#get-a-job-for-a-workflow-run',
    (ctx) => {
      const id = Number(ctx.params.job_id);
      for (const jobs of ctx.state.data.jobs.values()) {
        const found = jobs.find((j) => Number(j.id) === id);
        if (found) return { status: 200, body: found };
      }
      return notFound();
    },
  ),
  route('GET', '/user', 'users/users#get-the-authenticated-user', (ctx) => {
    const user = ctx.identity.kind === 'token' && ctx.state.data.users.get(ctx.identity.token);
    return user
      ? { status: 200, body: publicUser(user) }
      : { status: 403, body: { message: 'Resource not accessible by integration' } };
  }),
  // GraphQL, only `viewer { login }`: who the token acts as, bots included (an installation
  // token's viewer is its bot: `github-actions[bot]`, `<app-slug>[bot]`). Other queries get
  // GraphQL's error shape (200 with `errors`).
  route('POST', '/graphql', 'graphql', (ctx) => {
    const query = (ctx.body as { query?: unknown } | null)?.query;
    if (
      typeof query !== 'string' ||
      !/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)
    ) {
      return {
        status: 200,
        body: { errors: [{ message: 'The stand-in answers only viewer { login }' }] },
      };
    }
    const user = author(ctx.identity, ctx.state.data.users);
    return { status: 200, body: { data: { viewer: { login: user.login } } } };
  }),
  route(
    'GET',
    '/repos/{owner}/{repo}/issues/{number}/comments',
    `${COMMENTS}#list-issue-comments`,
    (ctx) => ({
      status: 200,
      body: ctx.paginate(commentsOf(ctx, false) ?? []),
    }),
  ),
  route(
    'POST',
    '/repos/{owner}/{repo}/issues/{number}/comments',
    `${COMMENTS}#create-an-issue-comment`,
    (ctx) => {
      const text = bodyField(ctx.body);
      if (text === undefined) return missingBody();
      const comment = issueComment({
        id: ctx.state.nextId(),
        repo: repoKey(ctx.params),
        issue: Number(ctx.params.number),
        body: text,
        user: author(ctx.identity, ctx.state.data.users),
      });
      commentsOf(ctx, true)?.push(comment);
      return { status: 201, body: comment };
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    `${COMMENTS}#get-an-issue-comment`,
    (ctx) => {
      const found = findComment(ctx);
      return found ? { status: 200, body: found.list[found.index] } : notFound();
    },
  ),
  route(
    'PATCH',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    `${COMMENTS}#update-an-issue-comment`,
    (ctx) => {
      const found = findComment(ctx);
      const text = bodyField(ctx.body);
      const current = found?.list[found.index];
      if (!found || !current) return notFound();
      if (text === undefined) return missingBody();
      const updated: IssueComment = { ...current, body: text, updated_at: isoTime() };
      found.list[found.index] = updated;
      return { status: 200, body: updated };
    },
  ),
  route(
    'DELETE',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    `${COMMENTS}#delete-an-issue-comment`,
    (ctx) => {
      const found = findComment(ctx);
      if (!found) return notFound();
      found.list.splice(found.index, 1);
      return { status: 204 };
    },
  ),
  route(
    'GET',
    '/repos/{owner}/{repo}/installation',
    `${APPS}#get-a-repository-installation-for-the-authenticated-app`,
    (ctx) => installationFor(ctx, ctx.params.owner ?? '', false),
    'jwt',
  ),
  route(
    'GET',
    '/orgs/{org}/installation',
    `${APPS}#get-an-organization-installation-for-the-authenticated-app`,
    (ctx) => installationFor(ctx, ctx.params.org ?? '', false),
    'jwt',
  ),
  route(
    'GET',
    '/users/{username}/installation',
    `${APPS}#get-a-user-installation-for-the-authenticated-app`,
    (ctx) => installationFor(ctx, ctx.params.username ?? '', false),
    'jwt',
  ),
  route(
    'GET',
    '/enterprises/{enterprise}/installation',
    APPS,
    (ctx) => installationFor(ctx, ctx.params.enterprise ?? '', true),
    'jwt',
  ),
  route(
    'POST',
    '/app/installations/{installation_id}/access_tokens',
    `${APPS}#create-an-installation-access-token-for-an-app`,
    createAccessToken,
    'jwt',
  ),
];

/** `GET /user` answers a public user: the simple user's fields and the profile GitHub adds. */
function publicUser(user: SimpleUser) {
  const {
    starred_at: _starred,
    email,
    name,
    ...rest
  } = user as SimpleUser & { starred_at?: string };
  return {
    ...rest,
    name: name ?? null,
    email: email ?? null,
    company: null,
    blog: '',
    location: null,
    hireable: null,
    bio: null,
    public_repos: 3,
    public_gists: 0,
    followers: 1,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}
