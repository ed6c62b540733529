/**
 * The project's parsers of the runner protocol (test/support/file-commands.ts and
 * workflow-commands.ts) against the rules of the runner itself, as its source states them
 * (actions/runner: src/Runner.Worker/FileCommandManager.cs, ActionCommandManager.cs,
 * src/Runner.Common/ActionCommand.cs). Each case names the rule it holds the parser to.
 */
import { describe, expect, test } from 'vitest';
import { addPaths, parseKeyValueFile, parsePathFile } from '../support/file-commands.ts';
import { CommandProcessor, parseCommand, SecretMasker } from '../support/workflow-commands.ts';

describe('GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE (EnvFileKeyValuePairs)', () => {
  test.each([
    ['name=value on one line', 'a=b\n', [['a', 'b']]],
    ['only the first = splits; the value keeps the rest', 'a=b=c\n', [['a', 'b=c']]],
    ['= before << makes a plain pair', 'a=b<<EOF\n', [['a', 'b<<EOF']]],
    ['empty lines are skipped', '\n\na=1\n\n', [['a', '1']]],
    ['a last line without newline still counts', 'a=1', [['a', '1']]],
    ['heredoc: the value runs up to the delimiter line', 'a<<EOF\nx\ny\nEOF\n', [['a', 'x\ny']]],
    ['heredoc: an empty value', 'a<<EOF\nEOF\n', [['a', '']]],
    ['heredoc: the delimiter may end the file unterminated', 'a<<EOF\nx\nEOF', [['a', 'x']]],
    [
      'heredoc: a line that only contains the delimiter is not it',
      'a<<EOF\n EOF\nEOF\n',
      [['a', ' EOF']],
    ],
    ['Linux reads LF only: CR stays in the value', 'a<<EOF\nx\r\nEOF\n', [['a', 'x\r']]],
    [
      'later pairs win in the consumer, both are read',
      'a=1\na=2\n',
      [
        ['a', '1'],
        ['a', '2'],
      ],
    ],
  ] as const)('%s', (_rule, text, pairs) => {
    const result = parseKeyValueFile(text, 'linux');
    expect(result.error).toBeUndefined();
    expect(result.pairs).toEqual(pairs);
  });

  test('Windows also splits on CRLF', () => {
    expect(parseKeyValueFile('a<<EOF\r\nx\r\nEOF\r\n', 'win32').pairs).toEqual([['a', 'x']]);
  });

  test.each([
    ['a line with neither = nor <<', 'junk\n', /expected name=value/],
    ['a heredoc with an empty name', '<<EOF\nx\nEOF\n', /must not be empty/],
    ['a heredoc with an empty delimiter', 'a<<\nx\n', /must not be empty/],
    ['a heredoc whose delimiter never comes', 'a<<EOF\nx\n', /not found/],
    [
      'a heredoc whose last value line has no newline ("EOF marker missing new line")',
      'a<<EOF\nx',
      /without a newline/,
    ],
    ['an empty name in name=value', '=x\n', /name is empty/],
  ] as const)('refused: %s; pairs before it are kept', (_rule, text, error) => {
    const result = parseKeyValueFile(`ok=1\n${text}`, 'linux');
    expect(result.error).toMatch(error);
    expect(result.pairs[0]).toEqual(['ok', '1']);
  });
});

describe('GITHUB_PATH (AddPathFileCommand)', () => {
  test('File.ReadAllLines: CR, LF and CRLF end lines; empty lines are skipped', () => {
    expect(parsePathFile('/a\r\n/b\r/c\n\n/d')).toEqual(['/a', '/b', '/c', '/d']);
  });

  test('a folder added again moves to the front', () => {
    const list: string[] = [];
    addPaths(list, ['/a', '/b', '/a']);
    expect(list).toEqual(['/b', '/a']);
  });
});

describe('workflow commands (ActionCommand.TryParseV2 / TryParse)', () => {
  test.each([
    ['leading whitespace is trimmed', '   ::warning::x', 'warning', {}, 'x'],
    ['the name is case-insensitive', '::WARNING::x', 'warning', {}, 'x'],
    [
      'properties split on , and the first =',
      '::error file=a,line=1,title=t=u::m',
      'error',
      { file: 'a', line: '1', title: 't=u' },
      'm',
    ],
    [
      'a property without a value is dropped',
      '::error file=,line=2::m',
      'error',
      { line: '2' },
      'm',
    ],
    ['a property without a name is dropped', '::error =x,line=2::m', 'error', { line: '2' }, 'm'],
    [
      'property escapes: %2C %3A %0A %0D %25',
      '::error title=a%2Cb%3Ac%0Ad%0De%25f::m',
      'error',
      { title: 'a,b:c\nd\re%f' },
      'm',
    ],
    [
      'data escapes: %0A %0D %25, decoded %25 last',
      '::warning::a%0Ab%0Dc%25d%250A',
      'warning',
      {},
      'a\nb\rc%d%0A',
    ],
    ['data keeps : and ,', '::warning::a:b,c', 'warning', {}, 'a:b,c'],
    ['legacy ##[ form anywhere in a line', 'text ##[warning]x', 'warning', {}, 'x'],
    [
      'legacy properties split on ;',
      '##[error file=a;line=3]m%3B',
      'error',
      { file: 'a', line: '3' },
      'm;',
    ],
  ] as const)('%s', (_rule, line, command, properties, data) => {
    expect(parseCommand(line)).toEqual({ command, properties, data });
  });

  test.each([
    ['not at the start of the line', 'x ::warning::y'],
    ['no closing ::', '::warning x'],
    ['an unknown command', '::nosuch::x'],
  ])('not a command: %s', (_rule, line) => {
    expect(parseCommand(line)).toBeUndefined();
  });
});

describe('ActionCommandManager', () => {
  const run = (lines: string[]) => {
    const masker = new SecretMasker();
    const p = new CommandProcessor(masker);
    for (const line of lines) p.processLine(line);
    return { p, masker };
  };

  test('add-mask masks the value and each of its lines, trimmed (AddMaskCommandExtension)', () => {
    const { p, masker } = run(['::add-mask::first%0A  second  %0A', 'first second']);
    expect(p.masks).toEqual(['first\n  second  \n', 'first', 'second']);
    expect(masker.mask('first second')).toBe('*** ***');
  });

  test('add-mask with only whitespace warns and masks nothing', () => {
    const { p } = run(['::add-mask::   ']);
    expect(p.masks).toEqual([]);
    expect(p.annotations.map((a) => a.level)).toEqual(['warning']);
  });

  test.each(['', 'warning', 'pause-logging', 'PAUSE-LOGGING'])(
    'stop-commands refuses the token %j (ValidateStopToken)',
    (token) => {
      const { p } = run([`::stop-commands::${token}`, '::warning::still processed']);
      expect(p.failed).toBe(true);
      expect(p.annotations.some((a) => a.message === 'still processed')).toBe(true);
    },
  );

  test('stop-commands: nothing is processed until the token, case-insensitively; a long token is masked', () => {
    const { p, masker } = run([
      '::stop-commands::Resume-Token',
      '::warning::ignored',
      '::add-mask::ignored',
      '::resume-token::',
      '::warning::processed',
    ]);
    expect(p.annotations.map((a) => a.message)).toEqual(['processed']);
    expect(p.masks).toEqual([]);
    expect(masker.mask('Resume-Token')).toBe('***');
  });

  test('a token of 6 characters or fewer is not masked', () => {
    const { masker } = run(['::stop-commands::abcdef', '::abcdef::']);
    expect(masker.mask('abcdef')).toBe('abcdef');
  });
});
