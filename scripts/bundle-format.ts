/**
 * Minified or readable bundles? Builds select-runner's bundle both ways (ncc, with and without
 * --minify) into a temp folder and times start-to-exit of each under Node 24, interleaved, on the
 * same decision (the demo fleet on the local GitHub stand-in: one request), and on an input error
 * (start-up alone, no API work). Prints medians, the
 * 10th/90th percentiles and sizes of wall time, and the median CPU time (user + system, read by a
 * preloaded exit hook), which other load on the machine disturbs less. Not part of `pnpm bench`: run
 * `node scripts/bundle-format.ts [runs]` (default 60). See docs/decisions/bundle-format.md.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inputVariable } from '../actions/lib/runner.ts';
import { median, NODE24, ROOT } from '../test/bench/measure.ts';
import { loadDemoFleet } from '../test/support/demo-fleet.ts';
import { startGitHubApi } from '../test/support/github-api.ts';

const run = promisify(execFile);
const runs = Number(process.argv[2] ?? 60);
const TOKEN = 'bench-token';
const REPO = 'octo-org/octo-repo';
const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const source = join(ROOT, 'actions', 'select-runner', 'main.ts');

const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  0;

const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-format-'));
const api = await startGitHubApi({ tokens: [TOKEN], rateLimit: 1_000_000 });
try {
  loadDemoFleet(api, { repo: REPO });
  const variants = ['minified', 'readable'] as const;
  for (const v of variants) {
    const flags = v === 'minified' ? ['--minify'] : [];
    await run(
      process.execPath,
      [ncc, 'build', source, '-o', join(dir, v), ...flags, '--transpile-only', '--quiet'],
      { cwd: ROOT },
    );
    writeFileSync(join(dir, v, 'package.json'), '{"type":"module"}\n');
  }
  const output = join(dir, 'output');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_API_URL: api.url,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_REPOSITORY: REPO,
    [inputVariable('primary-runner')]: 'self-hosted, macOS, ARM64',
  };
  const preload = join(dir, 'cpu.mjs');
  writeFileSync(
    preload,
    [
      "import { writeSync } from 'node:fs';",
      "process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, 'cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });",
    ].join('\n'),
  );
  type Variant = (typeof variants)[number];
  const cases = ['decision', 'input error'] as const;
  type Case = (typeof cases)[number];
  const envOf: Record<Case, Record<string, string | undefined>> = {
    decision: env,
    'input error': { ...env, INPUT_MODE: 'fast' },
  };
  const exitOf: Record<Case, number> = { decision: 0, 'input error': 1 };
  const key = (v: Variant, c: Case) => `${v}, ${c}`;
  const times: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  for (const v of variants) {
    for (const c of cases) {
      times[key(v, c)] = [];
      cpu[key(v, c)] = [];
    }
  }
  const once = (v: Variant, c: Case) => {
    writeFileSync(output, '');
    writeFileSync(join(dir, 'summary'), '');
    const started = performance.now();
    return new Promise<number>((done, fail) => {
      const child = spawn(NODE24, ['--import', preload, join(dir, v, 'index.js')], {
        env: envOf[c],
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('exit', (code) => {
        const wall = performance.now() - started;
        const used = /cpu (\d+)/.exec(stderr)?.[1];
        if (code !== exitOf[c] || used === undefined)
          return fail(new Error(`${v} (${c}) exited ${code}: ${stderr}`));
        cpu[key(v, c)]?.push(Number(used) / 1000);
        done(wall);
      });
    });
  };
  for (const v of variants) for (const c of cases) await once(v, c); // warm the file cache
  for (const list of Object.values(cpu)) list.length = 0;
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs right after the other.
    const order = i % 2 ? variants : ([...variants].reverse() as Variant[]);
    for (const c of cases) for (const v of order) times[key(v, c)]?.push(await once(v, c));
  }
  const share = (d: number, of: number[]) => ((d / median(of)) * 100).toFixed(1);
  for (const c of cases) {
    for (const v of variants) {
      const size = statSync(join(dir, v, 'index.js')).size;
      const t = times[key(v, c)] ?? [];
      console.log(
        `${c.padEnd(11)} ${v.padEnd(9)} wall median ${median(t).toFixed(1)} ms  p10 ${pct(t, 0.1).toFixed(1)}  p90 ${pct(t, 0.9).toFixed(1)}  cpu median ${median(cpu[key(v, c)] ?? []).toFixed(1)} ms  entry ${(size / 1024).toFixed(1)} KiB  (${runs} runs)`,
      );
    }
    const [m, r] = [key('minified', c), key('readable', c)];
    const diff = median(times[r] ?? []) - median(times[m] ?? []);
    const cpuDiff = median(cpu[r] ?? []) - median(cpu[m] ?? []);
    console.log(
      `${c}: readable - minified: wall ${diff.toFixed(1)} ms (${share(diff, times[m] ?? [])}%), cpu ${cpuDiff.toFixed(1)} ms (${share(cpuDiff, cpu[m] ?? [])}%)`,
    );
  }
} finally {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
