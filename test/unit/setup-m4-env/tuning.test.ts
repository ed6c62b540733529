import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Host } from '../../../actions/setup-m4-env/host.ts';
import type { SetupInputs } from '../../../actions/setup-m4-env/inputs.ts';
import {
  autoDockerPlatform,
  autoHeapMb,
  autoThreadpoolSize,
  defaultPnpmHome,
  mergeNodeOptions,
  planTuning,
  type TuningContext,
} from '../../../actions/setup-m4-env/tuning.ts';

const m4Pro: Host = {
  os: 'darwin',
  arch: 'arm64',
  nativeArch: 'arm64',
  chip: 'Apple M4 Pro',
  appleSilicon: true,
  rosetta: false,
  performanceCores: 10,
  efficiencyCores: 4,
  logicalCores: 14,
  memoryMb: 65536,
  memorySource: 'physical',
};

const linuxBox: Host = {
  ...m4Pro,
  os: 'linux',
  arch: 'x64',
  nativeArch: 'x64',
  chip: 'AMD EPYC',
  appleSilicon: false,
  performanceCores: 2,
  efficiencyCores: 0,
  logicalCores: 2,
  memoryMb: 24105,
};

const defaults: SetupInputs = {
  nodeHeapMb: { mode: 'auto' },
  threadpoolSize: { mode: 'auto' },
  dockerPlatform: { mode: 'auto' },
  env: [],
  requireArch: [],
  requireTools: [],
  failOnRosetta: false,
  cache: 'auto',
  cacheDependencyPath: ['pnpm-lock.yaml'],
};

const ctx: TuningContext = { pnpmFound: false, pnpmHomeDefault: '/Users/ci/Library/pnpm' };

describe('autoHeapMb', () => {
  test.each([
    [65536, 8192],
    [32768, 8192],
    [24576, 8192],
    [16384, 8192],
    [16383, 8064],
    [8192, 4096],
    [7168, 3584],
    [4096, 2048],
    [2000, 896],
    [1024, 512],
    [512, 256],
    [511, 255],
    [100, 50],
    [0, 0],
  ])('%i MB of memory → %i MB of heap', (memory, heap) => {
    expect(autoHeapMb(memory)).toBe(heap);
  });

  test('property: never more than half the memory, never above 8192, 128 MB steps from 512 MB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_194_304 }), (memory) => {
        const heap = autoHeapMb(memory);
        expect(heap).toBeLessThanOrEqual(memory / 2);
        expect(heap).toBeLessThanOrEqual(8192);
        if (memory >= 512) {
          expect(heap % 128).toBe(0);
          expect(heap).toBeGreaterThanOrEqual(256);
        }
        if (memory >= 16384) expect(heap).toBe(8192);
      }),
    );
  });

  test('property: more memory never means a smaller heap', () => {
    fc.assert(
      fc.property(fc.nat(200_000), fc.nat(200_000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(autoHeapMb(lo)).toBeLessThanOrEqual(autoHeapMb(hi));
      }),
    );
  });
});

describe('autoThreadpoolSize', () => {
  test.each([
    [1, 4],
    [2, 4],
    [4, 4],
    [8, 8],
    [10, 10],
    [14, 14],
    [192, 192],
    [5000, 1024],
  ])('%i logical cores → %i threads', (cores, size) => {
    expect(autoThreadpoolSize(cores)).toBe(size);
  });
});

describe('autoDockerPlatform', () => {
  test.each([
    [m4Pro, 'linux/arm64'],
    [{ ...m4Pro, arch: 'x64', rosetta: true }, 'linux/arm64'],
    [linuxBox, undefined],
    [{ ...linuxBox, arch: 'arm64', nativeArch: 'arm64' }, 'linux/arm64'],
  ])('%#', (host, platform) => {
    expect(autoDockerPlatform(host)).toBe(platform);
  });
});

