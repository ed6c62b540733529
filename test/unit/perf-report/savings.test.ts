import { describe, expect, test } from 'vitest';
import type { ApiJob } from '../../../actions/perf-report/jobs.ts';
import { parsePrices } from '../../../actions/perf-report/prices.ts';
import {
  netMinutes,
  netSentence,
  netText,
  OVERHEAD_STEP,
  overheadMatcher,
  overheadOf,
  rateText,
  WHAT_IF,
} from '../../../actions/perf-report/savings.ts';
import { comparisonRun } from '../../support/comparison-run.ts';
import { comparisonReport } from './helpers.ts';

describe('OVERHEAD_STEP: a select-runner or check-runner step as GitHub names it', () => {
  test.each([
    ['Run octo/runner-actions/select-runner@v1', true],
    ['Run octo/runner-actions/check-runner@v1.2.0', true],
    ['Post Run octo/runner-actions/select-runner@main', true],
    ['Run ./select-runner', true],
    ['Run ./.github/actions/check-runner', true],
    ['Run Octo/Runner-Actions/Select-Runner@V1', true],
    ['Run octo/other-select-runner@v1', false],
    ['Run select-runner', false],
    ['Select runner', false],
    ['Run octo/runner-actions/select-runner@v1 && make', false],
    ['Run octo/runner-actions/perf-report@v1', false],
  ])('%s → %s', (name, want) => {
    expect(OVERHEAD_STEP.test(name)).toBe(want);
  });
});

const jobs = () => comparisonRun({ runId: 5 }) as ApiJob[];

describe('overheadOf', () => {
  test("comparisonRun's select job: one GitHub-hosted minute", () => {
    expect(overheadOf(jobs(), overheadMatcher([]))).toEqual({
      jobs: ['select'],
      minutes: 1,
      money: 0.006,
    });
  });

  test('overhead-jobs globs add jobs; a self-hosted overhead job bills nothing', () => {
    const matcher = overheadMatcher(['build (M4)', 'sel*']);
    expect(overheadOf(jobs(), matcher)).toEqual({
      jobs: ['select', 'build (M4)'],
      minutes: 1,
      money: 0.006,
    });
  });

  test('a long overhead job bills every started minute; unfinished and skipped jobs none', () => {
    const list = jobs().map((j) =>
      j.name === 'select' ? { ...j, completed_at: '2026-03-02T09:16:11Z' } : j,
    );
    // 09:14:10 → 09:16:11 is 2 min 1 s: 3 minutes.
    expect(overheadOf(list, overheadMatcher([])).minutes).toBe(3);
    const skipped = list.map((j) => (j.name === 'select' ? { ...j, conclusion: 'skipped' } : j));
    expect(overheadOf(skipped, overheadMatcher([]))).toEqual({ jobs: [], minutes: 0, money: 0 });
    const report = overheadMatcher(['report']);
    expect(overheadOf(jobs(), report).jobs).toEqual(['select']);
  });
});

