import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ProcessFacts } from '../../../actions/setup-m4-env/host.ts';
import {
  allowedCpus,
  cgroupLimitFiles,
  type LinuxSources,
  linuxHost,
  parseCpuinfo,
  parseCpuList,
  parseLimit,
  parseMemTotal,
} from '../../../actions/setup-m4-env/linux.ts';
import {
  alderLake,
  armBlock,
  asahiM1,
  dualXeon,
  epyc2,
  graviton2,
  meminfo,
  raspberryPi4,
  rk3588,
  status,
} from './proc-fixtures.ts';

const GB = 1024 ** 3;
const facts = (arch: string, logicalCores: number): ProcessFacts => ({
  arch,
  logicalCores,
  totalMemory: 2 * GB,
});

function sources(partial: Partial<LinuxSources>): LinuxSources {
  return {
    cpuinfo: '',
    meminfo: '',
    status: '',
    cgroupLimits: [],
    coreCpus: '',
    atomCpus: '',
    ...partial,
  };
}

describe('linuxHost over recorded /proc text', () => {
  test.each([
    [
      'AMD EPYC, 2 vCPUs, cgroup v1 without a limit',
      sources({ ...epyc2, cgroupLimits: ['9223372036854771712\n'] }),
      facts('x64', 2),
      {
        chip: 'AMD EPYC',
        performanceCores: 2,
        efficiencyCores: 0,
        memoryMb: 24105,
        memorySource: 'physical',
        appleSilicon: false,
      },
    ],
    [
      'Graviton2 in a container limited to 8 GB (cgroup v2)',
      sources({ ...graviton2, cgroupLimits: ['8589934592\n'] }),
      facts('arm64', 16),
      {
        chip: 'ARM Neoverse-N1',
        performanceCores: 16,
        efficiencyCores: 0,
        memoryMb: 8192,
        memorySource: 'cgroup',
        appleSilicon: false,
      },
    ],
    [
      'Graviton2 pinned to 4 CPUs (taskset)',
      sources({ ...graviton2, status: status('0-1,8-9'), cgroupLimits: ['max\n'] }),
      facts('arm64', 4),
      { performanceCores: 4, efficiencyCores: 0, memoryMb: 31628, memorySource: 'physical' },
    ],
    [
      'RK3588 big.LITTLE',
      sources(rk3588),
      facts('arm64', 8),
      {
        chip: 'ARM Cortex-A76 + ARM Cortex-A55',
        performanceCores: 4,
        efficiencyCores: 4,
        memoryMb: 15776,
      },
    ],
    [
      'Intel i7-12700 hybrid: 8 P-cores with HT, 4 E-cores',
      sources(alderLake),
      facts('x64', 20),
      {
        chip: '12th Gen Intel(R) Core(TM) i7-12700',
        performanceCores: 8,
        efficiencyCores: 4,
        memoryMb: 31833,
      },
    ],
    [
      'the same hybrid without its sysfs lists counts physical cores',
      sources({ ...alderLake, coreCpus: '', atomCpus: '' }),
      facts('x64', 20),
      { performanceCores: 12, efficiencyCores: 0 },
    ],
    [
      'M1 Mac mini under Asahi Linux',
      sources(asahiM1),
      facts('arm64', 8),
      { chip: 'Apple M1', performanceCores: 4, efficiencyCores: 4, appleSilicon: true },
    ],
    [
      'Raspberry Pi 4',
      sources(raspberryPi4),
      facts('arm64', 4),
      { chip: 'ARM Cortex-A72', performanceCores: 4, efficiencyCores: 0, memoryMb: 7809 },
    ],
    [
      'dual-socket Xeon with Hyper-Threading',
      sources(dualXeon),
      facts('x64', 16),
      { chip: 'Intel(R) Xeon(R) Gold 6134 CPU @ 3.20GHz', performanceCores: 8 },
    ],
    [
      'an ARM part not in the table',
      sources({ cpuinfo: armBlock(0, '0x41', '0xd99') }),
      facts('arm64', 1),
      { chip: 'ARM part 0xd99', performanceCores: 1, memoryMb: 2048 },
    ],
    [
      'an unknown vendor',
      sources({ cpuinfo: armBlock(0, '0x6d', '0x001') }),
      facts('arm64', 1),
      { chip: 'CPU implementer 0x6d part 0x001' },
    ],
    [
      'nothing readable (a sandbox): Node figures, unknown chip',
      sources({}),
      facts('x64', 3),
      {
        chip: 'unknown',
        performanceCores: 0,
        efficiencyCores: 0,
        logicalCores: 3,
        memoryMb: 2048,
        memorySource: 'physical',
      },
    ],
    [
      'a cgroup limit above physical memory does not count',
      sources({ meminfo: meminfo(4 * 1024 * 1024), cgroupLimits: [String(64 * GB)] }),
      facts('x64', 2),
      { memoryMb: 4096, memorySource: 'physical' },
    ],
    [
      'the lowest of several limits (leaf max, parent 6 GB, grandparent 10 GB)',
      sources({
        meminfo: meminfo(16 * 1024 * 1024),
        cgroupLimits: ['max', '6442450944', '10737418240'],
      }),
      facts('x64', 2),
      { memoryMb: 6144, memorySource: 'cgroup' },
    ],
  ])('%s', (_name, src, f, want) => {
    const host = linuxHost(src, f);
    expect(host).toMatchObject({ os: 'linux', arch: f.arch, nativeArch: f.arch, rosetta: false });
    expect(host).toMatchObject({ logicalCores: f.logicalCores, ...want });
  });
});

