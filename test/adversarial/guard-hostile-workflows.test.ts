// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
// Proves that hostile workflow files cannot act through check-runner's label lint: job ids and
// labels carrying workflow commands, legacy `##[` commands, mentions and table pipes stay inert in
// the log, the annotations and the summary; a workflow linked to outside the workspace, a huge
// file, a YAML alias bomb and invalid YAML are reported by name, never read or crashed on.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { api, REPO, step } from '../integration/fleet-helpers.ts';
import { loadDemoFleet } from '../support/demo-fleet.ts';
import type { GitHubApi } from '../support/github-api.ts';

let stand: GitHubApi;
let base: string;
let workspace: string;
beforeEach(async () => {
  stand = await api();
  loadDemoFleet(stand, { repo: REPO });
  base = mkdtempSync(join(tmpdir(), 'guard-adv-'));
  workspace = join(base, 'workspace');
  mkdirSync(workspace);
});
afterEach(async () => {
  await stand.close();
  rmSync(base, { recursive: true, force: true });
});

function write(rel: string, text: string | Buffer, root = workspace) {
  const file = join(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const lint = (inputs: Record<string, string> = {}) =>
  step(stand, 'check-runner', { workflows: '.github/workflows/*', ...inputs }, { workspace });

/** Table rows of the summary must keep their column count: no injected `|`. */
function columnsOf(summary: string): number[] {
  return summary
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) => l.replace(/\\\|/g, '').split('|').length);
}

test('job ids and labels with commands, ##[, mentions and pipes stay inert', async () => {
  write(
    '.github/workflows/evil.yml',
    [
      'on: push',
      'jobs:',
      '  "pwn\\n::error::injected-by-job-id":',
      '    runs-on: ["self-hosted", "gpu\\n::error title=x::injected-by-label", "##[error]legacy", "@everyone | x | y"]',
      '  "@everyone":',
      '    runs-on: "::warning::leading | pipe"',
      '  "ok":',
      '    runs-on: "##[group]grouped"',
    ].join('\n'),
  );
  const { main, outputs } = await lint();
  expect(main.outcome).toBe('success');
  // No error annotation, and no group, came from the hostile text.
  expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(main.groups).toEqual([]);
  expect(main.log).not.toMatch(/^::error/m);
  expect(main.annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
  for (const a of main.annotations) expect(a.message).not.toContain('\n');
  const unserved = JSON.parse(outputs.unserved as string);
  expect(unserved.map((u: { job: string }) => u.job)).toEqual([
    'pwn\n::error::injected-by-job-id',
    '@everyone',
    'ok',
  ]);
  // The summary: no live mention, no broken table, no raw newline inside a cell.
  expect(main.summary).not.toMatch(/(^|[^`])@everyone(?!`)/m);
  const cols = columnsOf(main.summary);
  expect(new Set(cols).size).toBe(1);
  expect(main.summary).not.toContain('\n::error');
});

test('a workflow linked to outside the workspace is not read, and said so', async () => {
  write('secret.yml', 'jobs:\n  leak:\n    runs-on: [TOP-SECRET-LABEL]\n', base);
  mkdirSync(join(workspace, '.github', 'workflows'), { recursive: true });
  symlinkSync(join(base, 'secret.yml'), join(workspace, '.github', 'workflows', 'linked.yml'));
  write('.github/workflows/ci.yml', 'jobs:\n  a:\n    runs-on: ubuntu-latest\n');
  const { main, outputs } = await lint();
  expect(main.outcome).toBe('success');
  expect(outputs['unserved-count']).toBe('0');
  expect(main.log).not.toContain('TOP-SECRET-LABEL');
  expect(main.summary).not.toContain('TOP-SECRET-LABEL');
  expect(byFile(main, 'linked.yml')).toEqual([
    [
      'warning',
      '1',
      '.github/workflows/linked.yml was not checked: a link to outside the workspace; not read',
    ],
  ]);
});

test('a literal path to a link, or through a linked folder, out of the workspace is not read', async () => {
  write('secret.yml', 'jobs:\n  leak:\n    runs-on: [TOP-SECRET-LABEL]\n', base);
  write('outside/wf/x.yml', 'jobs:\n  leak:\n    runs-on: [TOP-SECRET-LABEL]\n', base);
  mkdirSync(join(workspace, '.github', 'workflows'), { recursive: true });
  symlinkSync(join(base, 'secret.yml'), join(workspace, '.github', 'workflows', 'linked.yml'));
  symlinkSync(join(base, 'outside'), join(workspace, 'linked'));
  const { main } = await lint({ workflows: '.github/workflows/linked.yml\nlinked/wf/x.yml' });
  expect(main.outcome).toBe('success');
  expect(main.log).not.toContain('TOP-SECRET-LABEL');
  expect(main.summary).not.toContain('TOP-SECRET-LABEL');
  expect(byFile(main, 'linked.yml')).toEqual([
    [
      'warning',
      '1',
      '.github/workflows/linked.yml was not checked: a link to outside the workspace; not read',
    ],
  ]);
  expect(main.log.split('\n')).toContain("'linked/wf' leads outside the workspace; not read.");
});

test('a .github folder linked to outside the workspace is not walked', async () => {
  write('outside/workflows/x.yml', 'jobs:\n  leak:\n    runs-on: [TOP-SECRET-LABEL]\n', base);
  symlinkSync(join(base, 'outside'), join(workspace, '.github'));
  const { main } = await lint();
  expect(main.outcome).toBe('success');
  expect(main.log).not.toContain('TOP-SECRET-LABEL');
  expect(main.summary).not.toContain('TOP-SECRET-LABEL');
});

const byFile = (
  main: { annotations: { properties: Record<string, string>; level: string; message: string }[] },
  f: string,
) =>
  main.annotations
    .filter((a) => a.properties.file === `.github/workflows/${f}`)
    .map((a) => [a.level, a.properties.line, a.message]);

test('a file over the byte cap is reported by name, not read', async () => {
  // Few aliases: only the byte cap can stop it.
  write(
    '.github/workflows/huge.yml',
    `on: push\njobs:\n  a:\n    runs-on: [${'a'.repeat(2 * 1024 * 1024)}]\n`,
  );
  const { main } = await lint();
  expect(main.outcome).toBe('success');
  expect(byFile(main, 'huge.yml')).toEqual([
    [
      'warning',
      '1',
      '.github/workflows/huge.yml was not checked: 2097188 bytes, over the 1048576-byte limit; not read',
    ],
  ]);
});

test('an alias bomb small in bytes stops at the alias cap, at its job', async () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'jobs:',
    '  boom:',
    '    strategy: { matrix: { os: *f } }',
    '    runs-on: ${{ matrix.os }}',
  ].join('\n');
  expect(bomb.length).toBeLessThan(500);
  write('.github/workflows/bomb.yml', bomb);
  const { main, outputs } = await lint({ 'fail-on-unserved': 'true' });
  expect(main.outcome).toBe('success');
  expect(outputs['unserved-count']).toBe('0');
  expect(byFile(main, 'bomb.yml')).toEqual([
    [
      'notice',
      '10',
      'Job boom: runs-on [${{ matrix.os }}] not checked: the matrix is not readable: it follows more than 100 aliases (a cap against YAML bombs).',
    ],
  ]);
});

