/**
 * The demo job: the five built actions run by the local runner in workflow order
 * (check-runner, select-runner, setup-m4-env, job-cleanup with its post at the end, perf-report),
 * printed in three parts that each say where their figures come from:
 *   runner decision  the demo fleet on the GitHub stand-in (simulated), or with --repo the real API
 *   this machine     setup-m4-env and job-cleanup, measured here
 *   perf report      a made-up finished comparison run (simulated)
 * `runDemoJob` is shared with scripts/screenshots.ts, which renders the same Markdown.
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonRun } from '../../test/support/comparison-run.ts';
import type { GitHubApi } from '../../test/support/github-api.ts';
import {
  type JobResult,
  type JobStep,
  type JobStepResult,
  runJob,
} from '../../test/support/local-runner.ts';
import type { RealTarget } from './args.ts';
import { perfHistoryInputs, printTrend } from './perf-history.ts';
import {
  type DemoContext,
  type DemoIdentity,
  type DemoSection,
  measured,
  real,
  simulated,
} from './section.ts';

export interface DemoJobOptions {
  api: GitHubApi;
  demo: DemoIdentity;
  labels: string;
  real: RealTarget | undefined;
  /** Workspace, temp folders and debris go here; it must not exist yet or be empty. */
  dir: string;
  /** Where perf-report writes its JSON (the Markdown goes beside it as .md). */
  reportPath: string;
}

export interface DemoJob {
  result: JobResult;
  /** The pull-request comment perf-report wrote on the stand-in, if any. */
  comment: string | undefined;
}

