import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { JobTiming, RunnerKind } from '../../../actions/perf-report/jobs.ts';
import {
  joinName,
  namesRunner,
  pairJobs,
  runnerFromValues,
  splitName,
} from '../../../actions/perf-report/pairing.ts';

let nextId = 1;
function timing(name: string, kind: RunnerKind, labels: string[], runnerName = 'r'): JobTiming {
  return {
    id: nextId++,
    name,
    kind,
    runner: labels.join(' '),
    labels,
    runnerName,
    conclusion: 'success',
    created: 0,
    start: nextId * 1000,
    end: nextId * 1000 + 60_000,
    durationMs: 60_000,
    queueMs: 0,
    phases: { other: 60_000 },
    steps: [],
  };
}

const m4 = (name: string) =>
  timing(name, 'self-hosted', ['self-hosted', 'macOS', 'ARM64'], 'mac-mini-m4');
const ubuntu = (name: string) =>
  timing(name, 'github-hosted', ['ubuntu-latest'], 'GitHub Actions 3');

describe('splitName', () => {
  test.each([
    ['build', 'build', []],
    ['build (M4)', 'build', ['M4']],
    ['build (M4, 20)', 'build', ['M4', '20']],
    ['ci / build (ubuntu-latest, 22.x)', 'ci / build', ['ubuntu-latest', '22.x']],
    ['build (["self-hosted", "macOS"], 20)', 'build', ['["self-hosted", "macOS"]', '20']],
    ['test (node (lts), M4)', 'test', ['node (lts)', 'M4']],
    ['()', '()', []],
    ['weird)', 'weird)', []],
  ])('%s', (name, base, values) => {
    expect(splitName(name)).toEqual({ base, values });
  });

  test('joinName undoes splitName for well-formed matrix names', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9.-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z /-]{0,15}[a-z]$/),
        fc.array(value, { maxLength: 4 }),
        (base, values) => {
          const name = joinName({ base, values });
          expect(joinName(splitName(name))).toBe(name);
        },
      ),
    );
  });
});

describe('namesRunner / runnerFromValues', () => {
  const job = { labels: ['self-hosted', 'macOS', 'ARM64', 'M4'], runnerName: 'mac-mini-m4-01' };
  test.each([
    ['M4', true],
    ['m4', true],
    ['self-hosted', true],
    ['ubuntu-latest', true],
    ['macos-15', true],
    ['mac-mini-m4-01', true],
    ['["self-hosted", "macOS", "ARM64"]', true],
    ['self-hosted, macOS', true],
    ['20', false],
    ['shard 1', false],
  ])('%s → %s', (value, expected) => {
    expect(namesRunner(value, job)).toBe(expected);
  });

  test.each([
    [['M4'], 'M4'],
    [['self-hosted', 'macOS', 'ARM64', 'M4'], 'M4'],
    [['self-hosted', 'macOS', 'ARM64'], 'macOS ARM64'],
    [['["self-hosted","Linux","ARM64"]'], 'Linux ARM64'],
    [['ubuntu-latest'], 'ubuntu-latest'],
    [['self-hosted'], undefined],
    [[], undefined],
  ])('%j → %s', (values, name) => {
    expect(runnerFromValues(values)).toBe(name);
  });
});

