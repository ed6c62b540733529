/**
 * job-cleanup's built bundles through the local runner, with a private TMPDIR, workspace and
 * RUNNER_TEMP, asserting on the file system afterwards. Run `pnpm build job-cleanup` first.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  lutimesSync,
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
import { type Inputs, runAction, runJob, startAction } from '../support/local-runner.ts';

const DAY = 24 * 3600;

let base: string;
let ws: string;
let rt: string;
let tmp: string;
let outside: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'job-cleanup-it-'));
  ws = join(base, 'workspace');
  rt = join(base, 'runner-temp');
  tmp = join(base, 'tmp');
  outside = join(base, 'outside');
  for (const d of [ws, rt, tmp, outside]) mkdirSync(d);
  writeFileSync(join(outside, 'precious.txt'), 'keep me');
  mkdirSync(join(outside, 'data'));
  writeFileSync(join(outside, 'data', 'more.txt'), 'keep me too');
});
afterEach(() => {
  spawnSync('chattr', ['-R', '-i', base], { stdio: 'ignore' });
  rmSync(base, { recursive: true, force: true });
});

/** Sets an entry's own modification time (not through a link) `days` back. */
function age(path: string, days: number) {
  const when = Date.now() / 1000 - days * DAY;
  lutimesSync(path, when, when);
}

function folder(path: string, files: Record<string, string> = { 'a.txt': 'aaaa' }) {
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
  return path;
}

function run(inputs: Inputs, extra: { post?: boolean } = {}) {
  return runAction({
    action: 'job-cleanup',
    workspace: ws,
    runnerTemp: rt,
    env: { TMPDIR: tmp },
    inputs,
    post: extra.post ?? true,
  });
}

function outsideIntact() {
  expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me');
  expect(readFileSync(join(outside, 'data', 'more.txt'), 'utf8')).toBe('keep me too');
}

/**
 * Allocated bytes of a tree (what freed-bytes counts), read independently: a symlink frees its own
 * blocks only, never its length.
 */
function usage(p: string): number {
  const s = lstatSync(p);
  let bytes = s.blocks > 0 ? s.blocks * 512 : s.isSymbolicLink() ? 0 : s.size;
  if (s.isDirectory()) for (const n of readdirSync(p)) bytes += usage(join(p, n));
  return bytes;
}

/**
 * Why a path is outside the roots; in /tmp (where these tests live on Linux) the refusal adds that
 * /tmp is not the temp directory here (docs/decisions/cleanup-tmp-root.md).
 */
const outsideRoots = (p: string) => {
  const shared = ['/tmp', '/private/tmp'].find((t) => p.startsWith(`${t}/`));
  return `outside GITHUB_WORKSPACE, RUNNER_TEMP and the temp directory${shared ? `; ${shared} is not the temp directory here (${tmp} is)` : ''}`;
};

const warnings = (r: { annotations: { level: string; message: string }[] }) =>
  r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('temp cleanup', () => {
  test('old matching entries go; fresh and non-matching ones stay', async () => {
    const old = folder(join(tmp, 'pnpm-old'), { 'x.tgz': 'x'.repeat(10_000) });
    age(old, 3);
    const oldFile = join(tmp, 'pnpm-old-file.lock');
    writeFileSync(oldFile, 'lock');
    age(oldFile, 2);
    const fresh = folder(join(tmp, 'pnpm-fresh'));
    age(fresh, 0.5);
    const other = folder(join(tmp, 'yarn-old'));
    age(other, 10);
    const kept = folder(join(tmp, 'pnpm-keep-me'));
    age(kept, 10);
    const dotted = folder(join(tmp, '.pnpm-hidden'));
    age(dotted, 10);

    const r = await run({ when: 'now', 'temp-patterns': 'pnpm-*\n.pnpm-*\n!pnpm-keep*' });
    expect(r.main.outcome).toBe('success');
    expect(readdirSync(tmp).sort()).toEqual(['pnpm-fresh', 'pnpm-keep-me', 'yarn-old']);
    expect(r.outputs['removed-count']).toBe('3');
    expect(r.main.log).toContain('Kept 1 temp entry younger than 24 h: pnpm-fresh.');
    expect(r.main.summary).toContain('| temp-patterns |');
  });

  test('fractions of hours: 0.5 h removes what is an hour old', async () => {
    const hourOld = folder(join(tmp, 'pnpm-hour'));
    age(hourOld, 1 / 24);
    const r = await run({ when: 'now', 'max-age-hours': '0.5' });
    expect(r.main.outcome).toBe('success');
    expect(existsSync(hourOld)).toBe(false);
  });

  test('symlinks to folders outside the roots: the links go, the folders are untouched', async () => {
    // A link inside a removed folder…
    const old = folder(join(tmp, 'pnpm-with-link'));
    symlinkSync(outside, join(old, 'escape'));
    symlinkSync(join(outside, 'precious.txt'), join(old, 'file-link'));
    age(old, 3);
    // …and a top-level link (its own mtime is old, whatever its target's).
    const top = join(tmp, 'pnpm-top-link');
    symlinkSync(outside, top);
    age(top, 3);

    const r = await run({ when: 'now' });
    expect(r.main.outcome).toBe('success');
    expect(existsSync(old)).toBe(false);
    expect(() => lstatSync(top)).toThrow(/ENOENT/);
    outsideIntact();
    expect(readdirSync(outside).sort()).toEqual(['data', 'precious.txt']);
    expect(r.outputs['removed-count']).toBe('2');
  });
});

