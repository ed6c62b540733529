import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  appendEntry,
  appends,
  emptyHistory,
  entryOf,
  fitHistory,
  HISTORY_SCHEMA,
  type History,
  type HistoryEntry,
  historyEntry,
  type JobOutcome,
  MAX_HISTORY,
  MAX_MACHINES,
  MAX_NAME,
  MAX_RUNNERS,
  machineRecords,
  parseHistory,
  runnerRecords,
} from '../../../actions/perf-report/history.ts';

const M4 = { runner: 'M4', kind: 'self-hosted' } as const;
const UBUNTU = { runner: 'ubuntu-latest', kind: 'github-hosted' } as const;

const outcomes: JobOutcome[] = [
  { ...M4, conclusion: 'success', durationMs: 100_000, queueMs: 2000, machine: 'mini-1' },
  { ...M4, conclusion: 'failure', durationMs: 50_000, queueMs: 4000, machine: 'vm-7' },
  { ...M4, conclusion: 'timed_out', durationMs: 60_000, queueMs: 6000, machine: 'vm-7' },
  { ...M4, conclusion: 'cancelled' },
  { ...M4, conclusion: 'neutral', durationMs: 1000, queueMs: 1000, machine: 'mini-1' },
  {
    ...UBUNTU,
    conclusion: 'success',
    durationMs: 300_000,
    queueMs: 9000,
    machine: 'GitHub Actions 1',
  },
];

const entry = (runId: number, speedup: number | null = 2.5): HistoryEntry =>
  entryOf({
    runId,
    runAttempt: 1,
    date: '2026-03-02T09:30:00.000Z',
    commit: 'ABCDEF0123',
    speedup,
    jobs: outcomes,
  });

describe('runnerRecords', () => {
  test('counts succeeded, failed (failure, timed_out) and cancelled apart; other conclusions only in jobs', () => {
    expect(runnerRecords(outcomes)).toEqual([
      {
        ...M4,
        jobs: 5,
        succeeded: 1,
        failed: 2,
        cancelled: 1,
        durationMs: 211_000,
        queue: { jobs: 4, medianMs: 3000, maxMs: 6000 },
        // The cancelled job reached no machine; GitHub-hosted runners keep no machines.
        machines: [
          { name: 'mini-1', jobs: 2, succeeded: 1, failed: 0, cancelled: 0 },
          { name: 'vm-7', jobs: 2, succeeded: 0, failed: 2, cancelled: 0 },
        ],
      },
      {
        ...UBUNTU,
        jobs: 1,
        succeeded: 1,
        failed: 0,
        cancelled: 0,
        durationMs: 300_000,
        queue: { jobs: 1, medianMs: 9000, maxMs: 9000 },
      },
    ]);
  });

  test('the same name on both kinds is two runners; at most MAX_RUNNERS, names cut', () => {
    const many: JobOutcome[] = Array.from({ length: MAX_RUNNERS + 5 }, (_, i) => ({
      runner: `${'r'.repeat(MAX_NAME)}${i}`,
      kind: 'self-hosted',
      conclusion: 'success',
    }));
    const records = runnerRecords(many);
    expect(records).toHaveLength(MAX_RUNNERS);
    expect(records.every((r) => r.runner.length === MAX_NAME)).toBe(true);
    expect(
      runnerRecords([
        { runner: 'x', kind: 'self-hosted', conclusion: 'success' },
        { runner: 'x', kind: 'github-hosted', conclusion: 'success' },
      ]),
    ).toHaveLength(2);
  });
});

describe('machineRecords', () => {
  test('one per runner_name, busiest first then by name; at most MAX_MACHINES', () => {
    const many: JobOutcome[] = Array.from({ length: MAX_MACHINES + 5 }, (_, i) => ({
      ...M4,
      conclusion: 'success',
      machine: `m${String(i).padStart(2, '0')}`,
    }));
    const busy: JobOutcome[] = [
      { ...M4, conclusion: 'failure', machine: 'z' },
      { ...M4, conclusion: 'cancelled', machine: 'z' },
    ];
    const records = machineRecords([...many, ...busy]);
    expect(records).toHaveLength(MAX_MACHINES);
    expect(records[0]).toEqual({ name: 'z', jobs: 2, succeeded: 0, failed: 1, cancelled: 1 });
    expect(records.slice(1, 3).map((r) => r.name)).toEqual(['m00', 'm01']);
    expect(records.at(-1)?.name).toBe(`m${MAX_MACHINES - 2}`);
  });

  test('names are cut at MAX_NAME (names equal once cut are one machine); none without one', () => {
    const long = 'm'.repeat(MAX_NAME);
    const records = machineRecords([
      { ...M4, conclusion: 'success', machine: `${long}-a` },
      { ...M4, conclusion: 'success', machine: `${long}-b` },
      { ...M4, conclusion: 'cancelled', machine: null },
      { ...M4, conclusion: 'cancelled' },
    ]);
    expect(records).toEqual([{ name: long, jobs: 2, succeeded: 2, failed: 0, cancelled: 0 }]);
  });

  test('a machine that served two label sets is counted under each', () => {
    const records = runnerRecords([
      { runner: 'M4', kind: 'self-hosted', conclusion: 'success', machine: 'x' },
      { runner: 'macOS', kind: 'self-hosted', conclusion: 'failure', machine: 'x' },
    ]);
    expect(records.map((r) => [r.runner, r.machines])).toEqual([
      ['M4', [{ name: 'x', jobs: 1, succeeded: 1, failed: 0, cancelled: 0 }]],
      ['macOS', [{ name: 'x', jobs: 1, succeeded: 0, failed: 1, cancelled: 0 }]],
    ]);
  });
});