describe('cgroupLimitFiles', () => {
  test.each([
    ['cgroup v2 at the root of a container', '0::/\n', ['/sys/fs/cgroup/memory.max']],
    [
      'cgroup v2, a systemd service (the runner installed with svc.sh)',
      '0::/system.slice/actions.runner.octo.mini-1.service\n',
      [
        '/sys/fs/cgroup/system.slice/actions.runner.octo.mini-1.service/memory.max',
        '/sys/fs/cgroup/system.slice/memory.max',
        '/sys/fs/cgroup/memory.max',
      ],
    ],
    [
      'cgroup v1 (this machine)',
      epyc2.cgroup,
      [
        '/sys/fs/cgroup/memory/process_api/99fcb120b3a581de993b358c30558ec8/memory.limit_in_bytes',
        '/sys/fs/cgroup/memory/process_api/memory.limit_in_bytes',
        '/sys/fs/cgroup/memory/memory.limit_in_bytes',
        '/sys/fs/cgroup/memory.max',
      ],
    ],
    [
      'cgroup v1 with joined controllers',
      '5:memory,hugetlb:/docker/abc\n',
      [
        '/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes',
        '/sys/fs/cgroup/memory/docker/memory.limit_in_bytes',
        '/sys/fs/cgroup/memory/memory.limit_in_bytes',
      ],
    ],
    ['no memory controller', '3:cpuset:/\n2:cpu,cpuacct:/x\n', []],
    ['empty (not Linux)', '', []],
  ])('%s', (_name, text, files) => {
    expect(cgroupLimitFiles(text)).toEqual(files);
  });
});

describe('small parsers', () => {
  test.each([
    ['max\n', undefined],
    ['8589934592\n', 8589934592],
    ['9223372036854771712', undefined],
    ['0', undefined],
    ['', undefined],
    ['-1', undefined],
  ])('parseLimit(%j) = %j', (text, bytes) => {
    expect(parseLimit(text)).toBe(bytes);
  });

  test.each([
    ['0-3', [0, 1, 2, 3]],
    ['0-1,8-9\n', [0, 1, 8, 9]],
    ['5', [5]],
    ['', []],
    ['0-2,x,7', [0, 1, 2, 7]],
  ])('parseCpuList(%j)', (text, cpus) => {
    expect([...parseCpuList(text)].sort((a, b) => a - b)).toEqual(cpus);
  });

  test('parseMemTotal reads kB, ignores the rest', () => {
    expect(parseMemTotal(meminfo(1024))).toBe(1024 * 1024);
    expect(parseMemTotal('MemFree: 1 kB\n')).toBeUndefined();
  });

  test('allowedCpus reads Cpus_allowed_list, and is undefined without it', () => {
    expect([...(allowedCpus(status('2,4')) ?? [])]).toEqual([2, 4]);
    expect(allowedCpus('Name:\tnode\n')).toBeUndefined();
  });

  test('parseCpuinfo keeps per-processor fields and the machine-wide Hardware line', () => {
    const cpus = parseCpuinfo(raspberryPi4.cpuinfo);
    expect(cpus).toHaveLength(4);
    expect(cpus[3]).toEqual({
      id: 3,
      implementer: '0x41',
      part: '0xd08',
      hardware: 'BCM2835',
    });
  });

  test('property: a rendered CPU list parses back to the same set', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(255), { maxLength: 40 }), (cpus) => {
        const sorted = [...cpus].sort((a, b) => a - b);
        // Render as the kernel does: runs collapsed into ranges.
        const parts: string[] = [];
        for (let i = 0; i < sorted.length; ) {
          let j = i;
          while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
          parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
          i = j + 1;
        }
        expect([...parseCpuList(parts.join(','))].sort((a, b) => a - b)).toEqual(sorted);
      }),
    );
  });

  test('property: cpuinfo blocks in any order give one processor each, ids kept', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(511), { minLength: 1, maxLength: 32 }), (ids) => {
        const text = ids.map((id) => armBlock(id, '0x41', '0xd0c')).join('\n');
        expect(parseCpuinfo(text).map((p) => p.id)).toEqual(ids);
      }),
    );
  });

  test('property: memory is never above physical, and is the lowest limit below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1 << 30 }),
        fc.array(fc.oneof(fc.constant('max'), fc.integer({ min: 1, max: 2 ** 45 }).map(String))),
        (kb, limits) => {
          const host = linuxHost(
            sources({ meminfo: meminfo(kb), cgroupLimits: limits }),
            facts('x64', 1),
          );
          const physical = kb * 1024;
          const below = limits.map(Number).filter((b) => b > 0 && b < physical);
          const bytes = below.length ? Math.min(...below) : physical;
          expect(host.memoryMb).toBe(Math.floor(bytes / 1024 / 1024));
          expect(host.memorySource).toBe(below.length ? 'cgroup' : 'physical');
        },
      ),
    );
  });
});