describe('paths', () => {
  test('outside the roots refused and untouched; inside the workspace removed', async () => {
    folder(join(ws, 'build'), { 'out.js': 'console.log(1)' });
    folder(join(ws, 'src'), { 'keep.ts': 'export {}' });
    writeFileSync(join(ws, 'debug.log'), 'log');
    folder(join(ws, 'logs'), { 'a.log': 'a', 'b.txt': 'b' });
    symlinkSync(outside, join(ws, 'linked'));

    const r = await run({
      when: 'now',
      paths: [
        'build',
        '*.log',
        'logs/*.log',
        `${outside}`,
        `${outside}/precious.txt`,
        '../outside/data',
        'linked/data',
        'linked/*',
        '/',
        ws,
      ].join('\n'),
    });
    expect(r.main.outcome).toBe('success');
    expect(readdirSync(ws).sort()).toEqual(['linked', 'logs', 'src']);
    expect(readdirSync(join(ws, 'logs'))).toEqual(['b.txt']);
    outsideIntact();

    const refused = warnings(r.main);
    expect(refused).toEqual(
      expect.arrayContaining([
        `Refused to remove ${outside}: ${outsideRoots(`${outside}`)}.`,
        `Refused to remove ${outside}/precious.txt: ${outsideRoots(`${outside}/precious.txt`)}.`,
        `Refused to remove ${outside}/data: ${outsideRoots(`${outside}/data`)}.`,
        `Refused to remove ${ws}/linked/data: reached through the symlink ${ws}/linked.`,
        `Refused to remove ${ws}/linked/*: reached through the symlink ${ws}/linked.`,
        `Refused to remove /: outside GITHUB_WORKSPACE, RUNNER_TEMP and the temp directory.`,
        `Refused to remove ${ws}: is GITHUB_WORKSPACE itself.`,
      ]),
    );
    expect(refused).toHaveLength(7);
    expect(r.main.annotations.filter((a) => a.level === 'warning')[0]?.properties).toEqual({
      title: 'job-cleanup refused a path',
    });
    expect(r.main.summary).toContain('#### Refused (left alone)');
    expect(r.outputs['removed-count']).toBe('3');
  });

  test("the runner's own files in RUNNER_TEMP are refused; the rest of it goes", async () => {
    folder(join(rt, 'scratch'));
    const r = await run({ when: 'now', paths: `${rt}/*` });
    expect(r.main.outcome).toBe('success');
    expect(existsSync(join(rt, 'scratch'))).toBe(false);
    // The outputs arrived: the step's own GITHUB_OUTPUT survived.
    expect(warnings(r.main).join('\n')).toContain(
      `Refused to remove ${rt}/_runner_file_commands: holds the runner's own file GITHUB_OUTPUT`,
    );
    expect(r.outputs['removed-count']).toBe('1');
  });
});

