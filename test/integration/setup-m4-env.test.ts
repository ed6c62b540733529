/**
 * setup-m4-env's built dist through the local runner on this Linux host: detection against the
 * machine, the exports as later bash steps see them, requirements, and the pnpm store cache
 * against the cache-service stand-in with the real @actions/cache. `pnpm` is a small fake on PATH
 * (answers `--version`, `store path`, `store prune`, and logs its calls), so the test never
 * touches the real store.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { autoHeapMb, autoThreadpoolSize } from '../../actions/setup-m4-env/tuning.ts';
import { type CacheService, startCacheService } from '../support/cache-service.ts';
import {
  type ActionResult,
  type RunActionOptions,
  resolveNode24,
  runAction,
  startAction,
} from '../support/local-runner.ts';

const ACTION = 'setup-m4-env';
const NODE24 = resolveNode24();

let root: string;
let bin: string;
let home: string;
let runnerTemp: string;
let pnpmLog: string;
let store: string;
let PATH: string;

/** A `pnpm` that answers like pnpm 10 and writes each call (with its cwd) to a log. */
function fakePnpm(dir: string, storePath: string, log: string) {
  const file = join(dir, 'pnpm');
  writeFileSync(
    file,
    `#!/bin/sh
echo "$PWD|$*" >> '${log}'
case "$1 $2" in
  "--version "*) echo 10.16.1 ;;
  "store path") echo '${storePath}' ;;
  "store prune") echo 'Removed 0 packages' ;;
  *) echo "fake pnpm: unexpected $*" >&2; exit 1 ;;
esac
`,
  );
  chmodSync(file, 0o755);
}

function fakeTool(dir: string, name: string, versionLine: string) {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\necho '${versionLine}'\n`);
  chmodSync(file, 0o755);
}

/** A fake that prints a recorded output for `name <args>` and fails any other way. */
function recordedTool(dir: string, name: string, args: string, recording: string) {
  const file = join(dir, name);
  const output = join(import.meta.dirname, '..', 'fixtures', 'tool-versions', recording);
  writeFileSync(
    file,
    `#!/bin/sh\nif [ "$*" = '${args}' ]; then cat '${output}'; exit 0; fi\necho "${name}: unknown option $*" >&2\nexit 64\n`,
  );
  chmodSync(file, 0o755);
}

beforeAll(() => {
  root = mkdtempSync(join(os.tmpdir(), 'sme-it-'));
  bin = join(root, 'bin');
  home = join(root, 'home');
  runnerTemp = join(root, 'runner-temp');
  pnpmLog = join(root, 'pnpm.log');
  store = join(root, 'store', 'v10');
  for (const d of [bin, home, runnerTemp, store]) mkdirSync(d, { recursive: true });
  fakePnpm(bin, store, pnpmLog);
  fakeTool(bin, 'faketool', 'faketool version 1.2.3 (build 42)');
  // Recorded real outputs, printed only for the command the real tool answers.
  recordedTool(bin, 'xcodebuild', '-version', 'xcodebuild-16.2.txt');
  recordedTool(bin, 'swift', '--version', 'swift-6.0.3-xcode-16.2.txt');
  recordedTool(bin, 'go', 'version', 'go-1.23.4-darwin-arm64.txt');
  // No /usr/local/bin: gh and docker are not on this PATH.
  PATH = [bin, dirname(NODE24), '/usr/bin', '/bin'].join(':');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  writeFileSync(pnpmLog, '');
});

const pnpmCalls = () =>
  readFileSync(pnpmLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('|') as [string, string]);

/** Runs the action with this test's PATH and HOME, and a kept RUNNER_TEMP (for BASH_ENV). */
function run(
  opts: Partial<RunActionOptions> & { inputs?: RunActionOptions['inputs'] },
): Promise<ActionResult> {
  return runAction({
    action: ACTION,
    runnerTemp,
    ...opts,
    jobEnv: { PATH, HOME: home, ...opts.jobEnv },
  });
}

/** What a later `run:` step (bash -e) sees, with the job's env and what the action exported. */
function bashStep(
  exported: Record<string, string>,
  command: string,
  jobEnv: Record<string, string> = {},
): string {
  return execFileSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], {
    env: { PATH, HOME: home, ...jobEnv, ...exported },
    encoding: 'utf8',
  });
}

