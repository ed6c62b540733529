import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import {
  createReader,
  fromEnv,
  fromRecord,
  splitLines,
  splitList,
} from '../../../actions/lib/inputs.ts';
import { inputVariable } from '../../../actions/lib/runner.ts';

const read = (values: Record<string, string>) => createReader(fromRecord(values));

test("the runner's INPUT_ naming rule", () => {
  expect(inputVariable('github-token')).toBe('INPUT_GITHUB-TOKEN');
  expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  expect(fromEnv({ 'INPUT_MIN-IDLE': ' 2 ' })('min-idle')).toBe('2');
});

describe('bool', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true],
  ])('%j → %s', (value, expected) => expect(read({ x: value }).bool('x', true)).toBe(expected));
  test.each(['yes', '1', 'on', 'tru'])('%j is an error naming the input', (value) => {
    expect(() => read({ flag: value }).bool('flag', false)).toThrow(
      new InputError('flag', `Input 'flag' accepts 'true' or 'false'; got '${value}'.`),
    );
  });
});

describe('int', () => {
  test.each([
    ['3', 3],
    ['+3', 3],
    ['', 1],
  ])('%j → %i', (v, n) => expect(read({ n: v }).int('n', 1, { min: 1 })).toBe(n));
  test.each(['0', '-1', '1.5', 'abc', '1e3', '2 runners'])('%j is rejected for min 1', (v) => {
    expect(() => read({ 'min-idle': v }).int('min-idle', 1, { min: 1 })).toThrow(
      `Input 'min-idle' accepts a whole number >= 1; got '${v}'.`,
    );
  });
});

describe('number', () => {
  test.each([
    ['0.5', 0.5],
    ['24', 24],
    ['.25', 0.25],
  ])('%j → %d', (v, n) => expect(read({ n: v }).number('n', 1, { min: 0 })).toBe(n));
  test.each(['-1', 'NaN', 'Infinity', '1,5', 'x'])('%j is rejected', (v) => {
    expect(() => read({ n: v }).number('n', 1, { min: 0 })).toThrow(
      /Input 'n' accepts a number >= 0/,
    );
  });
});

test('choice is case-insensitive and names the choices', () => {
  const r = read({ mode: 'GitHub-Hosted', bad: 'cloud' });
  expect(r.choice('mode', ['auto', 'github-hosted'] as const, 'auto')).toBe('github-hosted');
  expect(() => r.choice('bad', ['auto', 'github-hosted'] as const, 'auto')).toThrow(
    "Input 'bad' accepts one of 'auto', 'github-hosted'; got 'cloud'.",
  );
});

test('required names the input', () => {
  expect(() => read({}).required('labels', 'runner labels')).toThrow(
    "Input 'labels' is required: runner labels.",
  );
});

describe('lists', () => {
  test('comma and newline separated, trimmed', () => {
    expect(splitList(' self-hosted, macOS ,\nARM64,, ')).toEqual(['self-hosted', 'macOS', 'ARM64']);
  });
  test('lines drop blanks and comments', () => {
    expect(splitLines('a, b\r\n\n  # comment\n c ')).toEqual(['a, b', 'c']);
  });
  test('no item is ever empty or padded', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const item of [...splitList(s), ...splitLines(s)]) {
          expect(item).not.toBe('');
          expect(item).toBe(item.trim());
        }
      }),
    );
  });
  test('joining items with commas round-trips', () => {
    const label = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(label), (labels) => {
        expect(splitList(labels.join(', '))).toEqual(labels);
      }),
    );
  });
});
