/**
 * The installer in process: its I/O (output, host, Node, the hook code's folder) is passed in, so
 * every path through it runs in milliseconds on real files. What is proved here: exact help and
 * error output, modes whatever the umask and the source's modes, folders of other users refused,
 * `.env` links judged, control characters in real paths refused, one clear line (no stack) for a
 * folder `.env` or a dangling hooks link, explicit tuning values, values set by hand kept.
 */
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
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type InstallerIO, main } from '../../../actions/runner-hooks/installer.ts';
import type { Host } from '../../../actions/setup-m4-env/host.ts';

const HOST: Host = {
  os: 'linux',
  arch: 'x64',
  nativeArch: 'x64',
  chip: 'Test CPU',
  appleSilicon: false,
  rosetta: false,
  performanceCores: 4,
  efficiencyCores: 0,
  logicalCores: 8,
  memoryMb: 16384,
  memorySource: 'physical',
};
const OTHER_UID = 4242;
const isRoot = process.geteuid?.() === 0;

let base: string;
let runner: string;
let hooks: string;
let source: string;
let out: string;
let err: string;

function io(over: Partial<InstallerIO> = {}): InstallerIO {
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd: base,
    platform: 'linux',
    euid: process.geteuid?.() ?? 0,
    readHost: () => HOST,
    hookSource: source,
    findNode: () => '/opt/node/bin/node',
    nodeVersion: () => '24.11.0',
    ...over,
  };
}

function run(...argv: string[]) {
  out = '';
  err = '';
  const status = main(argv, io());
  return { status, out, err };
}

const envOf = () => readFileSync(join(runner, '.env'), 'utf8');
const mode = (p: string) => lstatSync(p).mode & 0o7777;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'hooks-installer-'));
  runner = join(base, 'runner');
  hooks = join(base, 'runner-actions-hooks');
  source = join(base, 'dist-hook');
  mkdirSync(runner);
  writeFileSync(join(runner, 'run.sh'), '#!/bin/bash\n', { mode: 0o755 });
  writeFileSync(join(runner, '.env'), 'LANG=C\n');
  // Hook code with loose modes: the copy must not keep them.
  mkdirSync(join(source, 'chunks'), { recursive: true });
  writeFileSync(join(source, 'index.js'), 'console.log(1)\n');
  writeFileSync(join(source, 'chunks', 'a.js'), 'a\n');
  writeFileSync(join(source, 'licenses.txt'), 'MIT\n');
  chmodSync(join(source, 'index.js'), 0o666);
  chmodSync(join(source, 'chunks', 'a.js'), 0o777);
  chmodSync(join(source, 'chunks'), 0o777);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('help and usage errors', () => {
  it('--help prints the usage, once', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.startsWith('Usage: runner-hooks/install --runner-dir DIR [options]\n')).toBe(true);
    expect(r.out.match(/--help/g)).toHaveLength(1);
  });

  it.each([
    [['--bogus'], 'Unknown option --bogus.'],
    [
      ['--runner-dir', 'r', 'stray'],
      "Unexpected argument 'stray': options start with --; the runner folder is given with --runner-dir.",
    ],
    [
      ['--runner-dir', 'r', '--threadpool-size', 'lots'],
      "Option --threadpool-size accepts 'auto', 'none' or a whole number from 1 to 1024; got 'lots'.",
    ],
  ])('%j: the message, then the help hint once', (argv, message) => {
    const r = run(...argv);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`runner-hooks/install: ${message}\nSee runner-hooks/install --help.\n`);
  });
});