function expectedMemoryMb(): number {
  const total = os.totalmem();
  const limit = process.constrainedMemory();
  const bytes = limit > 0 && limit < total ? limit : total;
  return Math.floor(bytes / 1024 / 1024);
}

/** Physical cores as lscpu counts them (distinct core and socket pairs). */
function physicalCores(): number {
  const out = execFileSync('lscpu', ['-p=CORE,SOCKET'], { encoding: 'utf8' });
  return new Set(out.split('\n').filter((l) => l && !l.startsWith('#'))).size;
}

/** The `model name` of /proc/cpuinfo (x86), else undefined (ARM kernels have none). */
function modelName(): string | undefined {
  return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
}

const errors = (r: ActionResult, stage: 'main' | 'post' = 'main') =>
  (r[stage]?.annotations ?? []).filter((a) => a.level === 'error');
const warnings = (r: ActionResult) => r.main.annotations.filter((a) => a.level === 'warning');

describe('detection', () => {
  test('the facts match this machine', async () => {
    const r = await run({ inputs: { cache: 'false' } });
    expect(r.main.outcome).toBe('success');
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({
      os: os.platform(),
      arch: os.arch(),
      'apple-silicon': 'false',
      rosetta: 'false',
      'performance-cores': String(physicalCores()),
      'efficiency-cores': '0',
      'logical-cores': String(os.availableParallelism()),
      'memory-mb': String(expectedMemoryMb()),
      'cache-hit': 'false',
      'pnpm-store-path': '',
    });
    expect(r.outputs.chip).toBe(modelName() ?? r.outputs.chip);
    expect(r.outputs.chip).not.toMatch(/^(unknown)?$/);
    expect(r.main.summary).toContain(`| ${r.outputs.chip} | ${os.arch()} |`);
    expect(r.main.summary).toContain('Off (cache is false): no cache traffic.');
    expect(pnpmCalls()).toEqual([]);
  });
});

