/**
 * The pull-request comment: one per report-id, found by a hidden marker and updated in place.
 * Only a comment written by the token's own account counts (docs/decisions/perf-report-comment.md):
 * a marked comment by anyone else is left alone. A create that fails in a way that may have
 * created it anyway (5xx, reset connection, unreadable answer) is never repeated blindly: the
 * comments are listed again first, and the comment found there is updated instead.
 */
import { readFileSync } from 'node:fs';
import { type Deadline, pause } from '../lib/deadline.ts';
import { ApiError, type GitHubClient, retryDelay } from '../lib/github.ts';

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

/**
 * Who the token acts as: a user (a personal access token: `GET /user` names it), or a bot (the
 * workflow's GITHUB_TOKEN or an App installation token, which cannot call `GET /user`).
 */
export type TokenIdentity = { kind: 'user'; login: string } | { kind: 'bot' };

/** A comment holding the marker, reduced to what deciding needs. */
export interface MarkedComment {
  id: number;
  /** The author's login, `''` when the API sent none. */
  login: string;
  /** The author's account type (`User`, `Bot`, `Organization`), `''` when the API sent none. */
  type: string;
}

export interface Upserted {
  action: 'created' | 'updated';
  id: number;
  /** Marked comments by other accounts, left alone. */
  foreign: MarkedComment[];
  /** The create failed but had been carried out; the comment found afterwards was updated. */
  recovered?: boolean;
}

/** How many times a create that failed is tried again (after listing the comments again). */
export const CREATE_RETRIES = 3;

export async function tokenIdentity(client: GitHubClient): Promise<TokenIdentity> {
  try {
    const { data } = await client.get<{ login?: unknown }>('GET /user');
    const login = (data as { login?: unknown } | null)?.login;
    if (typeof login !== 'string' || login === '') {
      throw new ApiError('malformed', "GitHub answered GET /user without a 'login'.");
    }
    return { kind: 'user', login };
  } catch (cause) {
    if (cause instanceof ApiError && (cause.kind === 'forbidden' || cause.kind === 'auth')) {
      return { kind: 'bot' };
    }
    throw cause;
  }
}

/** Whether `comment` was written by the account the token acts as. */
export function isOurs(comment: MarkedComment, identity: TokenIdentity): boolean {
  if (identity.kind === 'user') {
    return comment.login.toLowerCase() === identity.login.toLowerCase();
  }
  return comment.type === 'Bot';
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
    if (typeof body !== 'string' || !body.includes(mark)) continue;
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

/** Marked comments split into ours (the first, the oldest) and everyone else's. */
export function chooseComment(marked: readonly MarkedComment[], identity: TokenIdentity) {
  const ours = marked.find((c) => isOurs(c, identity));
  return { ours, foreign: marked.filter((c) => !isOurs(c, identity)) };
}

const TRANSIENT = new Set(['server', 'network', 'malformed', 'timeout']);

export interface UpsertOptions {
  /** Who the token acts as; read with `tokenIdentity` when not given. */
  identity?: TokenIdentity;
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
    options.identity ?? tokenIdentity(client),
    listMarked(),
  ]);
  const update = async (id: number) => {
    await client.send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: id,
      body,
    });
  };
  const first = chooseComment(marked, identity);
  if (first.ours) {
    await update(first.ours.id);
    return { action: 'updated', id: first.ours.id, foreign: first.foreign };
  }
  for (let attempt = 0; ; attempt++) {
    let fault: ApiError;
    try {
      const created = await client.sendOnce<{ id?: unknown }>(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { owner, repo, issue_number: number, body },
      );
      const id = (created.data as { id?: unknown } | null)?.id;
      if (typeof id === 'number') return { action: 'created', id, foreign: first.foreign };
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
    if (again.ours) {
      await update(again.ours.id);
      return { action: 'updated', id: again.ours.id, foreign: again.foreign, recovered: true };
    }
  }
}
