/**
 * Savings a team can budget with: this run's per-run figures scaled to a month and a year by the
 * runs per day (the `runs-per-day` input, else observed in the history), minus what the
 * comparison itself costs, the select/check jobs and the scheduled health checks, and set against
 * the self-hosted machine's own cost. Pure. See docs/decisions/perf-report-savings.md.
 */
import { InputError } from '../lib/errors.ts';
import type { InputReader } from '../lib/inputs.ts';
import { blocks, formatCount, heading, mdMoney, plural, table } from '../lib/summary.ts';
import type { HistoryEntry } from './history.ts';
import { type Prices, priceOf } from './prices.ts';
import type { Report } from './report.ts';

export const DAYS_PER_YEAR = 365;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
/** A history spanning at least this many days gives an observed rate (a week of work and rest). */
export const OBSERVED_DAYS = 7;
/** A shorter history still gives an estimate when it spans at least this long. */
export const SHORT_MS = 3_600_000;
const DAY_MS = 86_400_000;

export type Machine =
  | { kind: 'purchase'; cost: number; years: number }
  | { kind: 'monthly'; monthly: number };

export interface BudgetInputs {
  /** Runs a day as the team states it; undefined: observed in the history. */
  readonly runsPerDay?: number;
  /** GitHub-hosted minutes the scheduled health checks bill a day; undefined: not counted. */
  readonly healthMinutesPerDay?: number;
  readonly machine?: Machine;
}

/** How many runs a day, and where that number comes from. */
export type RunRate =
  | { kind: 'input'; perDay: number }
  /** observed: over at least OBSERVED_DAYS; short: an estimate from a shorter history. */
  | { kind: 'observed' | 'short'; perDay: number; runs: number; days: number }
  /** An estimate: no input and no history to observe, so one run a day. */
  | { kind: 'assumed'; perDay: number };

/**
 * Runs a day: the input when given; else the history's runs over its span, (runs - 1) / days
 * between the first and the last; observed over at least OBSERVED_DAYS, an estimate over at least
 * an hour; else one run a day, an estimate.
 */
export function runRate(dates: readonly string[], input?: number): RunRate {
  if (input !== undefined) return { kind: 'input', perDay: input };
  const times = dates
    .map((d) => Date.parse(d))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const spanMs = times.length >= 2 ? (times.at(-1) as number) - (times[0] as number) : 0;
  if (spanMs < SHORT_MS) return { kind: 'assumed', perDay: 1 };
  const days = spanMs / DAY_MS;
  return {
    kind: days >= OBSERVED_DAYS ? 'observed' : 'short',
    perDay: (times.length - 1) / days,
    runs: times.length,
    days,
  };
}

/** How often a run did the work on a self-hosted runner, and how often it also compared. */
export interface Shares {
  /** `history`: counted over its runs; `this run`: no history, every run taken to be like this one. */
  basis: 'history' | 'this run';
  runs: number;
  /** Runs with at least one job on a self-hosted runner. */
  selfHosted: number;
  /** Runs with a pair: the same job also ran on GitHub-hosted, only to compare. */
  compared: number;
}

export function sharesOf(entries: readonly HistoryEntry[]): Shares {
  if (entries.length === 0) return { basis: 'this run', runs: 1, selfHosted: 1, compared: 1 };
  return {
    basis: 'history',
    runs: entries.length,
    selfHosted: entries.filter((e) =>
      e.runners.some((r) => r.kind === 'self-hosted' && r.jobs > r.cancelled),
    ).length,
    compared: entries.filter((e) => e.speedup !== null).length,
  };
}

/** Minutes and USD, per day. */
export interface Amount {
  minutes: number;
  usd: number;
}