test('a large tree is removed by the bundle with worker threads, links inside not followed', async () => {
  const tree = join(ws, 'node_modules');
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 8; b++) {
      const lib = folder(join(tree, `@scope-${a}`, `pkg-${b}`, 'lib', 'esm'), {
        'index.js': 'x',
        'a.d.ts': 'y',
      });
      symlinkSync(outside, join(lib, 'escape'));
    }
  }
  const bytes = usage(tree);
  const r = await run({ when: 'now', paths: 'node_modules' });
  expect(r.main.outcome).toBe('success');
  expect(existsSync(tree)).toBe(false);
  outsideIntact();
  expect(Number(r.outputs['freed-bytes'])).toBe(bytes);
  expect(r.main.annotations).toContainEqual(
    expect.objectContaining({ level: 'debug', message: 'Worker threads shared 1 large removal.' }),
  );
});

test('clean-workspace empties the workspace but keeps it', async () => {
  folder(join(ws, 'node_modules', '.pnpm'), { 'x.js': 'x' });
  writeFileSync(join(ws, '.env'), 'SECRET=1');
  symlinkSync(outside, join(ws, 'linked-out'));
  const r = await run({ when: 'now', 'clean-workspace': 'true' });
  expect(r.main.outcome).toBe('success');
  expect(lstatSync(ws).isDirectory()).toBe(true);
  expect(readdirSync(ws)).toEqual([]);
  outsideIntact();
  expect(r.outputs['removed-count']).toBe('3');
});

test('dry-run removes nothing and lists the names', async () => {
  const old = folder(join(tmp, 'pnpm-dry'), { 'big.bin': 'b'.repeat(50_000) });
  age(old, 5);
  folder(join(ws, 'dist'));
  const before = usage(old);
  const r = await run({ when: 'now', 'dry-run': 'true', paths: 'dist' });
  expect(r.main.outcome).toBe('success');
  expect(existsSync(old)).toBe(true);
  expect(existsSync(join(ws, 'dist'))).toBe(true);
  expect(r.main.log).toContain(`Would remove ${old} (folder, 2 entries`);
  expect(r.main.log).toContain(`Would remove ${ws}/dist (folder`);
  expect(r.main.summary).toContain('**Dry run:** would remove **2** entries');
  expect(r.main.summary).toContain(`| \`${old}\` | folder (2 entries) | temp-patterns |`);
  expect(r.outputs['removed-count']).toBe('0');
  expect(r.outputs['freed-bytes']).toBe('0');
  expect(usage(old)).toBe(before);
});

test('when: now reports counts and bytes, disk free after', async () => {
  const a = folder(join(tmp, 'pnpm-a'), {
    'one.tgz': '1'.repeat(20_000),
    'two.tgz': '2'.repeat(300),
  });
  age(a, 2);
  const b = join(ws, 'coverage');
  folder(b, { 'lcov.info': 'l'.repeat(70_000) });
  const bytes = usage(a) + usage(b);

  const r = await run({ when: 'now', paths: 'coverage' });
  expect(r.main.outcome).toBe('success');
  expect(r.outputs['removed-count']).toBe('2');
  expect(Number(r.outputs['freed-bytes'])).toBe(bytes);
  expect(Number(r.outputs['disk-free-bytes'])).toBeGreaterThan(0);
  expect(r.main.summary).toContain('Removed **2** entries, freed');
  expect(r.main.summary).toContain('| file system of | free before | free after |');
  // Post has nothing left to do.
  expect(r.post?.outcome).toBe('success');
  expect(r.post?.log).toContain('cleaned up in its main step');
});

test('an invalid max-age-hours fails naming the input and removes nothing', async () => {
  const old = folder(join(tmp, 'pnpm-old'));
  age(old, 30);
  folder(join(ws, 'build'));
  const r = await run({
    when: 'now',
    'max-age-hours': '-3',
    paths: 'build',
    'clean-workspace': true,
  });
  expect(r.main.outcome).toBe('failure');
  const errors = r.main.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toBe(
    "Input 'max-age-hours' accepts a number from 0 to 87600; got '-3'.",
  );
  expect(errors[0]?.properties.title).toBe('Invalid input: max-age-hours');
  expect(existsSync(old)).toBe(true);
  expect(existsSync(join(ws, 'build'))).toBe(true);
  // The post step runs (post-if: always()) and does nothing either.
  expect(r.post?.outcome).toBe('success');
  expect(existsSync(old)).toBe(true);
  expect(existsSync(join(ws, 'build'))).toBe(true);
});

