/**
 * The stuck and hung jobs step, as a shell over the pure core (find.ts): reads the fleet and the
 * open runs, judges each old job, acts on at most `max-rescues` runs, and writes outputs, log and
 * summary. Its client and clock are parameters, so tests drive time without waiting; all of it
 * ends by `rescue-deadline-seconds`.
 */
import type { FleetInputs } from '../../fleet/inputs.ts';
import { readFleet } from '../../fleet/read.ts';
import type { Runner } from '../../fleet/runner.ts';
import type { Deadline } from '../../lib/deadline.ts';
import { messageOf } from '../../lib/errors.ts';
import type { GitHubClient } from '../../lib/github.ts';
import { appendSummary, error, info, oneLine, setOutput, warning } from '../../lib/runner.ts';
import { failsWhenBlind, type GuardInputs } from '../guard-inputs.ts';
import { jobsSummary } from '../guard-report.ts';
import type { Clock } from './clock.ts';
import {
  type FleetView,
  findHung,
  findStuck,
  type HungJob,
  type Judged,
  nowServed,
  planRerun,
  type RescuePlan,
  runsToRescue,
} from './find.ts';
import { type OpenRun, readOpenRuns } from './read.ts';
import { RESCUED, type RescueAction, rescueRun } from './rescue.ts';

export interface JobsContext {
  inputs: FleetInputs & { guard: GuardInputs; failIfUnavailable: boolean };
  clientFor: (limit: Deadline) => Promise<GitHubClient>;
  clock: Clock;
  /** The organization's larger runners, read within `limit`; `value` undefined when not known. */
  larger: (limit: Deadline) => Promise<{ value?: string[]; note?: string }>;
  /** Runners already read by the availability check, when it ran. */
  runners?: Runner[];
  currentRunId?: string;
}

/** Returns true when the step must fail. */
export async function runJobs(ctx: JobsContext): Promise<boolean> {
  const { inputs, clock } = ctx;
  const guard = inputs.guard;
  const repository = inputs.repository as string;
  const total = clock.deadline(guard.rescueDeadlineSeconds);
  const limit = () => clock.deadline(inputs.apiTimeoutSeconds, total);
  const notes: string[] = [];
  const now = clock.now();
  const minutes = [guard.stuckAfterMinutes, guard.hungAfterMinutes].filter((m) => m > 0);
  let runs: OpenRun[] = [];
  let fleet: FleetView = { runners: [], larger: undefined, scaleSets: guard.scaleSets };
  let judged: Judged = { stuck: [], waiting: [], unchecked: [], why: new Map() };
  let hung: HungJob[] = [];
  let blind: string | undefined;
  try {
    const larger = inputs.organization
      ? await ctx.larger(limit())
      : { value: undefined, note: undefined };
    if (larger.note) notes.push(larger.note);
    const runners = ctx.runners ?? (await readFleet(await ctx.clientFor(limit()), inputs)).runners;
    fleet = { runners, larger: larger.value, scaleSets: guard.scaleSets };
  } catch (cause) {
    blind = `the runners could not be read (${messageOf(cause)}), so a stuck job cannot be told from one waiting for a busy runner`;
  }
  if (!blind) {
    try {
      runs = await readOpenRuns(
        await ctx.clientFor(limit()),
        repository,
        now - Math.min(...minutes) * 60_000,
        ctx.currentRunId,
      );
    } catch (cause) {
      blind = `the runs of ${repository} could not be read (${messageOf(cause)}); listing them needs Actions: read`;
    }
  }
  if (blind) {
    const reason = `Stuck and hung jobs not looked for: ${blind}.`;
    const fails = failsWhenBlind(inputs);
    if (fails) {
      const input = guard.failOnUnserved ? 'fail-on-unserved' : 'fail-if-unavailable';
      error(oneLine(reason), { title: `check-runner could not see the fleet (${input})` });
    } else warning(oneLine(reason), { title: 'check-runner could not see the fleet' });
    writeOutputs(judged, hung, []);
    appendSummary(jobsSummary({ guard, judged, hung, actions: [], notes: [reason, ...notes] }));
    return fails;
  }
  const open = runs;
  const seen = fleet;
  const jobs = open.flatMap((r) => r.jobs);
  if (guard.stuckAfterMinutes > 0) {
    judged = findStuck(jobs, {
      now,
      minutes: guard.stuckAfterMinutes,
      fleet: seen,
      ...(ctx.currentRunId ? { currentRunId: ctx.currentRunId } : {}),
    });
  }
  if (guard.hungAfterMinutes > 0) {
    hung = findHung(jobs, {
      now,
      minutes: guard.hungAfterMinutes,
      larger: seen.larger,
      ...(ctx.currentRunId ? { currentRunId: ctx.currentRunId } : {}),
    });
  }
  announce(guard, judged, hung);

  // Which runs to act on, and how: each once, oldest first, at most max-rescues.
  const plans = new Map<number, { plan: RescuePlan; url: string; attempt: number }>();
  const runOf = new Map(open.map((r) => [r.id, r]));
  const runUrl = (jobUrl: string) => jobUrl.replace(/\/job\/\d+$/, '');
  if (guard.rescue !== 'report') {
    for (const s of judged.stuck) {
      const run = runOf.get(s['run-id']);
      if (!run || plans.has(run.id)) continue;
      const labels = judged.stuck.filter((j) => j['run-id'] === run.id).map((j) => j.labels);
      const plan: RescuePlan =
        guard.rescue === 'cancel'
          ? { kind: 'cancel' }
          : planRerun({ attempt: run.attempt, jobs: run.jobs }, labels);
      plans.set(run.id, { plan, url: runUrl(s.url), attempt: run.attempt });
    }
  }
  if (guard.cancelHung) {
    for (const h of hung) {
      if (plans.has(h['run-id'])) continue;
      plans.set(h['run-id'], {
        plan: { kind: 'cancel' },
        url: runUrl(h.url),
        attempt: runOf.get(h['run-id'])?.attempt ?? 1,
      });
    }
  }
  const actions: RescueAction[] = [];
  const { take, left } = runsToRescue([...plans.keys()], guard.maxRescues);
  for (const runId of take) {
    const { plan, url, attempt } = plans.get(runId) as {
      plan: RescuePlan;
      url: string;
      attempt: number;
    };
    const action = await rescueRun(
      {
        client: ctx.clientFor,
        clock,
        total,
        totalSeconds: guard.rescueDeadlineSeconds,
        apiTimeoutSeconds: inputs.apiTimeoutSeconds,
        waitSeconds: guard.rescueTimeoutSeconds,
        repository,
        servedNow: async (labels) => {
          const again = (await readFleet(await ctx.clientFor(limit()), inputs)).runners;
          return nowServed(labels, { ...seen, runners: again });
        },
      },
      runId,
      url,
      plan,
      attempt,
    );
    actions.push(action);
    if (action.warn) warning(oneLine(action.message), { title: `Rescue of run ${runId}` });
    else info(oneLine(action.message));
  }
  if (left.length) {
    const message = `Left alone (max-rescues ${guard.maxRescues}): run${left.length > 1 ? 's' : ''} ${left.join(', ')}.`;
    info(message);
    for (const runId of left) actions.push({ runId, outcome: 'skipped', message, warn: false });
  }
  for (const n of notes) info(oneLine(n));
  writeOutputs(judged, hung, actions);
  appendSummary(jobsSummary({ guard, judged, hung, actions, notes }));
  if (guard.failOnUnserved && judged.stuck.length) {
    error(
      `${judged.stuck.length} job(s) are stuck: nothing online serves their labels (fail-on-unserved).`,
      {
        title: 'Stuck jobs',
      },
    );
    return true;
  }
  return false;
}

