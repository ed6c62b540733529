import { describe, expect, test } from 'vitest';
import { readFleetInputs } from '../../../actions/fleet/inputs.ts';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';
import { readSelectInputs } from '../../../actions/select-runner/inputs.ts';

const read = (values: Record<string, string>) =>
  createReader(fromRecord({ 'github-token': 't', repository: 'o/r', ...values }));

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

describe('primary-runner and fallback-runner', () => {
  test.each([',', ' , ', 'self-hosted, macOS\n,', 'm4\n , ,'])(
    'a candidate line without labels (%j) is an input error',
    (value) => {
      const e = inputError(() => readSelectInputs(read({ 'primary-runner': value })));
      expect(e.input).toBe('primary-runner');
      expect(e.message).toContain('no labels');
    },
  );
  test('a fallback of only commas is an input error', () => {
    const e = inputError(() =>
      readSelectInputs(read({ 'primary-runner': 'm4', 'fallback-runner': ',' })),
    );
    expect(e.input).toBe('fallback-runner');
  });
  test('comments and blank lines are not candidates', () => {
    const inputs = readSelectInputs(read({ 'primary-runner': '# first\nm4\n\nlinux, arm64' }));
    expect(inputs.candidates).toEqual([['m4'], ['linux', 'arm64']]);
    expect(inputs.fallback).toEqual(['ubuntu-latest']);
  });
});

describe('repository is owner/name exactly', () => {
  test.each(['octo-org/octo-repo', 'octo/.github', 'a/b.c', 'user_emu/repo_1', 'o/..x'])(
    '%s is accepted',
    (repository) => {
      expect(readFleetInputs(read({ repository })).repository).toBe(repository);
    },
  );
  test.each([
    '../..',
    'o/..',
    'o/.',
    '../r',
    './r',
    'o/r/x',
    'o',
    '/r',
    'o/',
    'o/r?x=1',
    'o/r#x',
    'o%2fr',
    '-o/r',
    'o /r',
  ])('%j is an input error', (repository) => {
    expect(inputError(() => readFleetInputs(read({ repository }))).input).toBe('repository');
  });
});

describe('scale-sets: the same names check-runner accepts', () => {
  test.each(['a b', 'arc/linux', '`x`', '::error::x'])('%j is an input error', (value) => {
    const e = inputError(() =>
      readSelectInputs(read({ 'primary-runner': 'm4', 'scale-sets': value })),
    );
    expect(e.input).toBe('scale-sets');
    expect(e.message).toContain('scale-set names');
  });
  test('names are kept as written', () => {
    const inputs = readSelectInputs(
      read({ 'primary-runner': 'm4', 'scale-sets': 'arc-linux, Arc_Mac.1' }),
    );
    expect(inputs.scaleSets).toEqual(['arc-linux', 'Arc_Mac.1']);
  });
});
