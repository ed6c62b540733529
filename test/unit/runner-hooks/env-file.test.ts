import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  installEnv,
  readEnv,
  splitLines,
  uninstallEnv,
  type Wanted,
} from '../../../actions/runner-hooks/env-file.ts';
import { mergeNodeOptions } from '../../../actions/setup-m4-env/tuning.ts';

const HOOKS: Wanted[] = [
  { name: 'ACTIONS_RUNNER_HOOK_JOB_STARTED', value: () => '/h/job-started.sh' },
  { name: 'ACTIONS_RUNNER_HOOK_JOB_COMPLETED', value: () => '/h/job-completed.sh' },
];
const TUNED: Wanted[] = [
  ...HOOKS,
  { name: 'NODE_OPTIONS', value: (before) => mergeNodeOptions(before, 8192) },
  { name: 'UV_THREADPOOL_SIZE', value: () => '16' },
  { name: 'DOCKER_DEFAULT_PLATFORM', value: () => 'linux/arm64' },
];
/** As the installer asks: a heap flag or a tuned value found in .env was set by hand. */
const HEAP = /(^|[ \t\n])--max[-_]old[-_]space[-_]size=/;
const KEEPING: Wanted[] = [
  ...HOOKS,
  {
    name: 'NODE_OPTIONS',
    value: (before) => mergeNodeOptions(before, 8192),
    handSet: (before) => HEAP.test(before),
  },
  { name: 'UV_THREADPOOL_SIZE', value: () => '16', handSet: () => true },
  { name: 'DOCKER_DEFAULT_PLATFORM', value: () => 'linux/arm64', handSet: () => true },
];

