import { describe, expect, test } from 'vitest';
import {
  type HistoryEntry,
  MAX_HISTORY,
  MAX_MACHINES,
  MAX_RUNNERS,
  type MachineRecord,
  type RunnerRecord,
} from '../../../actions/perf-report/history.ts';
import { RENDER_LIMITS } from '../../../actions/perf-report/markdown.ts';
import {
  CALLOUT_MIN_JOBS,
  callouts,
  MACHINE_MIN_FAILED,
  MAX_MACHINE_ROWS,
  MAX_TABLE_ROWS,
  machineCallouts,
  machineRows,
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

const machine = (name: string, jobs: number, failed = 0, cancelled = 0): MachineRecord => ({
  name,
  jobs,
  succeeded: jobs - failed - cancelled,
  failed,
  cancelled,
});

/** A runner record whose jobs are exactly its machines'. */
function onMachines(runner: string, machines: MachineRecord[]): RunnerRecord {
  const sum = (f: (m: MachineRecord) => number) => machines.reduce((a, m) => a + f(m), 0);
  return {
    ...record(
      runner,
      'self-hosted',
      sum((m) => m.jobs),
      sum((m) => m.failed),
      sum((m) => m.cancelled),
    ),
    machines,
  };
}

describe('machineRows: per self-hosted machine, over label sets and runs', () => {
  test('summed over every entry and label set; most failures first; older entries add nothing', () => {
    const rows = machineRows([
      entry(1, 2, [
        onMachines('M4', [machine('mini-1', 3), machine('vm-7', 2, 2)]),
        {
          ...record('ubuntu-latest', 'github-hosted', 4),
          machines: [machine('GitHub Actions 1', 4, 4)],
        },
      ]),
      entry(2, 2, [record('M4', 'self-hosted', 9, 9)]),
      entry(3, 2, [
        onMachines('macOS ARM64', [machine('vm-7', 2, 1, 1)]),
        onMachines('M4', [machine('mini-2', 1, 0, 1)]),
      ]),
    ]);
    expect(rows).toEqual([
      {
        name: 'vm-7',
        runners: ['M4', 'macOS ARM64'],
        jobs: 4,
        failed: 3,
        cancelled: 1,
        failureRate: 1,
      },
      { name: 'mini-1', runners: ['M4'], jobs: 3, failed: 0, cancelled: 0, failureRate: 0 },
      { name: 'mini-2', runners: ['M4'], jobs: 1, failed: 0, cancelled: 1, failureRate: null },
    ]);
  });
});

describe('machineCallouts: a machine failing far more than the rest is named', () => {
  const healthy = (n: number, failed = 0) =>
    onMachines(
      'M4',
      Array.from({ length: n }, (_, i) => machine(`ok-${i}`, 1, i < failed ? 1 : 0)),
    );
  test.each([
    ['4 of 4 among healthy ones', [machine('vm', 4, 4)], 10, 0, true],
    ['2 of 2: too few failures to name', [machine('vm', 2, 2)], 10, 0, false],
    [`${MACHINE_MIN_FAILED} of 10 against 1 of 10`, [machine('vm', 10, 3)], 10, 1, true],
    ['3 of 10 against 2 of 10: not twice', [machine('vm', 10, 3)], 10, 2, false],
    ['3 of 10 against 1.5 of 10 exactly twice: not more', [machine('vm', 10, 3)], 20, 3, false],
    ['alone, 3 of 6: half', [machine('vm', 6, 3)], 0, 0, true],
    ['alone, 3 of 7: under half', [machine('vm', 7, 3)], 0, 0, false],
    ['cancelled jobs are not failures', [machine('vm', 8, 0, 8)], 10, 0, false],
    ['3 failed, 5 cancelled, 3 finished', [machine('vm', 8, 3, 5)], 10, 0, true],
  ])('%s → %s', (_, flaky, others, othersFailed, named) => {
    const entries = [
      entry(1, 2, [onMachines('M4', flaky), ...(others ? [healthy(others, othersFailed)] : [])]),
    ];
    const rows = reliability(entries);
    const found = machineCallouts(machineRows(entries), rows);
    expect(found.map((c) => c.row.name)).toEqual(named ? ['vm'] : []);
  });

  test('what the call-out says, the rest counted over every other job (GitHub-hosted too)', () => {
    const entries = [
      entry(1, 2, [
        onMachines('M4', [machine('m4-vm-07', 4, 4), machine('m4-a', 4)]),
        record('ubuntu-latest', 'github-hosted', 6, 1),
      ]),
    ];
    const text = trendSection(entries, 100) as string;
    expect(text).toContain(
      '**Machine m4-vm-07 (self-hosted M4) failed 4 of 4 jobs (100.0%)**; the other jobs failed 10.0% of 10. Check that machine before the runner kind.',
    );
  });
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

describe('machine names are hostile text', () => {
  test('escaped in the table and the call-out; no mention, link, image or HTML', () => {
    const hostile = 'vm|7 <img src=x onerror=alert(1)> @admin ![x](http://e/x.png) `code`\n## h';
    const entries = [
      entry(1, 2, [onMachines('M4 [x](y)', [machine(hostile, 4, 4), machine('ok', 10)])]),
    ];
    const text = trendSection(entries, 100) as string;
    const escaped =
      'vm\\|7 &lt;img src=x onerror=alert(1)&gt; @\u200dadmin \\!\\[x\\](http:\u200d//e/x.png) \\`code\\` \\#\\# h';
    expect(text).toContain(`| ${escaped} | M4 \\[x\\](y) | 4 | 4 | 0 | 100.0% |`);
    expect(text).toContain(`**Machine ${escaped} (self-hosted M4 \\[x\\](y)) failed 4 of 4 jobs`);
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/^## h/m);
  });
});

describe('bounds', () => {
  test('every machine of a full history: the table stops at MAX_MACHINE_ROWS', () => {
    const runs = Array.from({ length: 3 }, (_, i) =>
      entry(i + 1, 2, [
        onMachines(
          'M4',
          Array.from({ length: MAX_MACHINES }, (_, k) => machine(`vm-${i}-${k}`, 1)),
        ),
      ]),
    );
    const text = trendSection(runs, RENDER_LIMITS.trend) as string;
    expect(text).toContain(`… and ${3 * MAX_MACHINES - MAX_MACHINE_ROWS} more machines`);
    expect(text.match(/^\| vm-/gm)).toHaveLength(MAX_MACHINE_ROWS);
  });

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
