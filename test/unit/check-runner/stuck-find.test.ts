import { describe, expect, test } from 'vitest';
import {
  type FleetView,
  findHung,
  findStuck,
  hostedServes,
  judge,
  mayBeLarger,
  nowServed,
  type OpenJob,
  planRerun,
  runsToRescue,
  selectorJob,
} from '../../../actions/check-runner/stuck/find.ts';
import type { Runner } from '../../../actions/fleet/runner.ts';

const NOW = Date.UTC(2026, 10, 28, 12);
const job = (
  runId: number,
  jobId: number,
  minutes: number,
  labels = ['self-hosted', 'gpu'],
  extra: Partial<OpenJob> = {},
): OpenJob => ({
  runId,
  jobId,
  name: `job ${jobId}`,
  status: 'queued',
  labels,
  createdAt: NOW - minutes * 60_000,
  url: `https://github.com/o/r/actions/runs/${runId}/job/${jobId}`,
  ...extra,
});

const runner = (name: string, status: 'online' | 'offline', busy: boolean, labels: string[]) =>
  ({ id: name.length, name, os: 'Linux', status, busy, labels }) satisfies Runner;

const EMPTY: FleetView = { runners: [], larger: [], scaleSets: [] };

describe('hostedServes', () => {
  test.each([
    [['ubuntu-latest'], true],
    [['Windows-11-ARM'], true],
    [['ubuntu-latest', 'UBUNTU-LATEST'], true],
    [['ubuntu-24.04-16core'], true],
    [['self-hosted', 'ubuntu-latest'], false],
    [['ubuntu-24.04-arm64-4core'], false],
    [[], false],
  ])('%j → %s', (labels, expected) => {
    expect(hostedServes(labels, ['ubuntu-24.04-16core'])).toBe(expected);
  });
});

describe('judge: stuck, waiting, not checked', () => {
  const GPU = ['self-hosted', 'gpu'];
  test.each<[string, string[], FleetView, ReturnType<typeof judge>]>([
    ['a hosted image label', ['ubuntu-latest'], EMPTY, { kind: 'hosted' }],
    [
      'a larger runner of the organization',
      ['linux-16core'],
      { ...EMPTY, larger: ['Linux-16core'] },
      { kind: 'hosted' },
    ],
    [
      'a larger-runner-like label, larger runners not read',
      ['ubuntu-24.04-arm64-4core'],
      { ...EMPTY, larger: undefined },
      {
        kind: 'not checked',
        detail:
          "'ubuntu-24.04-arm64-4core' looks like a larger runner's label, and the organization's larger runners were not read (set 'organization', with a token that can list them)",
      },
    ],
    [
      'the same label when the larger runners were read and it is not one',
      ['ubuntu-24.04-arm64-4core'],
      EMPTY,
      { kind: 'stuck', detail: 'no registered runner has all its labels' },
    ],
    [
      'a busy online runner serves it',
      GPU,
      { ...EMPTY, runners: [runner('gpu-1', 'online', true, ['self-hosted', 'GPU', 'x64'])] },
      { kind: 'waiting', detail: '1 online runner(s) serve it, 1 busy: gpu-1 (busy)' },
    ],
    [
      'an idle and a busy runner serve it',
      GPU,
      {
        ...EMPTY,
        runners: [
          runner('gpu-1', 'online', false, GPU),
          runner('gpu-2', 'online', true, GPU),
          runner('gpu-3', 'offline', false, GPU),
        ],
      },
      {
        kind: 'waiting',
        detail: '2 online runner(s) serve it, 1 busy: gpu-1 (idle), gpu-2 (busy)',
      },
    ],
    [
      'only offline runners serve it',
      GPU,
      { ...EMPTY, runners: [runner('gpu-3', 'offline', false, GPU)] },
      { kind: 'stuck', detail: 'only offline runners serve it: gpu-3 (offline)' },
    ],
    [
      'an online runner with some of the labels only',
      GPU,
      { ...EMPTY, runners: [runner('cpu', 'online', true, ['self-hosted'])] },
      { kind: 'stuck', detail: 'no registered runner has all its labels' },
    ],
    [
      'a scale set',
      ['ARC-Linux'],
      { ...EMPTY, scaleSets: ['arc-linux'] },
      { kind: 'waiting', detail: 'scale set arc-linux starts its runners on demand' },
    ],
  ])('%s', (_, labels, fleet, expected) => {
    expect(judge(labels, fleet)).toEqual(expected);
  });

  test('more than five runners: five named, then how many more', () => {
    const runners = Array.from({ length: 7 }, (_, i) =>
      runner(`r${i}`, 'online', true, ['self-hosted', 'gpu']),
    );
    expect(judge(['self-hosted', 'gpu'], { ...EMPTY, runners })).toEqual({
      kind: 'waiting',
      detail:
        '7 online runner(s) serve it, 7 busy: r0 (busy), r1 (busy), r2 (busy), r3 (busy), r4 (busy) and 2 more',
    });
  });
});

