import { describe, expect, it } from 'vitest';
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

const values = (host: Host, tune: 'auto' | 'none', nodeOptions?: string) =>
  Object.fromEntries(
    wantedValues(scripts, tune, host).wanted.map((w) => [w.name, w.value(nodeOptions)]),
  );

describe('what the install writes', () => {
  it("an M4 Mac mini: the issue's values", () => {
    expect(values(m4, 'auto', '--enable-source-maps --max-old-space-size=2048')).toEqual({
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
    expect(values(host, 'auto')).toEqual({
      ACTIONS_RUNNER_HOOK_JOB_STARTED: '/h/job-started.sh',
      ACTIONS_RUNNER_HOOK_JOB_COMPLETED: '/h/job-completed.sh',
      NODE_OPTIONS: '--max-old-space-size=4096',
      UV_THREADPOOL_SIZE: '4',
    });
    expect(wantedValues(scripts, 'auto', host).why.join('\n')).toMatch(
      /DOCKER_DEFAULT_PLATFORM: not set/,
    );
  });

  it('--tune none: the hooks only', () => {
    expect(Object.keys(values(m4, 'none'))).toEqual([
      'ACTIONS_RUNNER_HOOK_JOB_STARTED',
      'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
    ]);
  });
});