describe('fitHistory: what is written is always read back', () => {
  const history: History = {
    ...emptyHistory('perf-report'),
    entries: Array.from({ length: 40 }, (_, i) => entry(i + 1)),
  };

  test('within the cap it is the history as it is', () => {
    const fitted = fitHistory(history);
    expect(fitted.dropped).toBe(0);
    expect(fitted.history).toBe(history);
    expect(parseHistory(fitted.text, 'perf-report')).toEqual({ history });
  });

  test('over the cap the oldest entries go until it fits', () => {
    const size = Buffer.byteLength(fitHistory(history).text);
    const cap = Math.floor(size / 4);
    const fitted = fitHistory(history, cap);
    expect(Buffer.byteLength(fitted.text)).toBeLessThanOrEqual(cap);
    expect(fitted.dropped).toBeGreaterThan(0);
    expect(fitted.history.entries.map((e) => e.runId)).toEqual(
      history.entries.slice(fitted.dropped).map((e) => e.runId),
    );
    // Not more than needed: one more entry would not fit.
    const oneMore = { ...history, entries: history.entries.slice(fitted.dropped - 1) };
    expect(Buffer.byteLength(fitHistory(oneMore, Number.MAX_SAFE_INTEGER).text)).toBeGreaterThan(
      cap,
    );
  });
});

describe('entryOf', () => {
  test('keeps a hex commit in lower case, drops anything else', () => {
    expect(entry(1).commit).toBe('abcdef0123');
    expect(entryOf({ ...entry(1), jobs: [], commit: 'not a sha' }).commit).toBe('');
  });
});

describe('appendEntry', () => {
  const history = (ids: number[]) => ({
    ...emptyHistory('perf-report'),
    entries: ids.map((id) => entry(id)),
  });
  test.each([
    { ids: [], add: 1, keep: 20, want: [1] },
    { ids: [1, 2, 3], add: 4, keep: 3, want: [2, 3, 4] },
    { ids: [1, 2, 3], add: 2, keep: 20, want: [1, 3, 2] },
    { ids: [1, 2, 3], add: 4, keep: 1, want: [4] },
    { ids: [1], add: 2, keep: 0, want: [] },
  ])('$ids + $add, keep $keep → $want', ({ ids, add, keep, want }) => {
    expect(appendEntry(history(ids), entry(add), keep).entries.map((e) => e.runId)).toEqual(want);
  });
});

describe('appends', () => {
  test.each([
    { event: 'push', refName: 'feature', want: true },
    { event: 'schedule', refName: 'main', want: true },
    { event: 'workflow_dispatch', refName: 'main', defaultBranch: 'main', want: true },
    { event: 'workflow_dispatch', refName: 'feature', defaultBranch: 'main', want: false },
    { event: 'workflow_dispatch', refName: 'main', want: false },
    { event: 'pull_request', refName: '7/merge', defaultBranch: 'main', want: false },
    { event: 'pull_request_target', refName: 'main', defaultBranch: 'main', want: false },
    { event: '', refName: 'main', want: false },
  ])('$event on $refName → $want', ({ want, ...context }) => {
    expect(appends(context)).toBe(want);
  });
});

