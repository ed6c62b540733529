import { describe, expect, test } from 'vitest';
import {
  type HistoryEntry,
  MAX_HISTORY,
  MAX_RUNNERS,
  type RunnerRecord,
} from '../../../actions/perf-report/history.ts';
import { RENDER_LIMITS } from '../../../actions/perf-report/markdown.ts';
import {
  CALLOUT_MIN_JOBS,
  callouts,
  MAX_TABLE_ROWS,
  mermaidLabel,
  reliability,
  speedupChart,
  trendSection,
} from '../../../actions/perf-report/trend.ts';
import { parseMermaid } from '../../support/mermaid.ts';

function record(
  runner: string,
  kind: RunnerRecord['kind'],
  jobs: number,
  failed = 0,
  cancelled = 0,
  medianMs = 1000,
): RunnerRecord {
  return {
    runner,
    kind,
    jobs,
    succeeded: jobs - failed - cancelled,
    failed,
    cancelled,
    durationMs: jobs * 60_000,
    queue: { jobs: jobs - cancelled, medianMs, maxMs: medianMs },
  };
}

const entry = (
  runId: number,
  speedup: number | null,
  runners: RunnerRecord[] = [],
): HistoryEntry => ({
  runId,
  runAttempt: 1,
  date: '2026-03-02T09:30:00.000Z',
  commit: `${runId.toString(16)}abcdef`,
  speedup,
  runners,
});

describe('mermaidLabel', () => {
  test.each([
    ['abc1234', 'abc1234'],
    ['#42', '#42'],
    ['a"b', 'a b'],
    ['x]\ny', 'x y'],
    ['<script>', 'script'],
    ['', '?'],
    ['a'.repeat(40), 'a'.repeat(24)],
  ])('%j → %j', (text, want) => {
    expect(mermaidLabel(text)).toBe(want);
  });
});

describe('speedupChart', () => {
  test('a line over the runs with a speedup, oldest first; parsed by mermaid', async () => {
    const chart = speedupChart([entry(1, 2.5), entry(2, null), entry(3, 3.04), entry(4, 0.8)], 100);
    expect(chart?.points).toBe(3);
    expect(chart?.text).toBe(
      [
        'xychart-beta',
        '  title "Speedup per run (x), oldest to newest"',
        '  x-axis ["1abcdef", "3abcdef", "4abcdef"]',
        '  y-axis "speedup (x)" 0 --> 4',
        '  line [2.50, 3.04, 0.80]',
      ].join('\n'),
    );
    await parseMermaid(chart?.text as string);
  });

  test('the newest `limit` points; a run without a commit is labelled by its run id', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      ...entry(i + 1, 1 + i / 10),
      commit: '',
    }));
    const chart = speedupChart(entries, 10);
    expect(chart?.points).toBe(10);
    expect(chart?.text).toContain('"#21"');
    expect(chart?.text).not.toContain('"#20"');
    await parseMermaid(chart?.text as string);
  });

  test('under two points: no chart', () => {
    expect(speedupChart([entry(1, 2)], 10)).toBeUndefined();
    expect(speedupChart([entry(1, 2), entry(2, null)], 10)).toBeUndefined();
    expect(speedupChart([entry(1, 2), entry(2, 3)], 1)).toBeUndefined();
  });

  test('a hostile commit cannot break the chart', async () => {
    const evil = { ...entry(1, 2), commit: '"]\n  line [1' } as HistoryEntry;
    const chart = speedupChart([evil, entry(2, 3)], 10);
    await parseMermaid(chart?.text as string);
    expect(chart?.text.split('\n')).toHaveLength(5);
  });
});