export interface Budget {
  rate: RunRate;
  shares: Shares;
  /** Per run: the paired hosted jobs' billable minutes (what a self-hosted run avoids). */
  perRun: { hosted: Amount; overhead: Amount; overheadJobs: number };
  perDay: {
    /** What the self-hosted runs avoided billing. */
    gross: Amount;
    /** The GitHub-hosted twins run only to compare. */
    comparison: Amount;
    /** The select/check jobs, every run. */
    overhead: Amount;
    /** The scheduled health checks; null: not counted. */
    health: Amount | null;
    net: Amount;
    /** What-if: the same without the comparison runs. */
    netWithoutComparison: Amount;
  };
  machine?: {
    input: Machine;
    monthlyUsd: number;
    /** Purchase price over the net saved a month; null when that net is not positive or no purchase. */
    paybackMonths: number | null;
    paybackWithoutComparisonMonths: number | null;
  };
}

const times = (a: Amount, k: number): Amount => ({ minutes: a.minutes * k, usd: a.usd * k });
const minus = (a: Amount, ...rest: (Amount | null)[]): Amount =>
  rest.reduce<Amount>(
    (acc, b) => (b ? { minutes: acc.minutes - b.minutes, usd: acc.usd - b.usd } : acc),
    a,
  );

export interface BudgetContext extends BudgetInputs {
  /** The history's stored runs (those that add to it); empty without a history. */
  entries: readonly HistoryEntry[];
  prices: Prices;
}

/** The budget of a report with a pair; undefined without one (no per-run figure to scale). */
export function budgetOf(
  report: Pick<Report, 'savings' | 'overhead'>,
  context: BudgetContext,
): Budget | undefined {
  const s = report.savings;
  if (!s) return undefined;
  const rate = runRate(
    context.entries.map((e) => e.date),
    context.runsPerDay,
  );
  const shares = sharesOf(context.entries);
  const overheadMinutes = report.overhead?.minutes ?? 0;
  const perRun = {
    hosted: { minutes: s.hostedMinutes, usd: s.money },
    overhead: {
      minutes: overheadMinutes,
      usd: report.overhead?.money ?? overheadMinutes * s.pricePerMinute,
    },
    overheadJobs: report.overhead?.jobs.length ?? 0,
  };
  const gross = times(perRun.hosted, (rate.perDay * shares.selfHosted) / shares.runs);
  const comparison = times(perRun.hosted, (rate.perDay * shares.compared) / shares.runs);
  const overhead = times(perRun.overhead, rate.perDay);
  const healthUsd = priceOf(['ubuntu-latest'], context.prices).usd;
  const health =
    context.healthMinutesPerDay === undefined
      ? null
      : { minutes: context.healthMinutesPerDay, usd: context.healthMinutesPerDay * healthUsd };
  const net = minus(gross, comparison, overhead, health);
  const netWithoutComparison = minus(gross, overhead, health);
  const budget: Budget = {
    rate,
    shares,
    perRun,
    perDay: { gross, comparison, overhead, health, net, netWithoutComparison },
  };
  const m = context.machine;
  if (m) {
    const payback = (perDay: Amount) =>
      m.kind === 'purchase' && perDay.usd > 0 ? m.cost / (perDay.usd * DAYS_PER_MONTH) : null;
    budget.machine = {
      input: m,
      monthlyUsd: m.kind === 'purchase' ? m.cost / (m.years * 12) : m.monthly,
      paybackMonths: payback(net),
      paybackWithoutComparisonMonths: payback(netWithoutComparison),
    };
  }
  return budget;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const POSITIVE = /^(\d+\.?\d*|\.\d+)$/;

function positive(read: InputReader, name: string, accepts: string, max: number, zero = false) {
  const text = read.text(name);
  if (!text) return undefined;
  const n = POSITIVE.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n) || n > max || (!zero && n === 0)) {
    throw new InputError(name, `Input '${name}' accepts ${accepts}; got '${text}'.`);
  }
  return n;
}

