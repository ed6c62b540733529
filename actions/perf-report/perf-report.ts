/**
 * perf-report's shell: read the inputs and the benchmark files, read the run's jobs, measure,
 * compare with the baseline, then write the report, the outputs, the summary and the comment.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, relative } from 'node:path';
import { deadline } from '../lib/deadline.ts';
import { RuntimeFault } from '../lib/errors.ts';
import { ApiError, createClient, type GitHubClient } from '../lib/github.ts';
import { createReader, fromEnv } from '../lib/inputs.ts';
import {
  appendSummary,
  error,
  info,
  notice,
  oneLine,
  setOutput,
  setSecret,
  warning,
} from '../lib/runner.ts';
import { formatCount, plural } from '../lib/summary.ts';
import { checkJobs, describeProblems } from './api-jobs.ts';
import { failedWarning } from './benchmarks.ts';
import { budgetOf, DAYS_PER_MONTH } from './budget.ts';
import { type CachePlan, cachePlan, restoreBaseline, saveReport } from './cache.ts';
import { marker, pullRequestNumber, upsertComment } from './comment.ts';
import { expandBenchmarkFiles, loadBenchmarks, readBaselineFile } from './files.ts';
import { ganttChart } from './gantt.ts';
import { nameFilter } from './glob.ts';
import { emptyHistory } from './history.ts';
import {
  defaultBranch,
  historyFromCache,
  jobOutcomes,
  readHistoryFile,
  stepHistory,
  writeHistoryFile,
} from './history-store.ts';
import { type PerfInputs, readPerfInputs } from './inputs.ts';
import type { ApiJob } from './jobs.ts';
import { measureJobs } from './jobs.ts';
import {
  COMMENT_BUDGET,
  headline,
  RENDER_LIMITS,
  renderWithin,
  SUMMARY_BUDGET,
} from './markdown.ts';
import { buildReport } from './measure.ts';
import { pairJobs } from './pairing.ts';
import { phaseNames } from './phases.ts';
import { withBaseline } from './regressions.ts';
import { netMinutes, netText, overheadMatcher, overheadOf } from './savings.ts';
import { trendSection } from './trend.ts';

/** Time allowed for reading the run's jobs (all pages, retries included). */
const READ_SECONDS = 120;
/** Time allowed for the pull-request comment. */
const COMMENT_SECONDS = 60;

export async function readJobs(
  client: GitHubClient,
  repository: string,
  runId: number,
  notes: string[] = [],
): Promise<ApiJob[]> {
  const [owner, repo] = repository.split('/');
  const raw: unknown[] = [];
  await client.paginate<{ jobs?: unknown }>(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    { owner, repo, run_id: runId },
    (page) => {
      const list = (page as { jobs?: unknown } | null)?.jobs;
      if (!Array.isArray(list)) {
        throw new ApiError(
          'malformed',
          `GitHub answered the jobs of run ${runId} without a 'jobs' list.`,
        );
      }
      raw.push(...list);
      return true;
    },
  );
  const { jobs, problems } = checkJobs(raw);
  for (const line of describeProblems(problems)) {
    notes.push(`jobs of run ${runId}: ${line}`);
    warning(`The jobs of run ${runId} as GitHub listed them: ${line}`, {
      title: 'perf-report: odd job data',
    });
  }
  return jobs;
}

/** A per-day figure as a month's, rounded to 1/`per` (100: cents). */
const monthly = (perDay: number, per: number): string =>
  String(Math.round(perDay * DAYS_PER_MONTH * per) / per);

const apiUrl = (env = process.env) => env.GITHUB_API_URL || 'https://api.github.com';

