import { describe, expect, test } from 'vitest';
import { InputError } from '../../../actions/lib/errors.ts';
import { createReader, fromRecord } from '../../../actions/lib/inputs.ts';
import { readSetupInputs } from '../../../actions/setup-m4-env/inputs.ts';

const read = (values: Record<string, string>) => readSetupInputs(createReader(fromRecord(values)));

async function rejection(values: Record<string, string>): Promise<InputError> {
  const error = await read(values).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readSetupInputs', () => {
  test('defaults', async () => {
    expect(await read({})).toEqual({
      nodeHeapMb: { mode: 'auto' },
      threadpoolSize: { mode: 'auto' },
      dockerPlatform: { mode: 'auto' },
      env: [],
      requireArch: [],
      requireTools: [],
      failOnRosetta: false,
      cache: 'auto',
      cacheDependencyPath: ['pnpm-lock.yaml'],
    });
  });

  test.each([
    ['auto', { mode: 'auto' }],
    ['AUTO', { mode: 'auto' }],
    ['none', { mode: 'none' }],
    ['None', { mode: 'none' }],
    ['8192', { mode: 'set', value: 8192 }],
    ['64', { mode: 'set', value: 64 }],
    ['1048576', { mode: 'set', value: 1048576 }],
  ])('node-heap-mb %j', async (raw, setting) => {
    expect((await read({ 'node-heap-mb': raw })).nodeHeapMb).toEqual(setting);
  });

  test.each(['8g', '8 GB', '63', '1048577', '-1', '4096.5', 'half', '0x100'])(
    'node-heap-mb %j is refused, naming the input',
    async (raw) => {
      const error = await rejection({ 'node-heap-mb': raw });
      expect(error.input).toBe('node-heap-mb');
      expect(error.message).toBe(
        `Input 'node-heap-mb' accepts 'auto', 'none' or a whole number of MB from 64 to 1048576; got '${raw}'.`,
      );
    },
  );

  test.each([
    ['auto', { mode: 'auto' }],
    ['none', { mode: 'none' }],
    ['16', { mode: 'set', value: 16 }],
    ['1', { mode: 'set', value: 1 }],
    ['1024', { mode: 'set', value: 1024 }],
  ])('threadpool-size %j', async (raw, setting) => {
    expect((await read({ 'threadpool-size': raw })).threadpoolSize).toEqual(setting);
  });

  test.each(['0', '1025', 'many', '4.5'])('threadpool-size %j is refused', async (raw) => {
    const error = await rejection({ 'threadpool-size': raw });
    expect(error.input).toBe('threadpool-size');
    expect(error.message).toContain("accepts 'auto', 'none' or a whole number from 1 to 1024");
  });

  test.each([
    ['auto', { mode: 'auto' }],
    ['none', { mode: 'none' }],
    ['linux/arm64', { mode: 'set', value: 'linux/arm64' }],
    ['linux/arm64/v8', { mode: 'set', value: 'linux/arm64/v8' }],
    ['Linux/AMD64', { mode: 'set', value: 'linux/amd64' }],
  ])('docker-platform %j', async (raw, setting) => {
    expect((await read({ 'docker-platform': raw })).dockerPlatform).toEqual(setting);
  });

  test.each(['arm64', 'linux', 'linux/arm64 linux/amd64', 'linux//arm64', '/arm64'])(
    'docker-platform %j is refused',
    async (raw) => {
      const error = await rejection({ 'docker-platform': raw });
      expect(error.input).toBe('docker-platform');
      expect(error.message).toContain("a platform such as 'linux/arm64'");
    },
  );

  test('env: KEY=VALUE lines, values may hold =, blank and # lines skipped', async () => {
    const inputs = await read({
      env: 'FOO=bar\n\n# a comment\nURL=https://x.example/?a=b&c=d\nEMPTY=\n_UNDER=1',
    });
    expect(inputs.env).toEqual([
      ['FOO', 'bar'],
      ['URL', 'https://x.example/?a=b&c=d'],
      ['EMPTY', ''],
      ['_UNDER', '1'],
    ]);
  });

  test.each([
    ['FOO', 'each line is KEY=VALUE'],
    ['=bar', 'each line is KEY=VALUE'],
    ['1FOO=x', 'each line is KEY=VALUE'],
    ['MY-VAR=x', 'each line is KEY=VALUE'],
    ['NODE_OPTIONS=--inspect', 'the runner refuses NODE_OPTIONS'],
    ['BASH_ENV=/tmp/mine.sh', 'setup-m4-env exports BASH_ENV to carry the heap size'],
    ['bash_env=/tmp/mine.sh', 'would silently replace it'],
    ['GITHUB_TOKEN=x', 'belong to the runner'],
    ['runner_temp=x', 'belong to the runner'],
    ['UV_THREADPOOL_SIZE=8', "UV_THREADPOOL_SIZE is set by 'threadpool-size'"],
    ['DOCKER_DEFAULT_PLATFORM=linux/amd64', "is set by 'docker-platform'"],
    ['A=1\nA=2', 'A is given twice'],
  ])('env %j is refused', async (raw, why) => {
    const error = await rejection({ env: raw });
    expect(error.input).toBe('env');
    expect(error.message).toContain("Input 'env' line");
    expect(error.message).toContain(why);
  });

  test('env may set what a tuning input set to none leaves alone', async () => {
    const inputs = await read({
      'threadpool-size': 'none',
      'docker-platform': 'none',
      env: 'UV_THREADPOOL_SIZE=32\nDOCKER_DEFAULT_PLATFORM=linux/amd64',
    });
    expect(inputs.env).toEqual([
      ['UV_THREADPOOL_SIZE', '32'],
      ['DOCKER_DEFAULT_PLATFORM', 'linux/amd64'],
    ]);
  });

  test.each([
    ['arm64', ['arm64']],
    ['ARM64', ['arm64']],
    ['aarch64', ['arm64']],
    ['x64', ['x64']],
    ['amd64', ['x64']],
    ['x86_64', ['x64']],
    ['arm64, x64', ['arm64', 'x64']],
    ['', []],
  ])('require-arch %j', async (raw, arch) => {
    expect((await read({ 'require-arch': raw })).requireArch).toEqual(arch);
  });

  test.each(['m4', 'apple', 'arm64 x64'])('require-arch %j is refused', async (raw) => {
    const error = await rejection({ 'require-arch': raw });
    expect(error.input).toBe('require-arch');
    expect(error.message).toContain("accepts architectures such as 'arm64' or 'x64'");
  });

  test('require-tools: one tool per line, with or without a range', async () => {
    const inputs = await read({
      'require-tools': 'node >=22\npnpm 10.16.1\n# docker later\ndocker\ngh >=2.70 <3',
    });
    expect(inputs.requireTools).toEqual([
      { tool: 'node', range: '>=22' },
      { tool: 'pnpm', range: '10.16.1' },
      { tool: 'docker' },
      { tool: 'gh', range: '>=2.70 <3' },
    ]);
  });

  test.each([
    ['node >=abc', "'>=abc' is not a semver range"],
    ['node 22 beta', "'22 beta' is not a semver range"],
    ['./bin/tool', "'./bin/tool' is not a command name"],
    ['node\nnode >=22', "names 'node' twice"],
  ])('require-tools %j is refused', async (raw, why) => {
    const error = await rejection({ 'require-tools': raw });
    expect(error.input).toBe('require-tools');
    expect(error.message).toContain(why);
  });

  test.each([
    ['true', true],
    ['false', false],
    ['TRUE', true],
  ])('fail-on-rosetta %j', async (raw, value) => {
    expect((await read({ 'fail-on-rosetta': raw })).failOnRosetta).toBe(value);
  });

  test('fail-on-rosetta refuses what is not a boolean', async () => {
    const error = await rejection({ 'fail-on-rosetta': 'yes' });
    expect(error.message).toBe("Input 'fail-on-rosetta' accepts 'true' or 'false'; got 'yes'.");
  });

  test.each([
    ['auto', 'auto'],
    ['true', 'true'],
    ['FALSE', 'false'],
  ])('cache %j', async (raw, value) => {
    expect((await read({ cache: raw })).cache).toBe(value);
  });

  test('cache refuses anything else', async () => {
    const error = await rejection({ cache: 'sometimes' });
    expect(error.input).toBe('cache');
    expect(error.message).toBe(
      "Input 'cache' accepts one of 'auto', 'true', 'false'; got 'sometimes'.",
    );
  });

  test('cache-dependency-path: lines and globs', async () => {
    const inputs = await read({
      'cache-dependency-path': 'pnpm-lock.yaml\npackages/*/pnpm-lock.yaml\n!packages/old/**',
    });
    expect(inputs.cacheDependencyPath).toEqual([
      'pnpm-lock.yaml',
      'packages/*/pnpm-lock.yaml',
      '!packages/old/**',
    ]);
  });
});