test('when: post (the default) records in main and cleans in post', async () => {
  const old = folder(join(tmp, 'pnpm-old'));
  age(old, 3);
  const h = await startAction({
    action: 'job-cleanup',
    workspace: ws,
    runnerTemp: rt,
    env: { TMPDIR: tmp },
    inputs: { paths: 'made-by-the-job' },
  });
  try {
    expect(h.main.outcome).toBe('success');
    expect(h.outputs).toEqual({});
    expect(h.main.log).toContain('cleans up in its post step');
    expect(existsSync(old)).toBe(true);
    folder(join(ws, 'made-by-the-job'));
    const post = await h.runPost();
    expect(post?.outcome).toBe('success');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(ws, 'made-by-the-job'))).toBe(false);
    expect(post?.summary).toContain('### job-cleanup (post)');
    expect(post?.summary).toContain('free at job start');
  } finally {
    h.dispose();
  }
});

test('post cleans at the end of a job that failed', async () => {
  const old = folder(join(tmp, 'pnpm-old'));
  age(old, 3);
  const job = await runJob(
    [
      { action: 'job-cleanup', id: 'cleanup', env: { TMPDIR: tmp } },
      { action: 'test/fixtures/echo-action', inputs: { scenario: 'fail' } },
    ],
    { workspace: ws, runnerTemp: rt },
  );
  expect(job.outcome).toBe('failure');
  expect(job.byId.cleanup?.post?.outcome).toBe('success');
  expect(existsSync(old)).toBe(false);
});

test('when: both cleans in main and again in post', async () => {
  folder(join(ws, 'out'));
  const h = await startAction({
    action: 'job-cleanup',
    workspace: ws,
    runnerTemp: rt,
    env: { TMPDIR: tmp },
    inputs: { when: 'both', paths: 'out' },
  });
  try {
    expect(h.outputs['removed-count']).toBe('1');
    expect(existsSync(join(ws, 'out'))).toBe(false);
    folder(join(ws, 'out'));
    const post = await h.runPost();
    expect(post?.outcome).toBe('success');
    expect(existsSync(join(ws, 'out'))).toBe(false);
  } finally {
    h.dispose();
  }
});

test('docker-prune with no daemon says so and goes on', async () => {
  const r = await run({ when: 'now', 'docker-prune': 'true', 'fail-on-error': 'true' });
  expect(r.main.outcome).toBe('success');
  expect(r.main.log).toMatch(
    /docker-prune: (no Docker daemon answered|the docker CLI is not installed)/,
  );
  expect(r.main.summary).toMatch(/\*\*Docker:\*\* .*; nothing pruned\./);
});

test('fail-on-error turns a refusal into a failed step (after cleaning the rest)', async () => {
  folder(join(ws, 'build'));
  const r = await run({ when: 'now', paths: `build\n${outside}`, 'fail-on-error': 'true' });
  expect(r.main.outcome).toBe('failure');
  expect(existsSync(join(ws, 'build'))).toBe(false);
  outsideIntact();
  const errors = r.main.annotations.filter((a) => a.level === 'error');
  expect(errors.map((e) => e.message)).toEqual([
    'job-cleanup met 1 problem(s): 1 refused, 0 not removable, 0 docker failure(s).',
  ]);
});

const immutable = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'job-cleanup-chattr-'));
  try {
    return spawnSync('chattr', ['+i', probe]).status === 0;
  } finally {
    spawnSync('chattr', ['-i', probe]);
    rmSync(probe, { recursive: true, force: true });
  }
})();

// As root, permissions do not stop a delete; an immutable folder does (EPERM), like a root-owned
// container leftover does for the runner's user. Skipped where chattr +i is not possible.
describe.skipIf(!immutable)('what may not be deleted', () => {
  test('is reported and skipped; everything else goes; the step succeeds', async () => {
    const old = folder(join(tmp, 'pnpm-root-owned'), { 'ok.txt': 'fine' });
    folder(join(old, 'locked'), { 'stuck.log': 'stuck' });
    spawnSync('chattr', ['+i', join(old, 'locked')]);
    age(old, 3);
    const other = folder(join(tmp, 'pnpm-other'));
    age(other, 3);

    const r = await run({ when: 'now' });
    expect(r.main.outcome).toBe('success');
    expect(existsSync(other)).toBe(false);
    expect(readdirSync(old)).toEqual(['locked']);
    expect(readFileSync(join(old, 'locked', 'stuck.log'), 'utf8')).toBe('stuck');
    expect(warnings(r.main)).toEqual([
      `Could not remove ${old}/locked/stuck.log: EPERM unlink: operation not permitted`,
    ]);
    expect(r.main.log).toContain(`Partly removed ${old}`);
    expect(r.outputs['removed-count']).toBe('1');
    expect(r.main.summary).toContain('#### Could not remove (skipped)');

    // The emptied folder is fresh now (its content changed): name it to try again.
    const strict = await run({ when: 'now', paths: old, 'fail-on-error': 'true' });
    expect(strict.main.outcome).toBe('failure');
    expect(readFileSync(join(old, 'locked', 'stuck.log'), 'utf8')).toBe('stuck');
  });
});

