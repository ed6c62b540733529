import { expect, test } from 'vitest';
import { parseBusyArgs, readRun, tally } from '../../scripts/test-busy.ts';

test.each([
  [[], { runs: 5, load: 2, command: ['pnpm', 'test'] }],
  [['--runs', '2', '--load', '4'], { runs: 2, load: 4, command: ['pnpm', 'test'] }],
  [['--load', '0'], { runs: 5, load: 0, command: ['pnpm', 'test'] }],
  [['--', 'pnpm', 'vitest', 'run'], { runs: 5, load: 2, command: ['pnpm', 'vitest', 'run'] }],
])('args %j', (argv, want) => {
  expect(parseBusyArgs(argv)).toEqual({ kind: 'run', ...want });
});

test.each([
  [['--runs', '0'], "--runs takes a whole number from 1 to 100; got '0'."],
  [['--runs', '2.5'], "--runs takes a whole number from 1 to 100; got '2.5'."],
  [['--load', '65'], "--load takes a whole number from 0 to 64; got '65'."],
  [['--load', 'x'], "--load takes a whole number from 0 to 64; got 'x'."],
])('bad args %j', (argv, message) => {
  expect(parseBusyArgs(argv)).toEqual({ kind: 'error', message });
});

test('an unknown option is an error naming it', () => {
  expect(parseBusyArgs(['--fast'])).toMatchObject({
    kind: 'error',
    message: expect.stringContaining("'--fast'"),
  });
});

test('reads the closing line and the failed tests of a run', () => {
  const output = [
    ' \x1b[32m✓\x1b[39m test/unit/a.test.ts (3 tests) 5ms',
    ' \x1b[31m×\x1b[39m slow thing times out 1002ms',
    ' FAIL  test/integration/b.test.ts > slow thing times out',
    ' FAIL  test/integration/b.test.ts > slow thing times out',
    '',
    'tests: 10 passed, 1 failed, 1 skipped',
  ].join('\n');
  expect(readRun(output)).toEqual({
    closing: 'tests: 10 passed, 1 failed, 1 skipped',
    failures: [
      '× slow thing times out 1002ms',
      'FAIL  test/integration/b.test.ts > slow thing times out',
    ],
  });
  expect(readRun('lint failed\n')).toEqual({ closing: undefined, failures: [] });
});

test('every run must pass', () => {
  const ok = { code: 0, closing: 'tests: 1 passed, 0 failed' };
  expect(tally([ok, ok])).toEqual({ line: '2 of 2 runs passed', ok: true });
  expect(tally([ok, { code: 1, closing: undefined }])).toEqual({
    line: '1 of 2 runs passed',
    ok: false,
  });
  expect(tally([ok, { code: null, closing: undefined }]).ok).toBe(false);
});
