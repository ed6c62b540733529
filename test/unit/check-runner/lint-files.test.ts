import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { LIMITS, readWorkflows } from '../../../actions/check-runner/lint/files.ts';

let base: string;
let ws: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'guard-files-'));
  ws = join(base, 'ws');
  mkdirSync(ws);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function write(rel: string, text = 'jobs: {}\n', root = ws) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

const files = (globs: string[], limits = LIMITS) =>
  readWorkflows(ws, globs, limits).sources.map((s) =>
    'text' in s ? s.file : `${s.file}: ${s.skipped}`,
  );

test('globs relative to the workspace, `!` to leave out, sorted, each file once', () => {
  write('.github/workflows/b.yml');
  write('.github/workflows/a.yaml');
  write('.github/workflows/notes.md');
  write('.github/workflows/old/c.yml');
  write('other/d.yml');
  expect(files(['.github/workflows/*.y*ml', '.github/workflows/a.yaml'])).toEqual([
    '.github/workflows/a.yaml',
    '.github/workflows/b.yml',
  ]);
  expect(files(['**/*.yml', '!other/**'])).toEqual([
    '.github/workflows/b.yml',
    '.github/workflows/old/c.yml',
  ]);
});

test('a link inside the workspace is read; one out of it, or dangling, is reported', () => {
  write('shared/x.yml');
  write('secret.yml', 'jobs: {}\n', base);
  mkdirSync(join(ws, 'wf'));
  symlinkSync(join(ws, 'shared', 'x.yml'), join(ws, 'wf', 'in.yml'));
  symlinkSync(join(base, 'secret.yml'), join(ws, 'wf', 'out.yml'));
  symlinkSync(join(ws, 'nowhere.yml'), join(ws, 'wf', 'gone.yml'));
  expect(files(['wf/*.yml'])).toEqual([
    'wf/gone.yml: a link whose target does not exist; not read',
    'wf/in.yml',
    'wf/out.yml: a link to outside the workspace; not read',
  ]);
});

test('a linked folder is never walked', () => {
  write('outside/wf/x.yml', 'jobs: {}\n', base);
  symlinkSync(join(base, 'outside'), join(ws, 'linked'));
  expect(files(['linked/**/*.yml', '**/*.yml'])).toEqual([]);
  expect(readWorkflows(ws, ['linked/wf/*.yml']).notes).toEqual([
    "'linked/wf' leads outside the workspace; not read.",
  ]);
});

test('a literal path names one file: it is read, not taken for a folder', () => {
  write('.github/workflows/ci.yml', 'on: push\n');
  write('.github/workflows/other.yml');
  const read = readWorkflows(ws, ['.github/workflows/ci.yml']);
  expect(read).toEqual({
    sources: [{ file: '.github/workflows/ci.yml', text: 'on: push\n' }],
    notes: [],
  });
  expect(files(['./.github/workflows/ci.yml', '.github/workflows/other.yml'])).toEqual([
    '.github/workflows/ci.yml',
    '.github/workflows/other.yml',
  ]);
  expect(files(['.github/workflows/ci.yml', '!.github/workflows/ci.yml'])).toEqual([]);
});

test('a literal path that is missing, a folder, or through a link out of the workspace: said', () => {
  write('.github/workflows/ci.yml');
  write('outside/wf/x.yml', 'jobs: {}\n', base);
  symlinkSync(join(base, 'outside'), join(ws, 'linked'));
  expect(readWorkflows(ws, ['.github/workflows/gone.yml'])).toEqual({
    sources: [],
    notes: ["'.github/workflows/gone.yml' does not exist in the workspace."],
  });
  expect(readWorkflows(ws, ['.github/nothere/ci.yml']).notes).toEqual([
    "'.github/nothere/ci.yml' does not exist in the workspace.",
  ]);
  expect(readWorkflows(ws, ['.github/workflows']).notes).toEqual([
    "'.github/workflows' is a folder: name its files, e.g. '.github/workflows/*.y*ml'.",
  ]);
  expect(readWorkflows(ws, ['linked/wf/x.yml'])).toEqual({
    sources: [],
    notes: ["'linked/wf' leads outside the workspace; not read."],
  });
});

test('a literal path that is a link: read only when its target is inside the workspace', () => {
  write('shared/x.yml', 'on: push\n');
  write('secret.yml', 'jobs: {}\n', base);
  mkdirSync(join(ws, 'wf'));
  symlinkSync(join(ws, 'shared', 'x.yml'), join(ws, 'wf', 'in.yml'));
  symlinkSync(join(base, 'secret.yml'), join(ws, 'wf', 'out.yml'));
  expect(files(['wf/in.yml', 'wf/out.yml'])).toEqual([
    'wf/in.yml',
    'wf/out.yml: a link to outside the workspace; not read',
  ]);
});

test("'More than N workflow files' is said once, however many more match", () => {
  for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) write(`${name}.yml`);
  const limits = { maxBytes: 50, maxFiles: 2, maxEntries: 100 };
  const read = readWorkflows(ws, ['*.yml', 'f.yml'], limits);
  expect(read.sources.map((s) => s.file)).toEqual(['a.yml', 'b.yml']);
  expect(read.notes).toEqual(['More than 2 workflow files match; the rest are not read.']);
});

test('limits: bytes per file, files in all', () => {
  write('a.yml', 'x'.repeat(100));
  write('b.yml');
  write('c.yml');
  const small = { maxBytes: 50, maxFiles: 2, maxEntries: 100 };
  const read = readWorkflows(ws, ['*.yml'], small);
  expect(read.sources.map((s) => ('text' in s ? s.file : `${s.file}: ${s.skipped}`))).toEqual([
    'a.yml: 100 bytes, over the 50-byte limit; not read',
    'b.yml',
  ]);
  expect(read.notes).toEqual(['More than 2 workflow files match; the rest are not read.']);
});
