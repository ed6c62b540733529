/**
 * The stuck and hung jobs shell in-process, over a scripted client and a virtual clock: the
 * rescue deadline holds while the API hangs or answers 503, without waiting for it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { GuardInputs } from '../../../actions/check-runner/guard-inputs.ts';
import { type JobsContext, runJobs } from '../../../actions/check-runner/stuck/run.ts';
import { parseKeyValueFile } from '../../support/file-commands.ts';
import {
  type Answer,
  type Call,
  hang,
  scriptedClient,
  unavailable,
  VirtualClock,
} from './rescue-fakes.ts';

const RUNNERS = '/repos/{owner}/{repo}/actions/runners';
const RUNS = '/repos/{owner}/{repo}/actions/runs';
const JOBS = '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs';
const CANCEL = 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel';
const RUN = '/repos/{owner}/{repo}/actions/runs/{run_id}';

let dir: string;
let out: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stuck-run-'));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const outputs = () =>
  Object.fromEntries(parseKeyValueFile(readFileSync(join(dir, 'output'), 'utf8')).pairs);

const GUARD: GuardInputs = {
  workflows: [],
  scaleSets: [],
  failOnUnserved: false,
  stuckAfterMinutes: 10,
  rescue: 'cancel',
  rescueTimeoutSeconds: 30,
  maxRescues: 5,
  hungAfterMinutes: 0,
  cancelHung: false,
  rescueDeadlineSeconds: 60,
};

function context(
  clock: VirtualClock,
  script: Record<string, Answer[]>,
  guard: Partial<GuardInputs> = {},
) {
  const calls: Call[] = [];
  const ctx: JobsContext = {
    inputs: {
      repository: 'o/r',
      apiTimeoutSeconds: 10,
      waitSeconds: 0,
      pollSeconds: 10,
      token: 't',
      failIfUnavailable: false,
      guard: { ...GUARD, ...guard },
    } as JobsContext['inputs'],
    clientFor: scriptedClient(script, calls),
    clock,
    larger: async () => ({ value: [] }),
    currentRunId: '99',
  };
  return { ctx, calls };
}

const ago = (clock: VirtualClock, minutes: number) =>
  new Date(clock.now() - minutes * 60_000).toISOString();

function stuckRuns(clock: VirtualClock, ids: number[]) {
  return {
    [RUNNERS]: [{ total_count: 0, runners: [] }],
    [RUNS]: [{ total_count: ids.length, workflow_runs: ids.map((id) => ({ id, run_attempt: 1 })) }],
    [JOBS]: ids.map((id) => ({
      total_count: 1,
      jobs: [
        {
          id: id * 10,
          run_id: id,
          name: 'build',
          status: 'queued',
          labels: ['self-hosted', 'gpu'],
          created_at: ago(clock, 60 - id),
          html_url: `https://github.com/o/r/actions/runs/${id}/job/${id * 10}`,
        },
      ],
    })),
  };
}

describe('never green while blind, in virtual time', () => {
  test.each([
    ['hangs', (c: VirtualClock) => hang(c)],
    ['answers 503 on every try', (c: VirtualClock) => unavailable(c)],
  ])(
    'the runners read %s: bounded by api-timeout-seconds; with fail-on-unserved the step fails',
    async (_, fault) => {
      const clock = new VirtualClock();
      const { ctx } = context(clock, { [RUNNERS]: [fault(clock)] }, { failOnUnserved: true });
      expect(await runJobs(ctx)).toBe(true);
      expect(clock.elapsed).toBe(10_000);
      const errors = out.filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(
        'Stuck and hung jobs not looked for: the runners could not be read (',
      );
      expect(outputs()).toMatchObject({ 'stuck-jobs': '[]', 'stuck-count': '0', rescued: '[]' });
    },
  );

  test('without fail-on-unserved or fail-if-unavailable it is a warning and the step goes on', async () => {
    const clock = new VirtualClock();
    const { ctx } = context(clock, { [RUNNERS]: [unavailable(clock)] });
    expect(await runJobs(ctx)).toBe(false);
    expect(out.filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(out.filter((l) => l.startsWith('::warning'))).toHaveLength(1);
  });

  test('fail-if-unavailable fails it too', async () => {
    const clock = new VirtualClock();
    const { ctx } = context(clock, { [RUNS]: [unavailable(clock)], [RUNNERS]: [{ runners: [] }] });
    ctx.inputs.failIfUnavailable = true;
    expect(await runJobs(ctx)).toBe(true);
  });
});

describe('the rescue deadline, in virtual time', () => {
  test('cancels that hang: each run gets what is left, then the rest are skipped', async () => {
    const clock = new VirtualClock();
    const { ctx, calls } = context(clock, {
      ...stuckRuns(clock, [1, 2, 3, 4, 5]),
      [CANCEL]: [hang(clock)],
      [RUN]: [hang(clock)],
    });
    expect(await runJobs(ctx)).toBe(false);
    // 60 s deadline: run 1 (cancel 10 s, read back 10 s), run 2 (10 s + 10 s), run 3 (10 s + 10 s).
    expect(clock.elapsed).toBe(60_000);
    const rescues = JSON.parse(outputs().rescues as string) as {
      'run-id': number;
      outcome: string;
    }[];
    expect(rescues.map((r) => [r['run-id'], r.outcome])).toEqual([
      [1, 'unknown'],
      [2, 'unknown'],
      [3, 'unknown'],
      [4, 'skipped'],
      [5, 'skipped'],
    ]);
    expect(calls.filter((c) => c.route === CANCEL).map((c) => c.params.run_id)).toEqual([1, 2, 3]);
    expect(outputs().rescued).toBe('[]');
  });

  test('a cancel that went through is cancelled, and only the runs over max-rescues are left alone', async () => {
    const clock = new VirtualClock();
    const { ctx, calls } = context(
      clock,
      { ...stuckRuns(clock, [1, 2, 3]), [CANCEL]: [{}] },
      { maxRescues: 2 },
    );
    expect(await runJobs(ctx)).toBe(false);
    expect(outputs().rescued).toBe('[1,2]');
    expect(calls.filter((c) => c.how === 'sendOnce').map((c) => c.params.run_id)).toEqual([1, 2]);
    expect(calls.filter((c) => c.how === 'send')).toEqual([]);
    expect(out).toContain('Left alone (max-rescues 2): run 3.\n');
  });
});