function announce(guard: GuardInputs, judged: Judged, hung: readonly HungJob[]) {
  if (guard.stuckAfterMinutes > 0) {
    info(
      `Stuck jobs: ${judged.stuck.length} queued over ${guard.stuckAfterMinutes} min that nothing online serves; ${judged.waiting.length} waiting; ${judged.unchecked.length} not checked.`,
    );
    for (const s of judged.stuck) {
      info(
        oneLine(
          `  stuck: run ${s['run-id']} job ${s['job-id']} ${s.name} [${s.labels.join(', ')}] queued ${s['queued-minutes']} min: ${judged.why.get(s['job-id']) ?? ''}`,
        ),
      );
    }
    for (const w of judged.waiting) {
      info(
        oneLine(
          `  waiting: run ${w['run-id']} job ${w['job-id']} ${w.name} [${w.labels.join(', ')}] queued ${w['queued-minutes']} min: ${w.detail}; left alone.`,
        ),
      );
    }
    for (const u of judged.unchecked) {
      warning(
        oneLine(
          `Run ${u['run-id']} job ${u['job-id']} ${u.name} [${u.labels.join(', ')}] queued ${u['queued-minutes']} min was not checked: ${u.detail}. It is never cancelled.`,
        ),
        { title: 'Queued job not checked' },
      );
    }
  }
  if (guard.hungAfterMinutes > 0) {
    info(
      `Hung jobs: ${hung.length} running over ${guard.hungAfterMinutes} min on self-hosted runners.`,
    );
    for (const h of hung) {
      warning(
        oneLine(
          `Run ${h['run-id']} job ${h['job-id']} ${h.name} has been running ${h['running-minutes']} min on runner ${h.runner || '(unknown)'}.`,
        ),
        { title: 'Hung job' },
      );
    }
  }
}

function writeOutputs(judged: Judged, hung: readonly HungJob[], actions: readonly RescueAction[]) {
  setOutput('stuck-jobs', JSON.stringify(judged.stuck));
  setOutput('stuck-count', judged.stuck.length);
  setOutput('waiting-jobs', JSON.stringify([...judged.waiting, ...judged.unchecked]));
  setOutput('hung-jobs', JSON.stringify(hung));
  setOutput('hung-count', hung.length);
  setOutput(
    'rescued',
    JSON.stringify(actions.filter((a) => RESCUED.includes(a.outcome)).map((a) => a.runId)),
  );
  setOutput(
    'rescues',
    JSON.stringify(
      actions.map((a) => ({ 'run-id': a.runId, outcome: a.outcome, message: a.message })),
    ),
  );
}