export async function perfReport(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readPerfInputs(createReader(fromEnv()), {
    runId: env.GITHUB_RUN_ID,
    workspace,
    temp: env.RUNNER_TEMP || tmpdir(),
  });
  setSecret(inputs.token);
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new RuntimeFault(
      'GITHUB_REPOSITORY is not set: perf-report reads the jobs of a run of this repository.',
    );
  }
  const show = (path: string) => relative(workspace, path) || path;

  // Files first: a bad benchmark file or baseline fails before any request.
  const benchmarks = loadBenchmarks(expandBenchmarkFiles(inputs.benchmarkFiles, workspace));
  const failed = failedWarning(benchmarks);
  if (failed) warning(oneLine(failed), { title: 'perf-report: failed benchmarks' });
  const fileBaseline =
    inputs.baseline.kind === 'file'
      ? readBaselineFile(inputs.baseline.path, show(inputs.baseline.path))
      : undefined;

  const plan: CachePlan =
    inputs.baseline.kind === 'cache'
      ? cachePlan({ baseRef: env.GITHUB_BASE_REF, ref: env.GITHUB_REF })
      : {};
  if (plan.note) notice(plan.note);
  const historyOn = inputs.history > 0 && (inputs.historyPath !== undefined || plan.restoreFrom);
  const fileHistory =
    inputs.history > 0 && inputs.historyPath
      ? readHistoryFile(workspace, inputs.historyPath, show(inputs.historyPath), inputs.reportId)
      : undefined;
  if (inputs.history > 0 && !historyOn) {
    info('history: no history is kept without history-path or baseline: cache.');
  }

  const client = await createClient({
    token: inputs.token,
    baseUrl: apiUrl(),
    deadline: deadline(READ_SECONDS),
  });
  const notes: string[] = [];
  const [apiJobs, restored] = await Promise.all([
    readJobs(client, repository, inputs.runId, notes).catch((cause: unknown) => {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new RuntimeFault(
        `Could not read the jobs of run ${inputs.runId} in ${repository}: ${why}`,
      );
    }),
    plan.restoreFrom ? restoreBaseline(inputs.reportId, plan.restoreFrom, workspace) : undefined,
  ]);
  info(
    `Read ${plural(apiJobs.length, 'job')} of run ${inputs.runId} in ${plural(client.requests, 'request')}.`,
  );

  const phases = phaseNames(inputs.phases);
  const measured = measureJobs(apiJobs, inputs.phases, nameFilter(inputs.jobs), {
    cancelled: inputs.compareFailedJobs,
  });
  const { jobs, pairs } = pairJobs(measured.jobs, { compareFailed: inputs.compareFailedJobs });
  const current = env.GITHUB_RUN_ID === String(inputs.runId);
  const report = withBaseline(
    buildReport({
      reportId: inputs.reportId,
      createdAt: new Date().toISOString(),
      run: {
        repository,
        runId: inputs.runId,
        runAttempt: current ? Number(env.GITHUB_RUN_ATTEMPT) || 1 : 1,
        branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
        sha: current ? (env.GITHUB_SHA ?? '') : '',
        event: current ? (env.GITHUB_EVENT_NAME ?? '') : '',
      },
      phases,
      jobs,
      pairs,
      skipped: measured.skipped,
      benchmarks,
      pricePerMinute: inputs.prices,
      threshold: inputs.threshold,
    }),
    fileBaseline ?? restored?.report,
    fileBaseline
      ? show((inputs.baseline as { path: string }).path)
      : restored
        ? `cache ${restored.key}`
        : '',
    inputs.benchmarkNoiseFloor,
  );
  const isOverhead = overheadMatcher(inputs.overheadJobs);
  report.overhead = overheadOf(apiJobs, isOverhead, inputs.prices);
  const history = historyOn
    ? stepHistory(
        fileHistory?.history ??
          (restored
            ? historyFromCache(restored.history, restored.key, inputs.reportId)
            : emptyHistory(inputs.reportId)),
        report,
        jobOutcomes(apiJobs, jobs, nameFilter(inputs.jobs), isOverhead),
        inputs.history,
        {
          event: report.run.event,
          refName: env.GITHUB_REF_NAME ?? '',
          defaultBranch: defaultBranch(env.GITHUB_EVENT_PATH),
        },
      )
    : undefined;
  const budget = budgetOf(report, { ...inputs, entries: history?.stored.entries ?? [] });
  if (budget) report.budget = budget;
  const baselineReport = fileBaseline ?? restored?.report;
  const chart = (limits: Parameters<typeof ganttChart>[3]) =>
    ganttChart(jobs, pairs, `Run ${inputs.runId}`, limits);
  const trend = history && ((points: number) => trendSection(history.shown, points));
  const render = {
    report,
    baselineBenchmarks: baselineReport?.benchmarks,
    chart,
    trend,
    notes,
    compareFailedJobs: inputs.compareFailedJobs,
  };
  const markdown = renderWithin(render, SUMMARY_BUDGET);

  mkdirSync(dirname(inputs.reportPath), { recursive: true });
  writeFileSync(inputs.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(dirname(inputs.markdownPath), { recursive: true });
  writeFileSync(inputs.markdownPath, markdown);
  info(oneLine(`${headline(report)}${netText(report) ? `, ${netText(report)}` : ''}`));
  if (report.baseline)
    info(
      `${formatCount(report.regressions.length)} regressions against ${oneLine(report.baseline.source)}.`,
    );
  setOutput('speedup', report.speedup === null ? '' : report.speedup.toFixed(2));
  setOutput('regressions', report.regressions.length);
  setOutput('report', inputs.reportPath);
  setOutput('markdown', inputs.markdownPath);
  setOutput('minutes-saved', netMinutes(report) ?? '');
  setOutput('overhead-minutes', report.overhead.minutes);
  setOutput('net-saved-per-month', budget ? monthly(budget.perDay.net.usd, 100) : '');
  setOutput('net-minutes-per-month', budget ? monthly(budget.perDay.net.minutes, 1) : '');
  // How many runs the history holds after this step: what it held before when storing failed.
  let historyCount = history?.stored.entries.length ?? 0;
  if (history && inputs.historyPath && history.appended) {
    const written =
      fileHistory?.file.kind === 'refused'
        ? undefined
        : writeHistoryFile(workspace, inputs.historyPath, show(inputs.historyPath), history.stored);
    if (fileHistory?.file.kind === 'refused') {
      info('history: this run is not written to history-path (see the warning above).');
    }
    historyCount = written ?? history.before;
  } else if (history && !history.appended) {
    info(
      'history: this run only reads the history (pull requests and other events do not add to it).',
    );
  }
  appendSummary(markdown);

  if (plan.saveAs) {
    const cached = history && !inputs.historyPath ? history.stored : undefined;
    const saved = await saveReport(report, plan.saveAs, workspace, cached);
    if (cached && !saved) historyCount = history?.before ?? 0;
  }
  setOutput('history-count', historyCount);
  if (inputs.commentOnPr) await comment(inputs, repository, render);
  if (inputs.failOnRegression && report.regressions.length > 0) {
    error(
      `${plural(report.regressions.length, 'regression')} against the baseline ${report.baseline?.source} (fail-on-regression).`,
      { title: 'perf-report: regressions' },
    );
    process.exitCode = 1;
  }
}

