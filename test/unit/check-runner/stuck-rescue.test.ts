/**
 * One run's rescue over a scripted client and a virtual clock: writes are sent once, lost answers
 * are read back, and the outcome says what really happened.
 */
import { describe, expect, test } from 'vitest';
import type { RescuePlan } from '../../../actions/check-runner/stuck/find.ts';
import {
  ambiguous,
  type RescueContext,
  rescueRun,
} from '../../../actions/check-runner/stuck/rescue.ts';
import { ApiError } from '../../../actions/lib/github.ts';
import {
  type Answer,
  type Call,
  hang,
  scriptedClient,
  status,
  VirtualClock,
} from './rescue-fakes.ts';

const CANCEL = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel';
const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}';
const RERUN_JOB = 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun';
const RERUN_FAILED = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
const URL = 'https://github.com/o/r/actions/runs/5';

const running = { status: 'in_progress', conclusion: null, run_attempt: 1 };
const cancelled = { status: 'completed', conclusion: 'cancelled', run_attempt: 1 };
const again = { status: 'queued', conclusion: null, run_attempt: 2 };
const lost502 = () =>
  status(502, 'GitHub answered 502 for POST /repos/o/r/actions/runs/5/cancel: Bad Gateway.');

function setup(script: Record<string, Answer[]>, extra: Partial<RescueContext> = {}) {
  const clock = new VirtualClock();
  const calls: Call[] = [];
  const ctx: RescueContext = {
    client: scriptedClient(script, calls),
    clock,
    total: clock.deadline(300),
    totalSeconds: 300,
    apiTimeoutSeconds: 10,
    waitSeconds: 120,
    repository: 'o/r',
    ...extra,
  };
  const writes = () => calls.filter((c) => c.route.startsWith('POST'));
  return { clock, calls, ctx, writes };
}

const CANCEL_ONLY: RescuePlan = { kind: 'cancel' };
const SELECT: RescuePlan = { kind: 'rerun-job', jobId: 7, name: 'select' };
const CHECK: RescuePlan = { kind: 'cancel-then-check', labels: [['self-hosted', 'gpu']] };

describe('ambiguous failures', () => {
  test.each([
    ['server', true],
    ['network', true],
    ['timeout', true],
    ['malformed', true],
    ['auth', false],
    ['forbidden', false],
    ['not-found', false],
    ['rate-limit', false],
    ['other', false],
  ] as const)('%s → %s', (kind, expected) => {
    expect(ambiguous(new ApiError(kind, 'x'))).toBe(expected);
  });
});

describe('cancel', () => {
  test('sent once, through the non-retrying path', async () => {
    const { ctx, calls } = setup({ [CANCEL]: [{}] });
    expect(await rescueRun(ctx, 5, URL, CANCEL_ONLY, 1)).toEqual({
      runId: 5,
      outcome: 'cancelled',
      message: 'Cancelled run 5.',
      warn: false,
    });
    expect(calls).toEqual([
      { how: 'sendOnce', route: CANCEL, params: { owner: 'o', repo: 'r', run_id: 5 } },
    ]);
  });

  test('a lost answer (502) after GitHub cancelled: read back, cancelled, never sent twice', async () => {
    const { ctx, writes, calls } = setup({
      [CANCEL]: [lost502()],
      [RUN]: [running, cancelled],
    });
    expect(await rescueRun(ctx, 5, URL, CANCEL_ONLY, 1)).toEqual({
      runId: 5,
      outcome: 'cancelled',
      message:
        'Cancelled run 5 (the answer to the cancel was lost: GitHub answered 502 for POST /repos/o/r/actions/runs/5/cancel: Bad Gateway.; read back, the run is cancelled).',
      warn: false,
    });
    expect(writes()).toHaveLength(1);
    expect(calls.filter((c) => c.route === RUN).map((c) => c.how)).toEqual(['get', 'get']);
  });

  test('a lost answer and the run still going after rescue-timeout-seconds: unknown, with what to do', async () => {
    const { ctx, writes, clock } = setup({ [CANCEL]: [lost502()], [RUN]: [running] });
    expect(await rescueRun(ctx, 5, URL, CANCEL_ONLY, 1)).toEqual({
      runId: 5,
      outcome: 'unknown',
      message: `Cancelling run 5: the answer was lost (GitHub answered 502 for POST /repos/o/r/actions/runs/5/cancel: Bad Gateway.), and after 120s (rescue-timeout-seconds) it is still 'in_progress': it may yet be cancelled. Look at it (${URL}) and cancel it there if it is still queued.`,
      warn: true,
    });
    expect(writes()).toHaveLength(1);
    expect(clock.elapsed).toBe(120_000);
  });

  test('a lost answer and the run finished on its own meanwhile: left alone', async () => {
    const { ctx } = setup({
      [CANCEL]: [lost502()],
      [RUN]: [{ status: 'completed', conclusion: 'success', run_attempt: 1 }],
    });
    expect(await rescueRun(ctx, 5, URL, CANCEL_ONLY, 1)).toMatchObject({
      outcome: 'finished',
      message: "Run 5 finished on its own ('success') while it was being cancelled; left alone.",
      warn: false,
    });
  });

  test('a lost answer and the run cannot be read back: unknown, never guessed', async () => {
    const { ctx } = setup({ [CANCEL]: [lost502()], [RUN]: [status(503, 'GitHub answered 503.')] });
    expect(await rescueRun(ctx, 5, URL, CANCEL_ONLY, 1)).toMatchObject({
      outcome: 'unknown',
      message: `Cancelling run 5: the answer was lost (GitHub answered 502 for POST /repos/o/r/actions/runs/5/cancel: Bad Gateway.), and the run could not be read back (GitHub answered 503.): it may or may not be cancelled. Look at it (${URL}) and cancel it there if it is still queued.`,
    });
  });

  test.each([
    [
      409,
      'Cannot cancel a workflow run that is completed.',
      'finished',
      'Run 5 had already finished; left alone.',
      false,
    ],
    [
      403,
      'Resource not accessible by integration',
      'refused',
      'GitHub refused to cancel run 5 (Resource not accessible by integration): the token needs Actions: write on the repository. The run is untouched.',
      true,
    ],
    [
      404,
      'GitHub answered 404: Not Found.',
      'failed',
      `Could not cancel run 5: GitHub answered 404: Not Found. The run is untouched (${URL}).`,
      true,
    ],
  ])('a %d is final: %s, no read back', async (code, said, outcome, message, warn) => {
    const { ctx, calls } = setup({ [CANCEL]: [status(code, said)] });
    expect(await rescueRun(ctx, 5, URL, CANCEL_ONLY, 1)).toEqual({
      runId: 5,
      outcome,
      message,
      warn,
    });
    expect(calls).toHaveLength(1);
  });

  test('with rerun, a run already re-run is cancelled only, and the warning says why and what to do', async () => {
    const { ctx } = setup({ [CANCEL]: [{}] });
    expect(
      await rescueRun(
        ctx,
        5,
        URL,
        { kind: 'cancel', why: 'it is attempt 2: it was re-run before' },
        2,
      ),
    ).toEqual({
      runId: 5,
      outcome: 'cancelled',
      message: `Cancelled run 5; not re-run: it is attempt 2: it was re-run before. Register a runner with its labels or change its runs-on, then re-run it (${URL}).`,
      warn: true,
    });
  });
});