describe('pairJobs', () => {
  test('build (M4) and build (ubuntu-latest) pair even when M4 is not a label', () => {
    const s = m4('build (M4)');
    const h = ubuntu('build (ubuntu-latest)');
    const { pairs, jobs } = pairJobs([h, s]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.name).toBe('build');
    expect(pairs[0]?.self.id).toBe(s.id);
    expect(pairs[0]?.hosted.id).toBe(h.id);
    expect(jobs.find((j) => j.id === s.id)?.runner).toBe('M4');
    expect(jobs.find((j) => j.id === h.id)?.runner).toBe('ubuntu-latest');
  });

  test('select-runner matrix names: the label set as several values', () => {
    const s = m4('build (self-hosted, macOS, ARM64, 20)');
    const h = ubuntu('build (ubuntu-latest, 20)');
    const { pairs } = pairJobs([s, h]);
    expect(pairs.map((p) => p.name)).toEqual(['build (20)']);
    expect(pairs[0]?.self.runner).toBe('macOS ARM64');
  });

  test('other matrix values must agree', () => {
    const jobs = [
      m4('test (M4, 20)'),
      m4('test (M4, 22)'),
      ubuntu('test (ubuntu-latest, 22)'),
      ubuntu('test (ubuntu-latest, 20)'),
    ];
    const { pairs } = pairJobs(jobs);
    expect(pairs.map((p) => [p.name, p.self.name, p.hosted.name])).toEqual([
      ['test (20)', 'test (M4, 20)', 'test (ubuntu-latest, 20)'],
      ['test (22)', 'test (M4, 22)', 'test (ubuntu-latest, 22)'],
    ]);
  });

  test('identical names on the two kinds pair; same kind never pairs', () => {
    expect(pairJobs([m4('build'), ubuntu('build')]).pairs).toHaveLength(1);
    expect(pairJobs([m4('build (M4)'), m4('build (M2)')]).pairs).toHaveLength(0);
    expect(
      pairJobs([ubuntu('build (ubuntu-latest)'), ubuntu('build (ubuntu-24.04)')]).pairs,
    ).toHaveLength(0);
  });

  test('different jobs do not pair; each job pairs at most once', () => {
    expect(pairJobs([m4('build (M4)'), ubuntu('lint (ubuntu-latest)')]).pairs).toHaveLength(0);
    expect(pairJobs([m4('build-m4'), ubuntu('build-ubuntu')]).pairs).toHaveLength(0);
    const { pairs } = pairJobs([
      m4('build (M4)'),
      ubuntu('build (ubuntu-latest)'),
      ubuntu('build (ubuntu-22.04)'),
    ]);
    expect(pairs).toHaveLength(1);
  });

  describe('a job that did not succeed is not paired unless compareFailed', () => {
    const ended = (job: JobTiming, conclusion: string | null): JobTiming => ({
      ...job,
      conclusion,
    });
    test.each([
      ['failure', 'success', 0],
      ['success', 'timed_out', 0],
      ['cancelled', 'success', 0],
      ['failure', 'failure', 0],
      ['neutral', 'success', 0],
      [null, 'success', 0],
      ['success', 'success', 1],
    ])('self %s, hosted %s → %i pairs; with compareFailed 1', (self, hosted, want) => {
      const jobs = [ended(m4('build (M4)'), self), ended(ubuntu('build (ubuntu-latest)'), hosted)];
      const off = pairJobs(jobs);
      expect(off.pairs).toHaveLength(want);
      // Still shown, and still named from its matrix values.
      expect(off.jobs.map((j) => j.runner)).toEqual(['M4', 'ubuntu-latest']);
      expect(pairJobs(jobs, { compareFailed: true }).pairs).toHaveLength(1);
    });

    test('the failed self-hosted job leaves its twin to a successful one', () => {
      const failed = ended(m4('build (M4)'), 'failure');
      const retried = m4('build (M4)');
      const hosted = ubuntu('build (ubuntu-latest)');
      const { pairs } = pairJobs([failed, hosted, retried]);
      expect(pairs.map((p) => [p.self.id, p.hosted.id])).toEqual([[retried.id, hosted.id]]);
    });
  });

  test('unpaired jobs keep a runner name from their labels', () => {
    const { jobs, pairs } = pairJobs([m4('docs')]);
    expect(pairs).toEqual([]);
    expect(jobs[0]?.runner).toBe('macOS ARM64');
  });

  test('never more pairs than the smaller side; never a job in two pairs', () => {
    const names = fc.constantFrom('build', 'test', 'lint');
    const value = fc.constantFrom('M4', 'ubuntu-latest', '20', '22', 'self-hosted');
    const spec = fc.record({
      base: names,
      values: fc.array(value, { maxLength: 3 }),
      hosted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const jobs = specs.map((s) =>
          (s.hosted ? ubuntu : m4)(joinName({ base: s.base, values: s.values })),
        );
        const { pairs } = pairJobs(jobs);
        const selfCount = jobs.filter((j) => j.kind === 'self-hosted').length;
        expect(pairs.length).toBeLessThanOrEqual(Math.min(selfCount, jobs.length - selfCount));
        const ids = pairs.flatMap((p) => [p.self.id, p.hosted.id]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of pairs) {
          expect(p.self.kind).toBe('self-hosted');
          expect(p.hosted.kind).toBe('github-hosted');
          expect(splitName(p.self.name).base.toLowerCase()).toBe(
            splitName(p.hosted.name).base.toLowerCase(),
          );
        }
      }),
    );
  });
});