describe('tuning', () => {
  test('auto: NODE_OPTIONS holds exactly one heap flag equal to node-heap-mb; prior flags survive', async () => {
    const prior = '--enable-source-maps --max-old-space-size=200';
    const r = await run({ jobEnv: { NODE_OPTIONS: prior }, inputs: { cache: 'false' } });
    expect(r.main.outcome).toBe('success');
    const heap = r.outputs['node-heap-mb'];
    expect(heap).toBe(String(autoHeapMb(Number(r.outputs['memory-mb']))));
    // NODE_OPTIONS itself never goes through GITHUB_ENV (the runner refuses it): BASH_ENV does.
    expect(r.main.env.NODE_OPTIONS).toBeUndefined();
    expect(r.main.annotations.filter((a) => a.source === 'runner')).toEqual([]);
    expect(r.main.env.BASH_ENV).toMatch(/setup-m4-env-.*\.sh$/);

    const seen = bashStep(r.main.env, 'printf %s "$NODE_OPTIONS"', { NODE_OPTIONS: prior });
    expect(seen).toBe(`--enable-source-maps --max-old-space-size=${heap}`);
    expect(seen.match(/--max[-_]old[-_]space[-_]size=/g)).toHaveLength(1);
    // A step that sets its own NODE_OPTIONS keeps its flags too.
    expect(
      bashStep(r.main.env, 'printf %s "$NODE_OPTIONS"', { NODE_OPTIONS: '--inspect-brk' }),
    ).toBe(`--inspect-brk --max-old-space-size=${heap}`);
    // And Node started by the step really gets that heap.
    const limit = Number(
      bashStep(r.main.env, `node -p "require('v8').getHeapStatistics().heap_size_limit"`),
    );
    expect(limit / 1024 / 1024).toBeGreaterThanOrEqual(Number(heap));
    expect(limit / 1024 / 1024).toBeLessThan(Number(heap) + 512);

    const threads = String(autoThreadpoolSize(os.availableParallelism()));
    expect(r.outputs['threadpool-size']).toBe(threads);
    expect(r.main.env.UV_THREADPOOL_SIZE).toBe(threads);
    if (os.arch() === 'arm64') expect(r.main.env.DOCKER_DEFAULT_PLATFORM).toBe('linux/arm64');
    else expect(r.main.env.DOCKER_DEFAULT_PLATFORM).toBeUndefined();
    expect(r.main.summary).toContain('NODE_OPTIONS (bash steps, through BASH_ENV)');
    const capped = heap === '8192' ? ', capped at 8192 MB' : '';
    expect(r.main.summary).toContain(`auto: half of ${r.outputs['memory-mb']} MB${capped};`);
    expect(r.main.summary).toContain(
      `| UV_THREADPOOL_SIZE | ${threads} | auto: one per logical core (${os.availableParallelism()}), at least 4 |`,
    );
  });

  test('explicit values', async () => {
    const r = await run({
      jobEnv: { NODE_OPTIONS: '--max_old_space_size=100 --trace-warnings' },
      inputs: {
        'node-heap-mb': '3072',
        'threadpool-size': '16',
        'docker-platform': 'linux/amd64',
        cache: 'false',
      },
    });
    expect(r.main.outcome).toBe('success');
    expect(r.outputs['node-heap-mb']).toBe('3072');
    expect(r.outputs['threadpool-size']).toBe('16');
    expect(r.main.env).toMatchObject({
      UV_THREADPOOL_SIZE: '16',
      DOCKER_DEFAULT_PLATFORM: 'linux/amd64',
    });
    expect(
      bashStep(r.main.env, 'printf %s "$NODE_OPTIONS"', {
        NODE_OPTIONS: '--max_old_space_size=100 --trace-warnings',
      }),
    ).toBe('--trace-warnings --max-old-space-size=3072');
  });

  test('none: nothing exported, outputs empty, NODE_OPTIONS untouched', async () => {
    const r = await run({
      jobEnv: { NODE_OPTIONS: '--max-old-space-size=200', PNPM_HOME: join(home, 'pnpm') },
      inputs: {
        'node-heap-mb': 'none',
        'threadpool-size': 'none',
        'docker-platform': 'none',
        cache: 'false',
      },
    });
    expect(r.main.outcome).toBe('success');
    expect(r.outputs['node-heap-mb']).toBe('');
    expect(r.outputs['threadpool-size']).toBe('');
    expect(r.main.env).toEqual({});
    expect(r.main.path).toEqual([]);
    expect(r.main.summary).toContain('Nothing: every tuning input is none.');
  });

  test('env lines are exported (values may hold =), PNPM_HOME is added when pnpm is present', async () => {
    const r = await run({
      inputs: {
        env: 'API_URL=https://x.example/?a=b&c=d\nEMPTY=\n# skipped\nSECRET_THING=hunter2',
        cache: 'false',
      },
    });
    expect(r.main.outcome).toBe('success');
    expect(r.main.env).toMatchObject({
      API_URL: 'https://x.example/?a=b&c=d',
      EMPTY: '',
      SECRET_THING: 'hunter2',
      PNPM_HOME: join(home, '.local', 'share', 'pnpm'),
    });
    expect(r.main.path).toEqual([join(home, '.local', 'share', 'pnpm')]);
    expect(r.main.summary).not.toContain('hunter2');
  });

  test('PNPM_HOME already set: left alone', async () => {
    const r = await run({ jobEnv: { PNPM_HOME: '/opt/pnpm' }, inputs: { cache: 'false' } });
    expect(r.main.env.PNPM_HOME).toBeUndefined();
    expect(r.main.path).toEqual([]);
  });

  test.each([
    ['node-heap-mb', '8g'],
    ['threadpool-size', '0'],
    ['docker-platform', 'arm64'],
    ['env', 'NOT A LINE'],
    ['require-arch', 'm4'],
    ['require-tools', 'node >=banana'],
    ['fail-on-rosetta', 'maybe'],
    ['cache', 'sometimes'],
  ])('invalid %s fails the step with an error naming it', async (input, value) => {
    const r = await run({ inputs: { [input]: value }, post: false });
    expect(r.main.outcome).toBe('failure');
    const [error] = errors(r);
    expect(error?.properties.title).toBe(`Invalid input: ${input}`);
    expect(error?.message).toContain(`Input '${input}'`);
    expect(r.main.env).toEqual({});
  });
});

