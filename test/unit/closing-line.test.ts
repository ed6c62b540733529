import { expect, test } from 'vitest';
import { slowestFiles } from '../support/closing-line.ts';

test('names the slowest files, slowest first, aligned', () => {
  expect(
    slowestFiles(
      [
        { file: 'test/a.test.ts', ms: 1200 },
        { file: 'test/b.test.ts', ms: 20_960 },
        { file: 'test/c.test.ts', ms: 40 },
        { file: 'test/d.test.ts', ms: 1200 },
      ],
      3,
    ),
  ).toEqual([
    'Slowest test files (of 4):',
    '  21.0s  test/b.test.ts',
    '   1.2s  test/a.test.ts',
    '   1.2s  test/d.test.ts',
  ]);
});

test('no files, no lines', () => {
  expect(slowestFiles([])).toEqual([]);
});