describe('what it writes', () => {
  it('under umask 000, from loose sources: folders 0755, code 0644, scripts 0755', () => {
    const old = process.umask(0);
    try {
      expect(run('--runner-dir', runner).status).toBe(0);
    } finally {
      process.umask(old);
    }
    expect(err).toBe('');
    const code = join(hooks, 'runner-hooks-code');
    expect(mode(hooks)).toBe(0o755);
    expect(mode(code)).toBe(0o755);
    expect(mode(join(code, 'chunks'))).toBe(0o755);
    expect(mode(join(code, 'index.js'))).toBe(0o644);
    expect(mode(join(code, 'licenses.txt'))).toBe(0o644);
    expect(mode(join(code, 'chunks', 'a.js'))).toBe(0o644);
    expect(mode(join(hooks, 'job-started.sh'))).toBe(0o755);
    expect(mode(join(hooks, 'job-completed.sh'))).toBe(0o755);
    expect(mode(join(hooks, 'runner-hooks.json'))).toBe(0o644);
    expect(mode(join(runner, '.env'))).toBe(0o644);
    expect(readFileSync(join(code, 'chunks', 'a.js'), 'utf8')).toBe('a\n');
    expect(readdirSync(hooks).sort()).toEqual([
      'job-completed.sh',
      'job-started.sh',
      'runner-hooks-code',
      'runner-hooks.json',
    ]);
  });

  it('under umask 077, the folders it creates are still 0755 (the runner user must read them)', () => {
    const deep = join(base, 'a', 'b', 'hooks');
    const old = process.umask(0o077);
    try {
      expect(run('--runner-dir', runner, '--hooks-dir', deep).status).toBe(0);
    } finally {
      process.umask(old);
    }
    for (const p of [join(base, 'a'), join(base, 'a', 'b'), deep]) expect(mode(p)).toBe(0o755);
    expect(mode(join(deep, 'runner-hooks-code', 'index.js'))).toBe(0o644);
  });

  it('an .env that was group- or world-writable is written without those bits', () => {
    chmodSync(join(runner, '.env'), 0o666);
    expect(run('--runner-dir', runner).status).toBe(0);
    expect(mode(join(runner, '.env'))).toBe(0o644);
  });
});

