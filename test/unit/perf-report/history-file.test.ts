/**
 * The history file at `history-path`: what may be written over (only this report's history, or
 * nothing), and the atomic write (a temporary file in the same folder, flushed, renamed), with
 * failures injected at every step before the rename. Symbolic links: test/adversarial/.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, type MockInstance, test, vi } from 'vitest';
import {
  emptyHistory,
  entryOf,
  type History,
  historyText,
} from '../../../actions/perf-report/history.ts';
import {
  atomicWrite,
  type FileIo,
  inspectHistoryFile,
  NODE_IO,
  underWorkspace,
  writeHistoryFile,
} from '../../../actions/perf-report/history-store.ts';

let ws: string;
let out: MockInstance;
beforeEach(() => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'perf-history-file-')));
  out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  out.mockRestore();
  rmSync(ws, { recursive: true, force: true });
});

const printed = () => out.mock.calls.map((c) => String(c[0])).join('');

const history = (reportId = 'perf-report', runs = [1, 2]): History => ({
  ...emptyHistory(reportId),
  entries: runs.map((runId) =>
    entryOf({
      runId,
      runAttempt: 1,
      date: '2026-03-02T09:30:00.000Z',
      commit: 'abc',
      speedup: 2,
      jobs: [{ runner: 'M4', kind: 'self-hosted', conclusion: 'success', machine: 'mini' }],
    }),
  ),
});

describe('underWorkspace', () => {
  test.each([
    ['/w', '/real/w', '/w/h.json', 'h.json'],
    ['/w', '/real/w', '/w/a/b/h.json', 'a/b/h.json'],
    ['/w', '/real/w', '/real/w/h.json', 'h.json'],
    ['/w', '/real/w', '/w/..h.json', '..h.json'],
    ['/w', '/real/w', '/w', undefined],
    ['/w', '/real/w', '/w/../h.json', undefined],
    ['/w', '/real/w', '/wx/h.json', undefined],
    ['/w', '/real/w', '/etc/passwd', undefined],
  ])('workspace %s (real %s), %s → %s', (w, real, path, want) => {
    expect(underWorkspace(w, real, path)).toBe(want);
  });
});

describe('inspectHistoryFile: what may be written over', () => {
  test('nothing there (and no folder yet): absent, relative to the real workspace', () => {
    expect(inspectHistoryFile(ws, join(ws, 'h.json'), 'perf-report')).toEqual({
      kind: 'absent',
      root: ws,
      rel: 'h.json',
    });
    expect(inspectHistoryFile(ws, join(ws, 'a', 'b', 'h.json'), 'perf-report')).toEqual({
      kind: 'absent',
      root: ws,
      rel: join('a', 'b', 'h.json'),
    });
  });

  test("this report's history: ours, with its mode and what it holds", () => {
    writeFileSync(join(ws, 'h.json'), historyText(history()));
    chmodSync(join(ws, 'h.json'), 0o640);
    const file = inspectHistoryFile(ws, join(ws, 'h.json'), 'perf-report');
    expect(file).toMatchObject({ kind: 'ours', root: ws, rel: 'h.json', mode: 0o640 });
    expect(file.kind === 'ours' && file.parsed).toEqual({ history: history() });
  });

  test('our history with some invalid entries is still ours (they are dropped on writing)', () => {
    const text = JSON.stringify({ ...history(), entries: [...history().entries, { runId: 'x' }] });
    writeFileSync(join(ws, 'h.json'), text);
    const file = inspectHistoryFile(ws, join(ws, 'h.json'), 'perf-report');
    expect(file.kind).toBe('ours');
  });

  test.each([
    ['', 'it is not JSON'],
    ['{"name": "my-package"}', 'it is not a perf-report history (no "schema": '],
    [historyText(history('linux')), "it is the history of report-id 'linux', not 'perf-report'"],
    [
      '{"schema": "runner-actions/perf-report-history@1", "reportId": "perf-report"}',
      'it has no "entries" list',
    ],
  ])('%j is refused: %s', (text, reason) => {
    writeFileSync(join(ws, 'h.json'), text);
    const file = inspectHistoryFile(ws, join(ws, 'h.json'), 'perf-report');
    expect(file.kind).toBe('refused');
    expect(file.kind === 'refused' && file.reason.startsWith(reason)).toBe(true);
  });

  test('over the size cap, a folder, a path through a file, outside: refused', () => {
    writeFileSync(join(ws, 'h.json'), historyText(history()));
    const size = statSync(join(ws, 'h.json')).size;
    expect(inspectHistoryFile(ws, join(ws, 'h.json'), 'perf-report', size - 1)).toEqual({
      kind: 'refused',
      reason: `it is ${size} bytes, over the ${size - 1} a history may be`,
    });
    expect(inspectHistoryFile(ws, join(ws, 'h.json'), 'perf-report', size).kind).toBe('ours');
    mkdirSync(join(ws, 'dir'));
    expect(inspectHistoryFile(ws, join(ws, 'dir'), 'perf-report')).toEqual({
      kind: 'refused',
      reason: 'it is not a regular file',
    });
    expect(inspectHistoryFile(ws, join(ws, 'h.json', 'x.json'), 'perf-report')).toEqual({
      kind: 'refused',
      reason: 'the folder h.json is not a folder',
    });
    expect(inspectHistoryFile(ws, join(ws, '..', 'x.json'), 'perf-report')).toEqual({
      kind: 'refused',
      reason: 'it is outside the workspace',
    });
    expect(inspectHistoryFile(join(ws, 'missing'), join(ws, 'missing', 'h.json'), 'x')).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^the workspace cannot be resolved \(/),
    });
  });
});

/** NODE_IO with one operation replaced by one that fails. */
function failing(op: keyof FileIo): FileIo {
  return {
    ...NODE_IO,
    [op]: () => {
      throw Object.assign(new Error(`${op} failed: EIO`), { code: 'EIO' });
    },
  };
}

