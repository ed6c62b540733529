import { describe, expect, test } from 'vitest';
import type { Host } from '../../../actions/setup-m4-env/host.ts';
import type { SetupInputs } from '../../../actions/setup-m4-env/inputs.ts';
import { outputs, type Report, setupSummary } from '../../../actions/setup-m4-env/summary.ts';
import { planTuning } from '../../../actions/setup-m4-env/tuning.ts';

const host: Host = {
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

const inputs: SetupInputs = {
  nodeHeapMb: { mode: 'auto' },
  threadpoolSize: { mode: 'auto' },
  dockerPlatform: { mode: 'auto' },
  env: [['API_TOKEN', 'hunter2']],
  requireArch: [],
  requireTools: [],
  failOnRosetta: false,
  cache: 'auto',
  cacheDependencyPath: ['pnpm-lock.yaml'],
};

const tuning = planTuning(inputs, host, {
  nodeOptions: '--enable-source-maps',
  pnpmFound: true,
  pnpmHomeDefault: '/Users/ci/Library/pnpm',
});

const report: Report = {
  host,
  tuning,
  checks: [{ tool: 'node', wanted: '>=22', found: '24.1.0', ok: true }],
  failures: [],
  warnings: [],
  cache: { hit: true, storePath: '/Users/ci/Library/pnpm/store/v10', note: 'Restored it.' },
};

describe('outputs', () => {
  test('every output the issue lists, as strings', () => {
    expect(outputs(report)).toEqual({
      os: 'darwin',
      arch: 'arm64',
      chip: 'Apple M4 Pro',
      'apple-silicon': 'true',
      rosetta: 'false',
      'performance-cores': '10',
      'efficiency-cores': '4',
      'logical-cores': '14',
      'memory-mb': '65536',
      'node-heap-mb': '8192',
      'threadpool-size': '14',
      'cache-hit': 'true',
      'pnpm-store-path': '/Users/ci/Library/pnpm/store/v10',
    });
  });

  test('none and failed requirements leave the chosen values empty', () => {
    const none = planTuning(
      { ...inputs, nodeHeapMb: { mode: 'none' }, threadpoolSize: { mode: 'none' } },
      host,
      { pnpmFound: false, pnpmHomeDefault: '' },
    );
    const o = outputs({ ...report, tuning: none });
    expect([o['node-heap-mb'], o['threadpool-size']]).toEqual(['', '']);
    const failed = outputs({ ...report, tuning: undefined });
    expect([failed['node-heap-mb'], failed['threadpool-size']]).toEqual(['', '']);
  });
});

describe('setupSummary', () => {
  const md = setupSummary(report);

  test('a host table with chip, cores, memory, arch and Rosetta', () => {
    expect(md).toContain('### setup-m4-env: Apple M4 Pro (10P + 4E cores, 65536 MB)');
    expect(md).toContain('| Apple M4 Pro | arm64 | 10 | 4 | 14 | 65536 MB | no |');
  });

  test('what was exported and why; env values stay hidden', () => {
    expect(md).toContain(
      '| NODE_OPTIONS (bash steps, through BASH_ENV) | --enable-source-maps --max-old-space-size=8192 | auto: half of 65536 MB, capped at 8192 MB; flags already set are kept |',
    );
    expect(md).toContain(
      '| UV_THREADPOOL_SIZE | 14 | auto: one per logical core (14), at least 4 |',
    );
    expect(md).toContain('| DOCKER_DEFAULT_PLATFORM | linux/arm64 | auto: the hardware is arm64 |');
    expect(md).toContain('| API_TOKEN | (hidden) | set by env |');
    expect(md).not.toContain('hunter2');
    expect(md).toContain('Added to PATH: `/Users/ci/Library/pnpm`.');
  });

  test('tool checks and the cache', () => {
    expect(md).toContain('| node | &gt;=22 | 24.1.0 | ok |');
    expect(md).toContain('#### pnpm store cache\n\nRestored it.');
  });

  test('a failed requirement is stated first and nothing is exported', () => {
    const failed = setupSummary({
      ...report,
      tuning: undefined,
      failures: ['require-arch: wanted x64, but this host is arm64.'],
    });
    expect(failed).toContain('**Failed:** require-arch: wanted x64, but this host is arm64.');
    expect(failed).toContain('Nothing: a requirement failed');
  });

  test('Rosetta and cgroup limits show in the host row', () => {
    const md2 = setupSummary({
      ...report,
      host: { ...host, arch: 'x64', rosetta: true, memorySource: 'cgroup', efficiencyCores: 0 },
      warnings: ['translated'],
    });
    expect(md2).toContain('| x64 on arm64 |');
    expect(md2).toContain('65536 MB (cgroup limit)');
    expect(md2).toContain('yes: translated, 2-3x slower');
    expect(md2).toContain('**Warning:** translated');
  });
});
