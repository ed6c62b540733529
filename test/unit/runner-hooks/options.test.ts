import { describe, expect, it } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { parseOptions, splitPatterns, usage } from '../../../actions/runner-hooks/options.ts';

const CWD = '/home/ci';
const AUTO = { mode: 'auto' };
const NONE = { mode: 'none' };

describe('parseOptions', () => {
  it('defaults', () => {
    expect(parseOptions(['--runner-dir', 'actions-runner'], CWD)).toEqual({
      action: 'install',
      runnerDir: '/home/ci/actions-runner',
      hooksDir: undefined,
      tempPatterns: ['pnpm-*'],
      maxAgeHours: 24,
      tune: 'auto',
      tuning: { nodeHeapMb: AUTO, threadpoolSize: AUTO, dockerPlatform: AUTO },
      env: [],
      force: false,
      dockerPrune: false,
      timeLimitSeconds: 60,
      strict: false,
      dryRun: false,
    });
  });

  it('--tune is the default of each tuning option; each option overrides it', () => {
    const tuning = (...argv: string[]) => parseOptions(['--runner-dir=/r', ...argv], CWD).tuning;
    expect(tuning('--tune', 'none')).toEqual({
      nodeHeapMb: NONE,
      threadpoolSize: NONE,
      dockerPlatform: NONE,
    });
    expect(tuning('--tune', 'NONE', '--node-heap-mb', '4096', '--threadpool-size=AUTO')).toEqual({
      nodeHeapMb: { mode: 'set', value: 4096 },
      threadpoolSize: AUTO,
      dockerPlatform: NONE,
    });
    expect(tuning('--docker-platform', 'Linux/AMD64', '--threadpool-size', 'none')).toEqual({
      nodeHeapMb: AUTO,
      threadpoolSize: NONE,
      dockerPlatform: { mode: 'set', value: 'linux/amd64' },
    });
  });

  it('--env: repeated, or several lines in one value, as setup-m4-env reads env', () => {
    const o = parseOptions(
      [
        '--runner-dir=/r',
        '--env',
        'RUNNER_EPHEMERAL=true',
        '--env=A=x=y',
        '--env',
        '# a comment\n\n  B =  spaced  \nC=',
        '--force',
      ],
      CWD,
    );
    expect(o.env).toEqual([
      ['RUNNER_EPHEMERAL', 'true'],
      ['A', 'x=y'],
      ['B', '  spaced'],
      ['C', ''],
    ]);
    expect(o.force).toBe(true);
    // A tuned variable may be set by --env once its option is none.
    expect(
      parseOptions(['--runner-dir=/r', '--node-heap-mb', 'none', '--env', 'NODE_OPTIONS=--x'], CWD)
        .env,
    ).toEqual([['NODE_OPTIONS', '--x']]);
  });

  it('--temp-patterns: lines or commas (not inside braces), repeatable', () => {
    expect(
      parseOptions(
        [
          '--runner-dir=/r',
          '--temp-patterns',
          'pnpm-{a,b}*, npm-*\n!npm-keep',
          '--temp-patterns',
          'yarn-*',
        ],
        CWD,
      ).tempPatterns,
    ).toEqual(['pnpm-{a,b}*', 'npm-*', '!npm-keep', 'yarn-*']);
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
    const lines = usage().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Usage: runner-hooks/install --runner-dir DIR [options]',
      '',
      "Installs job hooks into a self-hosted runner's .env: every job starts tuned and ends clean.",
      '',
      'Options:',
    ]);
    expect(lines).toContain(
      '  --time-limit-seconds N      Each hook stops at this limit (1 to 3600). (default: 60)',
    );
    // A long option name puts its description on the next line, aligned.
    const at = lines.indexOf('  --docker-platform auto|none|PLATFORM');
    expect(lines[at + 1]).toMatch(
      /^ {30}DOCKER_DEFAULT_PLATFORM, as setup-m4-env's docker-platform/,
    );
    expect(lines.at(-2)).toBe('  --help                      Print this help.');
    expect(lines.at(-1)).toBe('');
    expect(usage().match(/--help/g)).toHaveLength(1);
  });

  it.each([
    ['a,b', ['a', 'b']],
    ['a{b,c},d', ['a{b,c}', 'd']],
    ['a{b,{c,d}}e , f', ['a{b,{c,d}}e', 'f']],
    ['a\\,b', ['a\\,b']],
    ['x\n# comment\n\ny', ['x', 'y']],
    [' , ', []],
  ])('splitPatterns(%j)', (raw, out) => {
    expect(splitPatterns(raw)).toEqual(out);
  });

  it.each([
    [[], '--runner-dir', /--runner-dir is required/],
    [['--runner-dir'], '--runner-dir', /needs a value \(DIR\)/],
    [
      ['--runner-dir', '/r', 'extra'],
      'extra',
      /^Unexpected argument 'extra': options start with --; the runner folder is given with --runner-dir\.$/,
    ],
    [['--runner-dir', '/r', '--bogus'], '--bogus', /^Unknown option --bogus\.$/],
    [
      ['--runner-dir', '/r', '--node-heap-mb', 'lots'],
      '--node-heap-mb',
      /^Option --node-heap-mb accepts 'auto', 'none' or a whole number of MB from 64 to 1048576; got 'lots'\.$/,
    ],
    [
      ['--runner-dir', '/r', '--threadpool-size', '0'],
      '--threadpool-size',
      /^Option --threadpool-size accepts 'auto', 'none' or a whole number from 1 to 1024; got '0'\.$/,
    ],
    [
      ['--runner-dir', '/r', '--docker-platform', 'arm'],
      '--docker-platform',
      /^Option --docker-platform accepts 'auto', 'none' or a platform such as 'linux\/arm64' or 'linux\/amd64'; got 'arm'\.$/,
    ],
    [
      ['--runner-dir', '/r', '--node-heap-mb', '1', '--node-heap-mb', '2'],
      '--node-heap-mb',
      /given twice/,
    ],
    [
      ['--runner-dir', '/r', '--env', '1A=x'],
      '--env',
      /^Option --env '1A': each value is NAME=VALUE, NAME made of letters, digits and _ \(not starting with a digit\)\.$/,
    ],
    [
      ['--runner-dir', '/r', '--env', 'NOEQUALS'],
      '--env',
      /^Option --env 'NOEQUALS': each value is NAME=VALUE/,
    ],
    [['--runner-dir', '/r', '--env', 'A-B=1'], '--env', /^Option --env 'A-B': each value/],
    [
      ['--runner-dir', '/r', '--env', 'A=x\ty'],
      '--env',
      /^Option --env 'A': its value holds a control character \(tab, NUL, escape…\); \.env is read line by line, so it is refused\.$/,
    ],
    [
      ['--runner-dir', '/r', '--env', 'A=x\u001b[31m'],
      '--env',
      /its value holds a control character/,
    ],
    [['--runner-dir', '/r', '--env', 'A=x\ry'], '--env', /its value holds a control character/],
    [['--runner-dir', '/r', '--env', 'A=\u007f'], '--env', /its value holds a control character/],
    [
      ['--runner-dir', '/r', '--env', 'ACTIONS_RUNNER_HOOK_JOB_STARTED=/x.sh'],
      '--env',
      /^Option --env 'ACTIONS_RUNNER_HOOK_JOB_STARTED': ACTIONS_RUNNER_HOOK_JOB_STARTED is the hook itself; runner-hooks\/install sets it\.$/,
    ],
    [
      ['--runner-dir', '/r', '--env', 'UV_THREADPOOL_SIZE=3'],
      '--env',
      /^Option --env 'UV_THREADPOOL_SIZE': UV_THREADPOOL_SIZE is set by --threadpool-size; give the value there, or add --threadpool-size none\.$/,
    ],
    [['--runner-dir', '/r', '--env', 'NODE_OPTIONS=--x'], '--env', /is set by --node-heap-mb/],
    [
      [
        '--runner-dir',
        '/r',
        '--tune',
        'none',
        '--docker-platform',
        'auto',
        '--env',
        'DOCKER_DEFAULT_PLATFORM=x',
      ],
      '--env',
      /is set by --docker-platform/,
    ],
    [
      ['--runner-dir', '/r', '--env', 'A=1', '--env', 'A=2'],
      '--env',
      /^Option --env 'A': A is given twice\.$/,
    ],
    [['--runner-dir', '/r', '--force=yes'], '--force', /switch: it takes no value/],
    [['--runner-dir', '/r', '--uninstall', '--force'], '--force', /--uninstall takes only/],
    [['--runner-dir', '/r', '--uninstall', '--env', 'A=1'], '--env', /--uninstall takes only/],
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
    [['--runner-dir', '/r', '--hooks-dir', 'a\u001bb'], '--hooks-dir', /other control characters/],
    [['--runner-dir', 'r\tx'], '--runner-dir', /other control characters/],
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
