import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';
import {
  type Budget,
  type BudgetContext,
  budgetOf,
  budgetSection,
  DAYS_PER_MONTH,
  DAYS_PER_YEAR,
  monthsText,
  rateSentence,
  readBudgetInputs,
  runRate,
  sharesOf,
} from '../../../actions/perf-report/budget.ts';
import type { HistoryEntry } from '../../../actions/perf-report/history.ts';
import { renderMarkdown } from '../../../actions/perf-report/markdown.ts';
import { parsePrices, TABLE_PRICES } from '../../../actions/perf-report/prices.ts';
import type { Report } from '../../../actions/perf-report/report.ts';
import { comparisonReport } from './helpers.ts';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 1);
const at = (ms: number) => new Date(START + ms).toISOString();

function entry(n: number, o: { self?: boolean; pair?: boolean; dateMs?: number } = {}) {
  const runner = (kind: 'self-hosted' | 'github-hosted', cancelled = 0) => ({
    runner: kind === 'self-hosted' ? 'M4' : 'ubuntu-latest',
    kind,
    jobs: 1,
    succeeded: 1 - cancelled,
    failed: 0,
    cancelled,
    durationMs: 60_000,
    queue: { jobs: 1, medianMs: 0, maxMs: 0 },
  });
  return {
    runId: n + 1,
    runAttempt: 1,
    date: at(o.dateMs ?? n * DAY),
    commit: '',
    speedup: o.pair ? 2.5 : null,
    runners: [runner('github-hosted'), ...(o.self ? [runner('self-hosted')] : [])],
  } satisfies HistoryEntry;
}

describe('runRate: runs a day', () => {
  const dates = (...ms: number[]) => ms.map(at);
  test.each([
    ['the input wins', dates(0, DAY), 12, { kind: 'input', perDay: 12 }],
    ['no history: one a day, assumed', [], undefined, { kind: 'assumed', perDay: 1 }],
    ['one run: assumed', dates(0), undefined, { kind: 'assumed', perDay: 1 }],
    ['under an hour: assumed', dates(0, 3_599_999), undefined, { kind: 'assumed', perDay: 1 }],
    [
      'an hour: a short-history estimate',
      dates(0, 1_800_000, 3_600_000),
      undefined,
      { kind: 'short', perDay: 48, runs: 3, days: 1 / 24 },
    ],
    [
      'six days: still short',
      dates(0, 3 * DAY, 6 * DAY),
      undefined,
      { kind: 'short', perDay: 2 / 6, runs: 3, days: 6 },
    ],
    [
      'seven days: observed, (runs - 1) / days',
      dates(0, DAY, 2 * DAY, 7 * DAY),
      undefined,
      { kind: 'observed', perDay: 3 / 7, runs: 4, days: 7 },
    ],
    [
      'order and unreadable dates do not matter',
      [...dates(14 * DAY, 0, 7 * DAY), 'not a date'],
      undefined,
      { kind: 'observed', perDay: 2 / 14, runs: 3, days: 14 },
    ],
  ])('%s', (_, list, input, want) => {
    expect(runRate(list, input)).toEqual(want);
  });
});

describe('sharesOf', () => {
  test('no history: every run like this one', () => {
    expect(sharesOf([])).toEqual({ basis: 'this run', runs: 1, selfHosted: 1, compared: 1 });
  });

  test('counts runs with a self-hosted job that ran, and runs with a pair', () => {
    const cancelledOnly = entry(3, { self: true });
    (cancelledOnly.runners[1] as { cancelled: number }).cancelled = 1;
    const entries = [
      entry(0, { self: true, pair: true }),
      entry(1, { self: true }),
      entry(2),
      cancelledOnly,
    ];
    expect(sharesOf(entries)).toEqual({ basis: 'history', runs: 4, selfHosted: 2, compared: 1 });
  });
});

// Prices and shares that are exact in binary, so every figure below is exact.
const report: Pick<Report, 'savings' | 'overhead'> = {
  savings: { timeMs: 1, hostedMinutes: 6, pricePerMinute: 0.5, money: 3 },
  overhead: { jobs: ['select'], minutes: 1, money: 0.5 },
};
// 8 runs: 6 on a self-hosted runner, 2 of them compared.
const eight = Array.from({ length: 8 }, (_, i) => entry(i, { self: i < 6, pair: i < 2 }));
const context = (o: Partial<BudgetContext> = {}): BudgetContext => ({
  entries: eight,
  prices: parsePrices('0.5'),
  runsPerDay: 2,
  ...o,
});

