import { describe, expect, test } from 'vitest';
import { deadline } from '../../../actions/lib/deadline.ts';
import { ApiError, type GitHubClient } from '../../../actions/lib/github.ts';
import {
  chooseComment,
  graphqlUrl,
  isOurs,
  type MarkedComment,
  markedComments,
  startsWithMarker,
  type TokenIdentity,
  upsertComment,
} from '../../../actions/perf-report/comment.ts';

const MARK = '<!-- perf-report:perf-report -->';
/** A bot GitHub did not name (GraphQL's viewer did not answer). */
const BOT: TokenIdentity = { kind: 'bot' };
const ACTIONS: TokenIdentity = { kind: 'bot', login: 'github-actions[bot]' };
const APP: TokenIdentity = { kind: 'bot', login: 'my-app[bot]' };
const OCTOCAT: TokenIdentity = { kind: 'user', login: 'octocat' };
const by = (login: string, type: string, id = 1): MarkedComment => ({ id, login, type });

describe('isOurs (docs/decisions/perf-report-comment.md)', () => {
  test.each([
    [BOT, by('github-actions[bot]', 'Bot'), true],
    [BOT, by('my-app[bot]', 'Bot'), true],
    [BOT, by('octocat', 'User'), false],
    [BOT, by('github-actions[bot]', 'User'), false],
    [BOT, by('', ''), false],
    [ACTIONS, by('github-actions[bot]', 'Bot'), true],
    [ACTIONS, by('GitHub-Actions[bot]', 'Bot'), true],
    [ACTIONS, by('my-app[bot]', 'Bot'), false],
    [ACTIONS, by('github-actions[bot]', 'User'), false],
    [ACTIONS, by('github-actions', 'User'), false],
    [APP, by('my-app[bot]', 'Bot'), true],
    [APP, by('github-actions[bot]', 'Bot'), false],
    [APP, by('other-app[bot]', 'Bot'), false],
    [APP, by('my-app[bot]', 'User'), false],
    [OCTOCAT, by('octocat', 'User'), true],
    [OCTOCAT, by('OctoCat', 'User'), true],
    [OCTOCAT, by('github-actions[bot]', 'Bot'), false],
    [OCTOCAT, by('mallory', 'User'), false],
  ])('%j, %j → %s', (identity, comment, ours) => {
    expect(isOurs(comment, identity)).toBe(ours);
  });

  test('ours is the first of our own; everyone else is foreign', () => {
    const list = [
      by('mallory', 'User', 1),
      by('github-actions[bot]', 'Bot', 2),
      by('x[bot]', 'Bot', 3),
    ];
    expect(chooseComment(list, BOT)).toEqual({ ours: [list[1], list[2]], foreign: [list[0]] });
    expect(chooseComment(list, ACTIONS)).toEqual({
      ours: [list[1]],
      foreign: [list[0], list[2]],
    });
    expect(chooseComment(list, OCTOCAT)).toEqual({ ours: [], foreign: list });
  });
});

describe('startsWithMarker: the marker is the whole first line', () => {
  test.each([
    [MARK, true],
    [`${MARK}\n\n### perf-report`, true],
    [`${MARK}\r\n\r\n### perf-report`, true],
    // A quoted pull-request title, a quote, text around it: not ours.
    [`New PR: ${MARK}`, false],
    [`> ${MARK}\n`, false],
    [`\n${MARK}\n`, false],
    [` ${MARK}\n`, false],
    [`${MARK} and more\n`, false],
    [`${MARK}x`, false],
    [`Deploy preview for "${MARK}"\n${MARK}`, false],
    ['<!-- perf-report:perf-report-arm -->\n', false],
    ['<!-- perf-report:perf -->\n', false],
    ['', false],
  ])('%j → %s', (body, want) => {
    expect(startsWithMarker(body, MARK)).toBe(want);
  });
});

