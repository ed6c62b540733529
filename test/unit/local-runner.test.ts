import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseKeyValueFile, parsePathFile } from '../support/file-commands.ts';
import {
  DEFAULT_TOKEN,
  evaluateStatusCondition,
  inputEnvName,
  REPO_ROOT,
  runAction,
  runJob,
  type StepResult,
  startAction,
} from '../support/local-runner.ts';
import {
  escapeData,
  escapeProperty,
  LineSplitter,
  parseCommand,
  SecretMasker,
  unescapeData,
  unescapeProperty,
} from '../support/workflow-commands.ts';

const FIXTURE = 'test/fixtures/echo-action';
const FIXTURE_DIR = resolve(REPO_ROOT, FIXTURE);

const scratch = mkdtempSync(join(tmpdir(), 'local-runner-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the fixture's action.yml with changed `runs` / extra inputs, in a temp folder. */
function variant(name: string, runs: Record<string, string>, extraInputs = ''): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const base = readFileSync(join(FIXTURE_DIR, 'action.yml'), 'utf8').split('\nruns:')[0] as string;
  const runsYaml = Object.entries({
    using: 'node24',
    main: join(FIXTURE_DIR, 'main.mjs'),
    post: join(FIXTURE_DIR, 'post.mjs'),
    ...runs,
  })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `  ${k}: '${v}'`)
    .join('\n');
  writeFileSync(
    join(dir, 'action.yml'),
    `${base.replace('inputs:\n', `inputs:\n${extraInputs}`)}\nruns:\n${runsYaml}\n`,
  );
  return dir;
}

