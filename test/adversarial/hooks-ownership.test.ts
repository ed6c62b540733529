/**
 * Proves, through runner-hooks/install as an administrator runs it (as root here), that what the
 * installer writes cannot be replaced by another user: nothing group- or world-writable under
 * `umask 000`; a hooks folder owned by, or above a folder writable by, another user is refused;
 * `.env` links of another user, dangling ones, or leading to root's files are not written
 * through; a runner folder whose real path holds a line break cannot inject a `.env` line; a
 * folder `.env` and a dangling hooks link end with one clear line, nothing written.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeRunner, INSTALL, install } from './hooks-fixture.ts';

const OTHER = 4242;
let base: string;
let runner: string;
let hooks: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'hooks-ownership-'));
  runner = join(base, 'runner');
  hooks = join(base, 'runner-actions-hooks');
  fakeRunner(runner, 'A=1\n');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const envText = () => readFileSync(join(runner, '.env'), 'utf8');

/** Every folder and file under `dir`, with its permission bits. */
function modes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, rel: string) => {
    out[rel || '.'] = (lstatSync(at).mode & 0o7777).toString(8);
    if (lstatSync(at).isDirectory()) {
      for (const name of readdirSync(at).sort())
        walk(join(at, name), rel ? `${rel}/${name}` : name);
    }
  };
  walk(dir, '');
  return out;
}

describe.runIf(process.geteuid?.() === 0)('as root', () => {
  test('under umask 000 nothing written is group- or world-writable', () => {
    const r = spawnSync(
      'bash',
      ['-c', 'umask 000 && exec "$0" "$@"', INSTALL, '--runner-dir', runner],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const found = modes(hooks);
    const loose = Object.entries(found).filter(([, m]) => Number.parseInt(m, 8) & 0o022);
    expect(loose).toEqual([]);
    expect(found['.']).toBe('755');
    expect(found['runner-hooks-code']).toBe('755');
    expect(found['runner-hooks-code/index.js']).toBe('644');
    expect(found['job-started.sh']).toBe('755');
    expect(found['runner-hooks.json']).toBe('644');
  });

  test.each([
    ['a hooks folder owned by another user', (dir: string) => chownSync(dir, OTHER, OTHER), 'dir'],
    [
      'a parent owned by another user',
      (dir: string) => chownSync(join(dir, '..'), OTHER, OTHER),
      'parent',
    ],
    ['a parent writable by others', (dir: string) => chmodSync(join(dir, '..'), 0o777), 'parent'],
    ['a hooks folder writable by others', (dir: string) => chmodSync(dir, 0o1777), 'dir'],
  ])('%s is refused with a clear error, nothing written', (_name, spoil) => {
    const dir = join(base, 'shared', 'hooks');
    mkdirSync(dir, { recursive: true });
    spoil(dir);
    const r = install(['--runner-dir', runner, '--hooks-dir', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^runner-hooks\/install: Refusing the hooks folder .*\/shared\/hooks: .*(is owned by uid 4242, not by root|is writable by others \(mode 0(1)?777\)): .* Choose another --hooks-dir, or fix the owner or mode\.\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(envText()).toBe('A=1\n');
  });

  test('a parent like /tmp (root, sticky, writable by all) is fine', () => {
    const sticky = join(base, 'sticky');
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    const r = install(['--runner-dir', runner, '--hooks-dir', join(sticky, 'hooks')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('.env: a dangling link is refused and its target never created', () => {
    rmSync(join(runner, '.env'));
    symlinkSync(join(base, 'elsewhere.env'), join(runner, '.env'));
    const r = install(['--runner-dir', runner]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `runner-hooks/install: ${runner}/.env is a link to ${base}/elsewhere.env, which does not exist; the installer writes through a link only to an existing file (create it, or remove the link).\n`,
    );
    expect(existsSync(join(base, 'elsewhere.env'))).toBe(false);
    expect(existsSync(hooks)).toBe(false);
  });

  test(".env: a link of another user, or the runner owner's link to root's file, is not written through", () => {
    const target = join(base, 'root-owned');
    writeFileSync(target, 'SECRET=1\n');
    rmSync(join(runner, '.env'));
    symlinkSync(target, join(runner, '.env'));
    lchownSync(join(runner, '.env'), OTHER, OTHER);
    const r = install(['--runner-dir', runner]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `.env is a link owned by uid ${OTHER}, not by root or the runner folder's owner (uid 0)`,
    );
    // The runner folder is the other user's, and so is the link: root's file stays untouched.
    chownSync(runner, OTHER, OTHER);
    const r2 = install(['--runner-dir', runner]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain(
      `leads to ${target}, owned by uid 0, not by the runner folder's owner (uid ${OTHER})`,
    );
    expect(readFileSync(target, 'utf8')).toBe('SECRET=1\n');
  });

  test('a runner folder whose real path holds a line break cannot inject a .env line', () => {
    const evil = join(base, 'x\nPATH=.:', 'runner');
    fakeRunner(evil, 'A=1\n');
    symlinkSync(evil, join(base, 'nice'));
    const r = install(['--runner-dir', join(base, 'nice')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `runner-hooks/install: Option --runner-dir: the runner folder's real path ${base}/x\\nPATH=.:/runner holds a line break or another control character; .env is read line by line, so it is refused.\nSee runner-hooks/install --help.\n`,
    );
    expect(readFileSync(join(evil, '.env'), 'utf8')).toBe('A=1\n');
    expect(existsSync(join(base, 'x\nPATH=.:', 'runner-actions-hooks'))).toBe(false);
  });

  test('.env is a folder: one line, no stack, nothing written', () => {
    rmSync(join(runner, '.env'));
    mkdirSync(join(runner, '.env'));
    const r = install(['--runner-dir', runner]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `runner-hooks/install: ${runner}/.env is a folder, not the runner's .env file.\n`,
    );
    expect(existsSync(hooks)).toBe(false);
  });

  test('a dangling hooks link: one line, no stack, nothing written', () => {
    symlinkSync(join(base, 'gone'), hooks);
    const r = install(['--runner-dir', runner]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `runner-hooks/install: Refusing the hooks folder ${hooks}: ${hooks} is a link to ${base}/gone, which does not exist. Choose another --hooks-dir, or fix the owner or mode.\n`,
    );
    expect(existsSync(join(base, 'gone'))).toBe(false);
    expect(envText()).toBe('A=1\n');
  });
});