describe('rerun', () => {
  test('a run that selects at run time: cancelled, waited for, its select job re-run once', async () => {
    const { ctx, calls, clock } = setup({
      [CANCEL]: [{}],
      [RUN]: [running, running, cancelled],
      [RERUN_JOB]: [{}],
    });
    expect(await rescueRun(ctx, 5, URL, SELECT, 1)).toEqual({
      runId: 5,
      outcome: 're-run',
      message:
        "Cancelled run 5 and re-ran its job 'select' and the jobs that need it, so the runner is chosen again; its other finished jobs keep their results.",
      warn: false,
    });
    expect(calls.map((c) => `${c.how} ${c.route}`)).toEqual([
      `sendOnce ${CANCEL}`,
      `get ${RUN}`,
      `get ${RUN}`,
      `get ${RUN}`,
      `sendOnce ${RERUN_JOB}`,
    ]);
    expect(calls[4]?.params).toEqual({ owner: 'o', repo: 'r', job_id: 7 });
    // Backoff between reads: 500 ms, then 750 ms.
    expect(clock.elapsed).toBe(1250);
  });

  test('a lost answer on re-run that GitHub carried out: read back at attempt 2, re-run', async () => {
    const { ctx, writes } = setup({
      [CANCEL]: [{}],
      [RUN]: [cancelled, again],
      [RERUN_JOB]: [status(502, 'GitHub answered 502 for the re-run: Bad Gateway.')],
    });
    expect(await rescueRun(ctx, 5, URL, SELECT, 1)).toMatchObject({
      outcome: 're-run',
      message:
        "Cancelled run 5 and re-ran its job 'select' and the jobs that need it, so the runner is chosen again; its other finished jobs keep their results (the answer to the re-run was lost: GitHub answered 502 for the re-run: Bad Gateway.; read back, the run is at attempt 2).",
      warn: false,
    });
    expect(writes()).toHaveLength(2);
  });

  test('a lost answer on re-run that did not happen: a warning that the run stays cancelled, not a token problem', async () => {
    const { ctx } = setup({
      [CANCEL]: [{}],
      [RUN]: [cancelled],
      [RERUN_JOB]: [
        new ApiError('network', 'Could not reach the GitHub API (POST …/rerun): socket hang up.'),
      ],
    });
    const action = await rescueRun(ctx, 5, URL, SELECT, 1);
    expect(action).toEqual({
      runId: 5,
      outcome: 'cancelled, not re-run',
      message: `Cancelled run 5, but the re-run request failed (Could not reach the GitHub API (POST …/rerun): socket hang up.) and, read back, the run is still attempt 1, 'completed'. It stays cancelled: re-run it (${URL}) once a runner serves it.`,
      warn: true,
    });
    expect(action.message).not.toContain('Actions: write');
  });

  test('a refused re-run names Actions: write and says the run was cancelled', async () => {
    const { ctx } = setup({
      [CANCEL]: [{}],
      [RUN]: [cancelled],
      [RERUN_JOB]: [status(403, 'Resource not accessible by integration')],
    });
    expect(await rescueRun(ctx, 5, URL, SELECT, 1)).toMatchObject({
      outcome: 'cancelled, not re-run',
      message: `Cancelled run 5, but GitHub refused to re-run it (Resource not accessible by integration): the token needs Actions: write on the repository. It stays cancelled: re-run it (${URL}) once a runner serves it.`,
    });
  });

  test('an error after a successful cancel says the run was cancelled', async () => {
    const { ctx, writes } = setup({
      [CANCEL]: [{}],
      [RUN]: [status(500, 'GitHub answered 500.')],
    });
    expect(await rescueRun(ctx, 5, URL, SELECT, 1)).toEqual({
      runId: 5,
      outcome: 'cancelled, not re-run',
      message: `Cancelled run 5, but its state could not be read (GitHub answered 500.), so it was not re-run. It stays cancelled: re-run it (${URL}) once a runner serves it.`,
      warn: true,
    });
    expect(writes()).toHaveLength(1);
  });

  test('a run still cancelling after rescue-timeout-seconds is not re-run', async () => {
    const { ctx, writes, clock } = setup({ [CANCEL]: [{}], [RUN]: [running] }, { waitSeconds: 30 });
    expect(await rescueRun(ctx, 5, URL, SELECT, 1)).toMatchObject({
      outcome: 'cancelled, not re-run',
      message: `Cancelled run 5, but it was still 'in_progress' after 30s (rescue-timeout-seconds), so it was not re-run. It stays cancelled: re-run it (${URL}) once a runner serves it.`,
    });
    expect(writes()).toHaveLength(1);
    expect(clock.elapsed).toBe(30_000);
  });

  test('a run naming its runner itself: not re-run while nothing serves it, and the warning says so', async () => {
    const { ctx, writes } = setup(
      { [CANCEL]: [{}], [RUN]: [cancelled] },
      { servedNow: async () => false },
    );
    expect(await rescueRun(ctx, 5, URL, CHECK, 1)).toEqual({
      runId: 5,
      outcome: 'cancelled',
      message: `Cancelled run 5; not re-run: nothing online serves its labels and its workflow names its runner itself, so a re-run would wait the same way. Register a runner with its labels or change its runs-on, then re-run it (${URL}).`,
      warn: true,
    });
    expect(writes()).toHaveLength(1);
  });

  test('a runner for its labels came online: only its failed and cancelled jobs are re-run', async () => {
    const asked: string[][][] = [];
    const { ctx, calls } = setup(
      { [CANCEL]: [{}], [RUN]: [cancelled], [RERUN_FAILED]: [{}] },
      {
        servedNow: async (labels) => {
          asked.push(labels);
          return true;
        },
      },
    );
    expect(await rescueRun(ctx, 5, URL, CHECK, 1)).toMatchObject({
      outcome: 're-run',
      message:
        'Cancelled run 5 and a runner for its labels is online now, so its failed and cancelled jobs were re-run; its finished jobs keep their results.',
    });
    expect(asked).toEqual([[['self-hosted', 'gpu']]]);
    expect(calls.at(-1)).toEqual({
      how: 'sendOnce',
      route: RERUN_FAILED,
      params: { owner: 'o', repo: 'r', run_id: 5 },
    });
  });
});

