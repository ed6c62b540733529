import { describe, expect, test } from 'vitest';
import {
  findStuck,
  hostedServes,
  type QueuedJob,
  runsToRescue,
} from '../../../actions/check-runner/stuck/find.ts';

const NOW = Date.UTC(2026, 10, 28, 12);
const job = (
  runId: number,
  jobId: number,
  minutes: number,
  labels = ['self-hosted', 'gpu'],
): QueuedJob => ({
  runId,
  jobId,
  name: `job ${jobId}`,
  labels,
  createdAt: NOW - minutes * 60_000,
  url: `https://github.com/o/r/actions/runs/${runId}/job/${jobId}`,
});

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

describe('findStuck', () => {
  test('older than the limit, not hosted, not the current run, each job once, oldest first', () => {
    const jobs = [
      job(1, 11, 20),
      job(2, 21, 45),
      job(3, 31, 5),
      job(4, 41, 60, ['ubuntu-latest']),
      job(7, 71, 90),
      job(2, 21, 45),
      job(5, 51, 30, []),
    ];
    const stuck = findStuck(jobs, { now: NOW, minutes: 10, larger: [], currentRunId: '7' });
    expect(stuck.map((s) => [s['run-id'], s['job-id'], s['queued-minutes']])).toEqual([
      [2, 21, 45],
      [1, 11, 20],
    ]);
    expect(stuck[0]).toEqual({
      'run-id': 2,
      'job-id': 21,
      name: 'job 21',
      labels: ['self-hosted', 'gpu'],
      'queued-minutes': 45,
      url: 'https://github.com/o/r/actions/runs/2/job/21',
    });
  });

  test('exactly at the limit is not stuck yet', () => {
    expect(findStuck([job(1, 1, 10)], { now: NOW, minutes: 10, larger: [] })).toEqual([]);
  });
});

describe('runsToRescue', () => {
  test('each run once, in order, at most max', () => {
    const stuck = findStuck([job(1, 1, 50), job(1, 2, 40), job(2, 3, 30), job(3, 4, 20)], {
      now: NOW,
      minutes: 1,
      larger: [],
    });
    expect(runsToRescue(stuck, 2)).toEqual({ take: [1, 2], left: [3] });
    expect(runsToRescue(stuck, 5)).toEqual({ take: [1, 2, 3], left: [] });
  });
});
