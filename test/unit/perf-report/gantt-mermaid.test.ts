/** Every timeline perf-report writes is a chart mermaid itself parses (issue 15). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHART_LIMITS, ganttChart } from '../../../actions/perf-report/gantt.ts';
import type { ApiJob } from '../../../actions/perf-report/jobs.ts';
import {
  COMMENT_BUDGET,
  RENDER_LIMITS,
  renderWithin,
  SUMMARY_BUDGET,
} from '../../../actions/perf-report/markdown.ts';
import {
  AWKWARD_STEP_NAMES,
  comparisonRun,
  HOSTILE_NAMES,
  hostileRun,
  largeRun,
} from '../../support/comparison-run.ts';
import { parseMermaid } from '../../support/mermaid.ts';
import { measured, reportOf } from './helpers.ts';

function chartOf(jobs: readonly ApiJob[], limits = CHART_LIMITS) {
  const m = measured(jobs);
  return ganttChart(m.jobs, m.pairs, 'Run 8123456789', limits);
}

/** The charts inside rendered Markdown, as the summary and the comment carry them. */
function chartsIn(jobs: readonly ApiJob[]): string[] {
  const m = measured(jobs);
  const report = reportOf(jobs);
  const chart = (limits: Parameters<typeof ganttChart>[3]) =>
    ganttChart(m.jobs, m.pairs, 'Run 8123456789', limits);
  const texts = [
    renderWithin({ report, chart }, SUMMARY_BUDGET),
    renderWithin({ report, chart, preamble: '<!-- perf-report:x -->' }, COMMENT_BUDGET, {
      ...RENDER_LIMITS,
      jobs: 50,
    }),
  ];
  return texts.flatMap((t) =>
    [...t.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((x) => x[1] as string),
  );
}

describe('charts parse in mermaid', () => {
  test.each([
    ['the comparison run', () => comparisonRun()],
    ['awkward step names', () => comparisonRun({ self: M4Awkward() })],
    ['hostile job, step and label names', () => hostileRun()],
    ['1,500 jobs x 40 steps', () => largeRun()],
  ])('%s', async (_, jobs) => {
    const charts = chartsIn(jobs() as ApiJob[]);
    expect(charts.length).toBe(2);
    for (const chart of charts) await parseMermaid(chart);
  });

  test('jobs without steps, and charts cut to one job and two steps', async () => {
    const bare = comparisonRun().map((j) => ({ ...j, steps: [] })) as ApiJob[];
    await parseMermaid(chartOf(bare)?.text ?? '');
    const tiny = chartOf(largeRun({ jobs: 40 }) as ApiJob[], { jobs: 1, steps: 2, chars: 100 });
    expect(tiny?.shownJobs).toBe(1);
    await parseMermaid(tiny?.text ?? '');
  });

  test('any job and step names (property)', async () => {
    const name = fc.oneof(fc.constantFrom(...HOSTILE_NAMES, ...AWKWARD_STEP_NAMES), fc.string());
    await fc.assert(
      fc.asyncProperty(name, name, name, async (job, step, label) => {
        const jobs = comparisonRun({ job }).map((j) => ({
          ...j,
          labels: [...j.labels, label],
          steps: j.steps?.map((s, i) => (i === 1 ? { ...s, name: step } : s)),
        }));
        await parseMermaid(chartOf(jobs as ApiJob[])?.text ?? '');
      }),
      { numRuns: 60 },
    );
  });
});

function M4Awkward() {
  return {
    matrix: 'M4',
    labels: ['self-hosted', 'macOS', 'ARM64', 'M4'],
    runnerName: 'mac-mini-m4-01',
    runnerGroupName: 'Default',
    queueSeconds: 2,
    steps: AWKWARD_STEP_NAMES.map((name, i) => ({ name, seconds: 3 + i })),
  };
}
