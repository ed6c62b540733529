/**
 * Proves that the installer keeps a hostile `.env` byte for byte: CR, CRLF and lone CR line
 * breaks, a byte order mark, invalid UTF-8, NUL bytes, duplicate and look-alike names, lines that
 * look like shell, an existing hook of someone else's, no final line break; install twice changes
 * nothing, uninstall restores every byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeRunner, install } from './hooks-fixture.ts';

let base: string;
let runner: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'hooks-env-'));
  runner = join(base, 'runner');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const HOSTILE = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from('NODE_OPTIONS=--first\r\n'),
  Buffer.from('=no name\r'),
  Buffer.from('# NODE_OPTIONS=--commented\n'),
  Buffer.from(' NODE_OPTIONS=--leading-space\n'),
  Buffer.from('PATH_WITH_LATIN1=/opt/'),
  Buffer.from([0xe9, 0xff, 0xfe]),
  Buffer.from('\n'),
  Buffer.from('NUL=a\0b\n'),
  Buffer.from('SHELLY=$(rm -rf /) `reboot` "quoted" \'single\'\n'),
  Buffer.from('ACTIONS_RUNNER_HOOK_JOB_STARTED=/opt/other/started.sh\n'),
  Buffer.from('NODE_OPTIONS=--require "/opt/my hooks/x.js" --max_old_space_size=100\n'),
  Buffer.from('\n\n'),
  Buffer.from('LAST=no final break'),
]);

test('a hostile .env: only the managed lines change, twice the same, uninstall restores every byte', () => {
  fakeRunner(runner, HOSTILE);
  const envFile = join(runner, '.env');
  const first = install(['--runner-dir', runner]);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  const installed = readFileSync(envFile);
  const lines = installed.toString('latin1').split(/\r\n|\r|\n/);
  // The NODE_OPTIONS that counts (the last) names a heap size set by hand: kept, and said so.
  expect(lines).toContain('NODE_OPTIONS=--require "/opt/my hooks/x.js" --max_old_space_size=100');
  expect(first.stdout).toMatch(
    /^ {2}= NODE_OPTIONS=--require "\/opt\/my hooks\/x.js" --max_old_space_size=100 {3}\(set by hand: kept; --force writes --require "\/opt\/my hooks\/x.js" --max-old-space-size=\d+\)$/m,
  );
  expect(lines).toContain('\xEF\xBB\xBFNODE_OPTIONS=--first');
  expect(lines).toContain(' NODE_OPTIONS=--leading-space');
  expect(lines).toContain('LAST=no final break');
  // Someone else's hook is replaced, and named so it can be put back.
  expect(first.stdout).toContain('named another hook (/opt/other/started.sh)');
  expect(lines).not.toContain('ACTIONS_RUNNER_HOOK_JOB_STARTED=/opt/other/started.sh');

  const second = install(['--runner-dir', runner]);
  expect(second.status).toBe(0);
  expect(readFileSync(envFile).equals(installed)).toBe(true);

  const undone = install(['--runner-dir', runner, '--uninstall']);
  expect(undone.stderr).toBe('');
  expect(readFileSync(envFile).equals(HOSTILE)).toBe(true);

  // --force: the heap flag is replaced in the line that counts, the other flags kept; one heap flag.
  expect(install(['--runner-dir', runner, '--force']).status).toBe(0);
  const forced = readFileSync(envFile)
    .toString('latin1')
    .split(/\r\n|\r|\n/);
  expect(
    forced.filter((l) =>
      /^NODE_OPTIONS=--require "\/opt\/my hooks\/x.js" --max-old-space-size=\d+$/.test(l),
    ),
  ).toHaveLength(1);
  expect(forced.filter((l) => l.includes('max_old_space_size'))).toEqual([]);
  expect(install(['--runner-dir', runner, '--uninstall']).status).toBe(0);
  expect(readFileSync(envFile).equals(HOSTILE)).toBe(true);
});

test('no .env at all: created by the install, gone again after uninstall', () => {
  fakeRunner(runner, '');
  rmSync(join(runner, '.env'));
  expect(install(['--runner-dir', runner]).status).toBe(0);
  expect(readFileSync(join(runner, '.env'), 'utf8')).toMatch(/^ACTIONS_RUNNER_HOOK_JOB_STARTED=/);
  expect(install(['--runner-dir', runner, '--uninstall']).status).toBe(0);
  expect(() => readFileSync(join(runner, '.env'))).toThrow(/ENOENT/);
});

test('a damaged install record is refused, not guessed at', () => {
  fakeRunner(runner, 'A=1\n');
  expect(install(['--runner-dir', runner]).status).toBe(0);
  const record = join(base, 'runner-actions-hooks', 'runner-hooks.json');
  writeFileSync(record, '{"version": 1, "env": "nope"}');
  const r = install(['--runner-dir', runner, '--uninstall']);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/runner-hooks\.json: not a runner-hooks install record/);
});