async function comment(
  inputs: PerfInputs,
  repository: string,
  render: Parameters<typeof renderWithin>[0],
): Promise<void> {
  const number = pullRequestNumber(process.env.GITHUB_EVENT_PATH);
  if (number === undefined) {
    notice('comment-on-pr: this run is not for a pull request, so no comment was written.');
    return;
  }
  const mark = marker(inputs.reportId);
  const body = renderWithin({ ...render, preamble: mark }, COMMENT_BUDGET, {
    ...RENDER_LIMITS,
    jobs: 50,
    benchmarks: 100,
    regressions: 50,
    chart: RENDER_LIMITS.chart && { ...RENDER_LIMITS.chart, chars: 20_000 },
  });
  try {
    const limit = deadline(COMMENT_SECONDS);
    const client = await createClient({ token: inputs.token, baseUrl: apiUrl(), deadline: limit });
    const done = await upsertComment(client, repository, number, mark, body, {
      limit,
      apiUrl: apiUrl(),
    });
    info(
      done.identity.login
        ? `comment-on-pr: the token writes as ${oneLine(done.identity.login)}; only its own marked comment is edited.`
        : "comment-on-pr: the token is a bot GitHub did not name (GraphQL's viewer did not answer); a marked comment by a Bot account is taken for its own.",
    );
    for (const { comment: c, message } of done.refused) {
      warning(
        `comment-on-pr: comment ${c.id} by ${oneLine(c.login || 'an unknown account')} carries this report's marker, but GitHub refused to edit it (${oneLine(message)}). It is taken for another account's comment and left alone; this report wrote its own.`,
        { title: 'perf-report comment' },
      );
    }
    for (const c of done.foreign) {
      info(
        `comment-on-pr: comment ${c.id} by ${oneLine(c.login || 'an unknown account')} carries the marker but was not written by this token's account, so it is left alone.`,
      );
    }
    info(
      `comment-on-pr: ${done.action} comment ${done.id} on #${number}${done.recovered ? ' (the create failed after it was carried out; the comment was found and updated, not made twice)' : ''}.`,
    );
  } catch (cause) {
    if (!(cause instanceof ApiError)) throw cause;
    const hint =
      cause.kind === 'forbidden' || cause.kind === 'not-found' || cause.kind === 'auth'
        ? ' The token needs pull-requests: write (a pull request from a fork gets a read-only token); the step summary has the report.'
        : ' The step summary has the report.';
    warning(`comment-on-pr: could not comment on #${number}: ${cause.message}${hint}`, {
      title: 'perf-report could not comment',
    });
  }
}
