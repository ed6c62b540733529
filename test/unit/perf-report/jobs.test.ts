import { describe, expect, test } from 'vitest';
import {
  type ApiJob,
  measureJobs,
  runnerFromLabels,
  runnerKind,
  skipReason,
  timeJob,
} from '../../../actions/perf-report/jobs.ts';
import { OTHER, parsePhases } from '../../../actions/perf-report/phases.ts';
import { comparisonRun, EXAMPLE } from '../../support/comparison-run.ts';
import { job } from '../../support/github-fixtures.ts';

const phases = parsePhases([]);

describe('runnerKind: self-hosted or GitHub-hosted', () => {
  test.each([
    [['ubuntu-latest'], 'GitHub Actions 1000001', 'GitHub Actions', 'github-hosted'],
    [['ubuntu-latest-8-cores'], 'GitHub Actions 12', 'Larger runners', 'github-hosted'],
    [['self-hosted', 'macOS', 'ARM64'], 'mac-mini', 'Default', 'self-hosted'],
    [['Self-Hosted', 'linux'], 'box', 'Default', 'self-hosted'],
    // The group decides even when the labels say otherwise.
    [['self-hosted'], 'x', 'GitHub Actions', 'github-hosted'],
    [['macos-15', 'ubuntu-24.04-arm'], 'vm', 'Other group', 'github-hosted'],
    // An actions-runner-controller scale set: only its name as a label.
    [['arc-runner-set'], 'arc-runner-set-abc12-runner-xyz', 'Default', 'self-hosted'],
  ])('labels %j, runner %s, group %s → %s', (labels, runnerName, group, kind) => {
    expect(runnerKind({ labels, runner_name: runnerName, runner_group_name: group })).toBe(kind);
  });
});

describe('runnerFromLabels', () => {
  test.each([
    [['self-hosted', 'macOS', 'ARM64', 'M4'], 'M4'],
    [['self-hosted', 'macOS', 'ARM64'], 'macOS ARM64'],
    [['ubuntu-latest'], 'ubuntu-latest'],
    [['self-hosted'], 'box-1'],
    [[], 'box-1'],
  ])('%j → %s', (labels, name) => {
    expect(runnerFromLabels({ labels, runnerName: 'box-1' })).toBe(name);
  });
});

describe('skipReason: only jobs that ran to completion are measured', () => {
  const base = { id: 1, runId: 1 };
  test.each([
    [job({ ...base, status: 'in_progress' }), 'not completed'],
    [job({ ...base, status: 'queued' }), 'not completed'],
    [job({ ...base, status: 'completed', conclusion: 'skipped', steps: [] }), 'skipped'],
    [job({ ...base, status: 'completed', conclusion: 'cancelled' }), 'cancelled'],
    [
      job({
        ...base,
        status: 'completed',
        startedAt: '2026-01-01T00:01:00Z',
        completedAt: '2026-01-01T00:00:00Z',
        runnerName: 'x',
      }),
      'no timestamps',
    ],
    [job({ ...base, status: 'completed', steps: [] }), 'never ran on a runner'],
    [job({ ...base, status: 'completed', runnerName: 'r' }), undefined],
    [job({ ...base, status: 'completed', conclusion: 'failure', runnerName: 'r' }), undefined],
  ])('%#: %s', (j, reason) => {
    expect(skipReason(j as ApiJob)).toBe(reason);
  });

  describe('with cancelled: true (compare-failed-jobs), a cancelled job that ran is measured', () => {
    const cancelled = { ...base, status: 'completed', conclusion: 'cancelled' } as const;
    test.each([
      [job({ ...cancelled, runnerName: 'r' }), undefined, 'cancelled'],
      [job({ ...cancelled, steps: [] }), 'cancelled', 'cancelled'],
      [job({ ...cancelled, runnerName: null, steps: [] }), 'cancelled', 'cancelled'],
      [
        job({
          ...cancelled,
          runnerName: 'r',
          startedAt: '2026-01-01T00:01:00Z',
          completedAt: '2026-01-01T00:00:00Z',
        }),
        'no timestamps',
        'cancelled',
      ],
      [job({ ...base, status: 'completed', runnerName: 'r' }), undefined, undefined],
    ])('%#: with → %s, without → %s', (j, withCancelled, without) => {
      expect(skipReason(j as ApiJob, { cancelled: true })).toBe(withCancelled);
      expect(skipReason(j as ApiJob)).toBe(without);
    });

    test('measureJobs passes the option on', () => {
      const jobs = [job({ ...cancelled, runnerName: 'r' }) as ApiJob];
      expect(measureJobs(jobs, phases).skipped).toEqual({ cancelled: 1 });
      const measured = measureJobs(jobs, phases, () => true, { cancelled: true });
      expect(measured.skipped).toEqual({});
      expect(measured.jobs.map((j) => [j.id, j.conclusion])).toEqual([[1, 'cancelled']]);
    });
  });
});

