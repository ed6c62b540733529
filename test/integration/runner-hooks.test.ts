/**
 * runner-hooks end to end: runner-hooks/install (the bash script, then the built installer) into a
 * fake runner folder, the hooks run the way the runner runs them (`bash -e <file>` with the job's
 * variables, and through the local runner's "Set up runner" / "Complete runner"), then
 * --uninstall back to the original `.env`. Run `pnpm build runner-hooks` first.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { REPO_ROOT, resolveNode24, runJob } from '../support/local-runner.ts';

const INSTALL = join(REPO_ROOT, 'runner-hooks', 'install');
const NODE24 = resolveNode24();
const DAY = 24 * 3600;
const ORIGINAL_ENV = [
  'LANG=C.UTF-8',
  'NODE_OPTIONS=--enable-source-maps --max-old-space-size=1024',
  'HTTP_PROXY=http://proxy.internal:3128',
  '',
].join('\n');

let base: string;
let runner: string;
let hooks: string;
let tmp: string;
let ws: string;
let rt: string;
let bait: string;
/** Stands in for /tmp: the hooks sweep it besides TMPDIR (see pinSystemTemp). */
let sysTmp: string;

/** A runner folder as `config.sh` leaves it: run.sh, its own Node, an .env. */
function fakeRunner(dir: string, env = ORIGINAL_ENV) {
  mkdirSync(join(dir, 'externals', 'node24', 'bin'), { recursive: true });
  symlinkSync(NODE24, join(dir, 'externals', 'node24', 'bin', 'node'));
  writeFileSync(join(dir, 'run.sh'), '#!/bin/bash\n', { mode: 0o755 });
  writeFileSync(join(dir, '.env'), env);
}

function age(path: string, days: number) {
  const when = Date.now() / 1000 - days * DAY;
  lutimesSync(path, when, when);
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'runner-hooks-it-'));
  runner = join(base, 'actions-runner');
  hooks = join(base, 'runner-actions-hooks');
  tmp = join(base, 'tmp');
  ws = join(base, 'work', 'repo', 'repo');
  rt = join(base, 'work', '_temp');
  bait = join(base, 'bait');
  sysTmp = join(base, 'sys-tmp');
  for (const d of [tmp, ws, rt, bait, sysTmp]) mkdirSync(d, { recursive: true });
  fakeRunner(runner);
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

function install(args: string[], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync(INSTALL, args, { encoding: 'utf8', env, timeout: 30_000 });
}