describe('mergeNodeOptions', () => {
  test.each([
    [undefined, 8192, '--max-old-space-size=8192'],
    ['', 8192, '--max-old-space-size=8192'],
    ['--enable-source-maps', 4096, '--enable-source-maps --max-old-space-size=4096'],
    ['--max-old-space-size=2048', 4096, '--max-old-space-size=4096'],
    [
      '--max_old_space_size=2048 --trace-warnings',
      512,
      '--trace-warnings --max-old-space-size=512',
    ],
    [
      '--max-old-space-size=1 --enable-source-maps --max-old_space-size=2',
      8192,
      '--enable-source-maps --max-old-space-size=8192',
    ],
    ['  --inspect\t --no-warnings  ', 256, '--inspect --no-warnings --max-old-space-size=256'],
    [
      '--require "./setup.cjs" --max-semi-space-size=64',
      8192,
      '--require "./setup.cjs" --max-semi-space-size=64 --max-old-space-size=8192',
    ],
  ])('%j with %i', (existing, heap, merged) => {
    expect(mergeNodeOptions(existing, heap)).toBe(merged);
  });

  const flag = fc.oneof(
    fc.constantFrom(
      '--enable-source-maps',
      '--no-warnings',
      '--max-semi-space-size=64',
      '--max-old-space-size=123',
      '--max_old_space_size=77',
      '--max-old-space-size=',
      '--require=./x.cjs',
      '"quoted"',
    ),
    fc.stringMatching(/^--[a-z][a-z-]{0,12}(=[a-z0-9]{1,4})?$/),
  );
  const options = fc
    .array(fc.tuple(flag, fc.constantFrom(' ', '  ', '\t', ' \t ')), { maxLength: 8 })
    .map((parts) => parts.map(([f, gap]) => f + gap).join(''));

  test('property: exactly one heap flag, the last one, every other flag kept in order', () => {
    fc.assert(
      fc.property(options, fc.integer({ min: 1, max: 65536 }), (existing, heap) => {
        const merged = mergeNodeOptions(existing, heap).split(' ');
        const heapFlags = merged.filter((t) => /^--max[-_]old[-_]space[-_]size=/.test(t));
        expect(heapFlags).toEqual([`--max-old-space-size=${heap}`]);
        expect(merged.at(-1)).toBe(`--max-old-space-size=${heap}`);
        const others = existing
          .split(/\s+/)
          .filter((t) => t && !/^--max[-_]old[-_]space[-_]size=/.test(t));
        expect(merged.slice(0, -1)).toEqual(others);
      }),
    );
  });

  test('property: merging twice is merging once (a nested bash sources it again)', () => {
    fc.assert(
      fc.property(options, fc.integer({ min: 1, max: 65536 }), (existing, heap) => {
        const once = mergeNodeOptions(existing, heap);
        expect(mergeNodeOptions(once, heap)).toBe(once);
      }),
    );
  });
});

describe('defaultPnpmHome', () => {
  test.each([
    ['darwin', {}, '/Users/ci', '/Users/ci/Library/pnpm'],
    ['linux', {}, '/home/runner', '/home/runner/.local/share/pnpm'],
    ['linux', { XDG_DATA_HOME: '/data' }, '/home/runner', '/data/pnpm'],
    [
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\ci\\AppData\\Local' },
      'C:\\Users\\ci',
      'C:\\Users\\ci\\AppData\\Local\\pnpm',
    ],
    ['win32', {}, 'C:\\Users\\ci', 'C:\\Users\\ci\\AppData\\Local\\pnpm'],
  ])('%s %j', (platform, env, home, want) => {
    expect(defaultPnpmHome(platform, env, home)).toBe(want);
  });
});

