/**
 * The pull-request comment: one per report-id, found by a hidden marker on its first line and
 * updated in place. Only a comment written by the token's own account counts
 * (docs/decisions/perf-report-comment.md): a marked comment by anyone else is left alone, and one
 * GitHub refuses to let us edit (403) is taken for someone else's: a comment of our own is made
 * instead. A create that fails in a way that may have
 * created it anyway (5xx, reset connection, unreadable answer) is never repeated blindly: the
 * comments are listed again first, and the comment found there is updated instead.
 */
import { readFileSync } from 'node:fs';
import { type Deadline, pause } from '../lib/deadline.ts';
import { ApiError, type GitHubClient, retryDelay } from '../lib/github.ts';

export const marker = (reportId: string): string => `<!-- perf-report:${reportId} -->`;

/**
 * Does `body` carry `mark` the way this action writes it: as its whole first line? A marker
 * anywhere else (a quoted pull-request title, a quoted comment) does not count.
 */
export function startsWithMarker(body: string, mark: string): boolean {
  if (!body.startsWith(mark)) return false;
  const rest = body.slice(mark.length);
  return rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n');
}

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

/**
 * Who the token acts as: a user (a personal access token: `GET /user` names it), or a bot (the
 * workflow's GITHUB_TOKEN or an App installation token, which cannot call `GET /user`): its login
 * (`github-actions[bot]`, `<app-slug>[bot]`) as GraphQL's `viewer` names it, undefined when
 * GraphQL did not answer.
 */
export type TokenIdentity = { kind: 'user'; login: string } | { kind: 'bot'; login?: string };

/** A comment holding the marker, reduced to what deciding needs. */
export interface MarkedComment {
  id: number;
  /** The author's login, `''` when the API sent none. */
  login: string;
  /** The author's account type (`User`, `Bot`, `Organization`), `''` when the API sent none. */
  type: string;
}

/** A marked comment we took for ours that GitHub would not let us edit. */
export interface RefusedEdit {
  comment: MarkedComment;
  /** GitHub's answer (`GitHub answered 403: …`). */
  message: string;
}

export interface Upserted {
  action: 'created' | 'updated';
  id: number;
  identity: TokenIdentity;
  /** Marked comments by other accounts, left alone. */
  foreign: MarkedComment[];
  /** Comments taken for ours whose edit GitHub refused (403, or gone: 404); a new one was made. */
  refused: RefusedEdit[];
  /** The create failed but had been carried out; the comment found afterwards was updated. */
  recovered?: boolean;
}

/** How many times a create that failed is tried again (after listing the comments again). */
export const CREATE_RETRIES = 3;

/** GitHub's GraphQL endpoint beside a REST base: `/graphql`, or GHES's `/api/graphql`. */
export function graphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.replace(/\/v3$/, '/graphql') : `${base}/graphql`;
}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,98}(\[bot\])?$/;

/**
 * The login GraphQL's `viewer` names for an installation token (`github-actions[bot]`,
 * `<app-slug>[bot]`); undefined when it does not answer with one.
 */
export async function botLogin(client: GitHubClient, apiUrl: string): Promise<string | undefined> {
  try {
    const { data } = await client.send<unknown>(`POST ${graphqlUrl(apiUrl)}`, {
      query: 'query { viewer { login } }',
    });
    const login = (data as { data?: { viewer?: { login?: unknown } } } | null)?.data?.viewer?.login;
    return typeof login === 'string' && LOGIN.test(login) ? login : undefined;
  } catch {
    return undefined;
  }
}

export async function tokenIdentity(client: GitHubClient, apiUrl: string): Promise<TokenIdentity> {
  try {
    const { data } = await client.get<{ login?: unknown }>('GET /user');
    const login = (data as { login?: unknown } | null)?.login;
    if (typeof login !== 'string' || login === '') {
      throw new ApiError('malformed', "GitHub answered GET /user without a 'login'.");
    }
    return { kind: 'user', login };
  } catch (cause) {
    if (cause instanceof ApiError && (cause.kind === 'forbidden' || cause.kind === 'auth')) {
      const login = await botLogin(client, apiUrl);
      return login ? { kind: 'bot', login } : { kind: 'bot' };
    }
    throw cause;
  }
}

/**
 * Whether `comment` was written by the account the token acts as: a user token's own login; for
 * a bot token, a `Bot` author with the bot's login, or any `Bot` author when GitHub did not name
 * the bot (never a `User`).
 */
export function isOurs(comment: MarkedComment, identity: TokenIdentity): boolean {
  if (identity.kind === 'user') {
    return comment.login.toLowerCase() === identity.login.toLowerCase();
  }
  if (comment.type !== 'Bot') return false;
  return (
    identity.login === undefined || comment.login.toLowerCase() === identity.login.toLowerCase()
  );
}

