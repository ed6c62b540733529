/**
 * perf-report keeps one comment of its own: a create whose answer is lost after GitHub carried it
 * out (500, reset connection, unreadable body) is not repeated into a second comment, and a marked
 * comment written by another account (a User when the token is a bot, anyone but the token's user
 * for a personal access token) is never edited. Runs the built dist against the GitHub stand-in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { comparisonRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { GITHUB_ACTIONS_BOT, issueComment, simpleUser } from '../support/github-fixtures.ts';
import { runAction } from '../support/local-runner.ts';

const REPO = 'octo-org/octo-repo';
const RUN = 8_123_456_789;
const PR = 7;
const KEY = `${REPO}#${PR}`;
const MARK = '<!-- perf-report:perf-report -->';
const USER_TOKEN = 'ghp_octocatPersonalToken0000000000000000';
const OCTOCAT = simpleUser('octocat', 'User', 583231);
const MALLORY = simpleUser('mallory', 'User', 666);

let api: GitHubApi;
beforeAll(async () => {
  api = await startGitHubApi({ tokens: ['test-token', USER_TOKEN] });
  api.data.users.set(USER_TOKEN, OCTOCAT);
});
afterAll(() => api.close());
beforeEach(() => {
  api.data.jobs.set(RUN, comparisonRun());
  api.data.comments.clear();
  api.requests.length = 0;
  api.clearFaults();
});

function perfReport(token = 'test-token') {
  return runAction({
    action: 'perf-report',
    inputs: { 'comment-on-pr': 'true' },
    github: {
      apiUrl: api.url,
      token,
      repository: REPO,
      runId: RUN,
      eventName: 'pull_request',
      event: { number: PR, pull_request: { number: PR } },
      ref: `refs/pull/${PR}/merge`,
      headRef: 'feature',
      baseRef: 'main',
    },
  });
}

const comments = () => api.data.comments.get(KEY) ?? [];
const marked = () => comments().filter((c) => c.body?.includes(MARK));
const POSTS = `/repos/${REPO}/issues/${PR}/comments`;

describe('a create that GitHub carried out but whose answer was lost', () => {
  test.each([
    ['a 500', { fail: 'status', status: 500 }],
    ['a 502', { fail: 'status', status: 502 }],
    ['a reset connection', { fail: 'reset' }],
    ['an unreadable body', { fail: 'malformed-json' }],
  ] as const)('%s leaves exactly one comment, found and updated', async (_, fault) => {
    api.fault({ path: POSTS, method: 'POST', kind: 'after-commit', times: 1, ...fault });
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(marked()).toHaveLength(1);
    expect(api.count(POSTS, 'POST')).toBe(1);
    expect(api.count(`/repos/${REPO}/issues/comments/`, 'PATCH')).toBe(1);
    expect(marked()[0]?.body).toContain('2.9x faster');
    expect(r.main.log).toMatch(/updated comment \d+ on #7 \(the create failed after it was/);
    expect(r.main.annotations.filter((a) => a.level !== 'debug')).toEqual([]);
  });

  test('a 500 before anything was created is tried again: one comment', async () => {
    api.fault({ path: POSTS, method: 'POST', kind: 'status', status: 500, times: 1 });
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(marked()).toHaveLength(1);
    expect(api.count(POSTS, 'POST')).toBe(2);
    expect(r.main.log).toMatch(/created comment \d+ on #7\./);
  });

  test('every create fails: a warning, the summary stands, still no duplicate', async () => {
    api.fault({ path: POSTS, method: 'POST', kind: 'status', status: 503 });
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(marked()).toHaveLength(0);
    expect(api.count(POSTS, 'POST')).toBe(4);
    expect(r.main.annotations.find((a) => a.level === 'warning')?.message).toContain(
      'could not comment on #7: GitHub answered 503',
    );
  });
});

describe('whose comment it is', () => {
  test('GITHUB_TOKEN (a bot): a marked comment by a User is left alone, a new one is made', async () => {
    const foreign = issueComment({
      id: 41,
      repo: REPO,
      issue: PR,
      body: `${MARK}\nplease click [here](https://evil.example)`,
      user: MALLORY,
    });
    api.data.comments.set(KEY, [foreign]);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(foreign);
    expect(comments()[1]?.user?.login).toBe('github-actions[bot]');
    expect(api.count(`/repos/${REPO}/issues/comments/41`, 'PATCH')).toBe(0);
    expect(r.main.log).toContain('comment 41 by mallory carries the marker');

    // The next run finds its own comment and leaves mallory's alone again.
    const again = await perfReport();
    expect(again.main.outcome).toBe('success');
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(foreign);
  });

  test('GITHUB_TOKEN: a marked comment by a Bot is ours and updated', async () => {
    api.data.comments.set(KEY, [
      issueComment({
        id: 42,
        repo: REPO,
        issue: PR,
        body: `${MARK}\nold`,
        user: GITHUB_ACTIONS_BOT,
      }),
    ]);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain('2.9x faster');
    expect(api.count(`/repos/${REPO}/issues/comments/42`, 'PATCH')).toBe(1);
  });

  test('a personal access token: only the comment by its own user is edited', async () => {
    const bots = issueComment({
      id: 43,
      repo: REPO,
      issue: PR,
      body: `${MARK}\nby the bot`,
      user: GITHUB_ACTIONS_BOT,
    });
    const others = issueComment({
      id: 44,
      repo: REPO,
      issue: PR,
      body: `${MARK}\nx`,
      user: MALLORY,
    });
    const mine = issueComment({
      id: 45,
      repo: REPO,
      issue: PR,
      body: `${MARK}\nold`,
      user: OCTOCAT,
    });
    api.data.comments.set(KEY, [bots, others, mine]);
    const r = await perfReport(USER_TOKEN);
    expect(r.main.outcome).toBe('success');
    expect(api.count('/user', 'GET')).toBe(1);
    expect(comments()).toHaveLength(3);
    expect(comments()[0]).toEqual(bots);
    expect(comments()[1]).toEqual(others);
    expect(comments()[2]?.body).toContain('2.9x faster');
  });

  test('a personal access token with no comment of its own creates one, as its user', async () => {
    api.data.comments.set(KEY, [
      issueComment({
        id: 46,
        repo: REPO,
        issue: PR,
        body: `${MARK}\nbot`,
        user: GITHUB_ACTIONS_BOT,
      }),
    ]);
    const r = await perfReport(USER_TOKEN);
    expect(r.main.outcome).toBe('success');
    expect(comments()).toHaveLength(2);
    expect(comments()[1]?.user?.login).toBe('octocat');
  });
});

describe('odd answers', () => {
  test('a comments list that is not a list: a warning naming it, no TypeError, step succeeds', async () => {
    api.fault({ path: POSTS, method: 'GET', kind: 'custom', status: 200, body: { message: 'OK' } });
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    const warning = r.main.annotations.find((a) => a.level === 'warning')?.message ?? '';
    expect(warning).toContain('not a list of comments');
    expect(r.main.log).not.toMatch(/TypeError/);
    expect(api.count(POSTS, 'POST')).toBe(0);
  });

  test('comments without a user or body are not ours and break nothing', async () => {
    const odd = [
      { ...issueComment({ id: 47, repo: REPO, issue: PR, body: `${MARK}` }), user: null },
      { ...issueComment({ id: 48, repo: REPO, issue: PR, body: 'x' }), body: undefined },
    ];
    api.data.comments.set(KEY, odd as never);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(marked()).toHaveLength(2);
    expect(api.count(`/repos/${REPO}/issues/comments/47`, 'PATCH')).toBe(0);
  });
});

describe('a bot token: only its own bot, named by GraphQL, and only the marker as first line', () => {
  const OTHER_APP = simpleUser('other-app[bot]', 'Bot', 777);
  const APP_TOKEN = 'ghs_appInstallationToken000000000000000';
  const APP_BOT = simpleUser('app-42[bot]', 'Bot', 1042);
  const comment = (id: number, body: string, user = GITHUB_ACTIONS_BOT) =>
    issueComment({ id, repo: REPO, issue: PR, body, user });
  const patched = (id: number) => api.count(`/repos/${REPO}/issues/comments/${id}`, 'PATCH');
  const FORBIDDEN = {
    kind: 'status',
    status: 403,
    message: 'Resource not accessible by integration',
  } as const;
  const warned = (r: Awaited<ReturnType<typeof perfReport>>) =>
    r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

  beforeEach(() => {
    api.minted.set(APP_TOKEN, {
      token: APP_TOKEN,
      appId: 42,
      installationId: 1,
      owner: 'octo-org',
      targetType: 'Organization',
      expiresAt: Date.now() + 3600_000,
    });
  });

  test('GITHUB_TOKEN: a marked comment by another App is never edited', async () => {
    const theirs = comment(51, `${MARK}\nanother bot's report`, OTHER_APP);
    api.data.comments.set(KEY, [theirs]);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(api.count('/graphql', 'POST')).toBe(1);
    expect(patched(51)).toBe(0);
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(theirs);
    expect(comments()[1]?.user?.login).toBe('github-actions[bot]');
    expect(r.main.log).toContain(
      'comment-on-pr: the token writes as github-actions[bot]; only its own marked comment is edited.',
    );
    expect(r.main.log).toContain(
      "comment 51 by other-app[bot] carries the marker but was not written by this token's account, so it is left alone.",
    );
    expect(warned(r)).toEqual([]);
  });

  test('an App token edits its own bot’s comment, never github-actions[bot]’s', async () => {
    const actions = comment(52, `${MARK}\nby GITHUB_TOKEN`);
    const mine = comment(53, `${MARK}\nold`, APP_BOT);
    api.data.comments.set(KEY, [actions, mine]);
    const r = await perfReport(APP_TOKEN);
    expect(r.main.outcome).toBe('success');
    expect(r.main.log).toContain('comment-on-pr: the token writes as app-42[bot];');
    expect(patched(52)).toBe(0);
    expect(patched(53)).toBe(1);
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(actions);
    expect(comments()[1]?.body).toContain('2.9x faster');
  });

  test('an App token with no comment of its own creates one, as its bot', async () => {
    api.data.comments.set(KEY, [comment(54, `${MARK}\nby GITHUB_TOKEN`)]);
    const r = await perfReport(APP_TOKEN);
    expect(r.main.outcome).toBe('success');
    expect(patched(54)).toBe(0);
    expect(comments().map((c) => c.user?.login)).toEqual(['github-actions[bot]', 'app-42[bot]']);
  });

  test.each([
    ['a pull-request title quoted after text', `New pull request: ${MARK} please review`],
    ['a quote of our comment', `> ${MARK}\n> ### perf-report`],
    ['the marker on a later line', `Deploy preview ready\n${MARK}`],
    ['the marker with text after it on the line', `${MARK} (copied)\nmore`],
  ])('%s does not make the comment ours, even by our own bot', async (_, body) => {
    const quoting = comment(55, body);
    api.data.comments.set(KEY, [quoting]);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(patched(55)).toBe(0);
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(quoting);
    expect(comments()[1]?.body?.startsWith(`${MARK}\n`)).toBe(true);
    // Not even named as a foreign marked comment: it carries no marker.
    expect(r.main.log).not.toContain('comment 55');
  });

  test('GraphQL does not name the bot: any Bot counts; a 403 on editing falls back to our own', async () => {
    api.fault({
      path: '/graphql',
      method: 'POST',
      kind: 'custom',
      status: 200,
      body: { data: null, errors: [{ message: 'Something went wrong' }] },
    });
    api.fault({ ...FORBIDDEN, path: `/repos/${REPO}/issues/comments/56`, method: 'PATCH' });
    const theirs = comment(56, `${MARK}\nanother bot's`, OTHER_APP);
    api.data.comments.set(KEY, [theirs]);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(r.main.log).toContain(
      "comment-on-pr: the token is a bot GitHub did not name (GraphQL's viewer did not answer); a marked comment by a Bot account is taken for its own.",
    );
    expect(patched(56)).toBe(1);
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(theirs);
    const warning =
      "comment-on-pr: comment 56 by other-app[bot] carries this report's marker, but GitHub refused to edit it (GitHub answered 403: Resource not accessible by integration.). It is taken for another account's comment and left alone; this report wrote its own.";
    expect(warned(r)).toEqual([warning]);
    expect(warned(r).join('\n')).not.toContain('pull-requests: write');
    expect(r.main.log).toMatch(/comment-on-pr: created comment \d+ on #7\./);

    // The next run tries the other App's comment again, then edits its own: still two comments.
    const again = await perfReport();
    expect(again.main.outcome).toBe('success');
    expect(comments()).toHaveLength(2);
    expect(comments()[0]).toEqual(theirs);
    expect(again.main.log).toMatch(/comment-on-pr: updated comment \d+ on #7\./);
    expect(warned(again)).toEqual([warning]);
  });

  test('a token that may not comment at all: the warning names the permission', async () => {
    api.fault({ ...FORBIDDEN, path: `/repos/${REPO}/issues/comments/57`, method: 'PATCH' });
    api.fault({ ...FORBIDDEN, path: POSTS, method: 'POST' });
    api.data.comments.set(KEY, [comment(57, `${MARK}\nold`)]);
    const r = await perfReport();
    expect(r.main.outcome).toBe('success');
    expect(warned(r)).toEqual([
      'comment-on-pr: could not comment on #7: GitHub answered 403: Resource not accessible by integration. The token needs pull-requests: write (a pull request from a fork gets a read-only token); the step summary has the report.',
    ]);
  });
});