describe('findStuck', () => {
  test('older than the limit, queued, not hosted, not the current run, each job once, oldest first', () => {
    const jobs = [
      job(1, 11, 20),
      job(2, 21, 45),
      job(3, 31, 5),
      job(4, 41, 60, ['ubuntu-latest']),
      job(7, 71, 90),
      job(2, 21, 45),
      job(5, 51, 30, []),
      job(6, 61, 30, ['self-hosted', 'gpu'], { status: 'in_progress' }),
    ];
    const found = findStuck(jobs, { now: NOW, minutes: 10, fleet: EMPTY, currentRunId: '7' });
    expect(found.stuck).toEqual([
      {
        'run-id': 2,
        'job-id': 21,
        name: 'job 21',
        labels: ['self-hosted', 'gpu'],
        'queued-minutes': 45,
        url: 'https://github.com/o/r/actions/runs/2/job/21',
      },
      {
        'run-id': 1,
        'job-id': 11,
        name: 'job 11',
        labels: ['self-hosted', 'gpu'],
        'queued-minutes': 20,
        url: 'https://github.com/o/r/actions/runs/1/job/11',
      },
    ]);
    expect([...found.why]).toEqual([
      [21, 'no registered runner has all its labels'],
      [11, 'no registered runner has all its labels'],
    ]);
    expect(found.waiting).toEqual([]);
    expect(found.unchecked).toEqual([]);
  });

  test('a job behind a busy runner is waiting, with the runner state; a larger-runner label is not checked', () => {
    const fleet: FleetView = {
      runners: [runner('mac-1', 'online', true, ['self-hosted', 'macOS'])],
      larger: undefined,
      scaleSets: [],
    };
    const found = findStuck(
      [job(1, 11, 30, ['self-hosted', 'macOS']), job(2, 21, 40, ['linux-8core'])],
      { now: NOW, minutes: 10, fleet },
    );
    expect(found.stuck).toEqual([]);
    expect(found.waiting).toEqual([
      {
        'run-id': 1,
        'job-id': 11,
        name: 'job 11',
        labels: ['self-hosted', 'macOS'],
        'queued-minutes': 30,
        url: 'https://github.com/o/r/actions/runs/1/job/11',
        verdict: 'waiting',
        detail: '1 online runner(s) serve it, 1 busy: mac-1 (busy)',
      },
    ]);
    expect(found.unchecked.map((u) => [u['job-id'], u.verdict])).toEqual([[21, 'not checked']]);
  });

  test('exactly at the limit is not stuck yet', () => {
    expect(findStuck([job(1, 1, 10)], { now: NOW, minutes: 10, fleet: EMPTY }).stuck).toEqual([]);
  });
});

describe('findHung', () => {
  const running = (runId: number, jobId: number, minutes: number, labels = ['self-hosted']) =>
    job(runId, jobId, minutes + 5, labels, {
      status: 'in_progress',
      startedAt: NOW - minutes * 60_000,
      runnerName: `runner-${jobId}`,
    });
  test('in progress longer than the limit on a self-hosted runner, oldest first, never the current run', () => {
    const hung = findHung(
      [
        running(1, 11, 90),
        running(2, 21, 200),
        running(3, 31, 60),
        running(4, 41, 300, ['ubuntu-latest']),
        running(5, 51, 500),
        job(6, 61, 500),
        { ...running(8, 81, 400), startedAt: undefined },
      ],
      { now: NOW, minutes: 60, larger: [], currentRunId: '5' },
    );
    expect(hung).toEqual([
      {
        'run-id': 2,
        'job-id': 21,
        name: 'job 21',
        labels: ['self-hosted'],
        runner: 'runner-21',
        'running-minutes': 200,
        url: 'https://github.com/o/r/actions/runs/2/job/21',
      },
      {
        'run-id': 1,
        'job-id': 11,
        name: 'job 11',
        labels: ['self-hosted'],
        runner: 'runner-11',
        'running-minutes': 90,
        url: 'https://github.com/o/r/actions/runs/1/job/11',
      },
    ]);
  });
});