describe('requirements', () => {
  const other = os.arch() === 'arm64' ? 'x64' : 'arm64';

  test('require-arch met; fail-on-rosetta has nothing to fail on here', async () => {
    const r = await run({
      inputs: { 'require-arch': os.arch(), 'fail-on-rosetta': 'true', cache: 'false' },
    });
    expect(r.main.outcome).toBe('success');
    expect(r.outputs.rosetta).toBe('false');
  });

  test('require-arch not met: a clear failure, nothing exported', async () => {
    const r = await run({ inputs: { 'require-arch': other } });
    expect(r.main.outcome).toBe('failure');
    expect(errors(r).map((e) => e.message)).toEqual([
      `require-arch: wanted ${other}, but this host is ${os.arch()}.`,
    ]);
    expect(r.main.env).toEqual({});
    expect(r.outputs.arch).toBe(os.arch());
    expect(r.outputs['node-heap-mb']).toBe('');
    expect(r.post).toBeUndefined();
  });

  test('require-tools met: presence and versions', async () => {
    const r = await run({
      inputs: { 'require-tools': 'node >=22\nfaketool 1.2.3\npnpm ^10\nbash', cache: 'false' },
    });
    expect(r.main.outcome).toBe('success');
    expect(r.main.summary).toContain(`| node | &gt;=22 | ${process.versions.node} | ok |`);
    expect(r.main.summary).toContain('| faketool | 1.2.3 | 1.2.3 | ok |');
    expect(r.main.summary).toContain('| pnpm | ^10 | 10.16.1 | ok |');
    expect(r.main.summary).toContain('| bash | any version | /usr/bin/bash | ok |');
  });

  test('require-tools not met: every failure listed at once, naming tool, wanted and found', async () => {
    const r = await run({
      inputs: {
        'require-tools': 'node >=99\ngh >=2.70\ndocker\nfaketool 2.x\npnpm 10.16.1',
      },
    });
    expect(r.main.outcome).toBe('failure');
    expect(errors(r).map((e) => e.message)).toEqual([
      'require-tools: 4 of 5 not as required: ' +
        `node (wanted >=99): found ${process.versions.node} in 'node --version'; ` +
        'gh (wanted >=2.70): not found on PATH; ' +
        'docker (wanted any version): not found on PATH; ' +
        "faketool (wanted 2.x): found 1.2.3 in 'faketool --version'.",
    ]);
    expect(r.main.env).toEqual({});
    expect(r.main.summary).toContain('| gh | &gt;=2.70 | not found on PATH | FAILED |');
    expect(r.main.summary).toContain('| pnpm | 10.16.1 | 10.16.1 | ok |');
  });

  test('require-tools reads Apple toolchains and go with their own version commands', async () => {
    const met = await run({
      inputs: {
        'require-tools':
          'xcodebuild >=16.2\nswift ^6.0\ngo >=1.23\nxcode 16.x via "xcodebuild -version" after "Xcode"',
        cache: 'false',
      },
    });
    expect(met.main.outcome).toBe('success');
    expect(met.main.summary).toContain('| xcodebuild | &gt;=16.2 | 16.2.0 | ok |');
    expect(met.main.summary).toContain('| swift | ^6.0 | 6.0.3 | ok |');
    expect(met.main.summary).toContain('| go | &gt;=1.23 | 1.23.4 | ok |');
    expect(met.main.summary).toContain('| xcode | 16.x | 16.2.0 | ok |');

    const unmet = await run({
      inputs: {
        'require-tools':
          'xcodebuild >=16.3\nswift >=6.1\ngo >=1.24\nxcode >=17 via "xcodebuild -version"\nswiftc >=6 via "swift -version"',
        cache: 'false',
      },
    });
    expect(unmet.main.outcome).toBe('failure');
    expect(errors(unmet).map((e) => e.message)).toEqual([
      'require-tools: 5 of 5 not as required: ' +
        "xcodebuild (wanted >=16.3): found 16.2.0 in 'xcodebuild -version'; " +
        "swift (wanted >=6.1): found 6.0.3 in 'swift --version'; " +
        "go (wanted >=1.24): found 1.23.4 in 'go version'; " +
        "xcode (wanted >=17): found 16.2.0 in 'xcodebuild -version'; " +
        "swiftc (wanted >=6): 'swift -version' failed (it exited with code 64: swift: unknown option -version).",
    ]);
  });

  test('require-arch and require-tools failures are reported together', async () => {
    const r = await run({ inputs: { 'require-arch': other, 'require-tools': 'gh' } });
    expect(errors(r).map((e) => e.message.split(':')[0])).toEqual([
      'require-arch',
      'require-tools',
    ]);
  });
});