describe('graphqlUrl: beside the REST base', () => {
  test.each([
    ['https://api.github.com', 'https://api.github.com/graphql'],
    ['https://api.github.com/', 'https://api.github.com/graphql'],
    ['https://ghe.example/api/v3', 'https://ghe.example/api/graphql'],
    ['https://ghe.example/api/v3/', 'https://ghe.example/api/graphql'],
    ['https://api.acme.ghe.com', 'https://api.acme.ghe.com/graphql'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/graphql'],
  ])('%s → %s', (api, want) => {
    expect(graphqlUrl(api)).toBe(want);
  });
});

describe('markedComments: a page of the list as GitHub sent it', () => {
  test('only comments whose first line is the marker, with their authors', () => {
    const page = [
      { id: 1, body: 'hello', user: { login: 'a', type: 'User' } },
      { id: 5, body: `Title: ${MARK}`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 6, body: `hi\n${MARK}`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 2, body: `${MARK}\nx`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 3, body: `${MARK}`, user: null },
      { id: 4, body: null, user: { login: 'b', type: 'User' } },
      null,
      'text',
    ];
    expect(markedComments(page, MARK, 7)).toEqual([
      by('github-actions[bot]', 'Bot', 2),
      by('', '', 3),
    ]);
  });

  test.each([
    [{ message: 'Not a list' }, 'an object'],
    [null, 'null'],
    ['comments', 'a string'],
  ])('%j is not a list: an ApiError that says so', (page, what) => {
    expect(() => markedComments(page, MARK, 7)).toThrow(ApiError);
    expect(() => markedComments(page, MARK, 7)).toThrow(
      `GitHub answered the list of comments of #7 with ${what}, not a list of comments.`,
    );
  });

  test('a marked comment without an id is named', () => {
    expect(() => markedComments([{ body: MARK, id: '5' }], MARK, 7)).toThrow(
      "without a numeric 'id'",
    );
  });
});

describe('upsertComment: a refused edit falls back, other faults do not', () => {
  type Call = { route: string; params: Record<string, unknown> };
  function fakeClient(
    page: unknown[],
    patch: (id: number) => ApiError | undefined,
  ): { client: GitHubClient; calls: Call[] } {
    const calls: Call[] = [];
    const send = async <T>(route: string, params: Record<string, unknown> = {}) => {
      calls.push({ route, params });
      if (route.startsWith('PATCH')) {
        const fault = patch(params.comment_id as number);
        if (fault) throw fault;
        return { data: {} as T, headers: {} };
      }
      if (route.startsWith('POST')) return { data: { id: 99 } as T, headers: {} };
      throw new Error(`unexpected ${route}`);
    };
    const client: GitHubClient = {
      get: send,
      send,
      sendOnce: send,
      async paginate<T>(_route: string, _params: Record<string, unknown>, take: (d: T) => unknown) {
        take(page as T);
      },
      requests: 0,
    };
    return { client, calls };
  }
  const page = [
    { id: 1, body: `${MARK}\nx`, user: { login: 'other-app[bot]', type: 'Bot' } },
    { id: 2, body: `${MARK}\ny`, user: { login: 'github-actions[bot]', type: 'Bot' } },
  ];
  const options = { identity: BOT, limit: deadline(30) };
  const forbidden = new ApiError('forbidden', 'GitHub answered 403: Resource not accessible.', 403);

  test('403 on the first of ours: the next one is edited', async () => {
    const { client, calls } = fakeClient(page, (id) => (id === 1 ? forbidden : undefined));
    const done = await upsertComment(client, 'o/r', 7, MARK, 'body', options);
    expect(done).toMatchObject({ action: 'updated', id: 2 });
    expect(done.refused).toEqual([
      { comment: by('other-app[bot]', 'Bot', 1), message: forbidden.message },
    ]);
    expect(calls.map((c) => [c.route.split(' ')[0], c.params.comment_id])).toEqual([
      ['PATCH', 1],
      ['PATCH', 2],
    ]);
  });

  test('every one of ours refused (403 or gone, 404): our own is created', async () => {
    const gone = new ApiError('not-found', 'GitHub answered 404: Not Found.', 404);
    const { client } = fakeClient(page, (id) => (id === 1 ? forbidden : gone));
    const done = await upsertComment(client, 'o/r', 7, MARK, 'body', options);
    expect(done).toMatchObject({ action: 'created', id: 99 });
    expect(done.refused.map((r) => r.comment.id)).toEqual([1, 2]);
  });

  test('any other fault on an edit is not taken for a refusal', async () => {
    const server = new ApiError('server', 'GitHub answered 502.', 502);
    const { client, calls } = fakeClient(page, () => server);
    await expect(upsertComment(client, 'o/r', 7, MARK, 'body', options)).rejects.toBe(server);
    expect(calls.filter((c) => c.route.startsWith('POST'))).toEqual([]);
  });
});