test('a 1 MB file full of aliases, under the byte cap, lints in seconds', async () => {
  const lines = [
    'on: push',
    'x: &r [self-hosted, m4]',
    'y: &s { matrix: { os: [macOS] } }',
    'jobs:',
  ];
  let jobs = 0;
  let size = lines.join('\n').length;
  while (size < 1_000_000) {
    const job = [`  j${jobs}:`, '    runs-on: *r', '    strategy: *s'];
    size += job.join('\n').length + 1;
    lines.push(...job);
    jobs++;
  }
  lines.push('  last:', '    runs-on: [self-hosted, "${{ matrix.os }}", gpu]', '    strategy: *s');
  write('.github/workflows/aliases.yml', lines.join('\n'));
  const started = Date.now();
  const { main, outputs } = await step(
    stand,
    'check-runner',
    { workflows: '.github/workflows/*', 'fail-on-unserved': 'true' },
    { workspace, timeoutMs: 120_000 },
  );
  // About 3 s here when idle; the quadratic alias walk took over 20 minutes at this size.
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(main.outcome).toBe('failure');
  expect(main.log).toContain(`Label lint: 1 file(s), ${jobs + 1} label set(s), 1 unserved.`);
  expect(JSON.parse(outputs.unserved as string)).toEqual([
    {
      file: '.github/workflows/aliases.yml',
      line: lines.length - 1,
      job: 'last',
      labels: ['self-hosted', 'macOS', 'gpu'],
      suggestion: ['self-hosted', 'macOS', 'ARM64', 'm4'],
    },
  ]);
});

test('invalid YAML is reported by name and line', async () => {
  write('.github/workflows/invalid.yml', 'jobs:\n  a:\n    runs-on: [x\n  "b": {{{\n');
  const { main } = await lint();
  expect(main.outcome).toBe('success');
  expect(byFile(main, 'invalid.yml')).toEqual([
    [
      'warning',
      '4',
      '.github/workflows/invalid.yml was not checked: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ]);
});

test('hostile text evaluated from a matrix conditional stays inert', async () => {
  write(
    '.github/workflows/cond.yml',
    [
      'jobs:',
      '  a:',
      '    strategy: { matrix: { x: ["::error::m", "@everyone | y"] } }',
      "    runs-on: ${{ matrix.x == '::error::m' && '::error title=z::injected' || matrix.x }}",
    ].join('\n'),
  );
  const { main, outputs } = await lint();
  expect(main.outcome).toBe('success');
  expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(main.log).not.toMatch(/^::error/m);
  expect(JSON.parse(outputs.unserved as string).map((u: { labels: string[] }) => u.labels)).toEqual(
    [['::error title=z::injected'], ['@everyone | y']],
  );
  expect(new Set(columnsOf(main.summary)).size).toBe(1);
  expect(main.summary).not.toMatch(/(^|[^`])@everyone(?!`)/m);
});