describe('the pnpm store cache', () => {
  let service: CacheService;
  let workspace: string;

  beforeAll(async () => {
    service = await startCacheService();
    workspace = join(root, 'workspace');
    mkdirSync(workspace, { recursive: true });
  });
  afterAll(async () => {
    await service?.close();
  });
  beforeEach(async () => {
    await service.reset();
    rmSync(store, { recursive: true, force: true });
    mkdirSync(store, { recursive: true });
    writeFileSync(join(workspace, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
  });

  const cacheJob = (opts: Partial<RunActionOptions> = {}) =>
    run({
      workspace,
      runner: { environment: 'github-hosted' },
      ...opts,
      jobEnv: { ...service.env, ...opts.jobEnv },
    });

  function fillStore(seed: string) {
    mkdirSync(join(store, 'files', 'ab'), { recursive: true });
    writeFileSync(join(store, 'files', 'ab', `${seed}-index.json`), JSON.stringify({ seed }));
    writeFileSync(
      join(store, 'files', 'ab', `${seed}.bin`),
      createHash('sha512').update(seed).digest(),
    );
  }

  const listStore = () =>
    readdirSync(store, { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .sort();

  const ops = () => service.requests.map((r) => r.op);

  test('miss → install → post saves → next job hits exactly and finds the store', async () => {
    const job1 = await startAction({
      action: ACTION,
      workspace,
      runnerTemp,
      runner: { environment: 'github-hosted' },
      jobEnv: { PATH, HOME: home, ...service.env },
    });
    expect(job1.main.outcome).toBe('success');
    expect(job1.outputs['cache-hit']).toBe('false');
    expect(job1.outputs['pnpm-store-path']).toBe(store);
    expect(ops()).toEqual(['GetCacheEntryDownloadURL']);
    expect(job1.main.summary).toContain('No stored pnpm store for');
    fillStore('one');
    const saved = listStore();
    const post1 = await job1.runPost();
    expect(post1?.outcome).toBe('success');
    expect(post1?.summary).toContain('Saved the pruned pnpm store');
    // `pnpm store path` and `pnpm store prune` ran in the workspace.
    expect(pnpmCalls()).toEqual(
      expect.arrayContaining([
        [workspace, 'store path --silent'],
        [workspace, 'store prune'],
      ]),
    );
    const entries = service.entries();
    expect(entries).toHaveLength(1);
    const key = entries[0]?.key as string;
    expect(key).toMatch(
      new RegExp(`^setup-m4-env-pnpm-store-${os.platform()}-${os.arch()}-pnpm10-[0-9a-f]{64}$`),
    );

    // A fresh machine: the store is gone.
    rmSync(store, { recursive: true, force: true });
    service.requests.length = 0;
    const job2 = await startAction({
      action: ACTION,
      workspace,
      runnerTemp,
      runner: { environment: 'github-hosted' },
      jobEnv: { PATH, HOME: home, ...service.env },
    });
    expect(job2.outputs['cache-hit']).toBe('true');
    expect(listStore()).toEqual(saved);
    expect(readFileSync(join(store, 'files', 'ab', 'one-index.json'), 'utf8')).toBe(
      JSON.stringify({ seed: 'one' }),
    );
    expect(job2.main.summary).toContain('exact hit');
    const post2 = await job2.runPost();
    expect(post2?.outcome).toBe('success');
    expect(post2?.summary).toContain('is not saved again');
    expect(ops()).toEqual(['GetCacheEntryDownloadURL', 'GetBlob']);
    expect(service.entries()).toHaveLength(1);
  });

  test('a changed lockfile restores the newest store of the same OS/arch, then saves the new key', async () => {
    const job1 = await startAction({
      action: ACTION,
      workspace,
      runnerTemp,
      runner: { environment: 'github-hosted' },
      jobEnv: { PATH, HOME: home, ...service.env },
    });
    fillStore('old');
    await job1.runPost();
    const [oldEntry] = service.entries();

    writeFileSync(join(workspace, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n# changed\n");
    rmSync(store, { recursive: true, force: true });
    const job2 = await startAction({
      action: ACTION,
      workspace,
      runnerTemp,
      runner: { environment: 'github-hosted' },
      jobEnv: { PATH, HOME: home, ...service.env },
    });
    expect(job2.outputs['cache-hit']).toBe('false');
    expect(listStore()).toContain('files/ab/old.bin');
    expect(job2.main.summary).toContain(`Restored an older pnpm store from \`${oldEntry?.key}\``);
    fillStore('new');
    await job2.runPost();
    const keys = service.entries().map((e) => e.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(oldEntry?.key);
    expect(keys[1]?.slice(0, -64)).toBe(oldEntry?.key.slice(0, -64));
  });

  test('the key hashes every lockfile cache-dependency-path matches', async () => {
    for (const pkg of ['a', 'b', 'old']) {
      mkdirSync(join(workspace, 'packages', pkg), { recursive: true });
      writeFileSync(join(workspace, 'packages', pkg, 'pnpm-lock.yaml'), `lock ${pkg}\n`);
    }
    mkdirSync(join(workspace, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(workspace, 'node_modules', 'x', 'pnpm-lock.yaml'), 'ignored\n');
    const r = await cacheJob({
      inputs: { 'cache-dependency-path': '**/pnpm-lock.yaml\n!packages/old/**' },
    });
    expect(r.main.outcome).toBe('success');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    // In path order: packages/a, packages/b, then the root's pnpm-lock.yaml.
    const files = ['lock a\n', 'lock b\n', "lockfileVersion: '9.0'\n"];
    const lockHash = createHash('sha256').update(files.map(sha).join('')).digest('hex');
    expect(r.main.summary).toContain(`pnpm10-${lockHash}`);
    rmSync(join(workspace, 'packages'), { recursive: true, force: true });
    rmSync(join(workspace, 'node_modules'), { recursive: true, force: true });
  });

  test('auto on a persistent self-hosted runner: no cache request, no pnpm run, post idle', async () => {
    const r = await cacheJob({ runner: { environment: 'self-hosted' } });
    expect(r.main.outcome).toBe('success');
    expect(r.post?.outcome).toBe('success');
    expect(service.requests).toEqual([]);
    expect(pnpmCalls()).toEqual([]);
    expect(r.outputs['cache-hit']).toBe('false');
    expect(r.outputs['pnpm-store-path']).toBe('');
    expect(r.main.summary).toContain(
      'a persistent self-hosted runner keeps its pnpm store on disk',
    );
    expect(r.post?.log).toContain('nothing to save');
  });

  test('auto on a self-hosted runner marked RUNNER_EPHEMERAL=true: the cache is used', async () => {
    const r = await cacheJob({
      runner: { environment: 'self-hosted' },
      jobEnv: { RUNNER_EPHEMERAL: 'true' },
    });
    expect(r.main.outcome).toBe('success');
    expect(ops()[0]).toBe('GetCacheEntryDownloadURL');
    expect(r.outputs['pnpm-store-path']).toBe(store);
  });

  test('cache: false on a GitHub-hosted runner: no cache traffic', async () => {
    const r = await cacheJob({ inputs: { cache: 'false' } });
    expect(r.main.outcome).toBe('success');
    expect(service.requests).toEqual([]);
    expect(pnpmCalls()).toEqual([]);
  });

  test('cache: true without a lockfile: a warning, no cache, the step succeeds', async () => {
    rmSync(join(workspace, 'pnpm-lock.yaml'));
    const r = await cacheJob({ runner: { environment: 'self-hosted' }, inputs: { cache: 'true' } });
    expect(r.main.outcome).toBe('success');
    expect(warnings(r).map((w) => w.message)).toEqual([
      `Not cached: no file in ${workspace} matches cache-dependency-path (pnpm-lock.yaml).`,
    ]);
    expect(service.requests).toEqual([]);
  });

  test('cache: true without pnpm: a warning, no cache, the step succeeds', async () => {
    const r = await cacheJob({
      inputs: { cache: 'true' },
      // Only Node: this machine has a real pnpm in /usr/bin, which must not be found.
      jobEnv: { PATH: dirname(NODE24) },
    });
    expect(r.main.outcome).toBe('success');
    expect(warnings(r).map((w) => w.message)).toEqual(['Not cached: pnpm is not on PATH.']);
    expect(service.requests).toEqual([]);
    expect(r.main.env.PNPM_HOME).toBeUndefined();
  });

  test('a cache service fault on restore is a warning, not a failed step', async () => {
    service.fault({ method: 'GetCacheEntryDownloadURL', status: 403, message: 'nope' });
    const r = await cacheJob({ post: false });
    expect(r.main.outcome).toBe('success');
    expect(r.outputs['cache-hit']).toBe('false');
    expect(warnings(r).length).toBeGreaterThan(0);
  });
});
