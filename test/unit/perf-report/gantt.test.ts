import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CHART_LIMITS,
  chartOrder,
  chartSteps,
  escapeMermaid,
  ganttChart,
  MERMAID_MAX_TEXT,
  unescapeMermaid,
} from '../../../actions/perf-report/gantt.ts';
import type { ApiJob, StepTiming } from '../../../actions/perf-report/jobs.ts';
import { AWKWARD_STEP_NAMES, comparisonRun, largeRun } from '../../support/comparison-run.ts';
import { measured } from './helpers.ts';

/** What mermaid's gantt lexer must never see raw in a task or section name. */
const BREAKS = /[:#;"'`|<>%\n]/;

describe('escapeMermaid', () => {
  test.each([
    ['Run echo "key: value"', 'Run echo #34;key#58; value#34;'],
    ['Run ./ci.sh # retry; then', 'Run ./ci.sh #35; retry#59; then'],
    ['Run `make` | tee', 'Run #96;make#96; #124; tee'],
    ["it's <b> & 100%", 'it#39;s #60;b#62; #38; 100#37;'],
    ['Build', 'Build'],
    ['  two\nlines  ', 'two lines'],
    ['', '(unnamed)'],
    ['section 2', '#115;ection 2'],
    ['Title page', '#84;itle page'],
    ['click here', '#99;lick here'],
    ['sections', 'sections'],
  ])('%j → %j', (name, escaped) => {
    expect(escapeMermaid(name)).toBe(escaped);
  });

  test('long names are cut', () => {
    const out = escapeMermaid('x'.repeat(500));
    expect([...out]).toHaveLength(120);
    expect(out.endsWith('…')).toBe(true);
  });

  test('property: escaped text holds nothing that breaks a gantt line, and reads back as the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const escaped = escapeMermaid(name, 1000);
        // Entity codes are `#<digits>;`; nothing else may hold a breaking character.
        expect(escaped.replace(/#\d+;/g, '')).not.toMatch(BREAKS);
        const flat = name.replace(/\s+/g, ' ').trim() || '(unnamed)';
        expect(unescapeMermaid(escaped)).toBe(flat);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('chartSteps', () => {
  const step = (name: string, seconds: number, at: number): StepTiming => ({
    name,
    phase: 'other',
    start: at * 1000,
    end: (at + seconds) * 1000,
  });
  const steps = [
    step('a', 5, 0),
    step('b', 50, 5),
    step('c', 1, 55),
    step('d', 30, 56),
    step('e', 2, 86),
  ];

  test('all steps when they fit', () => {
    expect(chartSteps(steps, 5)).toEqual({ shown: steps, more: 0 });
  });

  test('else the longest, in run order, and a count of the rest', () => {
    const { shown, more } = chartSteps(steps, 3);
    expect(shown.map((s) => s.name)).toEqual(['b', 'd']);
    expect(more).toBe(3);
  });
});

describe('ganttChart', () => {
  const { jobs, pairs } = measured(comparisonRun() as ApiJob[]);

  test('paired jobs first, then the longest', () => {
    expect(chartOrder(jobs, pairs).map((j) => j.name)).toEqual([
      'build (M4)',
      'build (ubuntu-latest)',
      'select',
    ]);
  });

  test('a section per job with its steps as bars at their real times', () => {
    const chart = ganttChart(jobs, pairs, 'Run 1');
    expect(chart).toBeDefined();
    const text = chart?.text ?? '';
    expect(text.split('\n').slice(0, 4)).toEqual([
      'gantt',
      '  title Run 1',
      '  dateFormat x',
      '  axisFormat %H:%M:%S',
    ]);
    expect(text).toContain('  section build (M4)\n');
    expect(text).toContain('  section build (ubuntu-latest)\n');
    expect(text).toContain('  section select · ubuntu-latest\n');
    const m4 = jobs.find((j) => j.name === 'build (M4)');
    const install = m4?.steps.find((s) => s.name === 'Run pnpm install');
    expect(text).toContain(`    Run pnpm install :active, ${install?.start}, ${install?.end}\n`);
    expect(chart?.shownJobs).toBe(3);
    expect(chart?.totalJobs).toBe(3);
  });

  test('no jobs, no chart', () => {
    expect(ganttChart([], [], 'x')).toBeUndefined();
  });

  test('awkward step names are escaped in the diagram', () => {
    const run = largeRun({ jobs: 4, steps: 12 });
    const m = measured(run as ApiJob[]);
    const text = ganttChart(m.jobs, m.pairs, 'Run: "x"')?.text ?? '';
    const lines = text.split('\n');
    expect(lines[1]).toBe('  title Run#58; #34;x#34;');
    for (const line of lines.slice(4)) {
      const name = line
        .replace(/ :(active, |milestone, )?\d+, \d+$/, '')
        .replace(/^ {2}section /, '');
      expect(name.replace(/#\d+;/g, '')).not.toMatch(BREAKS);
    }
    expect(text).toContain(escapeMermaid(AWKWARD_STEP_NAMES[0] as string));
  });

  test('1,500 jobs x 40 steps: summarised far below mermaid’s limit', () => {
    const m = measured(largeRun() as ApiJob[]);
    const chart = ganttChart(m.jobs, m.pairs, 'Run 9000000001');
    expect(chart?.shownJobs).toBe(CHART_LIMITS.jobs);
    expect(chart?.totalJobs).toBe(1500);
    expect(chart?.text.length).toBeLessThanOrEqual(CHART_LIMITS.chars);
    expect(chart?.text.length).toBeLessThan(MERMAID_MAX_TEXT);
    expect(chart?.text).toContain(`  section … and ${1500 - CHART_LIMITS.jobs} more jobs\n`);
    expect(chart?.text).toContain(
      `    … and ${40 - (CHART_LIMITS.steps - 1)} more steps :milestone, `,
    );
    const sections = chart?.text.match(/^ {2}section /gm) ?? [];
    expect(sections).toHaveLength(CHART_LIMITS.jobs + 1);
  });

  test('a tight character budget drops jobs and steps until it fits', () => {
    const m = measured(largeRun({ jobs: 40, steps: 40 }) as ApiJob[]);
    const chart = ganttChart(m.jobs, m.pairs, 't', { jobs: 40, steps: 40, chars: 3000 });
    expect(chart?.text.length).toBeLessThanOrEqual(3000);
    expect(chart?.shownJobs).toBeLessThan(40);
  });
});
