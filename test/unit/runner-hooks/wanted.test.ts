import { describe, expect, it } from 'vitest';
import type { Tuning } from '../../../actions/runner-hooks/options.ts';
import { wantedValues } from '../../../actions/runner-hooks/wanted.ts';
import type { Host } from '../../../actions/setup-m4-env/host.ts';

const m4: Host = {
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
const scripts = { started: '/h/job-started.sh', completed: '/h/job-completed.sh' };
const AUTO: Tuning = {
  nodeHeapMb: { mode: 'auto' },
  threadpoolSize: { mode: 'auto' },
  dockerPlatform: { mode: 'auto' },
};
const NONE: Tuning = {
  nodeHeapMb: { mode: 'none' },
  threadpoolSize: { mode: 'none' },
  dockerPlatform: { mode: 'none' },
};

const values = (host: Host, tuning: Tuning, nodeOptions?: string, env: [string, string][] = []) =>
  Object.fromEntries(
    wantedValues(scripts, tuning, env, host).wanted.map((w) => [w.name, w.value(nodeOptions)]),
  );

describe('what the install writes', () => {
  it("an M4 Mac mini: the issue's values", () => {
    expect(values(m4, AUTO, '--enable-source-maps --max-old-space-size=2048')).toEqual({
      ACTIONS_RUNNER_HOOK_JOB_STARTED: '/h/job-started.sh',
      ACTIONS_RUNNER_HOOK_JOB_COMPLETED: '/h/job-completed.sh',
      NODE_OPTIONS: '--enable-source-maps --max-old-space-size=8192',
      UV_THREADPOOL_SIZE: '14',
      DOCKER_DEFAULT_PLATFORM: 'linux/arm64',
    });
  });

  it('x64 Linux with 8 GB: no Docker platform, half the memory', () => {
    const host: Host = {
      ...m4,
      os: 'linux',
      arch: 'x64',
      nativeArch: 'x64',
      logicalCores: 2,
      memoryMb: 8192,
      appleSilicon: false,
    };
    expect(values(host, AUTO)).toEqual({
      ACTIONS_RUNNER_HOOK_JOB_STARTED: '/h/job-started.sh',
      ACTIONS_RUNNER_HOOK_JOB_COMPLETED: '/h/job-completed.sh',
      NODE_OPTIONS: '--max-old-space-size=4096',
      UV_THREADPOOL_SIZE: '4',
    });
    expect(wantedValues(scripts, AUTO, [], host).why).toEqual([
      'NODE_OPTIONS heap: auto: half of 8192 MB',
      'UV_THREADPOOL_SIZE: auto: one per logical core (2), at least 4',
      'DOCKER_DEFAULT_PLATFORM: not set, the hardware is x64',
    ]);
  });

  it('--tune none: the hooks only', () => {
    expect(Object.keys(values(m4, NONE))).toEqual([
      'ACTIONS_RUNNER_HOOK_JOB_STARTED',
      'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
    ]);
    expect(wantedValues(scripts, NONE, [], m4).why).toEqual([
      'NODE_OPTIONS heap: --node-heap-mb is none: NODE_OPTIONS left alone',
    ]);
  });

  it('explicit values and --env, said as set by their options', () => {
    const tuning: Tuning = {
      nodeHeapMb: { mode: 'set', value: 70000 },
      threadpoolSize: { mode: 'set', value: 6 },
      dockerPlatform: { mode: 'none' },
    };
    const w = wantedValues(scripts, tuning, [['RUNNER_EPHEMERAL', 'true']], m4);
    expect(Object.fromEntries(w.wanted.map((x) => [x.name, x.value('--inspect')]))).toEqual({
      ACTIONS_RUNNER_HOOK_JOB_STARTED: '/h/job-started.sh',
      ACTIONS_RUNNER_HOOK_JOB_COMPLETED: '/h/job-completed.sh',
      NODE_OPTIONS: '--inspect --max-old-space-size=70000',
      UV_THREADPOOL_SIZE: '6',
      RUNNER_EPHEMERAL: 'true',
    });
    expect(w.why).toEqual([
      'NODE_OPTIONS heap: set by --node-heap-mb',
      'UV_THREADPOOL_SIZE: set by --threadpool-size',
      'RUNNER_EPHEMERAL: set by --env',
    ]);
    expect(w.warnings).toEqual([
      "--node-heap-mb 70000 is at least this machine's memory (65536 MB): Node may be killed before it collects garbage.",
    ]);
  });

  it.each([
    ['NODE_OPTIONS', '--inspect', false],
    ['NODE_OPTIONS', '--inspect --max_old_space_size=100', true],
    ['NODE_OPTIONS', '--max-old-space-size=100', true],
    ['NODE_OPTIONS', '--no-max-old-space-size=1', false],
    ['UV_THREADPOOL_SIZE', '8', true],
    ['DOCKER_DEFAULT_PLATFORM', 'linux/amd64', true],
    ['RUNNER_EPHEMERAL', 'false', true],
  ])('a %s of %j found in .env was set by hand: %s', (name, before, hand) => {
    const w = wantedValues(scripts, AUTO, [['RUNNER_EPHEMERAL', 'true']], m4).wanted;
    expect(w.find((x) => x.name === name)?.handSet?.(before)).toBe(hand);
  });

  it('the hook paths are always set (never kept as set by hand)', () => {
    const w = wantedValues(scripts, AUTO, [], m4).wanted;
    expect(w.filter((x) => x.handSet === undefined).map((x) => x.name)).toEqual([
      'ACTIONS_RUNNER_HOOK_JOB_STARTED',
      'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
    ]);
  });
});