describe.runIf(isRoot)('folders of other users (run as root)', () => {
  it.each([
    ['the hooks folder is owned by another user', 'hooks', 'chown'],
    ['a folder above it is owned by another user', 'parent', 'chown'],
    ['the hooks folder is writable by others', 'hooks', 'o+w'],
    ['a folder above it is writable by others', 'parent', 'o+w'],
    ['a folder above it is writable by its group', 'parent', 'g+w'],
  ])('%s: refused, nothing written', (_name, which, how) => {
    const parent = join(base, 'shared');
    const dir = join(parent, 'hooks');
    mkdirSync(dir, { recursive: true });
    const target = which === 'hooks' ? dir : parent;
    if (how === 'chown') chownSync(target, OTHER_UID, OTHER_UID);
    else chmodSync(target, how === 'o+w' ? 0o757 : 0o775);
    const r = run('--runner-dir', runner, '--hooks-dir', dir);
    expect(r.status).toBe(1);
    const why =
      how === 'chown'
        ? `${target} is owned by uid ${OTHER_UID}, not by root: its owner could replace the code every job runs`
        : `${target} is writable by ${how === 'o+w' ? 'others (mode 0757)' : 'its group (mode 0775)'}: anyone there could replace the code every job runs`;
    expect(r.err).toBe(
      `runner-hooks/install: Refusing the hooks folder ${dir}: ${why}. Choose another --hooks-dir, or fix the owner or mode.\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(envOf()).toBe('LANG=C\n');
  });

  it("a new .env belongs to the runner folder's owner; a replaced one keeps its owner", () => {
    chownSync(runner, OTHER_UID, OTHER_UID);
    rmSync(join(runner, '.env'));
    expect(run('--runner-dir', runner, '--tune', 'none').status).toBe(0);
    expect(lstatSync(join(runner, '.env')).uid).toBe(OTHER_UID);
    chownSync(join(runner, '.env'), 1234, 1234);
    expect(run('--runner-dir', runner, '--threadpool-size', '5').status).toBe(0);
    expect(envOf()).toContain('UV_THREADPOOL_SIZE=5\n');
    expect(lstatSync(join(runner, '.env')).uid).toBe(1234);
    // The hook files are the installing user's, whoever owns the runner.
    expect(lstatSync(join(hooks, 'job-started.sh')).uid).toBe(0);
  });

  it('a sticky folder writable by others above it (like /tmp) is fine', () => {
    const sticky = join(base, 'sticky');
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    expect(run('--runner-dir', runner, '--hooks-dir', join(sticky, 'hooks')).status).toBe(0);
    expect(err).toBe('');
  });

  it("the runner folder's owner may own the hooks folder", () => {
    chownSync(runner, OTHER_UID, OTHER_UID);
    const mine = join(base, 'theirs');
    mkdirSync(mine);
    chownSync(mine, OTHER_UID, OTHER_UID);
    expect(run('--runner-dir', runner, '--hooks-dir', join(mine, 'hooks')).status).toBe(0);
    expect(err).toBe('');
  });

  it('a hooks folder reached through a link into a folder writable by others is refused', () => {
    const open = join(base, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    symlinkSync(open, join(base, 'via'));
    const r = run('--runner-dir', runner, '--hooks-dir', join(base, 'via', 'hooks'));
    expect(r.status).toBe(1);
    expect(r.err).toContain(`${open} is writable by others (mode 0777)`);
    expect(readdirSync(open)).toEqual([]);
  });

  it('a link on the way owned by another user is refused', () => {
    const good = join(base, 'good');
    mkdirSync(good);
    symlinkSync(good, join(base, 'via'));
    // The link itself.
    lchownSync(join(base, 'via'), OTHER_UID, OTHER_UID);
    const r = run('--runner-dir', runner, '--hooks-dir', join(base, 'via', 'hooks'));
    expect(r.status).toBe(1);
    expect(r.err).toContain(`${join(base, 'via')} is owned by uid ${OTHER_UID}`);
    expect(readdirSync(good)).toEqual([]);
  });
});

describe.runIf(isRoot)('.env reached through a link (run as root)', () => {
  const kept = () => join(base, 'kept-env');
  function linkEnv(target: string, owner?: number) {
    rmSync(join(runner, '.env'));
    symlinkSync(target, join(runner, '.env'));
    if (owner !== undefined) {
      lchownSync(join(runner, '.env'), owner, owner);
    }
  }

  it('a dangling link is refused, its target never created', () => {
    linkEnv(kept());
    const r = run('--runner-dir', runner);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      `runner-hooks/install: ${runner}/.env is a link to ${kept()}, which does not exist; the installer writes through a link only to an existing file (create it, or remove the link).\n`,
    );
    expect(existsSync(kept())).toBe(false);
    expect(existsSync(hooks)).toBe(false);
  });

  it("a link of another user's is refused", () => {
    writeFileSync(kept(), 'A=1\n');
    linkEnv(kept(), OTHER_UID);
    const r = run('--runner-dir', runner);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(
      /\.env is a link owned by uid 4242, not by root or the runner folder's owner \(uid 0\)/,
    );
    expect(readFileSync(kept(), 'utf8')).toBe('A=1\n');
  });

  it("the runner owner's link to a file of root's is refused (no writing into /etc through it)", () => {
    chownSync(runner, OTHER_UID, OTHER_UID);
    writeFileSync(kept(), 'ROOT=1\n');
    linkEnv(kept(), OTHER_UID);
    const r = run('--runner-dir', runner);
    expect(r.status).toBe(1);
    expect(r.err).toContain(
      `leads to ${kept()}, owned by uid 0, not by the runner folder's owner (uid ${OTHER_UID})`,
    );
    expect(readFileSync(kept(), 'utf8')).toBe('ROOT=1\n');
  });

  it('a good link: written through, and uninstall undoes exactly that', () => {
    writeFileSync(kept(), 'A=1');
    linkEnv(kept());
    expect(run('--runner-dir', runner, '--tune', 'none').status).toBe(0);
    expect(readFileSync(kept(), 'utf8')).toBe(
      `A=1\nACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooks}/job-completed.sh\n`,
    );
    expect(run('--runner-dir', runner, '--uninstall').status).toBe(0);
    expect(readFileSync(kept(), 'utf8')).toBe('A=1');
    expect(lstatSync(join(runner, '.env')).isSymbolicLink()).toBe(true);
    expect(readdirSync(base).sort()).toEqual(['dist-hook', 'kept-env', 'runner']);
  });
});