describe('timeJob', () => {
  const [, self, hosted] = comparisonRun() as ApiJob[];

  test('duration is started_at to completed_at, queue wait created_at to started_at', () => {
    const t = timeJob(self as ApiJob, phases);
    expect(t.durationMs).toBe(EXAMPLE.selfSeconds * 1000);
    expect(t.queueMs).toBe(2000);
    expect(t.kind).toBe('self-hosted');
    expect(t.runner).toBe('M4');
    const h = timeJob(hosted as ApiJob, phases);
    expect(h.durationMs).toBe(EXAMPLE.hostedSeconds * 1000);
    expect(h.queueMs).toBe(9000);
    expect(h.kind).toBe('github-hosted');
  });

  test('steps add up per phase; every phase is present', () => {
    const t = timeJob(self as ApiJob, phases);
    expect(t.phases).toEqual({
      install: 27_000,
      build: 38_000,
      test: 54_000,
      lint: 9_000,
      other: 7_000,
    });
    expect(Object.values(t.phases).reduce((a, b) => a + b, 0)).toBe(t.durationMs);
    expect(t.steps).toHaveLength(10);
    expect(t.steps[4]).toMatchObject({ name: 'Run pnpm install', phase: 'install' });
  });

  test('steps without times are left out; their time is `other`, so the phases add up', () => {
    const j = {
      ...(self as ApiJob),
      steps: [
        {
          name: 'Build',
          status: 'completed',
          conclusion: 'success',
          number: 1,
          started_at: null,
          completed_at: null,
        },
        { name: 'Test', status: 'completed', conclusion: 'skipped', number: 2 },
      ],
    };
    const t = timeJob(j, phases);
    expect(t.steps).toEqual([]);
    expect(t.phases.build).toBe(0);
    expect(t.phases[OTHER]).toBe(t.durationMs);
    expect(t.durationMs).toBeGreaterThan(0);
  });

  test('a missing created_at means no queue wait', () => {
    const t = timeJob({ ...(self as ApiJob), created_at: '' }, phases);
    expect(t.queueMs).toBe(0);
  });
});

describe('measureJobs', () => {
  test('leaves out the in-progress report job and counts why', () => {
    const m = measureJobs(comparisonRun() as ApiJob[], phases);
    expect(m.jobs.map((j) => j.name)).toEqual(['select', 'build (M4)', 'build (ubuntu-latest)']);
    expect(m.skipped).toEqual({ 'not completed': 1 });
  });

  test('includes only jobs whose names the filter accepts', () => {
    const m = measureJobs(comparisonRun() as ApiJob[], phases, (n) => n.startsWith('build'));
    expect(m.jobs.map((j) => j.name)).toEqual(['build (M4)', 'build (ubuntu-latest)']);
    expect(m.skipped).toEqual({});
  });
});

describe('unattributed time is `other` (issue 15): the phases add up to the job', () => {
  const ran = comparisonRun()[1] as ApiJob;
  const sum = (p: Record<string, number>) => Object.values(p).reduce((a, b) => a + b, 0);

  test.each([
    ['no steps', { steps: [] }],
    ['steps missing', { steps: undefined }],
    [
      'null step times',
      {
        steps: (ran.steps ?? []).map((s) => ({ ...s, started_at: null, completed_at: null })),
      },
    ],
  ])('%s: the whole job is other', (_, change) => {
    const t = timeJob({ ...ran, ...change } as ApiJob, phases);
    expect(t.durationMs).toBe(135_000);
    expect(t.phases[OTHER]).toBe(135_000);
    expect(sum(t.phases)).toBe(t.durationMs);
  });

  test('gaps between steps and steps outside the job count once', () => {
    const steps = ran.steps ?? [];
    const start = Date.parse(ran.started_at);
    const gapped = steps.map((s, i) =>
      i === 5 // Build: shifted 10 s later and past the job's end
        ? {
            ...s,
            started_at: new Date(Date.parse(s.started_at ?? '') + 10_000).toISOString(),
            completed_at: new Date(start + 200_000).toISOString(),
          }
        : s,
    );
    const t = timeJob({ ...ran, steps: gapped }, phases);
    expect(sum(t.phases)).toBe(t.durationMs);
  });
});
