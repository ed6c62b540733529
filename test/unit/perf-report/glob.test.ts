import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { globToRegExp, nameFilter, splitGlobs } from '../../../actions/perf-report/glob.ts';

describe('job-name globs', () => {
  test.each([
    ['build*', 'build (M4)', true],
    ['build*', 'Build (ubuntu-latest)', true],
    ['build (?4)', 'build (M4)', true],
    ['*(M4)', 'build (M4)', true],
    ['ci / *', 'ci / build (M4)', true],
    ['build', 'build (M4)', false],
    ['test*', 'build (M4)', false],
    ['a.b', 'axb', false],
    ['[x]', '[x]', true],
    ['a+b', 'a+b', true],
  ])('%s on %s → %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });

  test('no globs include every job; several are alternatives', () => {
    expect(nameFilter([])('anything')).toBe(true);
    const f = nameFilter(['build*', 'lint']);
    expect(['build (M4)', 'lint', 'test'].map(f)).toEqual([true, true, false]);
  });

  test('a glob without wildcards matches exactly that name (any characters)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*?]/.test(s)),
        (name) => {
          expect(globToRegExp(name).test(name)).toBe(true);
          expect(globToRegExp(name).test(`${name}x`)).toBe(false);
        },
      ),
    );
  });
});

describe('splitGlobs: the jobs input', () => {
  test.each([
    ['build*, lint', ['build*', 'lint']],
    ['build (M4, *), lint', ['build (M4, *)', 'lint']],
    ['build (M4, 20)\ntest (*)', ['build (M4, 20)', 'test (*)']],
    ['  \n , ', []],
    ['a)b, c', ['a)b', 'c']],
  ])('%j', (text, globs) => {
    expect(splitGlobs(text)).toEqual(globs);
  });
});