describe('parseHistory', () => {
  const good = {
    schema: HISTORY_SCHEMA,
    reportId: 'perf-report',
    entries: [entry(1), entry(2, null)],
  };

  test('reads back what it wrote', () => {
    expect(parseHistory(JSON.stringify(good), 'perf-report')).toEqual({ history: good });
  });

  test.each([
    { text: '', problem: 'it is not JSON' },
    { text: '{"schema": ', problem: 'it is not JSON' },
    { text: '[]', problem: 'it is not a perf-report history' },
    { text: 'null', problem: 'it is not a perf-report history' },
    {
      text: JSON.stringify({ ...good, schema: 'runner-actions/perf-report@1' }),
      problem: 'it is not a perf-report history',
    },
    {
      text: JSON.stringify({ ...good, reportId: 'arm64' }),
      problem: "report-id 'arm64', not 'perf-report'",
    },
    { text: JSON.stringify({ ...good, entries: {} }), problem: 'it has no "entries" list' },
  ])('$problem: a fresh history', ({ text, problem }) => {
    const parsed = parseHistory(text, 'perf-report');
    expect(parsed.history).toEqual(emptyHistory('perf-report'));
    expect(parsed.problem).toContain(problem);
  });

  test('an entry written before machines were kept loads as it is', () => {
    const old = JSON.parse(JSON.stringify(good)) as History;
    for (const e of old.entries) for (const r of e.runners) delete r.machines;
    const parsed = parseHistory(JSON.stringify(old), 'perf-report');
    expect(parsed).toEqual({ history: old });
    expect(parsed.history.entries[0]?.runners[0]).not.toHaveProperty('machines');
  });

  test('a foreign text is flagged foreign; dropped entries are not', () => {
    expect(parseHistory('[]', 'perf-report').foreign).toBe(true);
    expect(
      parseHistory(JSON.stringify({ ...good, entries: [{ runId: 'x' }] }), 'perf-report').foreign,
    ).toBeUndefined();
  });

  test('invalid or repeated entries are dropped and counted', () => {
    const bad = [
      { ...entry(3), runId: -1 },
      { ...entry(4), date: 'yesterday' },
      { ...entry(5), speedup: 'fast' },
      { ...entry(6), commit: '<script>' },
      { ...entry(7), runners: [{ ...entry(7).runners[0], kind: 'cloud' }] },
      { ...entry(8), runners: [{ ...entry(8).runners[0], failed: 99 }] },
      { ...entry(9), runners: [{ ...entry(9).runners[0], machines: {} }] },
      {
        ...entry(10),
        runners: [{ ...entry(10).runners[0], machines: [{ name: 'x', jobs: 99 }] }],
      },
      {
        ...entry(11),
        runners: [
          {
            ...entry(11).runners[0],
            machines: [{ name: '', jobs: 1, succeeded: 1, failed: 0, cancelled: 0 }],
          },
        ],
      },
      entry(1),
    ];
    const parsed = parseHistory(
      JSON.stringify({ ...good, entries: [...good.entries, ...bad] }),
      'perf-report',
    );
    expect(parsed.history.entries.map((e) => e.runId)).toEqual([1, 2]);
    expect(parsed.problem).toBe(
      '10 of its 12 entries were invalid or over the limit and were left out',
    );
  });

  test('keeps at most MAX_HISTORY entries, the newest', () => {
    const entries = Array.from({ length: MAX_HISTORY + 10 }, (_, i) => ({
      ...entry(1),
      runId: i + 1,
    }));
    const parsed = parseHistory(JSON.stringify({ ...good, entries }), 'perf-report');
    expect(parsed.history.entries).toHaveLength(MAX_HISTORY);
    expect(parsed.history.entries[0]?.runId).toBe(11);
  });

  const runnerArb = fc.record({
    runner: fc.oneof(fc.string(), fc.constant('M4')),
    kind: fc.constantFrom('self-hosted', 'github-hosted', 'other'),
    jobs: fc.oneof(fc.nat(50), fc.integer(), fc.double()),
    succeeded: fc.nat(20),
    failed: fc.nat(20),
    cancelled: fc.nat(20),
    durationMs: fc.oneof(fc.nat(), fc.double()),
    queue: fc.record({
      jobs: fc.nat(20),
      medianMs: fc.nat(),
      maxMs: fc.oneof(fc.nat(), fc.string()),
    }),
  });
  const entryArb = fc.record(
    {
      runId: fc.oneof(fc.nat(), fc.integer(), fc.string()),
      runAttempt: fc.nat(3),
      date: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      ),
      commit: fc.oneof(fc.stringMatching(/^[0-9a-f]{0,40}$/), fc.string()),
      speedup: fc.oneof(fc.constant(null), fc.double(), fc.nat()),
      runners: fc.array(runnerArb, { maxLength: 30 }),
    },
    { requiredKeys: [] },
  );

  test('never throws, and what it gives back is bounded and valid (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({
              schema: fc.constantFrom(HISTORY_SCHEMA, 'x'),
              reportId: fc.constantFrom('perf-report', 'other'),
              entries: fc.oneof(
                fc.array(fc.oneof(entryArb, fc.jsonValue()), { maxLength: 40 }),
                fc.jsonValue(),
              ),
            })
            .map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const { history } = parseHistory(text, 'perf-report');
          expect(history.schema).toBe(HISTORY_SCHEMA);
          expect(history.reportId).toBe('perf-report');
          expect(history.entries.length).toBeLessThanOrEqual(MAX_HISTORY);
          const ids = new Set<number>();
          for (const e of history.entries) {
            expect(historyEntry(e)).toEqual(e);
            expect(e.runners.length).toBeLessThanOrEqual(MAX_RUNNERS);
            expect(ids.has(e.runId)).toBe(false);
            ids.add(e.runId);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