/** Whether a process exists and is not a zombie (containers may have no reaping init). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/** Polls `done` every 20 ms until it holds (true) or `withinMs` passes (false). */
async function until(done: () => boolean, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** `${{ inner }}`, spelled without tripping lint/noTemplateCurlyInString. */
const expr = (inner: string) => `\${{ ${inner} }}`;
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as Record<string, string>;
const messages = (step: StepResult, level: string) =>
  step.annotations.filter((a) => a.level === level).map((a) => a.message);

describe('runAction with the fixture action', () => {
  const leaked = ['GITHUB_LEAK', 'INPUT_LEAK', 'ACTIONS_LEAK', 'RUNNER_LEAK', 'UNRELATED_LEAK'];
  beforeEach(() => {
    for (const k of leaked) process.env[k] = 'leaked';
  });
  afterEach(() => {
    for (const k of leaked) delete process.env[k];
  });

  it('sets INPUT_* from given values, plain defaults and expression defaults', async () => {
    const r = await runAction({
      action: FIXTURE,
      inputs: { Greeting: 'hi', secret: 'pssst' },
      github: { repository: 'acme/widgets', runId: 4242, runAttempt: 2 },
    });
    const inputs = json(r.outputs.inputs);
    expect(inputs).toEqual({
      INPUT_GREETING: 'hi',
      INPUT_TOKEN: DEFAULT_TOKEN,
      INPUT_REPOSITORY: 'acme/widgets',
      'INPUT_RUN-ID': '4242',
      'INPUT_TEMP-DIR': json(r.outputs.env).RUNNER_TEMP,
      INPUT_CACHE_KEY: `key-${json(r.outputs.env).RUNNER_OS}-2`,
      INPUT_SECRET: 'pssst',
      'INPUT_OLD-NAME': '',
      INPUT_SCENARIO: 'ok',
    });
    expect(r.outputs.greeting).toBe('hi');
  });

  it('passes an empty string as given instead of the default, and a custom token', async () => {
    const r = await runAction({
      action: FIXTURE_DIR,
      inputs: { greeting: '', 'cache key': 'mine' },
      github: { token: 'ghs_custom' },
    });
    const inputs = json(r.outputs.inputs);
    expect(inputs.INPUT_GREETING).toBe('');
    expect(inputs.INPUT_CACHE_KEY).toBe('mine');
    expect(inputs.INPUT_TOKEN).toBe('ghs_custom');
  });

  it('names INPUT_ variables by the runner rule', () => {
    expect(inputEnvName('cache key')).toBe('INPUT_CACHE_KEY');
    expect(inputEnvName('run-id')).toBe('INPUT_RUN-ID');
    expect(inputEnvName('Mixed Case-name x')).toBe('INPUT_MIXED_CASE-NAME_X');
  });

  it('builds a clean runner environment, with opts.env overriding', async () => {
    const r = await runAction({
      action: FIXTURE,
      env: { GITHUB_API_URL: 'http://127.0.0.1:9', EXTRA: 'yes' },
      github: {
        event: { ref: 'refs/heads/x', pull_request: { number: 7 } },
        eventName: 'pull_request',
      },
      runner: { name: 'box-1' },
      keepTemp: true,
    });
    const env = json(r.outputs.env);
    for (const k of leaked) expect(env).not.toHaveProperty(k);
    expect(env).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTION: '__self',
      GITHUB_ACTION_PATH: FIXTURE_DIR,
      RUNNER_ENVIRONMENT: 'self-hosted',
      RUNNER_NAME: 'box-1',
      EXTRA: 'yes',
    });
    expect(env.RUNNER_OS).toBe(
      { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string],
    );
    expect(env.RUNNER_ARCH).toBe({ x64: 'X64', arm64: 'ARM64' }[process.arch as string]);
    for (const k of ['GITHUB_JOB', 'GITHUB_SHA', 'GITHUB_REF', 'RUNNER_TOOL_CACHE', 'HOME']) {
      expect(env[k], k).toBeTruthy();
    }
    expect(r.outputs.cwd).toBe(env.GITHUB_WORKSPACE);
    expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH as string, 'utf8'))).toEqual({
      ref: 'refs/heads/x',
      pull_request: { number: 7 },
    });
    rmSync(resolve(env.GITHUB_WORKSPACE as string, '..'), { recursive: true, force: true });
  });

  it('reads outputs (plain and heredoc), env, path, state and the summary', async () => {
    const { main } = await runAction({ action: FIXTURE, post: false });
    expect(main.outcome).toBe('success');
    expect(main.exitCode).toBe(0);
    expect(main.outputs.multi).toBe('line 1\nline 2 has = and << in it\n\nline 4');
    expect(main.env).toEqual({ FROM_MAIN: 'main was here', MULTI_ENV: 'a\nb' });
    expect(main.path).toHaveLength(1);
    expect(main.path[0]).toMatch(/fixture-bin$/);
    expect(main.state).toEqual({ started: 'yes', 'multi-state': 'x\ny' });
    expect(main.summary).toBe('# Fixture summary\n\nAll good.\n');
    expect(main.durationMs).toBeGreaterThan(0);
  });

  it('hands state, env exports and path additions to post', async () => {
    const r = await runAction({ action: FIXTURE, inputs: { greeting: 'yo' } });
    const post = r.post as StepResult;
    expect(post.outcome).toBe('success');
    expect(json(post.outputs.state)).toEqual({ STATE_started: 'yes', 'STATE_multi-state': 'x\ny' });
    expect(json(post.outputs.inputs).INPUT_GREETING).toBe('yo');
    expect(post.outputs['from-main']).toBe('main was here');
    expect(post.outputs['multi-env']).toBe('a\nb');
    expect(post.outputs.path?.split(process.platform === 'win32' ? ';' : ':')[0]).toBe(
      r.main.path[0],
    );
    expect(messages(post, 'notice')).toEqual(['post ran']);
    // main's own environment had neither.
    expect(json(r.outputs.env)).not.toHaveProperty('FROM_MAIN');
  });

  it('collects annotations with unescaped properties, from stdout and stderr', async () => {
    const { main } = await runAction({ action: FIXTURE, post: false });
    const fromAction = main.annotations.filter((a) => a.source === 'action');
    expect(fromAction).toEqual([
      {
        level: 'error',
        message: 'Something 100% wrong\non two lines',
        properties: {
          file: 'src/a.ts',
          line: '3',
          col: '5',
          endColumn: '9',
          title: 'Bad, very: bad',
        },
        source: 'action',
      },
      { level: 'warning', message: 'careful', properties: {}, source: 'action' },
      { level: 'notice', message: 'noted', properties: { title: 'Note' }, source: 'action' },
      { level: 'debug', message: 'debugging', properties: {}, source: 'action' },
      {
        level: 'warning',
        message: 'commands work on stderr too',
        properties: { file: 'stderr.ts' },
        source: 'action',
      },
    ]);
    expect(main.groups).toEqual([
      { title: 'My group', lines: ['::group::My group', 'inside the group'] },
    ]);
    expect(main.log).toContain('a line on stderr');
    expect(main.stderr).toContain('a line on stderr');
    expect(main.stdout).not.toContain('a line on stderr');
  });

  it('warns when a deprecated input is given', async () => {
    const { main } = await runAction({ action: FIXTURE, inputs: { 'old-name': 'x' }, post: false });
    expect(messages(main, 'warning')).toContain(
      "Input 'old-name' is deprecated: use greeting instead",
    );
  });

  it('drops ::add-mask:: lines from the log and masks the value in maskedLog', async () => {
    const secret = 'hunter2-very-secret';
    const { main } = await runAction({ action: FIXTURE, inputs: { secret }, post: false });
    expect(main.masks).toEqual([secret]);
    expect(main.log).not.toContain('::add-mask::');
    expect(main.stdout).toContain(`::add-mask::${secret}`);
    expect(main.log).toContain(`the secret is ${secret}`);
    expect(main.maskedLog).toContain('the secret is ***');
    expect(main.maskedLog).not.toContain(secret);
    expect(main.maskedLog).toContain('plain line before the mask: not-a-secret');
  });

  it('masks the token and configured secrets everywhere in maskedLog', async () => {
    const { main } = await runAction({
      action: FIXTURE,
      secrets: ['not-a-secret'],
      post: false,
    });
    expect(main.maskedLog).toContain('plain line before the mask: ***');
    expect(main.maskedLog).not.toContain(DEFAULT_TOKEN);
  });

  it('reports a failing exit code', async () => {
    const r = await runAction({ action: FIXTURE, inputs: { scenario: 'fail' } });
    expect(r.main.exitCode).toBe(3);
    expect(r.main.outcome).toBe('failure');
    expect(messages(r.main, 'error')).toContain('main failed on purpose');
    // post-if defaults to always().
    expect(r.post?.outcome).toBe('success');
  });

  it('kills the process group on timeout and reports it', async () => {
    // The step must have started its grandchild before the timeout for the kill to be tested:
    // on a busy machine Node may not get that far in 1.5 s, so the timeout grows until it does.
    for (const timeoutMs of [1_500, 6_000, 24_000]) {
      const runnerTemp = mkdtempSync(join(scratch, 'hang-'));
      const r = await runAction({
        action: FIXTURE,
        inputs: { scenario: 'hang' },
        timeoutMs,
        runnerTemp,
        post: false,
      });
      expect(r.main.timedOut).toBe(true);
      expect(r.main.exitCode).toBeNull();
      expect(r.main.outcome).toBe('failure');
      expect(r.main.durationMs).toBeGreaterThanOrEqual(timeoutMs - 1);
      expect(messages(r.main, 'error').join('\n')).toContain(`timed out after ${timeoutMs} ms`);
      const pidFile = join(runnerTemp, 'grandchild.pid');
      if (!existsSync(pidFile)) continue;
      // The pipes close as the grandchild exits, a moment before the kernel marks it dead:
      // wait for that (SIGKILL follows SIGTERM after 1 s) instead of looking once.
      const pid = Number(readFileSync(pidFile, 'utf8'));
      expect(await until(() => !isRunning(pid), 30_000)).toBe(true);
      return;
    }
    throw new Error('the fixture never started its grandchild, even with a 24 s timeout');
  }, 120_000);

  it('records an error when the step summary exceeds 1 MiB', async () => {
    const { main } = await runAction({
      action: FIXTURE,
      inputs: { scenario: 'big-summary' },
      post: false,
    });
    expect(main.summary).toBe('');
    expect(messages(main, 'error').join('\n')).toMatch(/GITHUB_STEP_SUMMARY.*1024k/);
    expect(main.outcome).toBe('success');
  });

  it('fails the step on a heredoc without its delimiter, keeping earlier outputs', async () => {
    const { main } = await runAction({
      action: FIXTURE,
      inputs: { scenario: 'bad-heredoc' },
      post: false,
    });
    expect(main.exitCode).toBe(0);
    expect(main.outcome).toBe('failure');
    expect(main.outputs.greeting).toBe('hello');
    expect(main.outputs).not.toHaveProperty('broken');
    expect(messages(main, 'error').join('\n')).toMatch(/'output'.*delimiter 'EOF' not found/);
  });

  it('refuses NODE_OPTIONS through GITHUB_ENV', async () => {
    const { main } = await runAction({
      action: FIXTURE,
      inputs: { scenario: 'blocked-env' },
      post: false,
    });
    expect(main.env).not.toHaveProperty('NODE_OPTIONS');
    expect(messages(main, 'error').join('\n')).toMatch(/NODE_OPTIONS/);
  });

  it('honours ::stop-commands:: until the token comes back', async () => {
    const { main } = await runAction({
      action: FIXTURE,
      inputs: { scenario: 'stop-commands' },
      post: false,
    });
    expect(messages(main, 'error')).not.toContain('not a command while stopped');
    expect(main.log).toContain('::error::not a command while stopped');
    expect(messages(main, 'notice')).toContain('processed again');
  });

  it('throws on unknown inputs, unsupported expressions and non-node24 actions', async () => {
    await expect(runAction({ action: FIXTURE, inputs: { greting: 'typo' } })).rejects.toThrow(
      /Unknown input 'greting'/,
    );
    const secretDefault = variant(
      'secret-default',
      {},
      `  bad:\n    default: '${expr('secrets.FOO')}'\n`,
    );
    await expect(runAction({ action: secretDefault })).rejects.toThrow(/secrets\.FOO/);
    const typoDefault = variant(
      'typo-default',
      {},
      `  bad:\n    default: '${expr('github.repo')}'\n`,
    );
    await expect(runAction({ action: typoDefault })).rejects.toThrow(/'repo' is not in/);
    const node20 = variant('node20', { using: 'node20' });
    await expect(runAction({ action: node20 })).rejects.toThrow(/node24/);
    await expect(runAction({ action: 'no-such-action' })).rejects.toThrow(/No action.yml/);
  });
});

