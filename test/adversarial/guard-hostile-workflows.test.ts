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
  const warn = main.annotations.find((a) => a.properties.file === '.github/workflows/linked.yml');
  expect(warn?.message).toContain('outside the workspace');
});

test('a .github folder linked to outside the workspace is not walked', async () => {
  write('outside/workflows/x.yml', 'jobs:\n  leak:\n    runs-on: [TOP-SECRET-LABEL]\n', base);
  symlinkSync(join(base, 'outside'), join(workspace, '.github'));
  const { main } = await lint();
  expect(main.outcome).toBe('success');
  expect(main.log).not.toContain('TOP-SECRET-LABEL');
  expect(main.summary).not.toContain('TOP-SECRET-LABEL');
});

test('a huge file, an alias bomb and invalid YAML: reported by name, bounded', async () => {
  write('.github/workflows/huge.yml', Buffer.alloc(2 * 1024 * 1024, 'a'));
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
  write('.github/workflows/bomb.yml', bomb);
  write('.github/workflows/invalid.yml', 'jobs:\n  a:\n    runs-on: [x\n  "b": {{{\n');
  const started = Date.now();
  const { main } = await lint();
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(main.outcome).toBe('success');
  const byFile = (f: string) =>
    main.annotations.find((a) => a.properties.file === `.github/workflows/${f}`);
  expect(byFile('huge.yml')?.message).toContain('over the');
  expect(byFile('invalid.yml')?.level).toBe('warning');
  expect(byFile('bomb.yml')?.message).toMatch(/not checked|alias/i);
});
