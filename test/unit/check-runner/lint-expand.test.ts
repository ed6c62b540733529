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
    ['${{ fromJSON(x) }}', 'the matrix is an expression (${{ fromJSON(x) }})'],
    [{ os: '${{ inputs.oses }}' }, 'matrix.os is an expression'],
    [{ os: 'linux' }, 'matrix.os is not a list'],
    [
      { a: Array.from({ length: 17 }, (_, i) => i), b: Array.from({ length: 16 }, (_, i) => i) },
      `the matrix has more than ${MAX_COMBINATIONS} combinations`,
    ],
    [{ include: '${{ x }}' }, 'matrix.include is an expression'],
    [{ include: [1] }, 'matrix.include has an entry that is not a mapping'],
    [[1, 2], 'the matrix is not a mapping'],
  ])('%j cannot be expanded: %s', (matrix, says) => {
    expect(combinations(matrix)).toBe(says);
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
    [
      'a conditional over a matrix value',
      { labels: ["${{ matrix.dev == 'AMD' && 'amd-runner' || 'intel-runner' }}"] },
      { dev: ['AMD', 'Intel', 'amd'] },
      [{ labels: ['amd-runner'] }, { labels: ['intel-runner'] }],
    ],
    [
      'a conditional inside a label, with !=, ! and parentheses',
      { labels: ['self-hosted', "${{ !(matrix.arm != true) && 'ARM64' || 'X64' }}-box"] },
      { arm: [true, false] },
      [{ labels: ['self-hosted', 'ARM64-box'] }, { labels: ['self-hosted', 'X64-box'] }],
    ],
    [
      'a literal expression needs no matrix',
      { labels: ["${{ 'ubuntu-latest' }}"] },
      undefined,
      [{ labels: ['ubuntu-latest'] }],
    ],
    [
      'a {group, labels} matrix value',
      { labels: ['${{ matrix.runner }}'] },
      { runner: [{ group: 'big', labels: ['linux', 'x64'] }, { group: 'small' }, 'ubuntu-latest'] },
      [
        { group: 'big', labels: ['linux', 'x64'] },
        { group: 'small', labels: [] },
        { labels: ['ubuntu-latest'] },
      ],
    ],
    [
      'a {labels} matrix value with one label as a string',
      { labels: ['${{ matrix.runner }}'] },
      { runner: [{ labels: 'gpu' }] },
      [{ labels: ['gpu'] }],
    ],
    [
      'a conditional choosing {group, labels}',
      { labels: ["${{ matrix.big && matrix.pool || 'ubuntu-latest' }}"] },
      { big: [true, false], pool: [{ group: 'big' }] },
      [{ group: 'big', labels: [] }, { labels: ['ubuntu-latest'] }],
    ],
  ])('%s', (_, runsOn, m, sets) => {
    expect(expandRunsOn(runsOn, m)).toEqual({ sets });
  });

  test.each([
    [
      'an input',
      { labels: ['${{ inputs.runner }}'] },
      matrix,
      '${{ inputs.runner }} is known only when the workflow runs',
    ],
    [
      'a function',
      { labels: ['${{ fromJSON(needs.a.outputs.r) }}'] },
      matrix,
      '${{ fromJSON(needs.a.outputs.r) }} is known only when the workflow runs',
    ],
    [
      'a conditional over another context',
      { labels: ["${{ github.ref == 'main' && 'a' || 'b' }}"] },
      matrix,
      "${{ github.ref == 'main' && 'a' || 'b' }} is known only when the workflow runs",
    ],
    [
      'no matrix',
      { labels: ['${{ matrix.os }}'] },
      undefined,
      'it names matrix values, but the job has no matrix',
    ],
    [
      'a key some combination lacks',
      { labels: ['${{ matrix.extra }}'] },
      matrix,
      'matrix.extra is not set in a combination',
    ],
    [
      'a conditional that gives nothing in a combination',
      { labels: ["${{ matrix.os == 'macOS' && 'mac' }}"] },
      matrix,
      "matrix.os == 'macOS' && 'mac' is 'false' in a combination",
    ],
    [
      'an expression matrix',
      { labels: ['${{ matrix.os }}'] },
      '${{ fromJSON(x) }}',
      'the matrix is an expression (${{ fromJSON(x) }})',
    ],
    ['unterminated', { labels: ['${{ matrix.os'] }, matrix, 'an unterminated ${{ expression'],
    [
      'a mapping that is not {group, labels}',
      { labels: ['${{ matrix.r }}'] },
      { r: [{ group: 'g', size: 4 }] },
      'matrix.r is a mapping that is not {group, labels} in a combination',
    ],
    [
      'a {group, labels} value among other labels',
      { labels: ['self-hosted', '${{ matrix.r }}'] },
      { r: [{ group: 'g' }] },
      'a {group, labels} value is one label among others in a combination',
    ],
    [
      'an object inside a label',
      { labels: ['x-${{ matrix.r }}'] },
      { r: [{ group: 'g' }] },
      'matrix.r is an object in a combination',
    ],
  ])('%s is unresolved', (_, runsOn, m, says) => {
    expect(expandRunsOn(runsOn, m)).toEqual({ unresolved: says });
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