export async function runDemoJob(opts: DemoJobOptions): Promise<DemoJob> {
  const { api, demo } = opts;
  api.data.jobs.set(demo.runId, comparisonRun());
  const workspace = join(opts.dir, 'workspace');
  const temp = join(opts.dir, 'tmp');
  const runnerTemp = join(opts.dir, 'runner-temp');
  const toolCache = join(opts.dir, 'tool-cache');
  for (const d of [workspace, temp, runnerTemp, toolCache]) mkdirSync(d, { recursive: true });
  writeFileSync(join(workspace, 'package.json'), '{ "name": "web-app", "private": true }\n');
  // Debris a persistent runner collects: an old pnpm folder job-cleanup removes, a fresh one it keeps.
  const old = join(temp, 'pnpm-store-debris');
  mkdirSync(old);
  writeFileSync(join(old, 'tarball.tgz'), Buffer.alloc(256 * 1024));
  const threeDaysAgo = Date.now() / 1000 - 3 * 86400;
  utimesSync(old, threeDaysAgo, threeDaysAgo);
  mkdirSync(join(temp, 'pnpm-fresh-from-another-job'));

  // With --repo, the two runner steps ask the real API for the real repository.
  const fleet: { env: Record<string, string>; token: string; repository: string } = opts.real
    ? {
        env: { GITHUB_API_URL: opts.real.apiUrl },
        token: opts.real.token,
        repository: opts.real.repository,
      }
    : { env: {}, token: demo.token, repository: demo.repository };
  const steps: JobStep[] = [
    {
      action: 'check-runner',
      env: fleet.env,
      inputs: { labels: opts.labels, 'github-token': fleet.token, repository: fleet.repository },
    },
    {
      action: 'select-runner',
      id: 'select',
      env: fleet.env,
      inputs: {
        'primary-runner': `${opts.labels}\nself-hosted, Linux, ARM64`,
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
      inputs: {
        'run-id': String(demo.runId),
        'report-path': opts.reportPath,
        'comment-on-pr': 'true',
        ...perfHistoryInputs(workspace, demo.runId),
      },
    },
  ];
  const result = await runJob(steps, {
    workspace,
    runnerTemp,
    toolCache,
    jobEnv: { TMPDIR: temp },
    secrets: opts.real ? [opts.real.token] : [],
    github: {
      token: demo.token,
      apiUrl: api.url,
      repository: demo.repository,
      runId: demo.runId,
      eventName: 'pull_request',
      event: { pull_request: { number: demo.pullRequest } },
      ref: `refs/pull/${demo.pullRequest}/merge`,
      headRef: 'faster-tests',
      baseRef: 'main',
    },
  });
  const comments = api.data.comments.get(`${demo.repository}#${demo.pullRequest}`) ?? [];
  const comment = comments.at(-1)?.body ?? undefined;
  return { result, comment: typeof comment === 'string' ? comment : undefined };
}

const section: DemoSection = {
  name: 'job',
  async run(ctx: DemoContext) {
    const reportPath = ctx.keptPath('perf-report.json', "perf-report's JSON report");
    ctx.keptPath('perf-report.md', "perf-report's Markdown (its step summary and PR comment)");
    const { result, comment } = await runDemoJob({
      api: ctx.api,
      demo: ctx.demo,
      labels: ctx.labels,
      real: ctx.real,
      dir: ctx.folder('job'),
      reportPath,
    });
    const byAction = (name: string) => result.steps.filter((s) => s.action === name);

    ctx.heading(
      'Runner decision',
      ctx.real
        ? real(`${ctx.real.repository}'s runners from the GitHub API at ${ctx.real.apiUrl}`)
        : simulated(
            `the demo fleet (an idle M4 Mac mini, a busy Linux ARM64 box, an offline runner) on a local GitHub API stand-in`,
          ),
    );
    const select = result.byId.select?.outputs ?? {};
    ctx.print(
      `runs-on: ${select['runs-on'] ?? '(select-runner did not run)'}  (${select['runner-type'] ?? '?'})`,
    );
    ctx.print(`  ${select.reason ?? ''}`);
    for (const step of [...byAction('check-runner'), ...byAction('select-runner')]) {
      printStep(ctx, step);
    }

    ctx.heading('This machine', measured('setup-m4-env and job-cleanup run here, now'));
    for (const step of [...byAction('setup-m4-env'), ...byAction('job-cleanup')]) {
      printStep(ctx, step);
    }
    ctx.print('  (job-cleanup removed debris the demo planted under .demo/job/tmp)');

    ctx.heading(
      'Perf report',
      simulated(
        'a finished comparison run of the same build on an M4 and on ubuntu-latest, and a demo history of 14 earlier runs',
      ),
    );
    for (const step of byAction('perf-report')) {
      printStep(ctx, step);
      printTrend(step.main?.summary ?? '', (line) => ctx.print(line));
    }

    const summary = result.steps
      .flatMap((s) => [s.main?.summary, s.post?.summary])
      .filter((s): s is string => Boolean(s))
      .join('\n');
    ctx.keep('step-summary.md', summary, "the job's step summary, every step");
    if (comment !== undefined) ctx.keep('pr-comment.md', comment, "perf-report's PR comment");
    ctx.print(`Job ${result.outcome}.`);
    return result.outcome;
  },
};
export default section;

function printStep(ctx: DemoContext, step: JobStepResult) {
  const stages = [step.main, step.post].filter((s) => s !== undefined);
  const state = step.skipped
    ? 'skipped'
    : stages.map((s) => `${s.stage} ${s.outcome} in ${Math.round(s.durationMs)} ms`).join(', ');
  ctx.print(`${step.id}: ${state}`);
  for (const stage of stages) {
    for (const a of stage.annotations) ctx.print(`  ${a.level}: ${a.message}`);
    if (stage.stage === 'main' && stage.outcome === 'failure') ctx.print(indent(stage.maskedLog));
  }
  for (const [key, value] of Object.entries(step.outputs)) {
    const shown = value.length > 110 ? `${value.slice(0, 107)}...` : value;
    ctx.print(`  ${key} = ${shown.replace(/\n/g, ' ')}`);
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n');
}
