/**
 * The toolkit as the oracle for our runner protocol. actions/lib/runner.ts writes the runner's
 * file and workflow commands by hand (docs/decisions/runner-protocol.md); here every exported
 * function and its @actions/core counterpart run over the same corpus, and what the runner would
 * read from each (outputs, environment, state, path entries, masks, annotations, summary) is parsed
 * by the runner's own rules (test/support/file-commands.ts and workflow-commands.ts, themselves
 * checked against the runner's source in conformance-runner-parsers.test.ts) and compared.
 * Where the two differ on purpose, the case says which is right and why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import * as core from '@actions/core';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import * as ours from '../../actions/lib/runner.ts';
import {
  createFileCommandFiles,
  FILE_COMMAND_ENV,
  type FileCommand,
  processFileCommandFiles,
} from '../support/file-commands.ts';
import {
  type Annotation,
  CommandProcessor,
  LineSplitter,
  SecretMasker,
} from '../support/workflow-commands.ts';

const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names and values that have broken hand-written protocol code somewhere. */
const VALUES = [
  'plain',
  '',
  ' padded ',
  'multi\nline',
  'windows\r\nline',
  'lone\rcarriage',
  'trailing newline\n',
  '\nleading newline',
  '100%',
  '%25 already escaped %0A',
  'a:b,c=d;e]f',
  'ünïcødé ✓ 🚀 日本語',
  'ghadelimiter_0000',
  'EOF',
  'name<<EOF',
  'key=value',
  '::warning::smuggled',
  '::stop-commands::token',
  '##[error]legacy',
  '\u2028separator\u2029',
];
const NAMES = ['plain', 'dash-name', 'under_score', 'Mixed.Case', 'ünï', 'a:b,c', '100%'];

interface Read {
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  masks: string[];
  annotations: Annotation[];
  groups: string[];
  log: string[];
  summary: string;
  problems: string[];
  failed: boolean;
  thrown?: string;
}

/**
 * Runs `act` as one step would: fresh command files (or none), stdout captured and read line by
 * line by the runner's rules, then the files read by the runner's rules.
 */
