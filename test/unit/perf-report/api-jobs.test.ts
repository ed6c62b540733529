import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkJobs, describeProblems } from '../../../actions/perf-report/api-jobs.ts';
import { measureJobs } from '../../../actions/perf-report/jobs.ts';
import { OTHER } from '../../../actions/perf-report/phases.ts';
import { comparisonRun } from '../../support/comparison-run.ts';
import { PHASES } from './helpers.ts';

const good = () => comparisonRun()[1] as unknown as Record<string, unknown>;

describe('checkJobs: odd API jobs named by field, never a TypeError', () => {
  test('jobs as GitHub sends them pass unchanged', () => {
    const jobs = comparisonRun();
    const checked = checkJobs(jobs);
    expect(checked.problems).toEqual({});
    expect(checked.jobs.map((j) => j.name)).toEqual(jobs.map((j) => j.name));
  });

  test.each([
    ['a null name', { name: null }, 'jobs[].name', /^job \d+$/],
    ['no name', { name: undefined }, 'jobs[].name', /^job \d+$/],
    ['a blank name', { name: '  ' }, 'jobs[].name', /^job \d+$/],
    ['a numeric name', { name: 42 }, 'jobs[].name', /^job \d+$/],
  ])('%s', (_, change, field, shown) => {
    const { jobs, problems } = checkJobs([{ ...good(), ...change }]);
    expect(problems).toEqual({ [field]: 1 });
    expect(jobs[0]?.name).toMatch(shown);
  });

  test.each([
    ['labels null', { labels: null }, { 'jobs[].labels': 1 }, []],
    ['labels a string', { labels: 'self-hosted' }, { 'jobs[].labels': 1 }, []],
    [
      'a null label',
      { labels: ['self-hosted', null, 'M4'] },
      { 'jobs[].labels[]': 1 },
      ['self-hosted', 'M4'],
    ],
  ])('%s', (_, change, problems, labels) => {
    const checked = checkJobs([{ ...good(), ...change }]);
    expect(checked.problems).toEqual(problems);
    expect(checked.jobs[0]?.labels).toEqual(labels);
  });

  test('steps: not a list, null entries, nameless steps', () => {
    const base = good();
    const steps = base.steps as Record<string, unknown>[];
    const checked = checkJobs([
      { ...base, id: 1, steps: 'none' },
      { ...base, id: 2, steps: [null, { ...steps[0], name: null }, steps[1]] },
    ]);
    expect(checked.problems).toEqual({
      'jobs[].steps': 1,
      'jobs[].steps[]': 1,
      'jobs[].steps[].name': 1,
    });
    expect(checked.jobs[0]?.steps).toBeUndefined();
    expect(checked.jobs[1]?.steps?.map((s) => s.name)).toEqual(['step 1', steps[1]?.name]);
  });

  test('entries that are not objects are left out; jobs without ids get their own', () => {
    const { id: _id, ...noId } = good();
    const checked = checkJobs([null, 3, 'x', noId, { ...noId }]);
    expect(checked.problems).toEqual({ 'jobs[]': 3, 'jobs[].id': 2 });
    expect(checked.jobs.map((j) => j.id)).toEqual([-1, -2]);
  });

  test('one warning line per field, with counts', () => {
    expect(describeProblems({ 'jobs[].name': 1500, 'jobs[].steps[].name': 1 })).toEqual([
      "1,500 jobs: no 'name'; shown as 'job' and its id.",
      "1 step: no 'name'; shown as 'step' and its number.",
    ]);
  });

  test('any JSON as jobs: checked and measured without throwing; phases add up (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constant(good()))), (raw) => {
        const { jobs } = checkJobs(raw);
        const { jobs: timed } = measureJobs(jobs, PHASES);
        for (const t of timed) {
          const sum = Object.values(t.phases).reduce((a, b) => a + b, 0);
          expect(sum).toBe(t.durationMs);
          expect(t.phases[OTHER]).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