describe('net savings', () => {
  const report = comparisonReport();
  test.each([
    {
      overhead: undefined,
      net: 7,
      text: `net 7 billable GitHub-hosted minutes saved per run ${WHAT_IF}`,
    },
    {
      overhead: { jobs: ['select'], minutes: 1 },
      net: 6,
      text: `net 6 billable GitHub-hosted minutes saved per run ${WHAT_IF}`,
    },
    {
      overhead: { jobs: ['a', 'b'], minutes: 8 },
      net: -1,
      text: `net 1 billable GitHub-hosted minute lost per run ${WHAT_IF}`,
    },
  ])('overhead $overhead.minutes → $net', ({ overhead, net, text }) => {
    const r = { ...report, overhead };
    expect(netMinutes(r)).toBe(net);
    expect(netText(r)).toBe(text);
  });

  test('no pair: no net figure', () => {
    const r = { ...report, savings: null, overhead: { jobs: ['select'], minutes: 1 } };
    expect(netMinutes(r)).toBeNull();
    expect(netText(r)).toBeUndefined();
    expect(netSentence(r)).toBeUndefined();
  });

  test('the sentence names the overhead jobs, escaped, at most five', () => {
    const names = ['select', '@team [x](y)', 'c', 'd', 'e', 'f', 'g'];
    const text = netSentence({ ...report, overhead: { jobs: names, minutes: 7 } }) as string;
    expect(text).toBe(
      'Choosing the runner costs 7 billable GitHub-hosted minutes (7 jobs: select, @\u200dteam \\[x\\](y), c, d, e and 2 more), so that is a **net 0 billable GitHub-hosted minutes per run, about &#36;0.00**.',
    );
    expect(netSentence({ ...report, overhead: { jobs: [], minutes: 0 } })).toBe(
      'No job chose or checked a runner, so that is the **net 7 billable GitHub-hosted minutes per run, about &#36;0.056**.',
    );
    expect(netSentence({ ...report, overhead: { jobs: ['a', 'b'], minutes: 9 } })).toContain(
      '**net loss of 2 billable GitHub-hosted minutes per run, about &#36;0.016**',
    );
  });
});

describe('prices by runner', () => {
  test('WHAT_IF says the per-run figure is a what-if', () => {
    expect(WHAT_IF).toBe('(what-if: the paired jobs on self-hosted alone)');
  });

  test('an overhead job is priced by its own labels', () => {
    const list = jobs().map((j) => (j.name === 'select' ? { ...j, labels: ['macos-latest'] } : j));
    expect(overheadOf(list, overheadMatcher([]))).toEqual({
      jobs: ['select'],
      minutes: 1,
      money: 0.062,
    });
    expect(overheadOf(list, overheadMatcher([]), parsePrices('macos=0.08')).money).toBe(0.08);
    expect(overheadOf(list, overheadMatcher([]), parsePrices('0.5')).money).toBe(0.5);
  });

  test('the net sentence takes the overhead at its own price', () => {
    const r = { ...comparisonReport(), overhead: { jobs: ['select'], minutes: 1, money: 0.062 } };
    // 7 x 0.008 - 0.062 = -0.006
    expect(netSentence(r)).toBe(
      'Choosing the runner costs 1 billable GitHub-hosted minute (1 job: select), so that is a **net 6 billable GitHub-hosted minutes per run, about -&#36;0.006**.',
    );
  });

  test.each([
    ['an older report: its one price', { pricePerMinute: 0.008 }, 'at &#36;0.008/minute'],
    [
      "GitHub's table",
      { pricePerMinute: 0.062, rates: [{ sku: 'macos', usd: 0.062, source: 'table', minutes: 3 }] },
      "at &#36;0.062/minute (GitHub's macOS 3-core or 4-core (M1 or Intel) rate)",
    ],
    [
      'the input',
      { pricePerMinute: 0.1, rates: [{ sku: 'linux', usd: 0.1, source: 'input', minutes: 3 }] },
      'at &#36;0.10/minute (price-per-minute)',
    ],
    [
      'no image label',
      {
        pricePerMinute: 0.006,
        rates: [{ sku: 'linux', usd: 0.006, source: 'assumed', minutes: 3 }],
      },
      'at &#36;0.006/minute (no GitHub image label, so priced as Linux 2-core)',
    ],
    [
      'several prices',
      {
        pricePerMinute: 0.0473,
        rates: [
          { sku: 'linux', usd: 0.006, source: 'table', minutes: 1 },
          { sku: 'macos_xl', usd: 0.102, source: 'table', minutes: 3 },
        ],
      },
      "(1 minute at &#36;0.006 (GitHub's Linux 2-core rate), 3 minutes at &#36;0.102 (GitHub's macOS 5-core (M2 Pro, -xlarge) rate))",
    ],
  ] as const)('%s', (_, savings, text) => {
    expect(rateText(savings as never)).toBe(text);
  });
});
