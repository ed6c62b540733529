import { describe, expect, test } from 'vitest';
import { readCleanupInputs } from '../../../actions/job-cleanup/inputs.ts';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';

const read = (values: Record<string, string>) =>
  readCleanupInputs(createReader(fromRecord(values)));

/** The defaults the runner passes from action.yml. */
const DEFAULTS = {
  when: 'post',
  'temp-patterns': 'pnpm-*',
  'max-age-hours': '24',
  paths: '',
  'clean-workspace': 'false',
  'docker-prune': 'false',
  'dry-run': 'false',
  'fail-on-error': 'false',
};

describe('readCleanupInputs', () => {
  test("action.yml's defaults", () => {
    expect(read(DEFAULTS)).toEqual({
      when: 'post',
      tempPatterns: ['pnpm-*'],
      maxAgeHours: 24,
      paths: [],
      cleanWorkspace: false,
      dockerPrune: false,
      dryRun: false,
      failOnError: false,
    });
  });

  test('every input read', () => {
    expect(
      read({
        when: 'Both',
        'temp-patterns': 'pnpm-*\n.turbo-*\n# a comment\n!pnpm-keep*\n',
        'max-age-hours': '0.5',
        paths: 'node_modules\n/tmp/x/**/*.log\n',
        'clean-workspace': 'true',
        'docker-prune': 'TRUE',
        'dry-run': 'True',
        'fail-on-error': 'true',
      }),
    ).toEqual({
      when: 'both',
      tempPatterns: ['pnpm-*', '.turbo-*', '!pnpm-keep*'],
      maxAgeHours: 0.5,
      paths: ['node_modules', '/tmp/x/**/*.log'],
      cleanWorkspace: true,
      dockerPrune: true,
      dryRun: true,
      failOnError: true,
    });
  });

  test('`~` and `~/…` are kept as written (the engine reads them as HOME)', () => {
    expect(read({ ...DEFAULTS, paths: '~\n~/.cache/x\na/~b\n./~b' }).paths).toEqual([
      '~',
      '~/.cache/x',
      'a/~b',
      './~b',
    ]);
  });

  test('an empty temp-patterns turns temp cleanup off', () => {
    expect(read({ ...DEFAULTS, 'temp-patterns': '' }).tempPatterns).toEqual([]);
  });

  test.each([
    ['max-age-hours', '-1', "Input 'max-age-hours' accepts a number from 0 to 87600; got '-1'."],
    ['max-age-hours', 'abc', "Input 'max-age-hours' accepts a number from 0 to 87600; got 'abc'."],
    ['max-age-hours', '1e3', "Input 'max-age-hours' accepts a number from 0 to 87600; got '1e3'."],
    ['max-age-hours', '24h', "Input 'max-age-hours' accepts a number from 0 to 87600; got '24h'."],
    ['max-age-hours', '99999', "Input 'max-age-hours' accepts a number from 0 to 87600"],
    ['when', 'always', "Input 'when' accepts one of 'post', 'now', 'both'; got 'always'."],
    ['clean-workspace', 'yes', "Input 'clean-workspace' accepts 'true' or 'false'; got 'yes'."],
    ['docker-prune', '1', "Input 'docker-prune' accepts 'true' or 'false'; got '1'."],
    ['dry-run', 'maybe', "Input 'dry-run' accepts 'true' or 'false'; got 'maybe'."],
    ['fail-on-error', 'no', "Input 'fail-on-error' accepts 'true' or 'false'; got 'no'."],
    ['temp-patterns', 'tmp/pnpm-*', "Input 'temp-patterns' accepts globs on entry names"],
    ['temp-patterns', '!', "got '!'"],
    ['temp-patterns', 'a\\b', "got 'a\\b'"],
    ['paths', 'a\0b', "Input 'paths' accepts paths or globs"],
    [
      'paths',
      'build\n~bob/x',
      "Input 'paths' accepts '~' and '~/…' for HOME, not another user's '~name'; got '~bob/x' (write './~bob/x' for a name that starts with '~').",
    ],
    ['paths', '~root', "got '~root'"],
  ])('%s: %j is an input error naming it', (input, value, message) => {
    let caught: unknown;
    try {
      read({ ...DEFAULTS, [input]: value });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).input).toBe(input);
    expect((caught as InputError).message).toContain(message);
  });
});
