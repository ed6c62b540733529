// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  combinations,
  expandRunsOn,
  MAX_COMBINATIONS,
} from '../../../actions/check-runner/lint/expand.ts';

describe('combinations', () => {
  test.each([
    [
      'a product',
      { a: [1, 2], b: ['x', 'y'] },
      [
        { a: 1, b: 'x' },
        { a: 1, b: 'y' },
        { a: 2, b: 'x' },
        { a: 2, b: 'y' },
      ],
    ],
    [
      'exclude on some keys',
      { a: [1, 2], b: ['x', 'y'], exclude: [{ a: 2 }] },
      [
        { a: 1, b: 'x' },
        { a: 1, b: 'y' },
      ],
    ],
    [
      'include extends the combinations it fits, adds what fits none',
      { os: ['linux', 'mac'], include: [{ os: 'mac', xcode: 16 }, { os: 'bsd' }] },
      [{ os: 'linux' }, { os: 'mac', xcode: 16 }, { os: 'bsd' }],
    ],
    [
      'include adds a key to every combination when it changes no original value',
      { os: ['a', 'b'], include: [{ runner: 'r' }] },
      [
        { os: 'a', runner: 'r' },
        { os: 'b', runner: 'r' },
      ],
    ],
    ['include only', { include: [{ os: 'x' }, { os: 'y' }] }, [{ os: 'x' }, { os: 'y' }]],
    [
      'object values compared whole',
      { r: [{ l: 1 }, { l: 2 }], exclude: [{ r: { l: 1 } }] },
      [{ r: { l: 2 } }],
    ],
  ])('%s', (_, matrix, expected) => {
    expect(combinations(matrix)).toEqual(expected);
  });

  test.each([
    ['${{ fromJSON(x) }}', 'the matrix is an expression'],
    [{ os: '${{ inputs.oses }}' }, 'matrix.os is an expression'],
    [{ os: 'linux' }, 'matrix.os is not a list'],
    [
      { a: Array.from({ length: 17 }, (_, i) => i), b: Array.from({ length: 16 }, (_, i) => i) },
      `more than ${MAX_COMBINATIONS}`,
    ],
    [{ include: '${{ x }}' }, 'matrix.include is an expression'],
    [{ include: [1] }, 'not a mapping'],
    [[1, 2], 'not a mapping'],
  ])('%j cannot be expanded: %s', (matrix, says) => {
    expect(combinations(matrix)).toEqual(expect.stringContaining(says));
  });
});

describe('expandRunsOn', () => {
  const matrix = { os: ['macOS', 'Linux'], include: [{ os: 'macOS', extra: 'm4' }] };
  test.each([
    ['no expression', { labels: ['a', 'b'] }, undefined, [{ labels: ['a', 'b'] }]],
    [
      'a label from the matrix',
      { labels: ['self-hosted', '${{ matrix.os }}'] },
      matrix,
      [{ labels: ['self-hosted', 'macOS'] }, { labels: ['self-hosted', 'Linux'] }],
    ],
    [
      'inside a label',
      { labels: ['ubuntu-${{ matrix.v }}'] },
      { v: ['24.04', '22.04'] },
      [{ labels: ['ubuntu-24.04'] }, { labels: ['ubuntu-22.04'] }],
    ],
    [
      'a list value spreads',
      { labels: ['${{ matrix.runner }}'] },
      { runner: [['self-hosted', 'gpu'], 'ubuntu-latest'] },
      [{ labels: ['self-hosted', 'gpu'] }, { labels: ['ubuntu-latest'] }],
    ],
    [
      'a nested value',
      { labels: ['${{ matrix.cfg.runs-on }}'] },
      { cfg: [{ 'runs-on': 'x' }, { 'runs-on': 'x' }] },
      [{ labels: ['x'] }],
    ],
    [
      'a group from the matrix',
      { group: '${{ matrix.g }}', labels: [] },
      { g: ['big', 'small'] },
      [
        { group: 'big', labels: [] },
        { group: 'small', labels: [] },
      ],
    ],
  ])('%s', (_, runsOn, m, sets) => {
    expect(expandRunsOn(runsOn, m)).toEqual({ sets });
  });

  test.each([
    ['an input', { labels: ['${{ inputs.runner }}'] }, matrix, 'inputs.runner'],
    ['a function', { labels: ['${{ fromJSON(needs.a.outputs.r) }}'] }, matrix, 'fromJSON'],
    [
      'an operator',
      { labels: ["${{ matrix.os == 'x' && 'a' || 'b' }}"] },
      matrix,
      'known only when',
    ],
    ['no matrix', { labels: ['${{ matrix.os }}'] }, undefined, 'has no matrix'],
    [
      'a key some combination lacks',
      { labels: ['${{ matrix.extra }}'] },
      matrix,
      'matrix.extra is not set',
    ],
    ['an expression matrix', { labels: ['${{ matrix.os }}'] }, '${{ fromJSON(x) }}', 'expression'],
    ['unterminated', { labels: ['${{ matrix.os'] }, matrix, 'unterminated'],
  ])('%s is unresolved', (_, runsOn, m, says) => {
    const got = expandRunsOn(runsOn, m);
    expect(got).toEqual({ unresolved: expect.stringContaining(says) });
  });

  test('property: a literal list of labels expands to exactly its values, deduplicated', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 12 }),
        fc.array(label, { maxLength: 3 }),
        (values, fixed) => {
          const got = expandRunsOn({ labels: [...fixed, '${{ matrix.x }}'] }, { x: values });
          expect('sets' in got).toBe(true);
          if (!('sets' in got)) return;
          const want = [...new Set(values)].map((v) => [...fixed, v]);
          expect(got.sets.map((s) => s.labels)).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('property: never throws, whatever the matrix', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
        (m, labels) => {
          const got = expandRunsOn({ labels: [...labels, '${{ matrix.a }}'] }, m);
          expect('sets' in got || 'unresolved' in got).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