test('a larger-runner-like label is left out while the larger runners are not known', () => {
  const long = job(1, 11, 200, ['linux-8core'], {
    status: 'in_progress',
    startedAt: NOW - 150 * 60_000,
  });
  expect(findHung([long], { now: NOW, minutes: 60, larger: undefined })).toEqual([]);
  expect(findHung([long], { now: NOW, minutes: 60, larger: [] }).map((h) => h['job-id'])).toEqual([
    11,
  ]);
  expect(findHung([long], { now: NOW, minutes: 60, larger: ['linux-8core'] })).toEqual([]);
});

describe('runsToRescue', () => {
  test('each run once, in order, at most max', () => {
    expect(runsToRescue([1, 1, 2, 3], 2)).toEqual({ take: [1, 2], left: [3] });
    expect(runsToRescue([1, 1, 2, 3], 5)).toEqual({ take: [1, 2, 3], left: [] });
  });
});

describe('rescue: rerun plans', () => {
  const done = (jobId: number, name: string, steps: string[] = []) =>
    job(1, jobId, 40, ['ubuntu-latest'], {
      name,
      status: 'completed',
      conclusion: 'success',
      steps,
    });

  test.each<[string, OpenJob[], OpenJob | undefined]>([
    ['a job named select', [done(1, 'select')], done(1, 'select')],
    ['a job named Select-Runner', [done(1, 'Select-Runner')], done(1, 'Select-Runner')],
    [
      'a step that uses select-runner',
      [done(1, 'choose', ['Set up job', 'Run octo/runner-actions/select-runner@v1'])],
      done(1, 'choose', ['Set up job', 'Run octo/runner-actions/select-runner@v1']),
    ],
    ['a job named selection', [done(1, 'selection')], undefined],
    ['a failed select job', [{ ...done(1, 'select'), conclusion: 'failure' }], undefined],
    ['a queued select job', [{ ...done(1, 'select'), status: 'queued' }], undefined],
  ])('selectorJob: %s', (_, jobs, expected) => {
    expect(selectorJob(jobs)).toEqual(expected);
  });

  test('a run that chooses its runner at run time re-runs its select job', () => {
    expect(planRerun({ attempt: 1, jobs: [done(7, 'select'), job(1, 8, 30)] }, [['gpu']])).toEqual({
      kind: 'rerun-job',
      jobId: 7,
      name: 'select',
    });
  });

  test('a run that names its runner itself waits to see whether a runner came online', () => {
    expect(planRerun({ attempt: 1, jobs: [job(1, 8, 30)] }, [['self-hosted', 'gpu']])).toEqual({
      kind: 'cancel-then-check',
      labels: [['self-hosted', 'gpu']],
    });
  });

  test('a run already re-run is cancelled only, with the reason', () => {
    expect(planRerun({ attempt: 2, jobs: [done(7, 'select')] }, [['gpu']])).toEqual({
      kind: 'cancel',
      why: 'it is attempt 2: it was re-run before and is stuck again, so another re-run would wait the same way',
    });
  });

  test('nowServed: every label set must be served by an online runner', () => {
    const fleet: FleetView = {
      runners: [runner('g', 'online', true, ['self-hosted', 'gpu'])],
      larger: [],
      scaleSets: [],
    };
    expect(nowServed([['self-hosted', 'gpu']], fleet)).toBe(true);
    expect(
      nowServed(
        [
          ['self-hosted', 'gpu'],
          ['self-hosted', 'tpu'],
        ],
        fleet,
      ),
    ).toBe(false);
    expect(
      nowServed([['self-hosted', 'gpu']], {
        ...fleet,
        runners: [runner('g', 'offline', false, ['self-hosted', 'gpu'])],
      }),
    ).toBe(false);
  });
});

describe('mayBeLarger', () => {
  test.each([
    ['ubuntu-24.04-arm64-4core', true],
    ['linux-8core', true],
    ['Windows-16-Cores', true],
    ['ubuntu-24.04-beta', true],
    ['self-hosted', false],
    ['gpu', false],
    ['core', false],
  ])('%s → %s', (label, expected) => {
    expect(mayBeLarger(label)).toBe(expected);
  });
});