async function step(act: () => unknown, files = true): Promise<Read> {
  const paths = createFileCommandFiles(join(dir, `step-${Math.random().toString(36).slice(2)}`));
  const saved = { ...process.env };
  for (const [cmd, variable] of Object.entries(FILE_COMMAND_ENV) as [FileCommand, string][]) {
    if (files) process.env[variable] = paths[cmd];
    else delete process.env[variable];
  }
  const processor = new CommandProcessor(new SecretMasker());
  const lines = new LineSplitter((line) => processor.processLine(line));
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  let thrown: string | undefined;
  try {
    await act();
  } catch (e) {
    thrown = (e as Error).message;
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  lines.end();
  const read = processFileCommandFiles(paths);
  return {
    outputs: { ...processor.outputs, ...read.outputs },
    env: read.env,
    state: { ...processor.state, ...read.state },
    path: read.path,
    masks: processor.masks,
    annotations: processor.annotations,
    groups: processor.groups.map((g) => g.title),
    log: processor.logLines,
    summary: read.summary,
    // The delimiter is random per call: compare problems without it.
    problems: read.problems.map((p) => p.message),
    failed: processor.failed || read.problems.some((p) => p.fails),
    ...(thrown === undefined ? {} : { thrown }),
  };
}

/**
 * The same step through lib/runner.ts and @actions/core must read the same. The command lines
 * themselves are left out: the runner does not show them (unless echo is on), and core spells an
 * empty property list `::warning ::x` where ours writes `::warning::x`, which the runner reads
 * alike. Random heredoc delimiters are blanked.
 */
async function same(ourAct: () => unknown, coreAct: () => unknown, files = true) {
  const a = await step(ourAct, files);
  const b = await step(coreAct, files);
  const comparable = ({ log: _, ...rest }: Read) =>
    JSON.parse(JSON.stringify(rest).replace(/ghadelimiter_[\w-]+/g, 'ghadelimiter_X'));
  expect(comparable(a)).toEqual(comparable(b));
  return a;
}

describe('file commands: what the runner reads is the same', () => {
  test.each(NAMES.flatMap((name) => VALUES.map((value) => [name, value])))(
    'setOutput(%j, %j)',
    async (name, value) => {
      const read = await same(
        () => ours.setOutput(name, value),
        () => core.setOutput(name, value),
      );
      expect(read.outputs).toEqual({ [name]: value });
    },
  );

  test.each(VALUES.map((v) => [v]))('exportVariable(MY_VAR, %j)', async (value) => {
    const read = await same(
      () => ours.exportVariable('MY_VAR', value),
      () => core.exportVariable('MY_VAR', value),
    );
    expect(read.env).toEqual({ MY_VAR: value });
  });

  test.each(VALUES.map((v) => [v]))('saveState(state_key, %j)', async (value) => {
    const read = await same(
      () => ours.saveState('state_key', value),
      () => core.saveState('state_key', value),
    );
    expect(read.state).toEqual({ state_key: value });
  });

  test.each([
    ['/opt/tool/bin'],
    ['/with space/bin'],
    ['C:\\tools\\bin'],
    ['/ünï/✓'],
    ['/a:b,c'],
    ['/two\nentries'],
  ])('addPath(%j)', async (folder) => {
    const read = await same(
      () => ours.addPath(folder),
      () => core.addPath(folder),
    );
    // The runner reads the file line by line (CR, LF, CRLF): a folder with a newline in it
    // becomes two entries, from either library.
    expect(read.path).toEqual(folder.split('\n'));
  });

  test('addPath also puts the folder first on this process PATH, like core', async () => {
    const before = process.env.PATH;
    let mine = '';
    let theirs = '';
    await step(() => {
      ours.addPath('/x/bin');
      mine = process.env.PATH ?? '';
    });
    await step(() => {
      core.addPath('/x/bin');
      theirs = process.env.PATH ?? '';
    });
    expect(mine).toBe(`/x/bin${delimiter}${before}`);
    expect(mine).toBe(theirs);
  });

  test('exportVariable also sets the variable for this process, like core', async () => {
    let mine: string | undefined;
    let theirs: string | undefined;
    await step(() => {
      ours.exportVariable('CONFORMANCE_X', 'a\nb');
      mine = process.env.CONFORMANCE_X;
    });
    await step(() => {
      core.exportVariable('CONFORMANCE_X', 'a\nb');
      theirs = process.env.CONFORMANCE_X;
    });
    expect(mine).toBe('a\nb');
    expect(mine).toBe(theirs);
  });

  test('a name the heredoc form cannot carry breaks both the same way (the runner refuses it)', async () => {
    for (const name of ['', 'has=equals', 'two\nlines']) {
      const read = await same(
        () => ours.setOutput(name, 'v'),
        () => core.setOutput(name, 'v'),
      );
      expect(read.failed).toBe(true);
    }
  });

  test.each([
    '# Title',
    '| a | b |\n| - | - |',
    'no trailing newline',
    '',
    '::warning::not a command',
  ])('appendSummary(%j): the same text, plus the newline core leaves out', async (markdown) => {
    // Ours ends every piece with a newline, so two appends never run into one line (a table
    // row glued to the next heading breaks the Markdown); core's addRaw(text).write() does not.
    // Ours is right for a summary built from separate pieces; otherwise they are the same.
    const mine = await step(() => ours.appendSummary(markdown));
    const Summary = Object.getPrototypeOf(core.summary)
      .constructor as new () => typeof core.summary;
    const theirs = await step(() => new Summary().addRaw(markdown).write());
    const expected = markdown.endsWith('\n') ? theirs.summary : `${theirs.summary}\n`;
    expect(mine.summary).toBe(expected);
    expect(mine.annotations).toEqual([]);
  });
});

describe('without command files (a runner too old for them)', () => {
  test.each(VALUES.map((v) => [v]))('setOutput falls back to set-output: %j', async (value) => {
    const a = await step(() => ours.setOutput('out', value), false);
    const b = await step(() => core.setOutput('out', value), false);
    // Core prints an empty line before the command; the runner reads the same output either way.
    expect(a.outputs).toEqual(b.outputs);
    expect(a.outputs).toEqual({ out: value });
    expect(a.annotations).toEqual(b.annotations);
    expect(b.log.filter((l) => l !== '')).toEqual(a.log);
  });

  test.each(VALUES.map((v) => [v]))('saveState falls back to save-state: %j', async (value) => {
    const a = await same(
      () => ours.saveState('k', value),
      () => core.saveState('k', value),
      false,
    );
    expect(a.state).toEqual({ k: value });
  });

  test('exportVariable and addPath: ours throws at once, core prints a command the runner refuses', async () => {
    // The runner disabled set-env and add-path in 2020: core's fallback fails the step anyway,
    // with "the command is disabled". Ours is right: it fails where the cause is, saying why.
    for (const [mine, theirs] of [
      [() => ours.exportVariable('V', 'x'), () => core.exportVariable('V', 'x')],
      [() => ours.addPath('/p'), () => core.addPath('/p')],
    ] as const) {
      const a = await step(mine, false);
      const b = await step(theirs, false);
      expect(a.thrown).toMatch(/too old for environment files/);
      expect(b.failed).toBe(true);
      expect(a.env).toEqual(b.env);
      expect(a.path).toEqual(b.path);
    }
  });
});

describe('workflow commands: the same annotations, masks and groups', () => {
  const PROPS: (ours.AnnotationProperties | undefined)[] = [
    undefined,
    {},
    { title: 'A title' },
    { title: 'colon: comma, percent% newline\nend', file: 'src/a,b:c.ts', line: 12 },
    { file: 'ünï/✓.ts' },
    { title: '' },
  ];
  const levels = ['warning', 'error', 'notice'] as const;

  test.each(levels.flatMap((level) => VALUES.map((v) => [level, v])))(
    '%s(%j) with every property set',
    async (level, message) => {
      for (const props of PROPS) {
        const coreProps =
          props === undefined
            ? undefined
            : { title: props.title, file: props.file, startLine: props.line };
        const mine =
          level === 'warning' ? ours.warning : level === 'error' ? ours.error : ours.notice;
        const theirs =
          level === 'warning' ? core.warning : level === 'error' ? core.error : core.notice;
        const read = await same(
          () => mine(message, props),
          () => theirs(message, coreProps),
        );
        expect(read.annotations).toHaveLength(1);
        expect(read.annotations[0]?.message).toBe(message);
      }
    },
  );

  test('line 0: core drops it, ours sends it', async () => {
    // Core leaves out every falsy property, so `startLine: 0` vanishes; ours sends line=0, which
    // the runner passes on and GitHub shows as an annotation on no line. Core is right (lines
    // start at 1, so 0 can only mean "no line"), and no caller of ours passes 0: noted, not
    // changed.
    const a = await step(() => ours.warning('w', { line: 0 }));
    const b = await step(() => core.warning('w', { startLine: 0 }));
    expect(a.annotations[0]?.properties).toEqual({ line: '0' });
    expect(b.annotations[0]?.properties).toEqual({});
  });

  test.each(VALUES.map((v) => [v]))('debug(%j)', async (message) => {
    const read = await same(
      () => ours.debug(message),
      () => core.debug(message),
    );
    expect(read.annotations.map((a) => [a.level, a.message])).toEqual([['debug', message]]);
  });

  test.each(VALUES.filter((v) => v.trim() !== '').map((v) => [v]))(
    'setSecret(%j)',
    async (secret) => {
      const read = await same(
        () => ours.setSecret(secret),
        () => core.setSecret(secret),
      );
      expect(read.masks).toContain(secret);
      expect(read.log).toEqual([]);
    },
  );

  test('setSecret of an empty value: core makes the runner warn, ours says nothing', async () => {
    // The runner answers `::add-mask::` with nothing after it with a warning ("Can't add secret
    // mask for empty string"). An empty secret masks nothing either way; ours is right to stay
    // quiet (a token input left empty is not worth a warning in every job).
    const a = await step(() => ours.setSecret(''));
    const b = await step(() => core.setSecret(''));
    expect(a.annotations).toEqual([]);
    expect(b.annotations.map((x) => x.level)).toEqual(['warning']);
    expect(a.masks).toEqual(b.masks);
  });

  test.each(VALUES.map((v) => [v]))('startGroup(%j) / endGroup', async (title) => {
    const read = await same(
      () => {
        ours.startGroup(title);
        ours.info('inside');
        ours.endGroup();
      },
      () => {
        core.startGroup(title);
        core.info('inside');
        core.endGroup();
      },
    );
    expect(read.groups).toEqual([title]);
  });

  test.each(['plain', '', 'ünï ✓', 'a:b,c', '%0A'].map((v) => [v]))(
    'info(%j) is the same line',
    async (text) => {
      const read = await same(
        () => ours.info(text),
        () => core.info(text),
      );
      expect(read.log).toEqual([text]);
    },
  );

  test('command(name, …) is what core issues for the same command', async () => {
    await same(
      () => ours.command('warning', 'x%\ny', { title: 'a:b' }),
      () => core.warning('x%\ny', { title: 'a:b' }),
    );
    await same(
      () => ours.command('add-mask', 's3cr3t'),
      () => core.setSecret('s3cr3t'),
    );
    await same(
      () => ours.command('echo', 'on'),
      () => core.setCommandEcho(true),
    );
  });
});

describe('inputs and state: read as the runner sets them', () => {
  // The runner sets INPUT_ + name with spaces as underscores, upper-cased (Handler.cs).
  const runnerVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  test.each([
    ['labels', ' a, b \n'],
    ['api timeout seconds', '30'],
    ['github-token', 'ghp_x'],
    ['ünï', 'ünï'],
    ['multi', 'one\ntwo\n'],
    ['empty', ''],
  ])('getInput(%j) with %j', (name, value) => {
    expect(ours.inputVariable(name)).toBe(runnerVariable(name));
    const env = { [runnerVariable(name)]: value };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      expect(ours.getInput(name, env)).toBe(core.getInput(name));
      expect(ours.getInput(name)).toBe(core.getInput(name));
    } finally {
      process.env = saved;
    }
  });

  test.each(VALUES.map((v) => [v]))('getState reads what saveState left: %j', async (value) => {
    // The runner hands a saved state to the post step as STATE_<name>.
    const read = await step(() => ours.saveState('k', value));
    const env = { STATE_k: read.state.k };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      expect(ours.getState('k', env)).toBe(value);
      expect(ours.getState('k')).toBe(core.getState('k'));
    } finally {
      process.env = saved;
    }
  });
});