describe('reliability', () => {
  const entries = [
    entry(1, 2, [
      record('M4', 'self-hosted', 4, 1, 1, 2000),
      record('ubuntu-latest', 'github-hosted', 4, 0, 0, 9000),
    ]),
    entry(2, 2, [
      record('M4', 'self-hosted', 8, 3, 0, 4000),
      record('ubuntu-latest', 'github-hosted', 8, 1, 0, 7000),
    ]),
    entry(3, null, [record('M4', 'github-hosted', 1)]),
  ];

  test('per runner and kind over every run; failure rate over the jobs not cancelled', () => {
    expect(reliability(entries)).toEqual([
      {
        runner: 'M4',
        kind: 'self-hosted',
        jobs: 12,
        failed: 4,
        cancelled: 1,
        failureRate: 4 / 11,
        medianQueueMs: 4000,
      },
      {
        runner: 'ubuntu-latest',
        kind: 'github-hosted',
        jobs: 12,
        failed: 1,
        cancelled: 0,
        failureRate: 1 / 12,
        medianQueueMs: 7000,
      },
      {
        runner: 'M4',
        kind: 'github-hosted',
        jobs: 1,
        failed: 0,
        cancelled: 0,
        failureRate: 0,
        medianQueueMs: 1000,
      },
    ]);
  });

  test('every job cancelled: no rate', () => {
    expect(
      reliability([entry(1, null, [record('M4', 'self-hosted', 2, 0, 2)])])[0]?.failureRate,
    ).toBeNull();
  });

  test.each([
    { name: 'more than twice, over 10 jobs', self: [11, 3], hosted: [10, 1], called: true },
    { name: 'exactly twice', self: [10, 2], hosted: [10, 1], called: false },
    { name: 'under 10 finished jobs', self: [9, 5], hosted: [10, 1], called: false },
    { name: '10 jobs but one cancelled', self: [10, 5, 1], hosted: [10, 1], called: false },
    { name: 'hosted never failed, self once', self: [10, 1], hosted: [10, 0], called: true },
    {
      name: 'no GitHub-hosted jobs to compare with',
      self: [20, 20],
      hosted: [0, 0],
      called: false,
    },
  ])('call-out: $name → $called', ({ self, hosted, called }) => {
    const rows = reliability([
      entry(1, 1, [
        record('M4', 'self-hosted', self[0] as number, self[1], self[2] ?? 0),
        ...(hosted[0] ? [record('ubuntu', 'github-hosted', hosted[0] as number, hosted[1])] : []),
      ]),
    ]);
    expect(callouts(rows).length > 0).toBe(called);
  });
  expect(CALLOUT_MIN_JOBS).toBe(10);
});

describe('trendSection', () => {
  test('chart, table and call-out, names escaped', async () => {
    const runs = Array.from({ length: 5 }, (_, i) =>
      entry(i + 1, i === 2 ? null : 2 + i / 10, [
        record('M4 | <b>@team</b>', 'self-hosted', 3, 1),
        record('ubuntu-latest', 'github-hosted', 3),
      ]),
    );
    const text = trendSection(runs, 100) as string;
    expect(text).toContain('#### Trend\n\nOver 5 recorded runs, the current one last.');
    expect(text).toContain('1 run without a pair has no speedup and is left out of the chart.');
    expect(text).toContain(
      '| M4 \\| &lt;b&gt;@\u200dteam&lt;/b&gt; (self-hosted) | 15 | 5 | 0 | 33.3% | 1s |',
    );
    expect(text).toContain('| ubuntu-latest (GitHub-hosted) | 15 | 0 | 0 | 0.0% | 1s |');
    expect(text).toContain(
      '**M4 \\| &lt;b&gt;@\u200dteam&lt;/b&gt; (self-hosted) fails more than twice as often as GitHub-hosted runners:** 5 of 15 jobs (33.3%) against 0.0% of 15.',
    );
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(text)?.[1];
    await parseMermaid(chart as string);
  });

  test('one run: the table, and a note instead of the chart; none: nothing', () => {
    const text = trendSection([entry(1, 2, [record('M4', 'self-hosted', 1)])], 100) as string;
    expect(text).toContain('Over 1 recorded run, the current one last.');
    expect(text).toContain('The speedup chart needs at least two runs with a pair.');
    expect(text).not.toContain('```mermaid');
    expect(trendSection([], 100)).toBeUndefined();
  });

  test('a smaller point limit shows fewer runs and says so', () => {
    const runs = Array.from({ length: 8 }, (_, i) => entry(i + 1, 2));
    expect(trendSection(runs, 4)).toContain('The chart shows the newest 4 runs with a speedup.');
  });
});

describe('bounds', () => {
  test('the largest history a file may hold renders in a few KB', async () => {
    const runs = Array.from({ length: MAX_HISTORY }, (_, i) =>
      entry(
        i + 1,
        2 + (i % 7) / 10,
        Array.from({ length: MAX_RUNNERS }, (_, k) =>
          record(`${'|<@x>'.repeat(20)}${i}-${k}`, k % 2 ? 'github-hosted' : 'self-hosted', 5, 1),
        ),
      ),
    );
    const text = trendSection(runs, RENDER_LIMITS.trend) as string;
    expect(Buffer.byteLength(text)).toBeLessThan(30_000);
    expect(text).toContain('The chart shows the newest 100 runs with a speedup.');
    expect(text).toContain(`… and ${MAX_HISTORY * MAX_RUNNERS - MAX_TABLE_ROWS} more runners`);
    await parseMermaid(/```mermaid\n([\s\S]*?)\n```/.exec(text)?.[1] as string);
  });
});
