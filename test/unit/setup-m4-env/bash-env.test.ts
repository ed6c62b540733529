/**
 * The BASH_ENV script against a real bash: what a later `run:` step (`bash -e {0}`, or with
 * `-u -o pipefail`) sees in NODE_OPTIONS must be exactly what `mergeNodeOptions` computes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { bashEnvScript, shellQuote } from '../../../actions/setup-m4-env/bash-env.ts';
import { mergeNodeOptions } from '../../../actions/setup-m4-env/tuning.ts';

const dir = mkdtempSync(join(tmpdir(), 'sme-bash-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function scriptFile(text: string, name = `env-${files++}.sh`): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Runs `command` the way a `run:` step does, with BASH_ENV set. */
function bash(
  bashEnv: string,
  env: Record<string, string | undefined>,
  command = 'printf %s "$NODE_OPTIONS"',
  flags = ['-e', '-u', '-o', 'pipefail'],
): string {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', BASH_ENV: bashEnv };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) base[k] = v;
  return execFileSync('bash', ['--noprofile', '--norc', ...flags, '-c', command], {
    env: base,
    encoding: 'utf8',
  });
}

describe('bashEnvScript in bash', () => {
  const script = scriptFile(bashEnvScript(8192));

  test.each([
    [undefined, '--max-old-space-size=8192'],
    ['', '--max-old-space-size=8192'],
    ['--enable-source-maps', '--enable-source-maps --max-old-space-size=8192'],
    ['--max-old-space-size=1024', '--max-old-space-size=8192'],
    [
      '--max_old_space_size=1 --inspect --max-old-space-size=2',
      '--inspect --max-old-space-size=8192',
    ],
    ['  --a\t\t--b  ', '--a --b --max-old-space-size=8192'],
    ['--require "./x y.cjs" *', '--require "./x y.cjs" * --max-old-space-size=8192'],
    ['--a\n--b', '--a --b --max-old-space-size=8192'],
    ['$HOME `id` \\n', '$HOME `id` \\n --max-old-space-size=8192'],
  ])('NODE_OPTIONS=%j', (existing, want) => {
    expect(bash(script, { NODE_OPTIONS: existing })).toBe(want);
    expect(mergeNodeOptions(existing, 8192)).toBe(want);
  });

  test('the default run: shell (bash -e, no -u) works too', () => {
    expect(bash(script, { NODE_OPTIONS: '--x' }, undefined, ['-e'])).toBe(
      '--x --max-old-space-size=8192',
    );
  });

  test('a nested bash sources it again and still has one heap flag', () => {
    const nested = 'bash -c \'printf %s "$NODE_OPTIONS"\'';
    expect(bash(script, { NODE_OPTIONS: '--inspect' }, nested)).toBe(
      '--inspect --max-old-space-size=8192',
    );
  });

  test('it leaves no helper variables behind', () => {
    expect(bash(script, {}, 'set | grep -c "^__sme_" || true').trim()).toBe('0');
  });

  test('Node started from the step gets the heap limit', () => {
    const out = bash(
      scriptFile(bashEnvScript(300)),
      { NODE_OPTIONS: '--max-old-space-size=4000' },
      `"${process.execPath}" -p "require('v8').getHeapStatistics().heap_size_limit"`,
    );
    const limitMb = Number(out) / 1024 / 1024;
    // The limit is the old space plus the young generation (a few dozen MB).
    expect(limitMb).toBeGreaterThanOrEqual(300);
    expect(limitMb).toBeLessThan(600);
  });

  test('property: bash and mergeNodeOptions agree', () => {
    const heapFlag = fc
      .tuple(
        fc.constantFrom('-', '_'),
        fc.constantFrom('-', '_'),
        fc.constantFrom('-', '_'),
        fc.nat(99999),
      )
      .map(([a, b, c, n]) => `--max${a}old${b}space${c}size=${n}`);
    const token = fc.oneof(
      heapFlag,
      fc.stringMatching(/^--[a-z][a-z-]{0,10}(=[A-Za-z0-9./"'*$]{0,6})?$/),
      fc.stringMatching(/^[!-~]{1,8}$/),
    );
    const gap = fc.constantFrom(' ', '  ', '\t', '\n', ' \t');
    const options = fc
      .array(fc.tuple(gap, token), { maxLength: 6 })
      .map((parts) => parts.map(([g, t]) => g + t).join(''));
    const heap = scriptFile(bashEnvScript(4321));
    fc.assert(
      fc.property(options, (existing) => {
        expect(bash(heap, { NODE_OPTIONS: existing })).toBe(mergeNodeOptions(existing, 4321));
      }),
      { numRuns: 40 },
    );
  });
});

describe('chaining an earlier BASH_ENV', () => {
  test('the earlier script runs first; its NODE_OPTIONS flags are kept', () => {
    const earlier = scriptFile('export FROM_EARLIER=yes\nexport NODE_OPTIONS="--inspect"\n');
    const ours = scriptFile(bashEnvScript(2048, earlier));
    expect(bash(ours, {}, 'printf "%s|%s" "$FROM_EARLIER" "$NODE_OPTIONS"')).toBe(
      'yes|--inspect --max-old-space-size=2048',
    );
  });

  test('a path with quotes and spaces is quoted', () => {
    const earlier = scriptFile('export FROM_EARLIER=quoted\n', "it's here $x.sh");
    const ours = scriptFile(bashEnvScript(2048, earlier));
    expect(bash(ours, {}, 'printf %s "$FROM_EARLIER"')).toBe('quoted');
  });

  test('an earlier script that is gone does not fail the step', () => {
    const ours = scriptFile(bashEnvScript(1024, join(dir, 'gone.sh')));
    expect(bash(ours, {})).toBe('--max-old-space-size=1024');
  });

  test('two setup-m4-env steps: the later heap wins, still one flag', () => {
    const first = scriptFile(bashEnvScript(1024));
    const second = scriptFile(bashEnvScript(4096, first));
    expect(bash(second, { NODE_OPTIONS: '--a' })).toBe('--a --max-old-space-size=4096');
  });
});

describe('shellQuote', () => {
  test.each([
    ['plain', "'plain'"],
    ["it's", "'it'\\''s'"],
    ['$HOME `x`', "'$HOME `x`'"],
    ['', "''"],
  ])('%j', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });

  test('property: bash reads a quoted value back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), (value) => {
        fc.pre(!value.includes('\0'));
        const out = execFileSync('bash', ['-c', `printf %s ${shellQuote(value)}`], {
          encoding: 'utf8',
        });
        expect(out).toBe(value);
      }),
      { numRuns: 25 },
    );
  });
});