describe('splitLines', () => {
  it.each([
    ['', []],
    ['A=1', [{ content: 'A=1', end: '' }]],
    ['A=1\n', [{ content: 'A=1', end: '\n' }]],
    [
      'A=1\r\nB\rC\n\n',
      [
        { content: 'A=1', end: '\r\n' },
        { content: 'B', end: '\r' },
        { content: 'C', end: '\n' },
        { content: '', end: '\n' },
      ],
    ],
  ])('%j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

describe('readEnv reads .env the way the runner does', () => {
  it.each([
    ['A=1', { A: '1' }],
    ['A=1\nA=2', { A: '2' }],
    ['=x\nnothing\n# C=3', { '# C': '3' }],
    [' A = b ', { ' A ': ' b ' }],
    ['A=x=y\r\nB=', { A: 'x=y', B: '' }],
    ['A="q"', { A: '"q"' }],
    ['\uFEFFA=1', { A: '1' }],
    ['\xEF\xBB\xBFA=1', { A: '1' }],
  ])('%j', (text, env) => {
    expect(Object.fromEntries(readEnv(text))).toEqual(env);
  });
});

describe('installEnv', () => {
  it('replaces the heap flag in place, keeps the other flags and every other line', () => {
    const text = 'LANG=C\nNODE_OPTIONS=--require ./x.js --max-old-space-size=1024\nFOO=bar\n';
    const out = installEnv(text, TUNED);
    expect(out.text).toBe(
      [
        'LANG=C',
        'NODE_OPTIONS=--require ./x.js --max-old-space-size=8192',
        'FOO=bar',
        'ACTIONS_RUNNER_HOOK_JOB_STARTED=/h/job-started.sh',
        'ACTIONS_RUNNER_HOOK_JOB_COMPLETED=/h/job-completed.sh',
        'UV_THREADPOOL_SIZE=16',
        'DOCKER_DEFAULT_PLATFORM=linux/arm64',
        '',
      ].join('\n'),
    );
    expect(out.changes.map((c) => `${c.kind} ${c.name}`)).toEqual([
      'add ACTIONS_RUNNER_HOOK_JOB_STARTED',
      'add ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
      'replace NODE_OPTIONS',
      'add UV_THREADPOOL_SIZE',
      'add DOCKER_DEFAULT_PLATFORM',
    ]);
  });

  it('edits only the line that counts (the last one for the name)', () => {
    const text = 'UV_THREADPOOL_SIZE=2\nUV_THREADPOOL_SIZE=3\n';
    const out = installEnv(text, [{ name: 'UV_THREADPOOL_SIZE', value: () => '16' }]);
    expect(out.text).toBe('UV_THREADPOOL_SIZE=2\nUV_THREADPOOL_SIZE=16\n');
    expect(uninstallEnv(out.text, out.state).text).toBe(text);
  });

  it('keeps the file’s line breaks, and adds a break only where the last line had none', () => {
    const out = installEnv('A=1\r\nB=2', HOOKS);
    expect(out.text).toBe(
      'A=1\r\nB=2\r\nACTIONS_RUNNER_HOOK_JOB_STARTED=/h/job-started.sh\r\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=/h/job-completed.sh\r\n',
    );
    expect(out.state.addedBreak).toBe(true);
    expect(uninstallEnv(out.text, out.state).text).toBe('A=1\r\nB=2');
  });

  it('a byte order mark stays first, and the line after it is found', () => {
    const text = '\xEF\xBB\xBFUV_THREADPOOL_SIZE=2';
    const out = installEnv(text, [{ name: 'UV_THREADPOOL_SIZE', value: () => '16' }]);
    expect(out.text).toBe('\xEF\xBB\xBFUV_THREADPOOL_SIZE=16');
    expect(uninstallEnv(out.text, out.state).text).toBe(text);
  });

  it('installing again changes nothing and keeps the first originals', () => {
    const text = 'NODE_OPTIONS=--max-old-space-size=512 --trace-warnings';
    const once = installEnv(text, TUNED);
    const twice = installEnv(once.text, TUNED, once.state);
    expect(twice.text).toBe(once.text);
    expect(twice.state).toEqual(once.state);
    expect(twice.changes.every((c) => c.kind === 'same')).toBe(true);
    expect(uninstallEnv(twice.text, twice.state).text).toBe(text);
  });

  it('a later install with fewer names (tune none) puts the others back', () => {
    const text = 'NODE_OPTIONS=--max-old-space-size=512\nUV_THREADPOOL_SIZE=8\n';
    const tuned = installEnv(text, TUNED);
    const plain = installEnv(tuned.text, HOOKS, tuned.state);
    expect(readEnv(plain.text).get('NODE_OPTIONS')).toBe('--max-old-space-size=512');
    expect(readEnv(plain.text).get('UV_THREADPOOL_SIZE')).toBe('8');
    expect(readEnv(plain.text).has('DOCKER_DEFAULT_PLATFORM')).toBe(false);
    expect(uninstallEnv(plain.text, plain.state).text).toBe(text);
  });

  it('a line changed by hand since the install is left alone by uninstall, and becomes the new original on reinstall', () => {
    const once = installEnv('UV_THREADPOOL_SIZE=2\n', TUNED);
    const edited = once.text.replace('UV_THREADPOOL_SIZE=16', 'UV_THREADPOOL_SIZE=32');
    const undone = uninstallEnv(edited, once.state);
    expect(undone.changes).toContainEqual({
      kind: 'left',
      name: 'UV_THREADPOOL_SIZE',
      why: 'its line was changed since',
    });
    expect(readEnv(undone.text).get('UV_THREADPOOL_SIZE')).toBe('32');
    const again = installEnv(edited, TUNED, once.state);
    expect(again.state.records.find((r) => r.name === 'UV_THREADPOOL_SIZE')?.original).toBe(
      'UV_THREADPOOL_SIZE=32',
    );
  });
});

describe('values set by hand', () => {
  const text = [
    'NODE_OPTIONS=--inspect --max-old-space-size=1024',
    'UV_THREADPOOL_SIZE=2',
    'ACTIONS_RUNNER_HOOK_JOB_STARTED=/other/started.sh',
    '',
  ].join('\n');

  it('are kept without force, and said so; hooks are set anyway', () => {
    const out = installEnv(text, KEEPING);
    expect(out.text).toBe(
      [
        'NODE_OPTIONS=--inspect --max-old-space-size=1024',
        'UV_THREADPOOL_SIZE=2',
        'ACTIONS_RUNNER_HOOK_JOB_STARTED=/h/job-started.sh',
        'ACTIONS_RUNNER_HOOK_JOB_COMPLETED=/h/job-completed.sh',
        'DOCKER_DEFAULT_PLATFORM=linux/arm64',
        '',
      ].join('\n'),
    );
    expect(out.changes).toEqual([
      {
        kind: 'replace',
        name: 'ACTIONS_RUNNER_HOOK_JOB_STARTED',
        from: '/other/started.sh',
        value: '/h/job-started.sh',
      },
      { kind: 'add', name: 'ACTIONS_RUNNER_HOOK_JOB_COMPLETED', value: '/h/job-completed.sh' },
      {
        kind: 'kept',
        name: 'NODE_OPTIONS',
        value: '--inspect --max-old-space-size=1024',
        wanted: '--inspect --max-old-space-size=8192',
      },
      { kind: 'kept', name: 'UV_THREADPOOL_SIZE', value: '2', wanted: '16' },
      { kind: 'add', name: 'DOCKER_DEFAULT_PLATFORM', value: 'linux/arm64' },
    ]);
    // Kept lines are not the install's: uninstall leaves them.
    expect(out.state.records.map((r) => r.name)).toEqual([
      'ACTIONS_RUNNER_HOOK_JOB_STARTED',
      'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
      'DOCKER_DEFAULT_PLATFORM',
    ]);
    expect(uninstallEnv(out.text, out.state).text).toBe(text);
  });

  it('a NODE_OPTIONS without a heap flag gets one, its flags kept', () => {
    const out = installEnv('NODE_OPTIONS=--inspect\n', KEEPING);
    expect(readEnv(out.text).get('NODE_OPTIONS')).toBe('--inspect --max-old-space-size=8192');
  });

  it('are replaced with force, and put back by uninstall', () => {
    const out = installEnv(text, KEEPING, undefined, true);
    expect(readEnv(out.text).get('NODE_OPTIONS')).toBe('--inspect --max-old-space-size=8192');
    expect(readEnv(out.text).get('UV_THREADPOOL_SIZE')).toBe('16');
    expect(uninstallEnv(out.text, out.state).text).toBe(text);
  });

  it('a value the install wrote is its own: a later install changes it without force', () => {
    const first = installEnv('A=1\n', KEEPING);
    const other: Wanted[] = KEEPING.map((w) =>
      w.name === 'UV_THREADPOOL_SIZE' ? { ...w, value: () => '6' } : w,
    );
    const second = installEnv(first.text, other, first.state);
    expect(readEnv(second.text).get('UV_THREADPOOL_SIZE')).toBe('6');
    expect(uninstallEnv(second.text, second.state).text).toBe('A=1\n');
  });

  it('a value the install wrote and the owner changed since is the owner’s: kept, and left by uninstall', () => {
    const first = installEnv('A=1\n', KEEPING);
    const edited = first.text.replace('UV_THREADPOOL_SIZE=16', 'UV_THREADPOOL_SIZE=5');
    const second = installEnv(edited, KEEPING, first.state);
    expect(second.text).toBe(edited);
    expect(second.changes).toContainEqual({
      kind: 'kept',
      name: 'UV_THREADPOOL_SIZE',
      value: '5',
      wanted: '16',
    });
    expect(uninstallEnv(second.text, second.state).text).toBe('A=1\nUV_THREADPOOL_SIZE=5\n');
  });
});

// Arbitrary .env text: random lines (some naming the managed variables, some hostile), random
// line breaks, with or without a final break.
const managedName = fc.constantFrom(...TUNED.map((w) => w.name));
const line = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(managedName, fc.string()).map(([n, v]) => `${n}=${v}`),
  fc
    .tuple(fc.string(), fc.integer({ min: 0, max: 99999 }))
    .map(([v, n]) => `NODE_OPTIONS=${v} --max_old_space_size=${n}`),
  fc.constantFrom('=x', '#NODE_OPTIONS=y', ' NODE_OPTIONS=z', 'NODE_OPTIONS', ''),
);
const envText = fc
  .tuple(
    fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r'))),
    fc.boolean(),
    fc.constantFrom('', '\uFEFF', '\xEF\xBB\xBF'),
  )
  .map(([lines, last, bom]) => {
    const text = bom + lines.map(([l, e]) => l + e).join('');
    return last ? text : text.replace(/(\r\n|\r|\n)$/, '');
  });
const wantedSets = fc.constantFrom(HOOKS, TUNED, KEEPING);

describe('properties over arbitrary .env text', () => {
  it('install ∘ install = install', () => {
    fc.assert(
      fc.property(envText, wantedSets, (text, wanted) => {
        const once = installEnv(text, wanted);
        const twice = installEnv(once.text, wanted, once.state);
        expect(twice.text).toBe(once.text);
        expect(twice.state).toEqual(once.state);
      }),
      { numRuns: 500 },
    );
  });

  it('uninstall ∘ install = identity, byte for byte, forced or not', () => {
    fc.assert(
      fc.property(envText, wantedSets, fc.boolean(), (text, wanted, force) => {
        const once = installEnv(text, wanted, undefined, force);
        expect(uninstallEnv(once.text, once.state).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('uninstall after installs with different options still gives the original', () => {
    fc.assert(
      fc.property(envText, wantedSets, wantedSets, fc.boolean(), (text, first, second, force) => {
        const a = installEnv(text, first, undefined, force);
        const b = installEnv(a.text, second, a.state);
        expect(uninstallEnv(b.text, b.state).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('the runner sees the wanted values, and every other variable as before', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const before = readEnv(text);
        const after = readEnv(installEnv(text, TUNED).text);
        for (const w of TUNED) {
          const was = before.get(w.name);
          expect(after.get(w.name)).toBe(w.value(was));
        }
        for (const [name, value] of before) {
          if (!TUNED.some((w) => w.name === name)) expect(after.get(name)).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('without force, a value set by hand is what the runner still sees', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const before = readEnv(text);
        const after = readEnv(installEnv(text, KEEPING).text);
        for (const w of KEEPING) {
          const was = before.get(w.name);
          const hand = was !== undefined && w.handSet?.(was);
          expect(after.get(w.name)).toBe(hand ? was : w.value(was));
        }
      }),
      { numRuns: 300 },
    );
  });
});