describe('post-if', () => {
  const cases: [postIf: string, scenario: string, runs: boolean][] = [
    ['success()', 'ok', true],
    ['success()', 'fail', false],
    ['failure()', 'fail', true],
    ['failure()', 'ok', false],
    ['always()', 'fail', true],
    [expr('always()'), 'ok', true],
  ];
  it.each(cases)('post-if %s after %s main → runs: %s', async (postIf, scenario, runs) => {
    const dir = variant(`post-if-${postIf.replace(/\W/g, '')}`, { 'post-if': postIf });
    const r = await runAction({ action: dir, inputs: { scenario } });
    expect(r.post !== undefined).toBe(runs);
  });

  it('skips post when asked, and for actions without one', async () => {
    expect((await runAction({ action: FIXTURE, post: false })).post).toBeUndefined();
    const noPost = variant('no-post', { post: '' });
    expect((await runAction({ action: noPost })).post).toBeUndefined();
  });

  it('evaluates status conditions', () => {
    expect(evaluateStatusCondition('!cancelled()', 'failure')).toBe(true);
    expect(evaluateStatusCondition(` ${expr('failure()')} `, 'failure')).toBe(true);
    expect(() => evaluateStatusCondition("github.event_name == 'push'", 'success')).toThrow();
  });
});