/** runs-per-day, health-check-minutes-per-day and the machine's cost, parsed once. */
export function readBudgetInputs(read: InputReader): BudgetInputs {
  const runsPerDay = positive(
    read,
    'runs-per-day',
    'a number of runs a day above 0, up to 100000 (e.g. 12 or 0.5)',
    100_000,
  );
  const healthMinutesPerDay = positive(
    read,
    'health-check-minutes-per-day',
    'a number of GitHub-hosted minutes from 0 to 1000000 (e.g. 288: 96 checks a day x 3 jobs x 1 minute)',
    1_000_000,
    true,
  );
  const cost = positive(
    read,
    'machine-cost',
    'the purchase price in USD, a number above 0 up to 10000000 (e.g. 599)',
    10_000_000,
  );
  const years = positive(
    read,
    'machine-years',
    'the years the machine is written off over, a number above 0 up to 50 (e.g. 3)',
    50,
  );
  const monthly = positive(
    read,
    'machine-monthly-cost',
    'the USD the machine costs a month, a number above 0 up to 1000000 (e.g. 49)',
    1_000_000,
  );
  if (cost !== undefined && monthly !== undefined) {
    throw new InputError(
      'machine-cost',
      "Inputs 'machine-cost' and 'machine-monthly-cost' are two ways to give the machine's cost; set one, not both.",
    );
  }
  if (years !== undefined && cost === undefined) {
    throw new InputError(
      'machine-years',
      "Input 'machine-years' spreads 'machine-cost' over years; set 'machine-cost' too (or use 'machine-monthly-cost' alone).",
    );
  }
  const machine: Machine | undefined =
    cost !== undefined
      ? { kind: 'purchase', cost, years: years ?? 3 }
      : monthly !== undefined
        ? { kind: 'monthly', monthly }
        : undefined;
  return {
    ...(runsPerDay !== undefined ? { runsPerDay } : {}),
    ...(healthMinutesPerDay !== undefined ? { healthMinutesPerDay } : {}),
    ...(machine ? { machine } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const isEstimate = (rate: RunRate) => rate.kind === 'short' || rate.kind === 'assumed';

/** `3.4`, `12`, `0.25`, `1,234`: runs a day, at most two decimals; `under 0.01` above 0. */
export const perDayText = (n: number): string => {
  if (n >= 100) return formatCount(Math.round(n));
  if (n > 0 && n < 0.005) return 'under 0.01';
  return String(Math.round(n * 100) / 100);
};

function daysText(days: number): string {
  return days >= 2 ? `${perDayText(days)} days` : `${perDayText(days * 24)} hours`;
}

export function rateSentence(rate: RunRate): string {
  const runs = `${perDayText(rate.perDay)} run${rate.perDay === 1 ? '' : 's'} a day`;
  switch (rate.kind) {
    case 'input':
      return `At ${runs}, as the \`runs-per-day\` input says.`;
    case 'observed':
      return `At ${runs}, observed: ${plural(rate.runs, 'run')} in the history over ${daysText(rate.days)}.`;
    case 'short':
      return `**Estimate** at ${runs}, from a short history: ${plural(rate.runs, 'run')} over ${daysText(rate.days)} (${OBSERVED_DAYS} days make it observed; or set \`runs-per-day\`).`;
    case 'assumed':
      return `**Estimate** assuming 1 run a day: no \`runs-per-day\` input and no history of runs to observe.`;
  }
}

export function sharesSentence(shares: Shares): string {
  if (shares.basis === 'this run') {
    return 'With no history, every run is taken to be like this one: its jobs ran on a self-hosted runner and again on GitHub-hosted to compare.';
  }
  return `Of the ${plural(shares.runs, 'run')} in the history, ${formatCount(shares.selfHosted)} ran jobs on a self-hosted runner and ${formatCount(shares.compared)} also ran them on GitHub-hosted only to compare.`;
}

/** Rounds half away from zero, so a loss reads as the same figure as a saving of that size. */
const round = (n: number, per: number): number =>
  (Math.sign(n) * Math.round(Math.abs(n) * per)) / per || 0;
const money = (usd: number): string => mdMoney(round(usd, 100));
/** Whole minutes, never `-0`. */
const mins = (minutes: number): string => formatCount(round(minutes, 1));

function cells(perDay: Amount): string[] {
  const month = times(perDay, DAYS_PER_MONTH);
  const year = times(perDay, DAYS_PER_YEAR);
  return [mins(month.minutes), money(month.usd), mins(year.minutes), money(year.usd)];
}

const negated = (a: Amount): Amount => ({ minutes: -a.minutes, usd: -a.usd });

/** Paybacks longer than this read "more than 100 years". */
export const LONGEST_PAYBACK_MONTHS = 1200;

/** `7.2 months`, `3.3 years`, `more than 100 years`. */
export function monthsText(months: number): string {
  if (months > LONGEST_PAYBACK_MONTHS) return 'more than 100 years';
  if (months < 24) return `${Math.round(months * 10) / 10} months`;
  return `${Math.round((months / 12) * 10) / 10} years`;
}

function machineSentence(budget: Budget): string | undefined {
  const m = budget.machine;
  if (!m) return undefined;
  const netMonth = budget.perDay.net.usd * DAYS_PER_MONTH;
  const whatIfMonth = budget.perDay.netWithoutComparison.usd * DAYS_PER_MONTH;
  if (m.input.kind === 'monthly') {
    const after = netMonth - m.monthlyUsd;
    return `The machine costs ${money(m.monthlyUsd)} a month (\`machine-monthly-cost\`): net of it, ${after > 0 ? `${money(after)} a month saved` : `a loss of ${money(-after)} a month: the machine costs more than it saves`}.`;
  }
  const head = `The machine costs ${money(m.input.cost)} over ${plural(m.input.years, 'year')} (${money(m.monthlyUsd)} a month).`;
  if (m.paybackMonths !== null) {
    return `${head} At the net saved above it pays for itself in ${monthsText(m.paybackMonths)}.`;
  }
  const why = `**No payback**: the net saved is ${netMonth === 0 ? 'nothing' : `a loss of ${money(-netMonth)} a month`}.`;
  const whatIf =
    m.paybackWithoutComparisonMonths !== null && whatIfMonth > 0
      ? ` If comparing stops (what-if), it pays for itself in ${monthsText(m.paybackWithoutComparisonMonths)}.`
      : '';
  return `${head} ${why}${whatIf}`;
}

/** The budget section: which figure is which, per month and per year, minutes and money. */
export function budgetSection(budget: Budget): string {
  const d = budget.perDay;
  const estimate = isEstimate(budget.rate);
  const overheadJobs = budget.perRun.overheadJobs;
  const rows: string[][] = [
    ['gross saved: GitHub-hosted minutes the self-hosted runs stand in for', ...cells(d.gross)],
    [
      'minus the comparison: GitHub-hosted twins run only to compare',
      ...cells(negated(d.comparison)),
    ],
    [
      `minus the select/check jobs (${plural(overheadJobs, 'job')} a run)`,
      ...cells(negated(d.overhead)),
    ],
    d.health
      ? ['minus the scheduled health checks', ...cells(negated(d.health))]
      : [
          'scheduled health checks: not counted (set `health-check-minutes-per-day`)',
          '—',
          '—',
          '—',
          '—',
        ],
    [`**net saved${estimate ? ' (estimate)' : ''}**`, ...cells(d.net).map((c) => `**${c}**`)],
    ['what-if, once comparing stops: net without the comparison', ...cells(d.netWithoutComparison)],
  ];
  return blocks(
    heading(`Savings per month and year${estimate ? ' (estimate)' : ''}`, 4),
    `${rateSentence(budget.rate)} ${sharesSentence(budget.shares)} Per run, as this run measured: ${plural(budget.perRun.hosted.minutes, 'billable GitHub-hosted minute')} on the paired jobs, ${plural(budget.perRun.overhead.minutes, 'minute')} on choosing the runner. A month is ${Math.round(DAYS_PER_MONTH * 100) / 100} days.`,
    table(['figure', 'minutes a month', 'a month', 'minutes a year', 'a year'], rows),
    machineSentence(budget),
  ).trimEnd();
}