describe('budgetOf', () => {
  test('no pair: no budget', () => {
    expect(budgetOf({ ...report, savings: null }, context())).toBeUndefined();
  });

  test('gross, comparison, overhead, health and net per day', () => {
    const b = budgetOf(report, context({ healthMinutesPerDay: 10 })) as Budget;
    expect(b.rate).toEqual({ kind: 'input', perDay: 2 });
    expect(b.perRun).toEqual({
      hosted: { minutes: 6, usd: 3 },
      overhead: { minutes: 1, usd: 0.5 },
      overheadJobs: 1,
    });
    expect(b.perDay).toEqual({
      // 6 minutes x 2 runs x 6/8 on self-hosted
      gross: { minutes: 9, usd: 4.5 },
      // 6 minutes x 2 runs x 2/8 compared
      comparison: { minutes: 3, usd: 1.5 },
      overhead: { minutes: 2, usd: 1 },
      // 10 minutes at the ubuntu-latest price (0.5 here)
      health: { minutes: 10, usd: 5 },
      net: { minutes: -6, usd: -3 },
      netWithoutComparison: { minutes: -3, usd: -1.5 },
    });
    expect(b.machine).toBeUndefined();
  });

  test('health checks are priced at the ubuntu-latest rate; not counted without the input', () => {
    const table = budgetOf(report, context({ prices: TABLE_PRICES, healthMinutesPerDay: 100 }));
    expect(table?.perDay.health).toEqual({ minutes: 100, usd: 0.6 });
    expect(budgetOf(report, context())?.perDay.health).toBeNull();
  });

  test('a report without overhead, or from before overhead money, still adds up', () => {
    expect(budgetOf({ savings: report.savings }, context())?.perRun.overhead).toEqual({
      minutes: 0,
      usd: 0,
    });
    const old = { ...report, overhead: { jobs: ['a', 'b'], minutes: 2 } };
    expect(budgetOf(old, context())?.perRun).toEqual({
      hosted: { minutes: 6, usd: 3 },
      overhead: { minutes: 2, usd: 1 },
      overheadJobs: 2,
    });
  });

  test('no history: every run compared, so the net is the overhead lost', () => {
    const b = budgetOf(report, context({ entries: [] })) as Budget;
    expect(b.shares.basis).toBe('this run');
    expect(b.perDay.net).toEqual({ minutes: -2, usd: -1 });
    expect(b.perDay.netWithoutComparison).toEqual({ minutes: 10, usd: 5 });
  });

  test('a purchase pays for itself at the net saved a month', () => {
    // net: 9 - 3 - 2 = 4 minutes, 4.5 - 1.5 - 1 = 2 USD a day.
    const b = budgetOf(report, context({ machine: { kind: 'purchase', cost: 600, years: 3 } }));
    expect(b?.machine).toEqual({
      input: { kind: 'purchase', cost: 600, years: 3 },
      monthlyUsd: 600 / 36,
      paybackMonths: 600 / (2 * DAYS_PER_MONTH),
      paybackWithoutComparisonMonths: 600 / (3.5 * DAYS_PER_MONTH),
    });
  });

  test('no payback when the net is zero or a loss', () => {
    const zero = { ...report, overhead: { jobs: ['s'], minutes: 5, money: 3.5 } };
    // net: 4.5 - 1.5 - 2 x 3.5 < 0; without the comparison 4.5 - 7 < 0.
    const b = budgetOf(zero, context({ machine: { kind: 'purchase', cost: 600, years: 3 } }));
    expect(b?.machine?.paybackMonths).toBeNull();
    expect(b?.machine?.paybackWithoutComparisonMonths).toBeNull();
    const even = { ...report, overhead: { jobs: ['s'], minutes: 1, money: 1.5 } };
    // net: 4.5 - 1.5 - 3 = 0 exactly.
    const e = budgetOf(even, context({ machine: { kind: 'purchase', cost: 600, years: 3 } }));
    expect(e?.perDay.net.usd).toBe(0);
    expect(e?.machine?.paybackMonths).toBeNull();
  });

  test('a monthly cost has no payback, only a net after it', () => {
    const b = budgetOf(report, context({ machine: { kind: 'monthly', monthly: 49 } }));
    expect(b?.machine).toEqual({
      input: { kind: 'monthly', monthly: 49 },
      monthlyUsd: 49,
      paybackMonths: null,
      paybackWithoutComparisonMonths: null,
    });
  });
});