describe('atomicWrite: the old file or the new one, never half of one', () => {
  test('writes the text with the mode asked for, whatever the umask; no temporary file left', () => {
    const target = join(ws, 'h.json');
    const umask = process.umask(0o077);
    try {
      atomicWrite(target, 'new\n', 0o644);
    } finally {
      process.umask(umask);
    }
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(readdirSync(ws)).toEqual(['h.json']);
  });

  test.each(['fchmod', 'write', 'fsync', 'close', 'rename'] as const)(
    'a failing %s leaves the old file byte for byte and no temporary file',
    (op) => {
      const target = join(ws, 'h.json');
      writeFileSync(target, 'old\n');
      chmodSync(target, 0o600);
      expect(() => atomicWrite(target, 'new\n', 0o600, failing(op))).toThrow(`${op} failed: EIO`);
      expect(readFileSync(target, 'utf8')).toBe('old\n');
      expect(statSync(target).mode & 0o777).toBe(0o600);
      expect(readdirSync(ws)).toEqual(['h.json']);
    },
  );

  test('a check that fails just before the rename stops it the same way', () => {
    const target = join(ws, 'h.json');
    writeFileSync(target, 'old\n');
    expect(() =>
      atomicWrite(target, 'new\n', 0o644, NODE_IO, () => {
        throw new Error('moved');
      }),
    ).toThrow('moved');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(ws)).toEqual(['h.json']);
  });

  test('a temporary file it could not create is not removed (it may be someone else’s)', () => {
    const unlink = vi.fn();
    expect(() =>
      atomicWrite(join(ws, 'h.json'), 'x', 0o644, { ...failing('open'), unlink }),
    ).toThrow('open failed');
    expect(unlink).not.toHaveBeenCalled();
  });

  test('the temporary file is new, in the same folder, with a random name, opened exclusively', async () => {
    const opened: { path: string; flags: number }[] = [];
    const io: FileIo = {
      ...NODE_IO,
      open: (path, flags, mode) => {
        opened.push({ path, flags });
        return NODE_IO.open(path, flags, mode);
      },
    };
    atomicWrite(join(ws, 'h.json'), 'a', 0o644, io);
    atomicWrite(join(ws, 'h.json'), 'b', 0o644, io);
    expect(opened).toHaveLength(2);
    for (const o of opened) {
      expect(o.path).toMatch(new RegExp(`^${ws}/\\.h\\.json\\.[0-9a-f]{16}\\.tmp$`));
    }
    expect(opened[0]?.path).not.toBe(opened[1]?.path);
    const { O_CREAT, O_EXCL, O_NOFOLLOW } = (await import('node:fs')).constants;
    expect(opened[0]?.flags && opened[0].flags & (O_CREAT | O_EXCL | O_NOFOLLOW)).toBe(
      O_CREAT | O_EXCL | O_NOFOLLOW,
    );
  });
});

describe('writeHistoryFile', () => {
  test('creates the folders and the file; the count it wrote', () => {
    const path = join(ws, 'perf', 'deep', 'h.json');
    expect(writeHistoryFile(ws, path, 'perf/deep/h.json', history())).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(historyText(history()));
    expect(statSync(path).mode & 0o777).toBe(0o644);
    expect(printed()).toContain('history: wrote 2 runs to perf/deep/h.json.');
  });

  test('a file that turned foreign since it was read is not written over', () => {
    const path = join(ws, 'h.json');
    writeFileSync(path, historyText(history('linux')));
    const before = readFileSync(path);
    expect(writeHistoryFile(ws, path, 'h.json', history())).toBeUndefined();
    expect(readFileSync(path)).toEqual(before);
    expect(printed()).toContain(
      "::warning title=perf-report history::history-path: h.json was not written: it is the history of report-id 'linux', not 'perf-report'. It is left as it is.",
    );
  });

  test('a write that fails is a warning naming the file; the old file stays', () => {
    const path = join(ws, 'h.json');
    writeFileSync(path, historyText(history('perf-report', [1])));
    const before = readFileSync(path);
    expect(writeHistoryFile(ws, path, 'h.json', history(), failing('fsync'))).toBeUndefined();
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(ws)).toEqual(['h.json']);
    expect(printed()).toContain(
      '::warning title=perf-report history::history-path: could not write h.json: fsync failed: EIO',
    );
  });
});
