/** The thin shell pieces over a temp dir: PATH lookup, running tools, finding lockfiles. */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findLockfiles, hashLockfiles } from '../../../actions/setup-m4-env/cache.ts';
import { combineHashes } from '../../../actions/setup-m4-env/cache-plan.ts';
import { createProber, runTool, which } from '../../../actions/setup-m4-env/probe.ts';

const root = mkdtempSync(join(tmpdir(), 'sme-probe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, text: string, mode = 0o644): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  chmodSync(full, mode);
  return full;
}

const a = join(root, 'a');
const b = join(root, 'b');
const count = join(root, 'count');
file('a/tool', '#!/bin/sh\necho "tool 1.0.0"\n', 0o755);
file('b/tool', '#!/bin/sh\necho "tool 2.0.0"\n', 0o755);
file('a/plain', 'not executable\n');
mkdirSync(join(root, 'a', 'dir'));
file('b/plain', '#!/bin/sh\necho plain\n', 0o755);
file('b/counted', `#!/bin/sh\necho x >> '${count}'\necho "counted 3.1.4"\n`, 0o755);
file('b/fails', '#!/bin/sh\necho "bad flag" >&2\nexit 3\n', 0o755);

describe('which', () => {
  const PATH = `${a}:${b}`;
  test.each([
    ['tool', join(a, 'tool')],
    ['plain', join(b, 'plain')],
    ['dir', undefined],
    ['absent', undefined],
  ])('%s', (name, found) => {
    expect(which(name, { PATH })).toBe(found);
  });

  test('an empty PATH finds nothing', () => {
    expect(which('tool', {})).toBeUndefined();
  });
});

describe('runTool', () => {
  test('output of a successful run', async () => {
    expect(await runTool(join(a, 'tool'), ['--version'])).toEqual({
      ok: true,
      stdout: 'tool 1.0.0\n',
      stderr: '',
    });
  });

  test('a failure says how it failed and what the tool said', async () => {
    const r = await runTool(join(b, 'fails'), []);
    expect(r.ok).toBe(false);
    expect(r.error).toBe('it exited with code 3: bad flag');
  });

  test('a hang is cut off', async () => {
    const slow = file('b/slow', '#!/bin/sh\nsleep 5\n', 0o755);
    const r = await runTool(slow, [], { timeoutMs: 1000 });
    expect(r.ok).toBe(false);
    expect(r.error).toBe('it did not finish within 1s');
  });

  test('a file that cannot run', async () => {
    const r = await runTool(join(a, 'plain'), []);
    expect(r.ok).toBe(false);
    expect(r.error).toContain('EACCES');
  });
});

describe('createProber', () => {
  test('presence without running; --version once per path however often asked', async () => {
    const probe = createProber({ PATH: `${a}:${b}` });
    expect(await probe('tool', false)).toEqual({ path: join(a, 'tool') });
    expect(await probe('absent', true)).toEqual({});
    const [x, y] = await Promise.all([probe('counted', true), probe('counted', true)]);
    expect(x).toEqual({ path: join(b, 'counted'), output: 'counted 3.1.4' });
    expect(y).toBe(x);
    expect(readFileSync(count, 'utf8')).toBe('x\n');
  });

  test('a failing --version is an error, not an output', async () => {
    const probe = createProber({ PATH: b });
    expect(await probe('fails', true)).toEqual({
      path: join(b, 'fails'),
      error: "'fails --version' failed (it exited with code 3: bad flag)",
    });
  });
});

describe('findLockfiles and hashLockfiles', () => {
  const ws = join(root, 'ws');
  file('ws/pnpm-lock.yaml', 'root\n');
  file('ws/packages/a/pnpm-lock.yaml', 'a\n');
  file('ws/packages/old/pnpm-lock.yaml', 'old\n');
  file('ws/node_modules/dep/pnpm-lock.yaml', 'dep\n');
  mkdirSync(join(ws, 'dir-named', 'pnpm-lock.yaml'), { recursive: true });

  test.each([
    [['pnpm-lock.yaml'], ['pnpm-lock.yaml']],
    [['missing.yaml'], []],
    [
      ['**/pnpm-lock.yaml'],
      ['packages/a/pnpm-lock.yaml', 'packages/old/pnpm-lock.yaml', 'pnpm-lock.yaml'],
    ],
    [
      ['**/pnpm-lock.yaml', '!packages/old/**'],
      ['packages/a/pnpm-lock.yaml', 'pnpm-lock.yaml'],
    ],
    [
      ['packages/*/pnpm-lock.yaml', 'pnpm-lock.yaml', 'pnpm-lock.yaml'],
      ['packages/a/pnpm-lock.yaml', 'packages/old/pnpm-lock.yaml', 'pnpm-lock.yaml'],
    ],
    [[join(ws, 'packages', 'a', 'pnpm-lock.yaml')], ['packages/a/pnpm-lock.yaml']],
  ])('%j', (patterns, found) => {
    expect(findLockfiles(patterns, ws)).toEqual(found.map((f) => join(ws, f)));
  });

  test('the hash is the SHA-256 of each file, combined in path order', () => {
    const files = findLockfiles(['**/pnpm-lock.yaml'], ws);
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    expect(hashLockfiles(files)).toBe(
      combineHashes([
        { path: files[0] as string, sha256: sha('a\n') },
        { path: files[1] as string, sha256: sha('old\n') },
        { path: files[2] as string, sha256: sha('root\n') },
      ]),
    );
    expect(hashLockfiles([...files].reverse())).toBe(hashLockfiles(files));
  });
});