describe('the rescue deadline', () => {
  test('an API that hangs: the cancel and the read back end by the deadline', async () => {
    const clock = new VirtualClock();
    const calls: Call[] = [];
    const total = clock.deadline(25);
    const ctx: RescueContext = {
      client: scriptedClient({ [CANCEL]: [hang(clock)], [RUN]: [hang(clock)] }, calls),
      clock,
      total,
      totalSeconds: 25,
      apiTimeoutSeconds: 10,
      waitSeconds: 120,
      repository: 'o/r',
    };
    expect(await rescueRun(ctx, 5, URL, SELECT, 1)).toEqual({
      runId: 5,
      outcome: 'unknown',
      message: `Cancelling run 5: the answer was lost (The GitHub API did not answer within the 10s limit (api-timeout-seconds).), and the run could not be read back (The GitHub API did not answer within the 10s limit (api-timeout-seconds).): it may or may not be cancelled. Look at it (${URL}) and cancel it there if it is still queued.`,
      warn: true,
    });
    expect(clock.elapsed).toBe(20_000);
    // Nothing is left for another run.
    expect(await rescueRun(ctx, 6, URL, SELECT, 1)).toMatchObject({ outcome: 'unknown' });
    expect(clock.elapsed).toBe(25_000);
    expect(await rescueRun(ctx, 7, URL, SELECT, 1)).toEqual({
      runId: 7,
      outcome: 'skipped',
      message: "Run 7 was not rescued: the rescue's 25s limit (rescue-deadline-seconds) ran out.",
      warn: true,
    });
    expect(calls.filter((c) => c.route === CANCEL)).toHaveLength(2);
  });
});
