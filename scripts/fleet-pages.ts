/**
 * Reading N pages of runners costs O(N): time select-runner and check-runner over an organization
 * of `pages` x 100 runners (none matching, so every page is read), and the stand-in alone.
 *   node scripts/fleet-pages.ts (after pnpm build select-runner check-runner) [pages]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputVariable } from '../actions/lib/runner.ts';
import { startGitHubApi } from '../test/support/github-api.ts';
import { runner } from '../test/support/github-fixtures.ts';

const pages = Number(process.argv[2] ?? 1000);
const TOKEN = 'bench-token';
const ROOT = new URL('..', import.meta.url).pathname;

const api = await startGitHubApi({ tokens: [TOKEN], rateLimit: 1_000_000 });
const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
try {
  api.data.orgRunners.set(
    'big-org',
    Array.from({ length: pages * 100 }, (_, i) =>
      runner({
        id: i + 1,
        name: `w${i}`,
        labels: ['self-hosted', 'Windows', 'X64'],
        os: 'windows',
      }),
    ),
  );
  // The stand-in alone: the same pages with plain fetch.
  let started = performance.now();
  for (let p = 1; p <= pages; p++) {
    const r = await fetch(`${api.url}/orgs/big-org/actions/runners?per_page=100&page=${p}`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    await r.json();
  }
  console.log(
    `stand-in, plain fetch: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const [action, inputs] of [
    ['select-runner', { 'primary-runner': 'self-hosted, macOS' }],
    ['check-runner', { labels: 'self-hosted, macOS' }],
  ] as const) {
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      GITHUB_API_URL: api.url,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'sum'),
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_ORGANIZATION: 'big-org',
      'INPUT_API-TIMEOUT-SECONDS': '600',
    };
    writeFileSync(join(dir, 'out'), '');
    writeFileSync(join(dir, 'sum'), '');
    for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
    const before = api.requests.length;
    started = performance.now();
    // Asynchronously: the stand-in answers from this process's event loop.
    const child = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
      (resolve) => {
        const p = spawn(process.execPath, [join(ROOT, 'dist', action, 'main', 'index.js')], {
          env,
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d) => {
          stdout += d;
        });
        p.stderr.on('data', (d) => {
          stderr += d;
        });
        p.on('close', (status) => resolve({ status, stdout, stderr }));
      },
    );
    const s = (performance.now() - started) / 1000;
    console.log(
      `${action}: ${api.requests.length - before} requests in ${s.toFixed(1)} s (exit ${child.status})`,
    );
    if (child.status !== 0) console.log(child.stdout.slice(-2000), child.stderr.slice(-2000));
  }
} finally {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
