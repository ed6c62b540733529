import { describe, expect, test } from 'vitest';
import { ganttChart } from '../../../actions/perf-report/gantt.ts';
import type { ApiJob } from '../../../actions/perf-report/jobs.ts';
import {
  COMMENT_BUDGET,
  fasterOrSlower,
  formatValue,
  headline,
  jobOrder,
  plain,
  renderMarkdown,
  renderWithin,
  SUMMARY_BUDGET,
} from '../../../actions/perf-report/markdown.ts';
import { withBaseline } from '../../../actions/perf-report/regressions.ts';
import type { Report } from '../../../actions/perf-report/report.ts';
import { comparisonRun, largeRun, M4 } from '../../support/comparison-run.ts';
import { comparisonReport, measured, reportOf } from './helpers.ts';

const chartOf = (jobs: ApiJob[]) => {
  const m = measured(jobs);
  return (limits: Parameters<typeof ganttChart>[3]) => ganttChart(m.jobs, m.pairs, 'Run 1', limits);
};

// docs/decisions/speedup-format.md
describe('headline: one decimal and "x"', () => {
  test('one comparison', () => {
    expect(headline(comparisonReport())).toBe(
      'self-hosted M4 ran 2.9x faster than ubuntu-latest, 4m15s saved',
    );
  });

  test('slower self-hosted runner', () => {
    const slowM4 = { ...M4, steps: M4.steps.map((s) => ({ ...s, seconds: s.seconds * 4 })) };
    expect(headline(comparisonReport({ self: slowM4 }))).toBe(
      'self-hosted M4 ran 1.4x slower than ubuntu-latest, 2m30s lost',
    );
  });

  test('no pair, no jobs', () => {
    const noPair = comparisonRun().filter((j) => j.name !== 'build (M4)') as ApiJob[];
    expect(headline(reportOf(noPair))).toBe(
      '2 jobs measured; none ran on both a self-hosted and a GitHub-hosted runner',
    );
    expect(headline(reportOf([]))).toBe('no completed job to measure in run 8123456789');
  });

  test.each([
    [100, 277, '2.8x faster'],
    [100, 100, '1.0x faster'],
    [100, 50, '2.0x slower'],
    [0, 10, undefined],
    [10, 0, undefined],
  ])('fasterOrSlower(%d, %d) = %s', (self, hosted, text) => {
    expect(fasterOrSlower(self, hosted)).toBe(text);
  });
});

describe('headline: zero durations read as sentences (issue 10)', () => {
  const zero = (selfSeconds: number, hostedSeconds: number, pairs = 1) => {
    const r = comparisonReport();
    const c = r.comparisons[0];
    if (!c) throw new Error('no comparison');
    return {
      ...r,
      comparisons: [
        {
          ...c,
          pairs,
          selfMs: selfSeconds * 1000,
          hostedMs: hostedSeconds * 1000,
          savedMs: (hostedSeconds - selfSeconds) * 1000,
        },
      ],
    } as Report;
  };
  test.each([
    [0, 0, 'self-hosted M4 and ubuntu-latest both took under a second, too little to compare'],
    [0, 65, 'self-hosted M4 took 0s against 1m05s on ubuntu-latest, 1m05s saved'],
    [5, 0, 'self-hosted M4 took 5s against 0s on ubuntu-latest, 5s lost'],
  ])('self %ds, hosted %ds', (self, hosted, text) => {
    const line = headline(zero(self, hosted));
    expect(line).toBe(text);
    expect(line).not.toMatch(/no time than|Infinity|NaN/);
  });

  test('over more than one pair the time saved is summed job time, and says so', () => {
    expect(headline(zero(100, 300, 750))).toBe(
      'self-hosted M4 ran 3.0x faster than ubuntu-latest, 3m20s of summed job time saved',
    );
  });
});

