/**
 * Jobs that did not succeed are shown, marked with how they ended, and left out of every speedup
 * unless `compare-failed-jobs` asks otherwise (docs/decisions/perf-report-failed-jobs.md).
 */
import { describe, expect, test } from 'vitest';
import type { ApiJob } from '../../../actions/perf-report/jobs.ts';
import { endMark, renderMarkdown } from '../../../actions/perf-report/markdown.ts';
import { comparisonRun } from '../../support/comparison-run.ts';
import { reportOf } from './helpers.ts';

const failedRun = (conclusion: string) =>
  (comparisonRun() as ApiJob[]).map((j) => (j.name === 'build (M4)' ? { ...j, conclusion } : j));

describe('endMark', () => {
  test.each([
    ['success', ''],
    ['failure', ' **failure**'],
    ['timed_out', ' **timed\\_out**'],
    ['cancelled', ' **cancelled**'],
    [null, ' **no conclusion**'],
    ['<b>x</b>|@team', ' **&lt;b&gt;x&lt;/b&gt;\\|@\u200dteam**'],
  ])('%j → %j', (conclusion, mark) => {
    expect(endMark({ conclusion })).toBe(mark);
  });
});

describe('the jobs table', () => {
  test('a failed job: marked, unpaired, no speedup, and one sentence saying why', () => {
    const report = reportOf(failedRun('failure'));
    expect(report.speedup).toBeNull();
    expect(report.jobs.find((j) => j.name === 'build (M4)')?.pairedWith).toBeUndefined();
    const text = renderMarkdown({ report });
    expect(text).toContain('| build (M4) **failure** | M4 |');
    expect(text).toContain('| build (ubuntu-latest) | ubuntu-latest (GitHub) |');
    expect(text).toContain(
      '1 job did not succeed (marked with how it ended): not paired, so in no speedup (`compare-failed-jobs: true` pairs them).',
    );
  });

  test('with compareFailedJobs the sentence is not shown (the mark stays)', () => {
    const text = renderMarkdown({
      report: reportOf(failedRun('timed_out')),
      compareFailedJobs: true,
    });
    expect(text).toContain('| build (M4) **timed\\_out** | M4 |');
    expect(text).not.toContain('did not succeed');
  });

  test('all jobs succeeded: no mark, no sentence', () => {
    const text = renderMarkdown({ report: reportOf(comparisonRun() as ApiJob[]) });
    expect(text).toContain('| build (M4) | M4 |');
    expect(text).not.toContain('did not succeed');
    expect(text).not.toContain('**success**');
  });
});
