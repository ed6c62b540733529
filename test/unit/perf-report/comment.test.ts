import { describe, expect, test } from 'vitest';
import { ApiError } from '../../../actions/lib/github.ts';
import {
  chooseComment,
  isOurs,
  type MarkedComment,
  markedComments,
  type TokenIdentity,
} from '../../../actions/perf-report/comment.ts';

const MARK = '<!-- perf-report:perf-report -->';
const BOT: TokenIdentity = { kind: 'bot' };
const OCTOCAT: TokenIdentity = { kind: 'user', login: 'octocat' };
const by = (login: string, type: string, id = 1): MarkedComment => ({ id, login, type });

describe('isOurs (docs/decisions/perf-report-comment.md)', () => {
  test.each([
    [BOT, by('github-actions[bot]', 'Bot'), true],
    [BOT, by('my-app[bot]', 'Bot'), true],
    [BOT, by('octocat', 'User'), false],
    [BOT, by('github-actions[bot]', 'User'), false],
    [BOT, by('', ''), false],
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
    expect(chooseComment(list, BOT)).toEqual({ ours: list[1], foreign: [list[0]] });
    expect(chooseComment(list, OCTOCAT)).toEqual({ ours: undefined, foreign: list });
  });
});

describe('markedComments: a page of the list as GitHub sent it', () => {
  test('only comments holding the marker, with their authors', () => {
    const page = [
      { id: 1, body: 'hello', user: { login: 'a', type: 'User' } },
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