describe('large runs (issue 11)', () => {
  test('a job table longer than a screenful is folded; a short one is not', () => {
    const big = renderMarkdown({ report: reportOf(largeRun({ jobs: 60 }) as ApiJob[]) });
    expect(big).toMatch(/#### Jobs\n\n<details><summary>60 jobs, [^<]+<\/summary>\n\n\| job \|/);
    expect(big).toContain('</details>');
    const small = renderMarkdown({ report: comparisonReport() });
    expect(small).not.toContain('<details>');
  });

  test('the timeline says which time zone its axis is in', () => {
    const jobs = comparisonRun() as ApiJob[];
    const md = renderMarkdown({ report: comparisonReport(), chart: chartOf(jobs) });
    expect(md).toContain(
      "The axis is in your browser's time zone; the first job started at 2026-03-02 09:14:10 UTC.",
    );
  });
});

describe('plain: names that would break Markdown (mdText)', () => {
  test.each([
    ['build | deploy', 'build \\| deploy'],
    ['a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['`x` <script>', '\\`x\\` &lt;script&gt;'],
    ['[link](x)', '\\[link\\](x)'],
    ['$5 & #1', '\\$5 &amp; \\#1'],
    ['two\nlines', 'two lines'],
    ['cr\ronly', 'cr only'],
    ['@octo-org/team', '@\u200docto-org/team'],
  ])('%j', (text, out) => {
    expect(plain(text)).toBe(out);
  });
});

describe('formatValue', () => {
  test.each([
    [2.3456, 's', '2.346 s'],
    [1830, 'ms', '1,830 ms'],
    [120000, 'ops', '120,000 ops'],
    [0.000123, 's', '0.000123 s'],
    [87, '', '87'],
  ])('%d %s', (v, unit, text) => {
    expect(formatValue(v, unit)).toBe(text);
  });
});

describe('renderMarkdown', () => {
  const jobs = comparisonRun() as ApiJob[];
  const report = comparisonReport();
  const md = renderMarkdown({ report, chart: chartOf(jobs) });

  test('headline, phase table naming both runners, job table, queue waits, mermaid block', () => {
    expect(md).toContain('**self-hosted M4 ran 2.9x faster than ubuntu-latest, 4m15s saved**');
    expect(md).toContain(
      '| phase | M4 (self-hosted) | ubuntu-latest (GitHub-hosted) | speedup | saved |',
    );
    expect(md).toContain('| install | 27s | 1m20s | 3.0x | 53s |');
    expect(md).toContain('| **job total** | 2m15s | 6m30s | 2.9x | 4m15s |');
    expect(md).toContain('| build (M4) | M4 | 2m15s | 2s | 27s | 38s | 54s | 9s | 7s |');
    expect(md).toContain('#### Queue waits');
    expect(md).toContain('| ubuntu-latest (GitHub-hosted) | 2 | 6s | 9s | 12s |');
    expect(md).toMatch(/```mermaid\ngantt\n[\s\S]+\n```/);
    expect(md).toContain('7 billable GitHub-hosted minutes');
    expect(md).toContain('about &#36;0.056 at &#36;0.008/minute');
    expect(md).toContain('Left out: 1 not completed.');
  });

  test('paired jobs lead the job table', () => {
    expect(jobOrder(report.jobs).map((j) => j.name)).toEqual([
      'build (M4)',
      'build (ubuntu-latest)',
      'select',
    ]);
  });

  test('without a pair: a phase table per runner', () => {
    const noPair = comparisonRun().filter((j) => j.name !== 'build (ubuntu-latest)') as ApiJob[];
    const text = renderMarkdown({ report: reportOf(noPair) });
    expect(text).toContain('| phase | M4 (self-hosted) | ubuntu-latest (GitHub-hosted) |');
    expect(text).not.toContain('speedup');
  });

  test('benchmarks per file; with a baseline, the change and regressions', () => {
    const bench = (value: number) => [
      {
        suite: 'bench/h.json',
        name: 'pnpm build',
        value,
        unit: 's',
        biggerIsBetter: false,
        range: '± 0.04',
      },
    ];
    const baseline = comparisonReport({}, { benchmarks: bench(2) });
    const current = withBaseline(
      comparisonReport({ scale: 1.5 }, { benchmarks: bench(4) }),
      baseline,
      'main.json',
    );
    const text = renderMarkdown({ report: current, baselineBenchmarks: baseline.benchmarks });
    expect(text).toContain('#### Benchmarks');
    expect(text).toContain('**bench/h.json**');
    expect(text).toContain(
      '| pnpm build | 4 s ± 0.04 | smaller | 2 s ± 0.04 | +100.0% **regression** |',
    );
    expect(text).toContain('#### Regressions');
    expect(text).toContain('11 against the baseline main.json (run 8123456789)');
    expect(text).toContain('| build (M4) | job | 2m15s | 3m25s | +51.9% |');
    expect(text).toMatch(/\*\*11 regressions\*\*/);
  });

  test('with a baseline and none: says so', () => {
    const r = withBaseline(report, report, 'main.json');
    expect(renderMarkdown({ report: r })).toContain('None against the baseline main.json');
  });

  test('the comment marker goes first', () => {
    expect(
      renderMarkdown({ report, preamble: '<!-- perf-report:x -->' }).startsWith(
        '<!-- perf-report:x -->\n\n### perf-report',
      ),
    ).toBe(true);
  });

  test('a report-id other than the default is in the heading', () => {
    expect(renderMarkdown({ report: { ...report, reportId: 'nightly' } })).toContain(
      '### perf-report: nightly',
    );
  });
});

describe('size control', () => {
  const big = largeRun() as ApiJob[];
  const report = reportOf(big);

  test('1,500 jobs x 40 steps: summary under 1 MiB, with "… and N more" rows', () => {
    const text = renderWithin({ report, chart: chartOf(big) }, SUMMARY_BUDGET);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toContain('… and 1,300 more jobs (every job is in the JSON report)');
    expect(text).toContain('```mermaid');
    expect(text).toContain('The chart shows 12 of 1,500 jobs');
  });

  test('the comment fits GitHub’s 65,536 characters', () => {
    const text = renderWithin(
      { report, chart: chartOf(big), preamble: '<!-- m -->' },
      COMMENT_BUDGET,
    );
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(text.startsWith('<!-- m -->')).toBe(true);
    expect(text).toContain('**self-hosted M4 ran');
  });

  test('absurdly long names still fit, with the mermaid fence closed', () => {
    const long: Report = {
      ...report,
      jobs: report.jobs.map((j) => ({ ...j, name: `${j.name} ${'x'.repeat(5000)}` })),
    };
    const text = renderWithin({ report: long, chart: chartOf(big) }, 50_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(50_000);
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