describe('startAction', () => {
  it('runs post later, after other work in the same workspace', async () => {
    const handle = await startAction({ action: FIXTURE });
    expect(handle.main.outcome).toBe('success');
    writeFileSync(join(handle.workspace, 'between.txt'), 'x');
    const post = await handle.runPost();
    expect(json(post?.outputs.state).STATE_started).toBe('yes');
    expect(await handle.runPost()).toBe(post);
    expect(existsSync(handle.workspace)).toBe(false);
  });
});

describe('runJob', () => {
  it('shares env between steps, skips after failure, runs posts in reverse order', async () => {
    const workspace = mkdtempSync(join(scratch, 'ws-'));
    const result = await runJob(
      [
        { action: FIXTURE, id: 'first', inputs: { greeting: 'one' } },
        {
          action: FIXTURE,
          id: 'second',
          inputs: (steps) => ({ greeting: `${steps.first?.outputs.greeting}+two` }),
        },
        { action: FIXTURE, id: 'broken', inputs: { scenario: 'fail' } },
        { action: FIXTURE, id: 'skipped' },
        { action: FIXTURE, id: 'cleanup', if: 'always()' },
      ],
      { workspace },
    );
    expect(result.outcome).toBe('failure');
    expect(result.steps.map((s) => [s.id, s.skipped])).toEqual([
      ['first', false],
      ['second', false],
      ['broken', false],
      ['skipped', true],
      ['cleanup', false],
    ]);
    expect(result.byId.second?.outputs.greeting).toBe('one+two');
    expect(json(result.byId.second?.outputs.env).FROM_MAIN).toBe('main was here');
    expect(result.env.FROM_MAIN).toBe('main was here');
    expect(readFileSync(join(workspace, 'post-order.log'), 'utf8').trim().split('\n')).toEqual([
      'cleanup',
      'broken',
      'second',
      'first',
    ]);
  });

  it('numbers GITHUB_ACTION for steps without an id', async () => {
    const result = await runJob([{ action: FIXTURE }, { action: FIXTURE }]);
    expect(result.steps.map((s) => s.id)).toEqual(['echo-action', 'echo-action_2']);
    expect(result.steps.map((s) => json(s.outputs.env).GITHUB_ACTION)).toEqual([
      '__self',
      '__self_2',
    ]);
  });
});