/**
 * The comments of one page that hold `mark`; a page that is not a list, or an entry without a
 * numeric `id`, is an ApiError naming what was wrong.
 */
export function markedComments(page: unknown, mark: string, issue: number): MarkedComment[] {
  if (!Array.isArray(page)) {
    throw new ApiError(
      'malformed',
      `GitHub answered the list of comments of #${issue} with ${describe(page)}, not a list of comments.`,
    );
  }
  const out: MarkedComment[] = [];
  for (const c of page as unknown[]) {
    if (typeof c !== 'object' || c === null) continue;
    const { body, id, user } = c as { body?: unknown; id?: unknown; user?: unknown };
    if (typeof body !== 'string' || !startsWithMarker(body, mark)) continue;
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
      throw new ApiError(
        'malformed',
        `GitHub listed a comment on #${issue} holding the marker without a numeric 'id'.`,
      );
    }
    const u = (typeof user === 'object' && user !== null ? user : {}) as {
      login?: unknown;
      type?: unknown;
    };
    out.push({
      id,
      login: typeof u.login === 'string' ? u.login : '',
      type: typeof u.type === 'string' ? u.type : '',
    });
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Marked comments split into ours (oldest first) and everyone else's. */
export function chooseComment(marked: readonly MarkedComment[], identity: TokenIdentity) {
  return {
    ours: marked.filter((c) => isOurs(c, identity)),
    foreign: marked.filter((c) => !isOurs(c, identity)),
  };
}

/** Answers to an edit that say the comment is not ours to edit (or no longer there). */
const NOT_OURS = new Set(['forbidden', 'not-found']);

const TRANSIENT = new Set(['server', 'network', 'malformed', 'timeout']);

export interface UpsertOptions {
  /** Who the token acts as; read with `tokenIdentity` when not given. */
  identity?: TokenIdentity;
  /** The REST base (GITHUB_API_URL), for GraphQL's address. */
  apiUrl?: string;
  /** Bounds the waits between attempts to create. */
  limit: Deadline;
}

/** Updates our comment carrying `mark`, or creates it. */
export async function upsertComment(
  client: GitHubClient,
  repository: string,
  number: number,
  mark: string,
  body: string,
  options: UpsertOptions,
): Promise<Upserted> {
  const [owner, repo] = repository.split('/');
  const listMarked = async () => {
    const marked: MarkedComment[] = [];
    await client.paginate<unknown>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner, repo, issue_number: number },
      (page) => {
        marked.push(...markedComments(page, mark, number));
        return true;
      },
    );
    return marked;
  };
  const [identity, marked] = await Promise.all([
    options.identity ?? tokenIdentity(client, options.apiUrl ?? 'https://api.github.com'),
    listMarked(),
  ]);
  const refused: RefusedEdit[] = [];
  const tried = new Set<number>();
  /** Edits the first of `ours` GitHub lets us edit; undefined when it refuses every one. */
  const updateFirst = async (ours: readonly MarkedComment[]) => {
    for (const c of ours) {
      if (tried.has(c.id)) continue;
      tried.add(c.id);
      try {
        await client.send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner,
          repo,
          comment_id: c.id,
          body,
        });
        return c.id;
      } catch (cause) {
        if (!(cause instanceof ApiError) || !NOT_OURS.has(cause.kind)) throw cause;
        refused.push({ comment: c, message: cause.message });
      }
    }
    return undefined;
  };
  const first = chooseComment(marked, identity);
  const updated = await updateFirst(first.ours);
  if (updated !== undefined) {
    return { action: 'updated', id: updated, identity, foreign: first.foreign, refused };
  }
  for (let attempt = 0; ; attempt++) {
    let fault: ApiError;
    try {
      const created = await client.sendOnce<{ id?: unknown }>(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { owner, repo, issue_number: number, body },
      );
      const id = (created.data as { id?: unknown } | null)?.id;
      if (typeof id === 'number') {
        return { action: 'created', id, identity, foreign: first.foreign, refused };
      }
      fault = new ApiError('malformed', `GitHub created a comment on #${number} without an 'id'.`);
    } catch (cause) {
      fault = cause instanceof ApiError ? cause : new ApiError('other', (cause as Error).message);
    }
    const wait = retryDelay(fault, attempt);
    if (attempt >= CREATE_RETRIES || wait === undefined || wait >= options.limit.remaining()) {
      throw fault;
    }
    try {
      await pause(wait, options.limit);
    } catch {
      throw fault;
    }
    if (!TRANSIENT.has(fault.kind)) continue;
    // The create may have been carried out: look before creating again.
    const again = chooseComment(await listMarked(), identity);
    const found = await updateFirst(again.ours);
    if (found !== undefined) {
      return {
        action: 'updated',
        id: found,
        identity,
        foreign: again.foreign,
        refused,
        recovered: true,
      };
    }
  }
}