describe('one clear line, nothing written', () => {
  it('.env is a folder', () => {
    rmSync(join(runner, '.env'));
    mkdirSync(join(runner, '.env'));
    const r = run('--runner-dir', runner);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      `runner-hooks/install: ${runner}/.env is a folder, not the runner's .env file.\n`,
    );
    expect(existsSync(hooks)).toBe(false);
  });

  it('the hooks folder is a dangling link', () => {
    symlinkSync(join(base, 'gone'), hooks);
    const r = run('--runner-dir', runner);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      `runner-hooks/install: Refusing the hooks folder ${hooks}: ${hooks} is a link to ${base}/gone, which does not exist. Choose another --hooks-dir, or fix the owner or mode.\n`,
    );
    expect(existsSync(join(base, 'gone'))).toBe(false);
    expect(envOf()).toBe('LANG=C\n');
  });

  it('a runner folder whose real path holds a line break', () => {
    const evil = join(base, 'r\nPATH=.:');
    mkdirSync(evil);
    writeFileSync(join(evil, 'run.sh'), '');
    writeFileSync(join(evil, '.env'), 'A=1\n');
    symlinkSync(evil, join(base, 'nice'));
    const r = run('--runner-dir', join(base, 'nice'));
    expect(r.status).toBe(2);
    expect(r.err).toBe(
      `runner-hooks/install: Option --runner-dir: the runner folder's real path ${base}/r\\nPATH=.: holds a line break or another control character; .env is read line by line, so it is refused.\nSee runner-hooks/install --help.\n`,
    );
    expect(readFileSync(join(evil, '.env'), 'utf8')).toBe('A=1\n');
    expect(readdirSync(base).sort()).toEqual(['dist-hook', 'nice', 'r\nPATH=.:', 'runner']);
  });

  it('a hooks folder whose real path holds an escape character', () => {
    mkdirSync(join(base, 'x\u001by'));
    symlinkSync(join(base, 'x\u001by'), join(base, 'via'));
    const r = run('--runner-dir', runner, '--hooks-dir', join(base, 'via', 'hooks'));
    expect(r.status).toBe(2);
    expect(r.err).toContain(
      `Option --hooks-dir: the hooks folder's real path ${base}/x\\u001by/hooks holds a line break or another control character`,
    );
    expect(readdirSync(join(base, 'x\u001by'))).toEqual([]);
  });
});

describe('explicit tuning, values set by hand, --force', () => {
  it('--node-heap-mb, --threadpool-size and --env are written; --dry-run shows them first', () => {
    const argv = [
      '--runner-dir',
      runner,
      '--node-heap-mb',
      '3072',
      '--threadpool-size',
      '6',
      '--env',
      'RUNNER_EPHEMERAL=true',
      '--env',
      'PNPM_HOME=/opt/pnpm',
    ];
    const dry = run(...argv, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.out.split('\n').filter((l) => /^ {2}[+~=!-] /.test(l))).toEqual([
      `  + ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh`,
      `  + ACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooks}/job-completed.sh`,
      '  + NODE_OPTIONS=--max-old-space-size=3072',
      '  + UV_THREADPOOL_SIZE=6',
      '  + RUNNER_EPHEMERAL=true',
      '  + PNPM_HOME=/opt/pnpm',
    ]);
    expect(dry.out).toContain('  NODE_OPTIONS heap: set by --node-heap-mb\n');
    expect(envOf()).toBe('LANG=C\n');
    expect(run(...argv).status).toBe(0);
    expect(envOf()).toBe(
      [
        'LANG=C',
        `ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh`,
        `ACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooks}/job-completed.sh`,
        'NODE_OPTIONS=--max-old-space-size=3072',
        'UV_THREADPOOL_SIZE=6',
        'RUNNER_EPHEMERAL=true',
        'PNPM_HOME=/opt/pnpm',
        '',
      ].join('\n'),
    );
    expect(run('--runner-dir', runner, '--uninstall').status).toBe(0);
    expect(envOf()).toBe('LANG=C\n');
  });

  it('values set by hand are kept (and said so) unless --force; uninstall restores the bytes', () => {
    const hand =
      'NODE_OPTIONS=--inspect --max-old-space-size=1024\nUV_THREADPOOL_SIZE=2\nRUNNER_EPHEMERAL=false\n';
    writeFileSync(join(runner, '.env'), hand);
    const argv = ['--runner-dir', runner, '--env', 'RUNNER_EPHEMERAL=true'];
    const kept = run(...argv, '--dry-run');
    expect(kept.out.split('\n').filter((l) => l.startsWith('  = '))).toEqual([
      '  = NODE_OPTIONS=--inspect --max-old-space-size=1024   (set by hand: kept; --force writes --inspect --max-old-space-size=8192)',
      '  = UV_THREADPOOL_SIZE=2   (set by hand: kept; --force writes 8)',
      '  = RUNNER_EPHEMERAL=false   (set by hand: kept; --force writes true)',
    ]);
    expect(run(...argv).status).toBe(0);
    expect(envOf()).toBe(
      `${hand}ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooks}/job-completed.sh\n`,
    );
    expect(run(...argv, '--force').status).toBe(0);
    expect(envOf()).toBe(
      `NODE_OPTIONS=--inspect --max-old-space-size=8192\nUV_THREADPOOL_SIZE=8\nRUNNER_EPHEMERAL=true\nACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooks}/job-completed.sh\n`,
    );
    expect(run('--runner-dir', runner, '--uninstall').status).toBe(0);
    expect(envOf()).toBe(hand);
  });
});
