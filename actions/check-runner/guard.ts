/**
 * The fleet guard's shell: the label lint against the live fleet and the stuck-job rescue. It reads
 * what they need (runners, the organization's larger runners and groups, queued jobs), calls the
 * pure cores, and writes outputs, annotations and the summary. Loaded only when one is on.
 */

import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FleetInputs } from '../fleet/inputs.ts';
import type { TokenSource } from '../fleet/poll.ts';
import { readFleet } from '../fleet/read.ts';
import type { Runner } from '../fleet/runner.ts';
import { type Deadline, deadline } from '../lib/deadline.ts';
import { messageOf } from '../lib/errors.ts';
import { createClient, type GitHubClient } from '../lib/github.ts';
import { appendSummary, error, info, notice, oneLine, setOutput, warning } from '../lib/runner.ts';
import { mdText } from '../lib/summary.ts';
import { failsWhenBlind, type GuardInputs, jobsOn } from './guard-inputs.ts';
import { lintSummary, unservedOutput } from './guard-report.ts';
import { readWorkflows } from './lint/files.ts';
import { type LintReport, lintWorkflows } from './lint/lint.ts';
import { readGroupNames, readLargerRunners } from './org-hosted.ts';
import type { Clock } from './stuck/clock.ts';

export interface GuardContext {
  inputs: FleetInputs & { guard: GuardInputs; failIfUnavailable: boolean };
  token: TokenSource;
  baseUrl: string;
  /** Runners already read by the availability check, when it ran. */
  runners?: Runner[];
  env?: NodeJS.ProcessEnv;
  /** The stuck and hung jobs' clock; tests pass a virtual one. */
  clock?: Clock;
}

/** Runs what is on; returns true when the step must fail. */
export async function runGuard(ctx: GuardContext): Promise<boolean> {
  const { inputs, token, baseUrl } = ctx;
  const env = ctx.env ?? process.env;
  const clientFor = async (limit: Deadline): Promise<GitHubClient> =>
    createClient({ token: await token(limit), baseUrl, deadline: limit });
  let larger: Promise<{ value?: string[]; note?: string }> | undefined;
  /** Read once; `limit` bounds the read (default api-timeout-seconds). */
  const largerRunners = (limit?: Deadline) => {
    const org = inputs.organization;
    if (!org) return Promise.resolve({ value: [] as string[] });
    larger ??= (async () => {
      try {
        return await readLargerRunners(
          await clientFor(limit ?? deadline(inputs.apiTimeoutSeconds)),
          org,
        );
      } catch (cause) {
        return {
          note: `The larger runners of organization ${org} were not read: ${messageOf(cause)}`,
        };
      }
    })();
    return larger;
  };
  let failed = false;
  if (inputs.guard.workflows.length) {
    failed = (await lint(ctx, env, clientFor, largerRunners)) || failed;
  }
  if (jobsOn(inputs.guard)) {
    const { runJobs } = await import('./stuck/run.ts');
    const { realClock } = await import('./stuck/clock.ts');
    const jobsFailed = await runJobs({
      inputs,
      clientFor,
      clock: ctx.clock ?? realClock,
      larger: largerRunners,
      ...(ctx.runners ? { runners: ctx.runners } : {}),
      ...(env.GITHUB_RUN_ID ? { currentRunId: env.GITHUB_RUN_ID } : {}),
    });
    failed = jobsFailed || failed;
  }
  return failed;
}

type Larger = (limit?: Deadline) => Promise<{ value?: string[]; note?: string }>;

