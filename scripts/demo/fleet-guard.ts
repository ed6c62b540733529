/**
 * `pnpm start`, fleet guard section: a workspace whose workflow asks for a label no runner has
 * (`ARM46` for `ARM64`), and a run whose job has waited 45 minutes for an offline runner.
 * check-runner lints the workflow against the demo fleet and rescues the stuck run by re-running
 * it. Needs the built dist (`pnpm build check-runner`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubApi } from '../../test/support/github-api.ts';
import { isoTime, job, workflowRun } from '../../test/support/github-fixtures.ts';
import {
  type RunActionOptions,
  runAction,
  type StepResult,
} from '../../test/support/local-runner.ts';
import { type DemoSection, simulated } from './section.ts';

export interface FleetGuardDemo {
  /** The GitHub stand-in, holding the demo fleet at repository scope. */
  api: GitHubApi;
  /** A workspace the section may write `.github/workflows/` into. */
  workspace: string;
  repository: string;
  token: string;
  /** The run the demo job belongs to (GITHUB_RUN_ID): never counted as stuck. */
  runId: number;
  /** How actions are run; default the local runner's runAction. */
  run?: (
    options: RunActionOptions,
  ) => Promise<{ main: StepResult; outputs: Record<string, string> }>;
  /** Where the section's lines go; default console.log. */
  print?: (line: string) => void;
}

const STUCK_RUN = 7_000_000_001;

const WORKFLOW = `name: CI
on: push
jobs:
  select:
    runs-on: ubuntu-latest
    steps: [{ run: echo select }]
  test:
    strategy:
      matrix:
        os: [macOS, Linux]
    runs-on: [self-hosted, "\${{ matrix.os }}", ARM64]
    steps: [{ run: echo test }]
  bench:
    runs-on: [self-hosted, macOS, ARM46]
    steps: [{ run: echo bench }]
`;

/** Runs the section; returns check-runner's outputs and step summary. */
export async function fleetGuardDemo(demo: FleetGuardDemo) {
  const print = demo.print ?? ((line: string) => console.log(line));
  const run = demo.run ?? runAction;
  const dir = join(demo.workspace, '.github', 'workflows');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ci.yml'), WORKFLOW);

  const queuedAt = isoTime(Date.now() - 45 * 60_000);
  const runs = demo.api.data.runs.get(demo.repository) ?? [];
  demo.api.data.runs.set(demo.repository, runs);
  runs.push(
    workflowRun({
      id: STUCK_RUN,
      repo: demo.repository,
      status: 'in_progress',
      createdAt: queuedAt,
    }),
  );
  demo.api.data.jobs.set(STUCK_RUN, [
    job({
      id: STUCK_RUN * 10,
      runId: STUCK_RUN,
      repo: demo.repository,
      name: 'build (self-hosted, Linux, X64)',
      labels: ['self-hosted', 'Linux', 'X64'],
      createdAt: queuedAt,
    }),
  ]);
  try {
    const { main, outputs } = await run({
      action: 'check-runner',
      workspace: demo.workspace,
      inputs: {
        workflows: '.github/workflows/*.y*ml',
        'stuck-after-minutes': '15',
        rescue: 'rerun',
        'rescue-timeout-seconds': '10',
        'github-token': demo.token,
        repository: demo.repository,
      },
      github: {
        token: demo.token,
        apiUrl: demo.api.url,
        repository: demo.repository,
        runId: demo.runId,
      },
    });
    print(`  ${main.outcome} in ${Math.round(main.durationMs)} ms`);
    for (const u of JSON.parse(outputs.unserved || '[]') as {
      file: string;
      line: number;
      job: string;
      labels: string[];
      suggestion: string[] | null;
    }[]) {
      const hint = u.suggestion ? `; did you mean [${u.suggestion.join(', ')}]?` : '';
      print(`  unserved: ${u.file}:${u.line} job ${u.job} runs-on [${u.labels.join(', ')}]${hint}`);
    }
    for (const s of JSON.parse(outputs['stuck-jobs'] || '[]') as {
      'run-id': number;
      name: string;
      'queued-minutes': number;
    }[]) {
      print(`  stuck: run ${s['run-id']} job '${s.name}' queued ${s['queued-minutes']} min`);
    }
    print(`  rescued (cancelled and re-run): ${outputs.rescued || '[]'}`);
    return { outputs, summary: main.summary, outcome: main.outcome };
  } finally {
    demo.api.data.runs.set(
      demo.repository,
      runs.filter((r) => r.id !== STUCK_RUN),
    );
    demo.api.data.jobs.delete(STUCK_RUN);
  }
}

export default {
  name: 'fleet-guard',
  async run(ctx) {
    ctx.heading(
      'Fleet guard',
      simulated("a workflow with a typo'd label and a job stuck for 45 minutes, on the demo fleet"),
    );
    const guard = await fleetGuardDemo({
      api: ctx.api,
      workspace: ctx.folder('fleet-guard'),
      repository: ctx.demo.repository,
      token: ctx.demo.token,
      runId: ctx.demo.runId,
      print: (line) => ctx.print(line),
    });
    ctx.keep('fleet-guard.md', guard.summary, "check-runner's fleet guard step summary");
    return guard.outcome;
  },
} satisfies DemoSection;