describe('untrusted text (no toolkit counterpart: judged by the runner rules alone)', () => {
  const HOSTILE = [
    ...VALUES,
    '::error file=x,line=1::forged',
    '  ::add-mask::leading spaces',
    'x ##[warning]mid-line legacy',
    'back\\slash\\n',
    '::stop-commands::',
    '::endgroup::',
  ];

  test.each(HOSTILE.map((v) => [v]))('oneLine(%j) is one plain log line', async (text) => {
    const read = await step(() => ours.info(`label: ${ours.oneLine(text)}`));
    expect(read.log).toHaveLength(1);
    expect(read.annotations).toEqual([]);
    expect(read.masks).toEqual([]);
    // Alone on a line too (where a leading `::` would be a command).
    const alone = await step(() => ours.info(ours.oneLine(text)));
    expect(alone.log).toHaveLength(1);
    expect(alone.annotations).toEqual([]);
    expect(alone.groups).toEqual([]);
  });

  test.each(HOSTILE.map((v) => [v]))(
    'untrustedBlock(%j): the text reaches the log, no command runs, commands resume after',
    async (text) => {
      const read = await step(() => {
        ours.untrustedBlock(`${text}\n::warning::inside\n::add-mask::inside`);
        ours.warning('after');
      });
      expect(read.annotations.map((a) => a.message)).toEqual(['after']);
      expect(read.masks.filter((m) => !m.startsWith('stop-'))).toEqual([]);
      expect(read.log.join('\n')).toContain('::warning::inside');
      expect(read.failed).toBe(false);
    },
  );
});

