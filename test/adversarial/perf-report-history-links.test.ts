/**
 * perf-report's `history-path` against hostile layouts a checkout (or an earlier step) can plant:
 * symbolic links at the file or at a folder on its way, pointing out of the workspace or inside
 * it, dangling, looping; a hard link to a file outside; a FIFO; a folder swapped for a link just
 * before the rename. The history is never written through a link, nothing outside the workspace
 * changes, and what is refused is left exactly as it was.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  emptyHistory,
  entryOf,
  type History,
  historyText,
} from '../../actions/perf-report/history.ts';
import {
  type FileIo,
  NODE_IO,
  readHistoryFile,
  writeHistoryFile,
} from '../../actions/perf-report/history-store.ts';
import { comparisonRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { runAction } from '../support/local-runner.ts';

const ours = (runs: number[]): History => ({
  ...emptyHistory('perf-report'),
  entries: runs.map((runId) =>
    entryOf({
      runId,
      runAttempt: 1,
      date: '2026-03-02T09:30:00.000Z',
      commit: '',
      speedup: 2,
      jobs: [],
    }),
  ),
});
const OURS = historyText(ours([1]));

let root: string;
let ws: string;
let outside: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'perf-history-links-')));
  ws = join(root, 'ws');
  outside = join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes (links as `-> target`), to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, rel: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const key = rel ? `${rel}/${name}` : name;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) out[key] = `-> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) walk(path, key);
      else if (stat.isFile()) out[key] = readFileSync(path, 'utf8');
      else out[key] = '(special)';
    }
  };
  walk(dir, '');
  return out;
}

/** Reads and then writes the history the way the action does; returns what it said. */
function readThenWrite(rel: string, io: FileIo = NODE_IO) {
  const path = join(ws, rel);
  const read = readHistoryFile(ws, path, rel, 'perf-report');
  const written =
    read.file.kind === 'refused' ? undefined : writeHistoryFile(ws, path, rel, ours([1, 2]), io);
  return {
    kind: read.file.kind,
    reason: read.file.kind === 'refused' ? read.file.reason : '',
    written,
  };
}

describe('symbolic links are never written through', () => {
  test.each([
    [
      'the file links to our own history outside',
      'h.json',
      () => symlinkSync(join(outside, 'h.json'), join(ws, 'h.json')),
      'it is a symbolic link',
    ],
    [
      'the file links to our own history inside',
      'h.json',
      () => symlinkSync('real.json', join(ws, 'h.json')),
      'it is a symbolic link',
    ],
    [
      'the file links to a file that does not exist, outside',
      'h.json',
      () => symlinkSync(join(outside, 'new.json'), join(ws, 'h.json')),
      'it is a symbolic link',
    ],
    [
      'the file links to itself',
      'h.json',
      () => symlinkSync('h.json', join(ws, 'h.json')),
      'it is a symbolic link',
    ],
    [
      'a folder on the way links outside',
      'perf/h.json',
      () => symlinkSync(outside, join(ws, 'perf')),
      'the folder perf is a symbolic link',
    ],
    [
      'a folder on the way links inside',
      'perf/h.json',
      () => {
        mkdirSync(join(ws, 'real'));
        symlinkSync('real', join(ws, 'perf'));
      },
      'the folder perf is a symbolic link',
    ],
    [
      'a deeper folder links outside',
      'a/b/h.json',
      () => {
        mkdirSync(join(ws, 'a'));
        symlinkSync(outside, join(ws, 'a', 'b'));
      },
      'the folder a/b is a symbolic link',
    ],
    [
      'a folder on the way links to one that does not exist',
      'gone/h.json',
      () => symlinkSync(join(outside, 'gone'), join(ws, 'gone')),
      'the folder gone is a symbolic link',
    ],
  ])('%s: refused, nothing changes', (_, rel, plant, reason) => {
    writeFileSync(join(outside, 'h.json'), OURS);
    writeFileSync(join(ws, 'real.json'), OURS);
    plant();
    const before = { ws: snapshot(ws), outside: snapshot(outside) };
    const result = readThenWrite(rel);
    expect(result).toEqual({ kind: 'refused', reason, written: undefined });
    expect(snapshot(ws)).toEqual(before.ws);
    expect(snapshot(outside)).toEqual(before.outside);
  });

  test('the warning names the path escaped, the step reads a fresh history', () => {
    const rel = 'h\n::error::x.json';
    symlinkSync(join(outside, 'h.json'), join(ws, rel));
    const write = vi.mocked(process.stdout.write);
    const read = readHistoryFile(ws, join(ws, rel), rel, 'perf-report');
    expect(read.history).toEqual(emptyHistory('perf-report'));
    const printed = write.mock.calls.map((c) => String(c[0])).join('');
    expect(printed).toBe(
      "::warning title=perf-report history::history-path: h\\n::error::x.json is not this report's history (report-id perf-report): it is a symbolic link. It is left as it is and will not be written; a fresh history is shown.\n",
    );
  });
});