describe('file commands', () => {
  it('parses name=value and heredocs like the runner', () => {
    const text = 'a=1\nb=x=y\n\nc<<EOF\nl1\n\nl3\nEOF\nd<<EOF\nEOF\ne=<<not-heredoc\n';
    expect(parseKeyValueFile(text, 'linux')).toEqual({
      pairs: [
        ['a', '1'],
        ['b', 'x=y'],
        ['c', 'l1\n\nl3'],
        ['d', ''],
        ['e', '<<not-heredoc'],
      ],
    });
  });

  it('rejects a heredoc whose delimiter is missing', () => {
    expect(parseKeyValueFile('a=1\nb<<EOF\nvalue\n', 'linux')).toMatchObject({
      pairs: [['a', '1']],
      error: expect.stringMatching(/delimiter 'EOF' not found/),
    });
    expect(parseKeyValueFile('b<<EOF\nvalue', 'linux').error).toMatch(/without a newline/);
    expect(parseKeyValueFile('b<<\nx\n', 'linux').error).toMatch(/delimiter must not be empty/);
    expect(parseKeyValueFile('just text\n', 'linux').error).toMatch(/Invalid line/);
  });

  it('handles CRLF only on Windows', () => {
    expect(parseKeyValueFile('a=1\r\nb<<E\r\nx\r\nE\r\n', 'win32').pairs).toEqual([
      ['a', '1'],
      ['b', 'x'],
    ]);
    expect(parseKeyValueFile('a=1\r\n', 'linux').pairs).toEqual([['a', '1\r']]);
  });

  it('round-trips any heredoc value written as @actions/core does', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (value, name) => {
        fc.pre(!/[=\r\n]|<</.test(name) && !name.includes('<'));
        const delimiter = 'ghadelimiter_0f3c';
        fc.pre(!value.split(/\r?\n/).includes(delimiter));
        const parsed = parseKeyValueFile(
          `${name}<<${delimiter}\n${value}\n${delimiter}\n`,
          'linux',
        );
        expect(parsed.pairs).toEqual([[name, value]]);
      }),
    );
  });

  it('reads GITHUB_PATH lines', () => {
    expect(parsePathFile('/a\r\n\n/b\r/c')).toEqual(['/a', '/b', '/c']);
  });
});

describe('workflow commands', () => {
  it('parses the :: and legacy ##[ forms', () => {
    expect(parseCommand('  ::warning file=a.ts,line=1,bogus,=x,y=::msg%0A2')).toEqual({
      command: 'warning',
      properties: { file: 'a.ts', line: '1' },
      data: 'msg\n2',
    });
    expect(parseCommand('::ERROR::Upper')).toMatchObject({ command: 'error', data: 'Upper' });
    expect(parseCommand('prefix ##[error file=a%3Bb]x%5D')).toEqual({
      command: 'error',
      properties: { file: 'a;b' },
      data: 'x]',
    });
    expect(parseCommand('::not-a-command::x')).toBeUndefined();
    expect(parseCommand('::error no end')).toBeUndefined();
  });

  it('round-trips escaping', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeData(escapeData(s))).toBe(s);
        expect(unescapeProperty(escapeProperty(s))).toBe(s);
      }),
    );
  });

  it('masks secrets and their encodings, merging overlaps', () => {
    const m = new SecretMasker();
    m.add('abcdef');
    m.add('defghi');
    expect(m.mask('x abcdefghi y abcdef')).toBe('x *** y ***');
    expect(m.mask(Buffer.from('abcdef').toString('base64'))).toBe('***');
    m.add('a b&c');
    expect(m.mask('url a%20b%26c end')).toBe('url *** end');
  });

  it('splits lines on CR, LF and CRLF across chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    for (const chunk of ['a\r', '\nb\rc', '\n', 'd\r']) s.push(chunk);
    s.end();
    expect(lines).toEqual(['a', 'b', 'c', 'd']);
  });
});