async function lint(
  ctx: GuardContext,
  env: NodeJS.ProcessEnv,
  clientFor: (limit: Deadline) => Promise<GitHubClient>,
  largerRunners: Larger,
): Promise<boolean> {
  const { inputs } = ctx;
  const guard = inputs.guard;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const notes: string[] = [];
  let runners = ctx.runners;
  if (!runners) {
    try {
      runners = (await readFleet(await clientFor(deadline(inputs.apiTimeoutSeconds)), inputs))
        .runners;
    } catch (cause) {
      const fails = failsWhenBlind(inputs);
      const reason = `Label lint not run: the runners could not be read (${messageOf(cause)}).`;
      const verdict = !fails
        ? ''
        : inputs.failIfUnavailable
          ? ' The step fails (fail-if-unavailable).'
          : ' The step fails (fail-on-unserved): a lint that cannot see the runners proves nothing.';
      (fails ? error : warning)(oneLine(`${reason}${verdict}`), {
        title: 'check-runner could not read the runners',
      });
      appendSummary(`### Label lint: not run\n\n${mdText(`${reason}${verdict}`)}\n`);
      setOutput('unserved', '[]');
      setOutput('unserved-count', 0);
      return fails;
    }
  }
  const read = readWorkflows(workspace, guard.workflows);
  notes.push(...read.notes);
  const { value: larger = [], note } = await largerRunners();
  if (note) notes.push(note);
  let groups: string[] | undefined;
  const usesGroups = read.sources.some((s) => 'text' in s && /\bgroup\s*:/.test(s.text));
  if (usesGroups && inputs.organization) {
    const got = await readGroupNames(
      await clientFor(deadline(inputs.apiTimeoutSeconds)),
      inputs.organization,
    );
    groups = got.value;
    if (got.note) notes.push(got.note);
  }
  const report: LintReport = lintWorkflows(read.sources, {
    runners,
    larger,
    scaleSets: guard.scaleSets,
    ...(groups ? { groups } : {}),
  });
  const noFiles = read.sources.length
    ? undefined
    : `No workflow file matches ${guard.workflows.join(', ')} in the workspace (are the files checked out?).`;
  const output = unservedOutput(report.unserved);
  if (output.left) {
    notes.push(
      `The 'unserved' output holds the first ${output.kept} of ${report.unserved.length} unserved label sets (it is kept under ${output.maxBytes} bytes); 'unserved-file' holds them all.`,
    );
  }
  announceLint(report, notes);
  setOutput('unserved', output.json);
  setOutput('unserved-count', report.unserved.length);
  setOutput('unserved-file', writeUnservedFile(env, report));
  appendSummary(lintSummary(report, noFiles ? [noFiles, ...notes] : notes));
  if (noFiles) {
    // A lint that read no file has checked nothing: with fail-on-unserved, not a pass either.
    (guard.failOnUnserved ? error : warning)(
      oneLine(guard.failOnUnserved ? `${noFiles} The step fails (fail-on-unserved).` : noFiles),
      { title: 'Label lint read no workflow file' },
    );
    if (guard.failOnUnserved) return true;
  }
  if (guard.failOnUnserved && report.unserved.length) {
    error(
      `${report.unserved.length} job label set(s) are served by no runner (fail-on-unserved).`,
      {
        title: 'Unserved runs-on labels',
      },
    );
    return true;
  }
  return false;
}

/** The whole `unserved` list as a JSON file in the runner's temp folder; returns its path. */
function writeUnservedFile(env: NodeJS.ProcessEnv, report: LintReport): string {
  const file = join(env.RUNNER_TEMP || tmpdir(), `check-runner-unserved-${randomUUID()}.json`);
  try {
    writeFileSync(file, `${JSON.stringify(report.unserved)}\n`, { flag: 'wx', mode: 0o600 });
    return file;
  } catch (cause) {
    warning(oneLine(`The unserved list was not written to ${file}: ${messageOf(cause)}`), {
      title: 'check-runner could not write unserved-file',
    });
    return '';
  }
}

function announceLint(report: LintReport, notes: readonly string[]) {
  info(
    `Label lint: ${report.files} file(s), ${report.rows.length} label set(s), ${report.unserved.length} unserved.`,
  );
  for (const r of report.rows) {
    const labels = [r.group === undefined ? '' : `group ${r.group}`, ...r.labels]
      .filter(Boolean)
      .join(', ');
    if (r.verdict === 'unserved') {
      const hint = r.suggestion ? ` Did you mean [${r.suggestion.join(', ')}]?` : '';
      warning(oneLine(`Job ${r.job}: no runner serves runs-on [${labels}]: ${r.detail}.${hint}`), {
        file: r.file,
        line: r.line,
        title: 'runs-on labels no runner serves',
      });
    } else if (r.verdict === 'not checked') {
      notice(oneLine(`Job ${r.job}: runs-on [${labels}] not checked: ${r.detail}.`), {
        file: r.file,
        line: r.line,
        title: 'runs-on not checked',
      });
    } else {
      info(oneLine(`  ${r.file}:${r.line} job ${r.job}: [${labels}] served by ${r.detail}`));
    }
  }
  for (const p of report.problems) {
    warning(oneLine(`${p.file} was not checked: ${p.message}`), {
      file: p.file,
      line: p.line,
      title: 'Workflow file not checked',
    });
  }
  for (const n of notes) info(oneLine(n));
}