function installOk(...args: string[]) {
  const r = install(['--runner-dir', runner, ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r;
}

const envText = () => readFileSync(join(runner, '.env'), 'utf8');

/**
 * The hooks sweep `/tmp` besides the job's temp directory; a test must not sweep this machine's
 * /tmp, so the install record's `systemTemp` is pointed at a folder of the test's own.
 */
function pinSystemTemp(hooksDir = hooks) {
  const file = join(hooksDir, 'runner-hooks.json');
  const record = JSON.parse(readFileSync(file, 'utf8'));
  record.hook.systemTemp = sysTmp;
  writeFileSync(file, JSON.stringify(record));
}

/** Runs a hook script the way the runner does: `bash -e <file>`, with the job's variables. */
function runHook(script: string, extra: Record<string, string> = {}) {
  if (existsSync(join(dirname(script), 'runner-hooks.json'))) pinSystemTemp(dirname(script));
  return spawnSync('bash', ['-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: tmp,
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: rt,
      RUNNER_WORKSPACE: join(base, 'work', 'repo'),
      GITHUB_ENV: join(rt, 'env'),
      GITHUB_PATH: join(rt, 'path'),
      GITHUB_STEP_SUMMARY: join(rt, 'summary'),
      ...extra,
    },
  });
}

/** Temp debris: an old and a fresh pnpm-* folder, an old pnpm-* link to bait, bait outside. */
function debris() {
  mkdirSync(join(tmp, 'pnpm-old', 'deep'), { recursive: true });
  writeFileSync(join(tmp, 'pnpm-old', 'deep', 'store.tgz'), Buffer.alloc(64 * 1024));
  age(join(tmp, 'pnpm-old'), 3);
  mkdirSync(join(tmp, 'pnpm-fresh'));
  mkdirSync(join(tmp, 'npm-old'));
  age(join(tmp, 'npm-old'), 3);
  writeFileSync(join(bait, 'precious.txt'), 'keep me');
  mkdirSync(join(bait, 'pnpm-outside'));
  age(join(bait, 'pnpm-outside'), 3);
  symlinkSync(bait, join(tmp, 'pnpm-link'));
  age(join(tmp, 'pnpm-link'), 3);
  mkdirSync(join(ws, 'pnpm-in-workspace'));
  age(join(ws, 'pnpm-in-workspace'), 3);
}

function expectBaitIntact() {
  expect(readFileSync(join(bait, 'precious.txt'), 'utf8')).toBe('keep me');
  expect(existsSync(join(bait, 'pnpm-outside'))).toBe(true);
  expect(existsSync(join(ws, 'pnpm-in-workspace'))).toBe(true);
}

describe('runner-hooks/install', () => {
  test('installs into .env, changes nothing when run again, and uninstalls to the original bytes', () => {
    const first = installOk();
    const lines = envText().split('\n');
    // The heap size set by hand is the owner's: kept (--force replaces it).
    expect(first.stdout).toMatch(
      /^ {2}= NODE_OPTIONS=--enable-source-maps --max-old-space-size=1024 {3}\(set by hand: kept; --force writes --enable-source-maps --max-old-space-size=\d+\)$/m,
    );
    const expected = [
      'LANG=C.UTF-8',
      'NODE_OPTIONS=--enable-source-maps --max-old-space-size=1024',
      'HTTP_PROXY=http://proxy.internal:3128',
      `ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh`,
      `ACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooks}/job-completed.sh`,
      `UV_THREADPOOL_SIZE=${Math.max(4, availableParallelism())}`,
      ...(process.arch === 'arm64' ? ['DOCKER_DEFAULT_PLATFORM=linux/arm64'] : []),
      '',
    ];
    expect(lines).toEqual(expected);
    expect(first.stdout).toContain(`Restart the runner so it reads .env again`);
    expect(first.stdout).toContain('./run.sh');
    const script = readFileSync(join(hooks, 'job-started.sh'), 'utf8');
    expect(script).toContain(`node='${runner}/externals/node24/bin/node'`);
    expect(existsSync(join(hooks, 'runner-hooks-code', 'index.js'))).toBe(true);

    const after = envText();
    const again = installOk();
    expect(envText()).toBe(after);
    expect(readFileSync(join(hooks, 'job-started.sh'), 'utf8')).toBe(script);
    expect(again.stdout).not.toMatch(/^ {2}[+~-] /m);

    const undone = installOk('--uninstall');
    expect(envText()).toBe(ORIGINAL_ENV);
    expect(existsSync(hooks)).toBe(false);
    expect(undone.stdout).toContain('Uninstalled.');
  });

  test('--dry-run prints the changes and changes nothing', () => {
    const r = installOk('--dry-run');
    expect(r.stdout).toContain(`+ ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooks}/job-started.sh`);
    expect(r.stdout).toContain('Dry run: nothing was changed.');
    expect(envText()).toBe(ORIGINAL_ENV);
    expect(existsSync(hooks)).toBe(false);
    installOk();
    const installed = envText();
    const u = installOk('--uninstall', '--dry-run');
    expect(u.stdout).toContain('- ACTIONS_RUNNER_HOOK_JOB_STARTED');
    expect(envText()).toBe(installed);
    expect(existsSync(join(hooks, 'job-started.sh'))).toBe(true);
  });

  test('--tune none touches only the hook lines; with a service it says to restart it', () => {
    writeFileSync(join(runner, '.service'), 'actions.runner.octo-org.m4.service\n');
    const r = installOk('--tune', 'none', '--hooks-dir', join(base, 'my hooks'));
    expect(envText()).toBe(
      `${ORIGINAL_ENV}ACTIONS_RUNNER_HOOK_JOB_STARTED=${base}/my hooks/job-started.sh\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=${base}/my hooks/job-completed.sh\n`,
    );
    expect(r.stdout).toContain(`cd '${runner}' && ./svc.sh stop && ./svc.sh start`);
    // --uninstall finds the hooks folder from .env.
    installOk('--uninstall');
    expect(envText()).toBe(ORIGINAL_ENV);
    expect(existsSync(join(base, 'my hooks'))).toBe(false);
  });

  test('an install elsewhere is found: options change in place, a second folder is refused', () => {
    const mine = join(base, 'my-hooks');
    installOk('--hooks-dir', mine);
    installOk('--max-age-hours', '2');
    expect(existsSync(hooks)).toBe(false);
    expect(readFileSync(join(mine, 'runner-hooks.json'), 'utf8')).toContain('"maxAgeHours": 2');
    const moved = install(['--runner-dir', runner, '--hooks-dir', join(base, 'other')]);
    expect(moved.status).toBe(1);
    expect(moved.stderr).toContain(`installed in ${mine} already`);
    installOk('--uninstall');
    expect(envText()).toBe(ORIGINAL_ENV);
  });

  test("a hooks folder holding files of someone else's is refused", () => {
    mkdirSync(join(hooks, 'runner-hooks-code'), { recursive: true });
    writeFileSync(join(hooks, 'runner-hooks-code', 'mine.txt'), 'not yours');
    const r = install(['--runner-dir', runner]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already holds runner-hooks-code, not from a runner-hooks install');
    expect(readFileSync(join(hooks, 'runner-hooks-code', 'mine.txt'), 'utf8')).toBe('not yours');
    expect(envText()).toBe(ORIGINAL_ENV);
  });

  test('a lost install record: installing again adopts its own hook lines, so uninstall removes them', () => {
    installOk('--tune', 'none');
    rmSync(join(hooks, 'runner-hooks.json'));
    // The folder still holds the scripts: they are not known to be ours any more.
    expect(install(['--runner-dir', runner, '--tune', 'none']).status).toBe(2);
    for (const name of ['job-started.sh', 'job-completed.sh', 'runner-hooks-code']) {
      rmSync(join(hooks, name), { recursive: true });
    }
    installOk('--tune', 'none');
    installOk('--uninstall');
    expect(envText()).toBe(ORIGINAL_ENV);
  });

  test('an .env that is a link is written through it', () => {
    const kept = join(base, 'dot-env');
    writeFileSync(kept, ORIGINAL_ENV);
    rmSync(join(runner, '.env'));
    symlinkSync(kept, join(runner, '.env'));
    installOk();
    expect(readFileSync(kept, 'utf8')).toContain('ACTIONS_RUNNER_HOOK_JOB_STARTED=');
    installOk('--uninstall');
    expect(readFileSync(kept, 'utf8')).toBe(ORIGINAL_ENV);
    expect(lstatSync(join(runner, '.env')).isSymbolicLink()).toBe(true);
  });

  test('a hooks folder inside the runner folder is refused, naming the option', () => {
    for (const inside of [join(runner, 'hooks'), runner]) {
      const r = install(['--runner-dir', runner, '--hooks-dir', inside]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--hooks-dir: .* is inside the runner folder/);
    }
    // Also through a link that leads into it.
    symlinkSync(runner, join(base, 'link'));
    const r = install(['--runner-dir', runner, '--hooks-dir', join(base, 'link', 'hooks')]);
    expect(r.status).toBe(2);
    expect(envText()).toBe(ORIGINAL_ENV);
  });

  test('bad options are clear errors naming the option', () => {
    const r = install(['--runner-dir', runner, '--max-age-hours', 'a day']);
    expect(r.status).toBe(2);
    // The message, then the help hint exactly once.
    expect(r.stderr).toBe(
      "runner-hooks/install: Option --max-age-hours accepts a number from 0 to 87600; got 'a day'.\nSee runner-hooks/install --help.\n",
    );
    const unknown = install(['--runner-dir', runner, '--heap-mb', '4096']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'runner-hooks/install: Unknown option --heap-mb.\nSee runner-hooks/install --help.\n',
    );
    const none = install(['--runner-dir', join(base, 'nowhere')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--runner-dir: .*nowhere is not a folder/);
    const plain = install(['--runner-dir', bait]);
    expect(plain.stderr).toMatch(/does not look like a runner folder/);
    expect(envText()).toBe(ORIGINAL_ENV);
  });

  test('no Node anywhere is a clear error at install time', () => {
    rmSync(join(runner, 'externals'), { recursive: true });
    // A PATH with the tools the script needs, and no node.
    const bin = join(base, 'bin');
    mkdirSync(bin);
    for (const tool of ['dirname', 'bash', 'env']) {
      const found = spawnSync('/bin/sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
      symlinkSync(found.stdout.trim(), join(bin, tool));
    }
    const r = install(['--runner-dir', runner], { PATH: bin });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no Node to run with: .*externals\/node24\/bin\/node/);
    // The installer itself (run by some Node) refuses too, naming where it looked.
    const direct = spawnSync(
      NODE24,
      [join(REPO_ROOT, 'dist/runner-hooks/install/index.js'), '--runner-dir', runner],
      { encoding: 'utf8', env: { PATH: bin } },
    );
    expect(direct.status).toBe(1);
    expect(direct.stderr).toMatch(/No Node to run the hooks with: none of .*node24.*node20/);
    expect(envText()).toBe(ORIGINAL_ENV);
  });
});

test('a Node older than 20 is refused, by the script and by the installer', () => {
  rmSync(join(runner, 'externals'), { recursive: true });
  mkdirSync(join(runner, 'externals', 'node20', 'bin'), { recursive: true });
  writeFileSync(join(runner, 'externals', 'node20', 'bin', 'node'), '#!/bin/sh\necho 16.20.2\n', {
    mode: 0o755,
  });
  const r = install(['--runner-dir', runner]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('is Node 16.20.2; the hooks need Node 20 or later');
  const direct = spawnSync(
    NODE24,
    [join(REPO_ROOT, 'dist/runner-hooks/install/index.js'), '--runner-dir', runner],
    { encoding: 'utf8' },
  );
  expect(direct.status).toBe(1);
  expect(direct.stderr).toContain('is Node 16.20.2; the hooks need Node 20 or later');
  expect(envText()).toBe(ORIGINAL_ENV);
});

describe('the hooks, run as the runner runs them', () => {
  test('job-started prints the host and removes old temp debris; job-completed removes it again; nothing outside the roots', () => {
    installOk('--temp-patterns', 'pnpm-*');
    debris();
    // /tmp (here its stand-in) is swept besides TMPDIR, as on macOS where they differ.
    mkdirSync(join(sysTmp, 'pnpm-in-slash-tmp'));
    age(join(sysTmp, 'pnpm-in-slash-tmp'), 3);
    const started = runHook(join(hooks, 'job-started.sh'));
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout).toMatch(/^::group::Runner host: .+$/m);
    expect(started.stdout).toMatch(/^Cores: \d+ performance \+ \d+ efficiency, \d+ logical$/m);
    expect(started.stdout).toMatch(/^Memory: \d+ MB/m);
    expect(started.stdout).toMatch(/^Free disk: .+ on the file system of /m);
    expect(started.stdout).toMatch(/^::endgroup::$/m);
    expect(started.stdout).toMatch(
      new RegExp(
        `^runner-hooks job-started: removed 3 temp entries \\(pnpm-\\* older than 24 h\\), freed .+; swept ${sysTmp} and ${tmp}\\.$`,
        'm',
      ),
    );
    expect(existsSync(join(sysTmp, 'pnpm-in-slash-tmp'))).toBe(false);
    expect(started.stdout).toMatch(/^Kept 1 temp entry younger than 24 h: pnpm-fresh\.$/m);
    expect(existsSync(join(tmp, 'pnpm-old'))).toBe(false);
    expect(existsSync(join(tmp, 'pnpm-link'))).toBe(false);
    expect(existsSync(join(tmp, 'pnpm-fresh'))).toBe(true);
    expect(existsSync(join(tmp, 'npm-old'))).toBe(true);
    expectBaitIntact();
    expect(started.stdout).not.toContain('::warning');

    // Debris left by the job itself.
    mkdirSync(join(tmp, 'pnpm-from-this-job'));
    age(join(tmp, 'pnpm-from-this-job'), 2);
    const completed = runHook(join(hooks, 'job-completed.sh'));
    expect(completed.status, completed.stderr).toBe(0);
    expect(completed.stdout).not.toContain('Runner host');
    expect(completed.stdout).toContain('runner-hooks job-completed: removed 1 temp entry');
    expect(existsSync(join(tmp, 'pnpm-from-this-job'))).toBe(false);
    expect(existsSync(join(tmp, 'pnpm-fresh'))).toBe(true);
    expectBaitIntact();
  });

  test('through the local runner: "Set up runner" before the first step, "Complete runner" after the last, .env reaching the steps', async () => {
    installOk('--force');
    pinSystemTemp();
    debris();
    writeFileSync(join(runner, '.env'), `${envText()}TMPDIR=${tmp}\n`);
    const job = await runJob(
      [{ action: 'test/fixtures/echo-action', id: 'echo', inputs: { greeting: 'hi' } }],
      { runnerDir: runner, workspace: ws, runnerTemp: rt },
    );
    expect(job.outcome).toBe('success');
    const started = job.hooks?.started;
    const completed = job.hooks?.completed;
    expect(started?.name).toBe('Set up runner');
    expect(completed?.name).toBe('Complete runner');
    expect(started?.log).toContain('A job started hook has been configured');
    expect(started?.groups[0]?.title).toMatch(/^Runner host: /);
    expect(started?.log).toContain('runner-hooks job-started: removed 2 temp entries');
    expect(completed?.log).toContain('runner-hooks job-completed: removed 0 temp entries');
    expect(started?.annotations).toEqual([]);
    const stepEnv = JSON.parse(job.byId.echo?.outputs.env ?? '{}');
    expect(stepEnv.NODE_OPTIONS).toMatch(/^--enable-source-maps --max-old-space-size=\d+$/);
    expect(stepEnv.UV_THREADPOOL_SIZE).toBe(String(Math.max(4, availableParallelism())));
    expect(existsSync(join(tmp, 'pnpm-old'))).toBe(false);
    expectBaitIntact();
  });

  test('a hook problem is a warning by default; with --strict it fails the job', () => {
    // A docker whose daemon answers but whose prune fails.
    const bin = join(base, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'docker'),
      '#!/bin/sh\nif [ "$1" = info ]; then echo 27.0; exit 0; fi\necho "prune exploded" >&2\nexit 1\n',
    );
    chmodSync(join(bin, 'docker'), 0o755);
    const PATH = `${bin}:${process.env.PATH}`;

    installOk('--docker-prune');
    const lenient = runHook(join(hooks, 'job-completed.sh'), { PATH });
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(
      /^::warning .*docker container prune .* failed: prune exploded/m,
    );
    expect(lenient.stdout).toMatch(
      /^::warning title=runner-hooks::The job-completed hook met 3 problems; the job goes on\.$/m,
    );

    installOk('--docker-prune', '--strict');
    const strict = runHook(join(hooks, 'job-completed.sh'), { PATH });
    expect(strict.status).not.toBe(0);
    expect(strict.stdout).toMatch(
      /^::error title=runner-hooks::The job-completed hook met 3 problems \(--strict\)\.$/m,
    );
  });

  test('the time limit kills the hook’s whole process group (a real one, generous margins)', () => {
    // A docker whose prune hangs, with a child of its own: both must die at the limit.
    const bin = join(base, 'bin');
    mkdirSync(bin);
    const pids = join(base, 'docker-pids');
    writeFileSync(
      join(bin, 'docker'),
      `#!/bin/sh\nif [ "$1" = info ]; then echo 27.0; exit 0; fi\nsleep 600 &\necho "$$ $!" >> '${pids}'\nwait\n`,
    );
    chmodSync(join(bin, 'docker'), 0o755);
    // The limit must pass while docker runs: a Node start and a small sweep come first. Three
    // seconds is ample on a quiet machine; on a loaded one where docker had not started by then,
    // the same run is tried again with a longer limit.
    let started: number[] = [];
    try {
      for (const limit of [3, 10, 30]) {
        rmSync(pids, { force: true });
        installOk('--docker-prune', '--time-limit-seconds', String(limit), '--strict');
        const r = runHook(join(hooks, 'job-completed.sh'), { PATH: `${bin}:${process.env.PATH}` });
        started = existsSync(pids)
          ? readFileSync(pids, 'utf8').trim().split(/\s+/).map(Number)
          : [];
        expect(r.stdout).toContain(
          `::warning title=runner-hooks::The job-completed hook stopped at its time limit of ${limit} s; what it had not removed yet stays for the next job.`,
        );
        expect(r.status).toBe(1);
        if (started.length === 2) break;
      }
      expect(started).toHaveLength(2);
      // SIGKILL was sent before the hook exited; allow the kernel (and a reaper) ample time.
      const deadline = Date.now() + 30_000;
      while (started.some(alive) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
      expect(started.filter(alive)).toEqual([]);
    } finally {
      for (const pid of started.filter(alive)) process.kill(pid, 'SIGKILL');
    }
  });

  test('a missing Node or hook code is a warning, not a failed job (unless --strict)', () => {
    installOk();
    rmSync(join(hooks, 'runner-hooks-code'), { recursive: true });
    const r = runHook(join(hooks, 'job-started.sh'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=runner-hooks::The job-started hook cannot run/m);
    installOk('--strict');
    rmSync(join(hooks, 'runner-hooks-code'), { recursive: true });
    expect(runHook(join(hooks, 'job-started.sh')).status).toBe(1);
  });
});

/** A process still running (a zombie waiting for its reaper counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z /.test(stat);
}

describe("the README's example: two runners on one machine", () => {
  test('each gets its own hooks folder and the heap it was given; a shared folder is refused', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf('To cap a machine at 2 concurrent jobs');
    const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
    expect(at).toBeGreaterThan(0);
    expect(block).toContain('for n in 1 2; do');
    for (const n of ['1', '2']) fakeRunner(join(base, 'runners', n), 'LANG=C\n');
    // The block as written, from the checkout, with HOME at the test's folder.
    const r = spawnSync('bash', ['-e', '-c', block ?? ''], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HOME: base },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const n of ['1', '2']) {
      const hooksN = join(base, 'runners', `hooks-${n}`);
      expect(readFileSync(join(base, 'runners', n, '.env'), 'utf8')).toBe(
        [
          'LANG=C',
          `ACTIONS_RUNNER_HOOK_JOB_STARTED=${hooksN}/job-started.sh`,
          `ACTIONS_RUNNER_HOOK_JOB_COMPLETED=${hooksN}/job-completed.sh`,
          'NODE_OPTIONS=--max-old-space-size=4096',
          `UV_THREADPOOL_SIZE=${Math.max(4, availableParallelism())}`,
          ...(process.arch === 'arm64' ? ['DOCKER_DEFAULT_PLATFORM=linux/arm64'] : []),
          '',
        ].join('\n'),
      );
      expect(JSON.parse(readFileSync(join(hooksN, 'runner-hooks.json'), 'utf8')).runnerDir).toBe(
        join(base, 'runners', n),
      );
    }
    // A third runner given the first one's hooks folder is refused: each needs its own.
    fakeRunner(join(base, 'runners', '3'), 'LANG=C\n');
    const shared = install([
      '--runner-dir',
      join(base, 'runners', '3'),
      '--hooks-dir',
      join(base, 'runners', 'hooks-1'),
    ]);
    expect(shared.status).toBe(1);
    expect(shared.stderr).toBe(
      `runner-hooks/install: ${join(base, 'runners', 'hooks-1')} holds the hooks of another runner (${join(base, 'runners', '1')}); give each runner its own --hooks-dir.\n`,
    );
  });
});

describe('the local runner runs job hooks like the runner', () => {
  test('order, job variables, output under its own step, a failing started hook fails the job', async () => {
    const order = join(base, 'order.txt');
    const started = join(hooks, 'started.sh');
    const completed = join(hooks, 'completed.sh');
    mkdirSync(hooks);
    writeFileSync(
      started,
      `echo "started $GITHUB_WORKSPACE $RUNNER_TEMP \${GITHUB_ACTION-unset}" >> '${order}'\necho "::group::hello"\necho inside\necho "::endgroup::"\n`,
    );
    writeFileSync(completed, `echo "completed" >> '${order}'\n`);
    writeFileSync(
      join(runner, '.env'),
      `ACTIONS_RUNNER_HOOK_JOB_STARTED=${started}\nACTIONS_RUNNER_HOOK_JOB_COMPLETED=${completed}\nFROM_DOT_ENV=yes\n`,
    );
    const job = await runJob([{ action: 'test/fixtures/echo-action', id: 'echo' }], {
      runnerDir: runner,
      workspace: ws,
      runnerTemp: rt,
    });
    expect(job.outcome).toBe('success');
    expect(readFileSync(order, 'utf8')).toBe(`started ${ws} ${rt} unset\ncompleted\n`);
    expect(job.hooks?.started?.groups.map((g) => g.title)).toEqual(['hello']);
    expect(job.hooks?.started?.groups[0]?.lines).toContain('inside');
    // The runner's .env reaches the steps.
    expect(JSON.parse(job.byId.echo?.outputs.env ?? '{}').FROM_DOT_ENV).toBe('yes');

    writeFileSync(started, 'false\necho never\n');
    const failed = await runJob([{ action: 'test/fixtures/echo-action', id: 'echo' }], {
      runnerDir: runner,
    });
    expect(failed.outcome).toBe('failure');
    expect(failed.hooks?.started?.exitCode).toBe(1);
    expect(failed.hooks?.started?.log).not.toContain('never');
    expect(failed.byId.echo?.skipped).toBe(true);
    expect(failed.hooks?.completed?.outcome).toBe('success');
  });
});
