// `pnpm start` as a newcomer runs it: `node scripts/start.ts` with the options pnpm passes on, the
// real API reached through GITHUB_API_URL (here the local stand-in, as for GitHub Enterprise Server).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { runner } from '../support/github-fixtures.ts';
import { REPO_ROOT, resolveNode24 } from '../support/local-runner.ts';

const TOKEN = 'ghp_realRepoToken00000000000000000000000';
let api: GitHubApi;
let out: string;

beforeAll(async () => {
  api = await startGitHubApi({ tokens: [TOKEN] });
  // The "real" repository's fleet differs from the demo's: only a Linux ARM64 box is idle.
  api.data.repoRunners.set('octo/real-repo', [
    runner({ id: 7, name: 'real-linux-arm', labels: ['self-hosted', 'Linux', 'ARM64'] }),
  ]);
  out = mkdtempSync(join(tmpdir(), 'start-test-'));
});
afterAll(async () => {
  await api?.close();
  rmSync(out, { recursive: true, force: true });
});

function start(args: string[], env: Record<string, string | undefined>) {
  const child = spawn(resolveNode24(), [join(REPO_ROOT, 'scripts', 'start.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_ACTIONS_DEMO_DIR: out, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('pnpm start --repo asks the API at GITHUB_API_URL', () => {
  it.each([
    ['pnpm start --repo o/r', ['--repo', 'octo/real-repo']],
    ['pnpm start -- --repo o/r', ['--', '--repo', 'octo/real-repo']],
  ])('%s', async (_name, args) => {
    api.requests.length = 0;
    const run = await start(args, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const asked = api.requests.filter((r) => r.path === '/repos/octo/real-repo/actions/runners');
    expect(asked.length).toBeGreaterThanOrEqual(2); // check-runner and select-runner
    for (const r of asked) expect(r.headers.authorization).toMatch(TOKEN);
    expect(run.stdout).toContain(
      `REAL: octo/real-repo's runners from the GitHub API at ${api.url}`,
    );
    expect(run.stdout).toContain('runs-on: ["self-hosted","Linux","ARM64"]');
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('without GITHUB_TOKEN says so, exits non-zero and asks nothing', async () => {
    api.requests.length = 0;
    const run = await start(['--repo', 'octo/real-repo'], { GITHUB_API_URL: api.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GITHUB_TOKEN is not set');
    expect(api.requests).toEqual([]);
  });

  it.each([
    [['--repository', 'octo/real-repo'], "Unknown option '--repository'"],
    [['--', '--repo', 'octo/real-repo', 'stray'], 'positional'],
  ])('%j is an error, never ignored', async (args, message) => {
    const run = await start(args, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});

describe('pnpm start on the demo fleet', () => {
  it('labels every section and keeps every file it names', async () => {
    const run = await start([], {});
    expect(run.code).toBe(0);
    const headings = run.stdout.split('\n').filter((l) => l.startsWith('== '));
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const h of headings) expect(h).toMatch(/ · (SIMULATED|MEASURED on this machine|REAL): /);
    expect(headings.join('\n')).toMatch(/Runner decision · SIMULATED: the demo fleet/);
    expect(headings.join('\n')).toMatch(/This machine · MEASURED on this machine/);
    const listed = run.stdout.split('Files the demo wrote')[1]?.split('\n').slice(1) ?? [];
    const paths = listed.map((l) => l.trim().split(/\s+/)[0]).filter((p): p is string => !!p);
    for (const name of ['step-summary.md', 'perf-report.json', 'perf-report.md', 'pr-comment.md']) {
      expect(paths).toContain(join(out, name));
    }
    for (const p of paths) expect(existsSync(p), p).toBe(true);
    // Every path the actions printed is one of the kept files.
    for (const m of run.stdout.matchAll(/= (\/\S+\.(?:json|md))$/gm)) {
      expect(paths).toContain(m[1]);
    }
  });
});