describe('readBudgetInputs', () => {
  const read = (values: Record<string, string>) =>
    readBudgetInputs(createReader(fromRecord(values)));

  test('nothing set: nothing', () => {
    expect(read({})).toEqual({});
  });

  test.each([
    [{ 'runs-per-day': '12' }, { runsPerDay: 12 }],
    [{ 'runs-per-day': '0.5' }, { runsPerDay: 0.5 }],
    [{ 'health-check-minutes-per-day': '0' }, { healthMinutesPerDay: 0 }],
    [{ 'health-check-minutes-per-day': '288' }, { healthMinutesPerDay: 288 }],
    [{ 'machine-cost': '599' }, { machine: { kind: 'purchase', cost: 599, years: 3 } }],
    [
      { 'machine-cost': '599', 'machine-years': '2.5' },
      { machine: { kind: 'purchase', cost: 599, years: 2.5 } },
    ],
    [{ 'machine-monthly-cost': '49' }, { machine: { kind: 'monthly', monthly: 49 } }],
  ])('%j', (values, want) => {
    expect(read(values)).toEqual(want);
  });

  const runs = 'accepts a number of runs a day above 0, up to 100000 (e.g. 12 or 0.5)';
  const health =
    'accepts a number of GitHub-hosted minutes from 0 to 1000000 (e.g. 288: 96 checks a day x 3 jobs x 1 minute)';
  const cost = 'accepts the purchase price in USD, a number above 0 up to 10000000 (e.g. 599)';
  const years =
    'accepts the years the machine is written off over, a number above 0 up to 50 (e.g. 3)';
  const monthly =
    'accepts the USD the machine costs a month, a number above 0 up to 1000000 (e.g. 49)';
  test.each([
    [{ 'runs-per-day': '0' }, 'runs-per-day', `Input 'runs-per-day' ${runs}; got '0'.`],
    [{ 'runs-per-day': '-3' }, 'runs-per-day', `Input 'runs-per-day' ${runs}; got '-3'.`],
    [{ 'runs-per-day': 'NaN' }, 'runs-per-day', `Input 'runs-per-day' ${runs}; got 'NaN'.`],
    [
      { 'runs-per-day': 'Infinity' },
      'runs-per-day',
      `Input 'runs-per-day' ${runs}; got 'Infinity'.`,
    ],
    [{ 'runs-per-day': '100001' }, 'runs-per-day', `Input 'runs-per-day' ${runs}; got '100001'.`],
    [
      { 'health-check-minutes-per-day': '-1' },
      'health-check-minutes-per-day',
      `Input 'health-check-minutes-per-day' ${health}; got '-1'.`,
    ],
    [
      { 'health-check-minutes-per-day': '1000001' },
      'health-check-minutes-per-day',
      `Input 'health-check-minutes-per-day' ${health}; got '1000001'.`,
    ],
    [{ 'machine-cost': '0' }, 'machine-cost', `Input 'machine-cost' ${cost}; got '0'.`],
    [{ 'machine-cost': '$599' }, 'machine-cost', `Input 'machine-cost' ${cost}; got '$599'.`],
    [
      { 'machine-cost': '599', 'machine-years': '0' },
      'machine-years',
      `Input 'machine-years' ${years}; got '0'.`,
    ],
    [
      { 'machine-cost': '599', 'machine-years': '51' },
      'machine-years',
      `Input 'machine-years' ${years}; got '51'.`,
    ],
    [
      { 'machine-monthly-cost': '-49' },
      'machine-monthly-cost',
      `Input 'machine-monthly-cost' ${monthly}; got '-49'.`,
    ],
    [
      { 'machine-cost': '599', 'machine-monthly-cost': '49' },
      'machine-cost',
      "Inputs 'machine-cost' and 'machine-monthly-cost' are two ways to give the machine's cost; set one, not both.",
    ],
    [
      { 'machine-years': '3' },
      'machine-years',
      "Input 'machine-years' spreads 'machine-cost' over years; set 'machine-cost' too (or use 'machine-monthly-cost' alone).",
    ],
    [
      { 'machine-years': '3', 'machine-monthly-cost': '49' },
      'machine-years',
      "Input 'machine-years' spreads 'machine-cost' over years; set 'machine-cost' too (or use 'machine-monthly-cost' alone).",
    ],
  ])('%j is refused', (values, input, message) => {
    let thrown: unknown;
    try {
      read(values);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).input).toBe(input);
    expect((thrown as InputError).message).toBe(message);
  });
});

