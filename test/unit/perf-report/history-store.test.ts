import { describe, expect, test } from 'vitest';
import { emptyHistory } from '../../../actions/perf-report/history.ts';
import { jobOutcomes, stepHistory } from '../../../actions/perf-report/history-store.ts';
import { type ApiJob, measureJobs } from '../../../actions/perf-report/jobs.ts';
import { parsePhases } from '../../../actions/perf-report/phases.ts';
import { overheadMatcher } from '../../../actions/perf-report/savings.ts';
import { comparisonRun, M4, UBUNTU } from '../../support/comparison-run.ts';
import { job } from '../../support/github-fixtures.ts';
import { comparisonReport, measured } from './helpers.ts';

const cancelled = (name: string, labels: string[]) =>
  job({ id: 99, runId: 5, name, status: 'completed', conclusion: 'cancelled', labels }) as ApiJob;

describe('jobOutcomes', () => {
  const run = comparisonRun({ runId: 5 }) as ApiJob[];
  const all = () => true;

  test('measured jobs as pairing named their runner, cancelled ones by matrix value or labels, no overhead', () => {
    const jobs = [...run, cancelled('test (M4)', M4.labels), cancelled('lint', UBUNTU.labels)];
    const outcomes = jobOutcomes(jobs, measured(jobs).jobs, all, overheadMatcher([]));
    expect(outcomes.map((o) => [o.runner, o.kind, o.conclusion])).toEqual([
      ['M4', 'self-hosted', 'success'],
      ['ubuntu-latest', 'github-hosted', 'success'],
      ['M4', 'self-hosted', 'cancelled'],
      ['ubuntu-latest', 'github-hosted', 'cancelled'],
    ]);
    expect(outcomes[0]).toMatchObject({ durationMs: 135_000, queueMs: 2000 });
    expect(outcomes[2]?.durationMs).toBeUndefined();
  });

  test('the jobs filter applies to cancelled jobs too; overhead-jobs globs are left out', () => {
    const jobs = [...run, cancelled('test (M4)', M4.labels)];
    const only = (name: string) => name.startsWith('build');
    const outcomes = jobOutcomes(
      jobs,
      measured(jobs).jobs.filter((j) => only(j.name)),
      only,
      overheadMatcher(['build (ubuntu*']),
    );
    expect(outcomes.map((o) => o.runner)).toEqual(['M4']);
  });
});

describe('stepHistory', () => {
  const report = comparisonReport({ runId: 42 }, { runId: 42 });
  const earlier = stepHistory(
    emptyHistory('perf-report'),
    comparisonReport({ runId: 41 }, { runId: 41 }),
    [],
    20,
    {
      event: 'push',
      refName: 'main',
    },
  ).stored;

  test('a push appends and shows itself last', () => {
    const step = stepHistory(earlier, report, [], 20, { event: 'push', refName: 'main' });
    expect(step.appended).toBe(true);
    expect(step.before).toBe(1);
    expect(step.stored.entries.map((e) => e.runId)).toEqual([41, 42]);
    expect(step.shown.map((e) => e.runId)).toEqual([41, 42]);
  });

  test('a pull request shows itself last but stores the history as it was', () => {
    const step = stepHistory(earlier, report, [], 20, {
      event: 'pull_request',
      refName: '7/merge',
    });
    expect(step.appended).toBe(false);
    expect(step.stored).toEqual(earlier);
    expect(step.shown.map((e) => e.runId)).toEqual([41, 42]);
  });

  test('keep bounds what is shown and stored', () => {
    const step = stepHistory(earlier, report, [], 1, { event: 'pull_request', refName: 'x' });
    expect(step.shown.map((e) => e.runId)).toEqual([42]);
    expect(step.stored.entries.map((e) => e.runId)).toEqual([41]);
  });
});

describe('jobOutcomes: the machine that ran each job', () => {
  const run = comparisonRun({ runId: 5 }) as ApiJob[];
  const all = () => true;

  test('measured jobs carry runner_name; a cancelled job that never ran has none', () => {
    const jobs = [...run, cancelled('test (M4)', M4.labels)];
    const outcomes = jobOutcomes(jobs, measured(jobs).jobs, all, overheadMatcher([]));
    expect(outcomes.map((o) => o.machine)).toEqual([
      'mac-mini-m4-01',
      'GitHub Actions 1000001',
      null,
    ]);
  });

  test('a cancelled job measured (compare-failed-jobs) is counted once', () => {
    const ran = {
      ...(run.find((j) => j.name === 'build (M4)') as ApiJob),
      id: 77,
      name: 'test (M4)',
      conclusion: 'cancelled',
    };
    const jobs = [...run, ran];
    const timed = measureJobs(jobs, parsePhases([]), all, { cancelled: true }).jobs;
    const outcomes = jobOutcomes(jobs, timed, all, overheadMatcher([]));
    expect(outcomes.filter((o) => o.conclusion === 'cancelled')).toEqual([
      {
        runner: 'M4',
        kind: 'self-hosted',
        conclusion: 'cancelled',
        durationMs: 135_000,
        queueMs: 2000,
        machine: 'mac-mini-m4-01',
      },
    ]);
  });
});