// No silent cap: one glob matching more than one run takes (100,000) removes that many, says
// exactly how many are left, and removed-count counts only what went. On tmpfs where there is one.
test('a glob matching more than one run takes warns with the exact count left', async () => {
  const where = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const big = mkdtempSync(join(where, 'job-cleanup-cap-'));
  try {
    const bigWs = join(big, 'ws');
    const many = join(bigWs, 'many');
    mkdirSync(many, { recursive: true });
    const total = 100_037;
    for (let i = 0; i < total; i++) writeFileSync(join(many, `f${i}.tmp`), '');
    writeFileSync(join(many, 'keep.txt'), 'k');
    const go = () =>
      runAction({
        action: 'job-cleanup',
        workspace: bigWs,
        runnerTemp: rt,
        env: { TMPDIR: tmp },
        inputs: { when: 'now', paths: 'many/*.tmp' },
        post: false,
        timeoutMs: 120_000,
      });
    const first = await go();
    expect(first.main.outcome).toBe('success');
    expect(first.outputs['removed-count']).toBe('100000');
    expect(readdirSync(many)).toHaveLength(38);
    expect(warnings(first.main)).toEqual([
      'paths line many/*.tmp matched 37 more entries than one run takes (100000); they were left in place: run again to remove them.',
    ]);
    expect(first.main.summary).toContain('matched 37 more entries than one run takes');
    const second = await go();
    expect(second.outputs['removed-count']).toBe('37');
    expect(warnings(second.main)).toEqual([]);
    expect(readdirSync(many)).toEqual(['keep.txt']);
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}, 180_000);

describe('paths: `~` is HOME, and a line that names nothing says so', () => {
  const NOTHING = { title: 'job-cleanup found nothing to remove' };
  test('`~/…` inside a root is removed, outside refused; each line naming nothing gets a notice', async () => {
    // A runner whose work folder lies in its HOME, as ~/actions-runner/_work does.
    folder(join(ws, 'build'));
    const r = await runAction({
      action: 'job-cleanup',
      workspace: ws,
      runnerTemp: rt,
      env: { TMPDIR: tmp, HOME: base },
      inputs: {
        when: 'now',
        // One notice per line, in the lines' order, once for a line given twice.
        paths:
          '~/workspace/gone\n~/workspace/build\ncoverage/**/*.json\n~/outside/precious.txt\n~/workspace/gone',
      },
      post: false,
    });
    expect(r.main.exitCode).toBe(0);
    expect(existsSync(join(ws, 'build'))).toBe(false);
    outsideIntact();
    expect(r.outputs['removed-count']).toBe('1');
    expect(warnings(r.main)).toEqual([
      `Refused to remove ${outside}/precious.txt: ${outsideRoots(`${outside}/precious.txt`)}.`,
    ]);
    expect(
      r.main.annotations
        .filter((a) => a.level === 'notice')
        .map((a) => ({ message: a.message, ...a.properties })),
    ).toEqual([
      {
        message: `paths line ~/workspace/gone names nothing: ${ws}/gone is not there.`,
        ...NOTHING,
      },
      {
        message: `paths line coverage/**/*.json matched nothing (under ${ws}/coverage).`,
        ...NOTHING,
      },
    ]);
    // Not a trouble: fail-on-error does not count it.
    expect(r.main.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  test("another user's `~name` is an input error, before anything is removed", async () => {
    folder(join(ws, 'build'));
    const r = await run({ when: 'now', paths: 'build\n~runner/x' }, { post: false });
    expect(r.main.exitCode).toBe(1);
    expect(existsSync(join(ws, 'build'))).toBe(true);
    expect(r.main.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "Input 'paths' accepts '~' and '~/…' for HOME, not another user's '~name'; got '~runner/x' (write './~runner/x' for a name that starts with '~').",
    ]);
  });
});