describe('the Markdown', () => {
  test.each([
    [{ kind: 'input', perDay: 12 } as const, 'At 12 runs a day, as the `runs-per-day` input says.'],
    [{ kind: 'input', perDay: 1 } as const, 'At 1 run a day, as the `runs-per-day` input says.'],
    [
      { kind: 'observed', perDay: 3 / 7, runs: 4, days: 7 } as const,
      'At 0.43 runs a day, observed: 4 runs in the history over 7 days.',
    ],
    [
      { kind: 'short', perDay: 48, runs: 3, days: 1 / 24 } as const,
      '**Estimate** at 48 runs a day, from a short history: 3 runs over 1 hours (7 days make it observed; or set `runs-per-day`).',
    ],
    [
      { kind: 'observed', perDay: 1234.4, runs: 500, days: 7.5 } as const,
      'At 1,234 runs a day, observed: 500 runs in the history over 7.5 days.',
    ],
    [
      { kind: 'assumed', perDay: 1 } as const,
      '**Estimate** assuming 1 run a day: no `runs-per-day` input and no history of runs to observe.',
    ],
    [
      { kind: 'observed', perDay: 0.004, runs: 2, days: 250 } as const,
      'At under 0.01 runs a day, observed: 2 runs in the history over 250 days.',
    ],
    [
      { kind: 'observed', perDay: 0.005, runs: 2, days: 200 } as const,
      'At 0.01 runs a day, observed: 2 runs in the history over 200 days.',
    ],
  ])('%j', (rate, text) => {
    expect(rateSentence(rate)).toBe(text);
  });

  test.each([
    [5, '5 months'],
    [9.86, '9.9 months'],
    [23.9, '23.9 months'],
    [24, '2 years'],
    [40, '3.3 years'],
    [1200, '100 years'],
    [1200.1, 'more than 100 years'],
    [1e20, 'more than 100 years'],
  ])('%d months read %s', (months, text) => {
    expect(monthsText(months)).toBe(text);
  });

  test('the whole section: which figure is which, per month and per year', () => {
    const b = budgetOf(
      report,
      context({ healthMinutesPerDay: 10, machine: { kind: 'purchase', cost: 600, years: 3 } }),
    ) as Budget;
    expect(DAYS_PER_MONTH).toBe(365 / 12);
    expect(DAYS_PER_YEAR).toBe(365);
    expect(budgetSection(b)).toBe(
      [
        '#### Savings per month and year',
        '',
        'At 2 runs a day, as the `runs-per-day` input says. Of the 8 runs in the history, 6 ran jobs on a self-hosted runner and 2 also ran them on GitHub-hosted only to compare. Per run, as this run measured: 6 billable GitHub-hosted minutes on the paired jobs, 1 minute on choosing the runner. A month is 30.42 days.',
        '',
        '| figure | minutes a month | a month | minutes a year | a year |',
        '| --- | --- | --- | --- | --- |',
        '| gross saved: GitHub-hosted minutes the self-hosted runs stand in for | 274 | &#36;136.88 | 3,285 | &#36;1,642.50 |',
        '| minus the comparison: GitHub-hosted twins run only to compare | -91 | -&#36;45.63 | -1,095 | -&#36;547.50 |',
        '| minus the select/check jobs (1 job a run) | -61 | -&#36;30.42 | -730 | -&#36;365.00 |',
        '| minus the scheduled health checks | -304 | -&#36;152.08 | -3,650 | -&#36;1,825.00 |',
        '| **net saved** | **-183** | **-&#36;91.25** | **-2,190** | **-&#36;1,095.00** |',
        '| what-if, once comparing stops: net without the comparison | -91 | -&#36;45.63 | -1,095 | -&#36;547.50 |',
        '',
        'The machine costs &#36;600.00 over 3 years (&#36;16.67 a month). **No payback**: the net saved is a loss of &#36;91.25 a month.',
      ].join('\n'),
    );
  });

  test('an estimate says so in the heading and the net; health checks not counted say so', () => {
    const b = budgetOf(
      report,
      context({
        runsPerDay: undefined,
        entries: [],
        machine: { kind: 'purchase', cost: 600, years: 3 },
      }),
    ) as Budget;
    const text = budgetSection(b);
    expect(text.split('\n')).toEqual([
      '#### Savings per month and year (estimate)',
      '',
      '**Estimate** assuming 1 run a day: no `runs-per-day` input and no history of runs to observe. With no history, every run is taken to be like this one: its jobs ran on a self-hosted runner and again on GitHub-hosted to compare. Per run, as this run measured: 6 billable GitHub-hosted minutes on the paired jobs, 1 minute on choosing the runner. A month is 30.42 days.',
      '',
      '| figure | minutes a month | a month | minutes a year | a year |',
      '| --- | --- | --- | --- | --- |',
      '| gross saved: GitHub-hosted minutes the self-hosted runs stand in for | 183 | &#36;91.25 | 2,190 | &#36;1,095.00 |',
      '| minus the comparison: GitHub-hosted twins run only to compare | -183 | -&#36;91.25 | -2,190 | -&#36;1,095.00 |',
      '| minus the select/check jobs (1 job a run) | -30 | -&#36;15.21 | -365 | -&#36;182.50 |',
      '| scheduled health checks: not counted (set `health-check-minutes-per-day`) | — | — | — | — |',
      '| **net saved (estimate)** | **-30** | **-&#36;15.21** | **-365** | **-&#36;182.50** |',
      '| what-if, once comparing stops: net without the comparison | 152 | &#36;76.04 | 1,825 | &#36;912.50 |',
      '',
      'The machine costs &#36;600.00 over 3 years (&#36;16.67 a month). **No payback**: the net saved is a loss of &#36;15.21 a month. If comparing stops (what-if), it pays for itself in 7.9 months.',
    ]);
  });

  const machineLine = (b: Budget | undefined) =>
    budgetSection(b as Budget)
      .split('\n')
      .at(-1);

  test('payback at a positive net; zero minutes never read -0', () => {
    const b = budgetOf(
      report,
      context({
        entries: eight.map((e) => ({ ...e, speedup: null })),
        machine: { kind: 'purchase', cost: 600, years: 3 },
      }),
    );
    expect(budgetSection(b as Budget)).toContain(
      '| minus the comparison: GitHub-hosted twins run only to compare | 0 | &#36;0.00 | 0 | &#36;0.00 |',
    );
    // net: 4.5 - 1 = 3.5 USD a day.
    expect(machineLine(b)).toBe(
      'The machine costs &#36;600.00 over 3 years (&#36;16.67 a month). At the net saved above it pays for itself in 5.6 months.',
    );
  });

  test('a net of nothing is said as nothing', () => {
    const even = { ...report, overhead: { jobs: ['s'], minutes: 1, money: 1.5 } };
    const b = budgetOf(even, context({ machine: { kind: 'purchase', cost: 600, years: 1 } }));
    expect(machineLine(b)).toBe(
      'The machine costs &#36;600.00 over 1 year (&#36;50.00 a month). **No payback**: the net saved is nothing. If comparing stops (what-if), it pays for itself in 13.2 months.',
    );
  });

  test('a monthly cost: the net after it, or plainly a loss', () => {
    const cheap = budgetOf(report, context({ machine: { kind: 'monthly', monthly: 10 } }));
    // net 2 USD a day = 60.83 a month.
    expect(machineLine(cheap)).toBe(
      'The machine costs &#36;10.00 a month (`machine-monthly-cost`): net of it, &#36;50.83 a month saved.',
    );
    const dear = budgetOf(report, context({ machine: { kind: 'monthly', monthly: 100 } }));
    expect(machineLine(dear)).toBe(
      'The machine costs &#36;100.00 a month (`machine-monthly-cost`): net of it, a loss of &#36;39.17 a month: the machine costs more than it saves.',
    );
  });
});

describe('in the report', () => {
  test('the section follows the money line, before what was left out; absent without a budget', () => {
    const r = comparisonReport();
    const budget = budgetOf(r, context({ entries: [] })) as Budget;
    const md = renderMarkdown({ report: { ...r, budget } });
    const money = md.indexOf('Running the 1 paired job only on self-hosted runners');
    const section = md.indexOf(`\n\n${budgetSection(budget)}\n\nLeft out: 1 not completed.`);
    expect(money).toBeGreaterThan(0);
    expect(section).toBeGreaterThan(money);
    expect(md.slice(money, section)).not.toContain('\n\n');
    expect(renderMarkdown({ report: r })).not.toContain('Savings per month');
  });
});