describe('planTuning', () => {
  test('all auto on an M4 Pro: 8 GB heap, 14 threads, linux/arm64', () => {
    const plan = planTuning(defaults, m4Pro, { ...ctx, nodeOptions: '--enable-source-maps' });
    expect(plan.heapMb).toBe(8192);
    expect(plan.nodeOptions).toBe('--enable-source-maps --max-old-space-size=8192');
    expect(plan.heapWhy).toBe('auto: half of 65536 MB, capped at 8192 MB');
    expect(plan.threadpoolSize).toBe(14);
    expect(plan.dockerPlatform).toBe('linux/arm64');
    expect(plan.exports.map((e) => [e.name, e.value])).toEqual([
      ['UV_THREADPOOL_SIZE', '14'],
      ['DOCKER_DEFAULT_PLATFORM', 'linux/arm64'],
    ]);
    expect(plan.path).toBeUndefined();
    expect(plan.warnings).toEqual([]);
  });

  test('all auto on a 2-core x64 box: half the memory, libuv minimum, no Docker platform', () => {
    const plan = planTuning(defaults, linuxBox, ctx);
    expect(plan.heapMb).toBe(8192);
    expect(plan.threadpoolSize).toBe(4);
    expect(plan.exports.find((e) => e.name === 'UV_THREADPOOL_SIZE')?.why).toBe(
      'auto: one per logical core (2), at least 4',
    );
    expect(plan.dockerPlatform).toBeUndefined();
    expect(plan.exports.map((e) => e.name)).toEqual(['UV_THREADPOOL_SIZE']);
  });

  test('auto below the cap says so without "capped"', () => {
    const plan = planTuning(defaults, { ...m4Pro, memoryMb: 7168 }, ctx);
    expect([plan.heapMb, plan.heapWhy]).toEqual([3584, 'auto: half of 7168 MB']);
  });

  test('none: nothing exported, no values', () => {
    const plan = planTuning(
      {
        ...defaults,
        nodeHeapMb: { mode: 'none' },
        threadpoolSize: { mode: 'none' },
        dockerPlatform: { mode: 'none' },
      },
      m4Pro,
      { ...ctx, nodeOptions: '--max-old-space-size=1' },
    );
    expect(plan.heapMb).toBeUndefined();
    expect(plan.nodeOptions).toBeUndefined();
    expect(plan.threadpoolSize).toBeUndefined();
    expect(plan.dockerPlatform).toBeUndefined();
    expect(plan.exports).toEqual([]);
  });

  test('explicit values win over the rules', () => {
    const plan = planTuning(
      {
        ...defaults,
        nodeHeapMb: { mode: 'set', value: 6144 },
        threadpoolSize: { mode: 'set', value: 16 },
        dockerPlatform: { mode: 'set', value: 'linux/amd64' },
      },
      m4Pro,
      { ...ctx, nodeOptions: '--max-old-space-size=1024 --inspect' },
    );
    expect(plan.heapMb).toBe(6144);
    expect(plan.nodeOptions).toBe('--inspect --max-old-space-size=6144');
    expect(plan.heapWhy).toBe('set by node-heap-mb');
    expect(plan.exports.map((e) => [e.name, e.value, e.why])).toEqual([
      ['UV_THREADPOOL_SIZE', '16', 'set by threadpool-size'],
      ['DOCKER_DEFAULT_PLATFORM', 'linux/amd64', 'set by docker-platform'],
    ]);
  });

  test('an explicit heap at or above the memory warns', () => {
    const plan = planTuning(
      { ...defaults, nodeHeapMb: { mode: 'set', value: 16384 } },
      { ...m4Pro, memoryMb: 16384 },
      ctx,
    );
    expect(plan.heapMb).toBe(16384);
    expect(plan.warnings).toEqual([
      "node-heap-mb 16384 is at least this machine's memory (16384 MB): Node may be killed before it collects garbage.",
    ]);
  });

  test('unknown memory: auto leaves NODE_OPTIONS alone', () => {
    const plan = planTuning(defaults, { ...linuxBox, memoryMb: 0 }, ctx);
    expect(plan.heapMb).toBeUndefined();
    expect(plan.heapWhy).toContain('unknown');
  });

  test('env lines are exported in order, their values hidden from the summary', () => {
    const plan = planTuning(
      {
        ...defaults,
        threadpoolSize: { mode: 'none' },
        dockerPlatform: { mode: 'none' },
        env: [
          ['FOO', 'a=b'],
          ['TOKEN', 's3cret'],
        ],
      },
      m4Pro,
      ctx,
    );
    expect(plan.exports).toEqual([
      { name: 'FOO', value: 'a=b', why: 'set by env' },
      { name: 'TOKEN', value: 's3cret', why: 'set by env' },
    ]);
  });

  test.each([
    ['pnpm found, PNPM_HOME unset', { pnpmFound: true }, [], '/Users/ci/Library/pnpm'],
    ['pnpm missing', { pnpmFound: false }, [], undefined],
    ['PNPM_HOME already set', { pnpmFound: true, pnpmHome: '/opt/pnpm' }, [], undefined],
    ['PNPM_HOME given in env', { pnpmFound: true }, [['PNPM_HOME', '/x']], undefined],
  ] as const)('PNPM_HOME: %s', (_name, over, env, path) => {
    const plan = planTuning(
      { ...defaults, env: env as readonly (readonly [string, string])[] },
      m4Pro,
      {
        ...ctx,
        ...over,
      },
    );
    expect(plan.path).toBe(path);
    const exported = plan.exports.find((e) => e.name === 'PNPM_HOME' && e.why !== 'set by env');
    expect(exported?.value).toBe(path);
  });
});