describe('any text (property-based)', () => {
  // Full unicode with the protocol's own characters made likely.
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({
      unit: fc.constantFrom('%', '\r', '\n', ':', ',', '=', '<', '0', 'A', 'D', ' ', '2', '5', 'é'),
      maxLength: 30,
    }),
  );
  const name = fc.string({
    unit: fc.constantFrom('a', 'B', '_', '-', '.', '1', 'ü', ':', ','),
    minLength: 1,
    maxLength: 12,
  });

  test('setOutput and saveState: the runner reads the value back, from ours and from core', async () => {
    await fc.assert(
      fc.asyncProperty(name, text, async (n, value) => {
        const read = await same(
          () => {
            ours.setOutput(n, value);
            ours.saveState(n, value);
          },
          () => {
            core.setOutput(n, value);
            core.saveState(n, value);
          },
        );
        expect(read.outputs).toEqual({ [n]: value });
        expect(read.state).toEqual({ [n]: value });
      }),
      { numRuns: 150 },
    );
  });

  test('annotations: message and title come back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (message, title) => {
        const read = await same(
          () => ours.warning(message, { title }),
          () => core.warning(message, { title }),
        );
        expect(read.annotations[0]?.message).toBe(message);
        // An empty title is left out by both. The runner trims the property list, so the last
        // property loses trailing whitespace (from ours and core alike, `same` holds above).
        if (!/\s$/u.test(title)) {
          expect(read.annotations[0]?.properties.title).toBe(title === '' ? undefined : title);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('oneLine: one plain line, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const read = await step(() => ours.info(ours.oneLine(t)));
        expect(read.log).toHaveLength(1);
        expect(read.annotations).toEqual([]);
        expect(read.masks).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

test('every function lib/runner.ts exports is covered above', () => {
  // A new export needs its case here, against core or against the runner's rules.
  const covered = [
    'addPath',
    'appendSummary',
    'command',
    'debug',
    'endGroup',
    'error',
    'exportVariable',
    'getInput',
    'getState',
    'info',
    'inputVariable',
    'notice',
    'oneLine',
    'saveState',
    'setOutput',
    'setSecret',
    'startGroup',
    'untrustedBlock',
    'warning',
  ];
  expect(Object.keys(ours).sort()).toEqual(covered);
});
