import { describe, expect, it } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { parseOptions, usage } from '../../../actions/runner-hooks/options.ts';

const CWD = '/home/ci';

describe('parseOptions', () => {
  it('defaults', () => {
    expect(parseOptions(['--runner-dir', 'actions-runner'], CWD)).toEqual({
      action: 'install',
      runnerDir: '/home/ci/actions-runner',
      hooksDir: undefined,
      tempPatterns: ['pnpm-*'],
      maxAgeHours: 24,
      tune: 'auto',
      dockerPrune: false,
      timeLimitSeconds: 60,
      strict: false,
      dryRun: false,
    });
  });

  it('every option, in both spellings', () => {
    const o = parseOptions(
      [
        '--runner-dir=/r',
        '--hooks-dir',
        '/h ooks',
        '--temp-patterns',
        'pnpm-*, npm-*,!npm-keep',
        '--max-age-hours=1.5',
        '--tune',
        'none',
        '--docker-prune',
        '--time-limit-seconds',
        '30',
        '--strict',
        '--dry-run',
      ],
      CWD,
    );
    expect(o).toMatchObject({
      runnerDir: '/r',
      hooksDir: '/h ooks',
      tempPatterns: ['pnpm-*', 'npm-*', '!npm-keep'],
      maxAgeHours: 1.5,
      tune: 'none',
      dockerPrune: true,
      timeLimitSeconds: 30,
      strict: true,
      dryRun: true,
    });
  });

  it('--uninstall', () => {
    expect(parseOptions(['--uninstall', '--runner-dir', '/r', '--dry-run'], CWD)).toMatchObject({
      action: 'uninstall',
      dryRun: true,
    });
  });

  it('--help', () => {
    expect(parseOptions(['--help'], CWD).action).toBe('help');
    expect(usage()).toContain('--time-limit-seconds N');
  });

  it.each([
    [[], '--runner-dir', /--runner-dir is required/],
    [['--runner-dir'], '--runner-dir', /needs a value \(DIR\)/],
    [['--runner-dir', '/r', 'extra'], 'extra', /Unexpected argument 'extra'/],
    [['--runner-dir', '/r', '--bogus'], '--bogus', /Unknown option --bogus/],
    [['--runner-dir', '/r', '--runner-dir', '/s'], '--runner-dir', /given twice/],
    [['--runner-dir', '/r', '--strict=yes'], '--strict', /switch: it takes no value/],
    [['--runner-dir', '/r', '--tune', 'max'], '--tune', /accepts 'auto' or 'none'; got 'max'/],
    [
      ['--runner-dir', '/r', '--max-age-hours', 'soon'],
      '--max-age-hours',
      /Option --max-age-hours accepts a number from 0/,
    ],
    [['--runner-dir', '/r', '--max-age-hours', '-1'], '--max-age-hours', /got '-1'/],
    [
      ['--runner-dir', '/r', '--temp-patterns', 'a/b'],
      '--temp-patterns',
      /Option --temp-patterns accepts globs on entry names/,
    ],
    [['--runner-dir', '/r', '--temp-patterns', ' , '], '--temp-patterns', /got none/],
    [
      ['--runner-dir', '/r', '--time-limit-seconds', '0'],
      '--time-limit-seconds',
      /from 1 to 3600; got '0'/,
    ],
    [['--runner-dir', '/r', '--time-limit-seconds', '1e3'], '--time-limit-seconds', /got '1e3'/],
    [['--runner-dir', '/r', '--hooks-dir', 'a\nb'], '--hooks-dir', /without line breaks/],
    [['--runner-dir', '/r', '--hooks-dir='], '--hooks-dir', /needs a folder path/],
    [['--runner-dir', '/r', '--uninstall', '--strict'], '--strict', /--uninstall takes only/],
  ])('%j is refused, naming %s', (argv, option, message) => {
    let caught: unknown;
    try {
      parseOptions(argv, CWD);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).input).toBe(option);
    expect((caught as InputError).message).toMatch(message);
  });
});
