/**
 * `pnpm start`: a simulated job. The GitHub API stand-in holds a demo fleet (an idle Apple M4
 * Mac mini, a busy Linux ARM64 machine, an offline runner) and a finished comparison run; the
 * real built actions run through the local runner in workflow order: check-runner,
 * select-runner, setup-m4-env, job-cleanup (its post at the end), perf-report.
 *
 *   pnpm start                              the demo fleet
 *   GITHUB_TOKEN=… pnpm start -- --repo o/r  the runner decision from the real GitHub API
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { comparisonRun } from '../test/support/comparison-run.ts';
import { loadDemoFleet } from '../test/support/demo-fleet.ts';
import { startGitHubApi } from '../test/support/github-api.ts';
import { type JobStep, type JobStepResult, runJob } from '../test/support/local-runner.ts';
import { ROOT } from './actions.ts';
import { fleetGuardDemo } from './demo/fleet-guard.ts';
import { perfHistoryInputs, printTrend } from './demo/perf-history.ts';

const { values } = parseArgs({
  options: { repo: { type: 'string' }, labels: { type: 'string' } },
  allowPositionals: true,
});
const realToken = process.env.GITHUB_TOKEN;
if (values.repo && !realToken) {
  console.error(
    '--repo asks the real GitHub API: set GITHUB_TOKEN to a token that can list its runners.',
  );
  process.exit(2);
}
const real = values.repo && realToken ? { repo: values.repo, token: realToken } : undefined;

const DEMO_TOKEN = 'ghs_demoToken000000000000000000000000000';
const DEMO_REPO = 'acme/web-app';
const RUN_ID = 8_123_456_789;
const labels = values.labels ?? 'self-hosted, macOS, ARM64';

const api = await startGitHubApi({ tokens: [DEMO_TOKEN] });
const scratch = mkdtempSync(join(tmpdir(), 'runner-actions-demo-'));
try {
  loadDemoFleet(api, { repo: DEMO_REPO });
  api.data.jobs.set(RUN_ID, comparisonRun());
  const workspace = join(scratch, 'workspace');
  const temp = join(scratch, 'tmp');
  mkdirSync(workspace);
  mkdirSync(temp);
  writeFileSync(join(workspace, 'package.json'), '{ "name": "web-app", "private": true }\n');
  // Debris a persistent runner collects: an old pnpm folder job-cleanup removes, a fresh one it keeps.
  const old = join(temp, 'pnpm-store-debris');
  mkdirSync(old);
  writeFileSync(join(old, 'tarball.tgz'), Buffer.alloc(256 * 1024));
  const threeDaysAgo = Date.now() / 1000 - 3 * 86400;
  utimesSync(old, threeDaysAgo, threeDaysAgo);
  mkdirSync(join(temp, 'pnpm-fresh-from-another-job'));

  // With --repo, the two runner steps ask the real API for the real repository.
  const fleet: { env: Record<string, string>; token: string; repository: string } = real
    ? {
        env: { GITHUB_API_URL: process.env.GITHUB_API_URL ?? 'https://api.github.com' },
        token: real.token,
        repository: real.repo,
      }
    : { env: {}, token: DEMO_TOKEN, repository: DEMO_REPO };
  const steps: JobStep[] = [
    {
      action: 'check-runner',
      env: fleet.env,
      inputs: { labels, 'github-token': fleet.token, repository: fleet.repository },
    },
    {
      action: 'select-runner',
      id: 'select',
      env: fleet.env,
      inputs: {
        'primary-runner': `${labels}\nself-hosted, Linux, ARM64`,
        'matrix-compare': 'true',
        'github-token': fleet.token,
        repository: fleet.repository,
      },
    },
    { action: 'setup-m4-env', inputs: { 'require-tools': 'node >=20' } },
    { action: 'job-cleanup', inputs: { when: 'post' } },
    {
      action: 'perf-report',
      if: 'always()',
      inputs: { 'run-id': String(RUN_ID), ...perfHistoryInputs(workspace, RUN_ID) },
    },
  ];
  const job = await runJob(steps, {
    workspace,
    jobEnv: { TMPDIR: temp },
    secrets: real ? [real.token] : [],
    github: { token: DEMO_TOKEN, apiUrl: api.url, repository: DEMO_REPO, runId: RUN_ID },
  });

  const select = job.byId.select?.outputs ?? {};
  console.log(
    `\nruns-on: ${select['runs-on'] ?? '(select-runner did not run)'}  (${select['runner-type'] ?? '?'})`,
  );
  console.log(`  ${select.reason ?? ''}\n`);
  for (const step of job.steps) printStep(step);
  // Fleet guard section (scripts/demo/fleet-guard.ts): one unserved label, one rescued job.
  const guard = await fleetGuardDemo({
    api,
    workspace: join(scratch, 'guard-workspace'),
    repository: DEMO_REPO,
    token: DEMO_TOKEN,
    runId: RUN_ID,
  });

  const summary = job.steps
    .flatMap((s) => [s.main?.summary, s.post?.summary])
    .filter((s): s is string => Boolean(s))
    .join('\n');
  const out = join(ROOT, '.demo');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'step-summary.md');
  writeFileSync(file, summary);
  printTrend(summary);
  appendFileSync(file, guard.summary);
  console.log(`\nThe job's step summary: ${file}`);
  console.log(`Job ${job.outcome}.`);
  process.exitCode = job.outcome === 'success' ? 0 : 1;
  if (!(await (await import('./demo/runner-hooks.ts')).runnerHooksDemo())) process.exitCode = 1;
} finally {
  await api.close();
  rmSync(scratch, { recursive: true, force: true });
}

function printStep(step: JobStepResult) {
  const stages = [step.main, step.post].filter((s) => s !== undefined);
  const state = step.skipped
    ? 'skipped'
    : stages.map((s) => `${s.stage} ${s.outcome} in ${Math.round(s.durationMs)} ms`).join(', ');
  console.log(`${step.id}: ${state}`);
  for (const stage of stages) {
    for (const a of stage.annotations) console.log(`  ${a.level}: ${a.message}`);
    if (stage.stage === 'main' && stage.outcome === 'failure') console.log(indent(stage.maskedLog));
  }
  for (const [key, value] of Object.entries(step.outputs)) {
    const shown = value.length > 110 ? `${value.slice(0, 107)}...` : value;
    console.log(`  ${key} = ${shown.replace(/\n/g, ' ')}`);
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n');
}