describe('other hostile files', () => {
  test('a hard link to a file outside: the outside file is not changed (the rename replaces the name)', () => {
    writeFileSync(join(outside, 'h.json'), OURS);
    linkSync(join(outside, 'h.json'), join(ws, 'h.json'));
    expect(readThenWrite('h.json')).toEqual({ kind: 'ours', reason: '', written: 2 });
    expect(readFileSync(join(outside, 'h.json'), 'utf8')).toBe(OURS);
    expect(readFileSync(join(ws, 'h.json'), 'utf8')).toBe(historyText(ours([1, 2])));
  });

  test.runIf(process.platform !== 'win32')('a FIFO is refused without blocking on it', () => {
    execFileSync('mkfifo', [join(ws, 'h.json')]);
    expect(readThenWrite('h.json')).toEqual({
      kind: 'refused',
      reason: 'it is not a regular file',
      written: undefined,
    });
    expect(lstatSync(join(ws, 'h.json')).isFIFO()).toBe(true);
  });

  test('a folder swapped for a link to outside just before the rename: nothing lands outside', () => {
    mkdirSync(join(ws, 'perf'));
    writeFileSync(join(ws, 'perf', 'h.json'), OURS);
    const io: FileIo = {
      ...NODE_IO,
      fsync(fd) {
        NODE_IO.fsync(fd);
        // An attacker moves the folder (with the new file in it) out of the workspace and plants
        // a link to it in its place: a rename through the link would land outside.
        renameSync(join(ws, 'perf'), join(outside, 'perf'));
        symlinkSync(join(outside, 'perf'), join(ws, 'perf'));
      },
    };
    const result = readThenWrite('perf/h.json', io);
    expect(result.written).toBeUndefined();
    expect(readFileSync(join(outside, 'perf', 'h.json'), 'utf8')).toBe(OURS);
    // The new file is left where it was made (now outside), never renamed over the old one.
    expect(readdirSync(join(outside, 'perf')).filter((n) => n === 'h.json')).toEqual(['h.json']);
  });

  test('the workspace itself may be reached through a link (e.g. /tmp on macOS)', () => {
    const alias = join(root, 'alias');
    symlinkSync(ws, alias);
    const path = join(alias, 'h.json');
    expect(readHistoryFile(alias, path, 'h.json', 'perf-report').file.kind).toBe('absent');
    expect(writeHistoryFile(alias, path, 'h.json', ours([1]))).toBe(1);
    expect(readFileSync(join(ws, 'h.json'), 'utf8')).toBe(OURS);
  });
});

describe('the built action', () => {
  let api: GitHubApi;
  beforeAll(async () => {
    api = await startGitHubApi();
  });
  afterAll(() => api.close());

  test('history-path linking out of the workspace: a warning, the target untouched, step succeeds', async () => {
    writeFileSync(join(outside, 'h.json'), OURS);
    symlinkSync(join(outside, 'h.json'), join(ws, 'h.json'));
    api.data.jobs.set(701, comparisonRun({ runId: 701 }));
    const r = await runAction({
      action: 'perf-report',
      inputs: { 'history-path': 'h.json' },
      workspace: ws,
      github: {
        apiUrl: api.url,
        token: 'test-token',
        repository: 'octo-org/octo-repo',
        runId: 701,
        eventName: 'push',
        ref: 'refs/heads/main',
      },
    });
    expect(r.main.outcome).toBe('success');
    expect(r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      "history-path: h.json is not this report's history (report-id perf-report): it is a symbolic link. It is left as it is and will not be written; a fresh history is shown.",
    ]);
    expect(readFileSync(join(outside, 'h.json'), 'utf8')).toBe(OURS);
    expect(readlinkSync(join(ws, 'h.json'))).toBe(join(outside, 'h.json'));
    expect(r.outputs['history-count']).toBe('0');
  });

  test.each(['../h.json', '/etc/perf-history.json'])(
    'history-path %s outside the workspace is an input error; nothing is written',
    async (path) => {
      api.data.jobs.set(702, comparisonRun({ runId: 702 }));
      const r = await runAction({
        action: 'perf-report',
        inputs: { 'history-path': path },
        workspace: ws,
        github: {
          apiUrl: api.url,
          token: 'test-token',
          repository: 'octo-org/octo-repo',
          runId: 702,
          eventName: 'push',
          ref: 'refs/heads/main',
        },
      });
      expect(r.main.outcome).toBe('failure');
      expect(r.main.annotations.find((a) => a.level === 'error')?.message).toBe(
        `Input 'history-path' accepts the path of a file inside the workspace; got '${path}'.`,
      );
      expect(existsSync(join(root, 'h.json'))).toBe(false);
      expect(existsSync('/etc/perf-history.json')).toBe(false);
    },
  );
});
