import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ProcessFacts } from '../../../actions/setup-m4-env/host.ts';
import { macHost, parseSysctl, SYSCTL_KEYS } from '../../../actions/setup-m4-env/sysctl.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'sysctl');
const recorded = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const GB = 1024 ** 3;

interface Expected {
  chip: string;
  arch: string;
  logical: number;
  performance: number;
  efficiency: number;
  memoryMb: number;
  appleSilicon: boolean;
  rosetta: boolean;
  nativeArch: string;
}

const machines: [file: string, expected: Expected][] = [
  [
    'm1-mac-mini.txt',
    {
      chip: 'Apple M1',
      arch: 'arm64',
      logical: 8,
      performance: 4,
      efficiency: 4,
      memoryMb: 16384,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'm2-mac-mini.txt',
    {
      chip: 'Apple M2',
      arch: 'arm64',
      logical: 8,
      performance: 4,
      efficiency: 4,
      memoryMb: 24576,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'm3-macbook-pro.txt',
    {
      chip: 'Apple M3',
      arch: 'arm64',
      logical: 8,
      performance: 4,
      efficiency: 4,
      memoryMb: 16384,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'm4-mac-mini.txt',
    {
      chip: 'Apple M4',
      arch: 'arm64',
      logical: 10,
      performance: 4,
      efficiency: 6,
      memoryMb: 16384,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'm4-pro-mac-mini.txt',
    {
      chip: 'Apple M4 Pro',
      arch: 'arm64',
      logical: 14,
      performance: 10,
      efficiency: 4,
      memoryMb: 65536,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'm4-pro-keys-only.txt',
    {
      chip: 'Apple M4 Pro',
      arch: 'arm64',
      logical: 14,
      performance: 10,
      efficiency: 4,
      memoryMb: 65536,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'github-macos-vm.txt',
    {
      chip: 'Apple M1 (Virtual)',
      arch: 'arm64',
      logical: 3,
      performance: 3,
      efficiency: 0,
      memoryMb: 7168,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'github-macos-vm-keys-only.txt',
    {
      chip: 'Apple M1 (Virtual)',
      arch: 'arm64',
      logical: 3,
      performance: 3,
      efficiency: 0,
      memoryMb: 7168,
      appleSilicon: true,
      rosetta: false,
      nativeArch: 'arm64',
    },
  ],
  [
    'm2-rosetta.txt',
    {
      chip: 'Apple M2',
      arch: 'x64',
      logical: 8,
      performance: 4,
      efficiency: 4,
      memoryMb: 16384,
      appleSilicon: true,
      rosetta: true,
      nativeArch: 'arm64',
    },
  ],
  [
    'intel-mac-mini-2018.txt',
    {
      chip: 'Intel(R) Core(TM) i7-8700B CPU @ 3.20GHz',
      arch: 'x64',
      logical: 12,
      performance: 6,
      efficiency: 0,
      memoryMb: 32768,
      appleSilicon: false,
      rosetta: false,
      nativeArch: 'x64',
    },
  ],
];

describe('macHost over recorded sysctl output', () => {
  test.each(machines)('%s', (file, want) => {
    const facts: ProcessFacts = { arch: want.arch, logicalCores: want.logical, totalMemory: 1 };
    expect(macHost(parseSysctl(recorded(file)), facts)).toEqual({
      os: 'darwin',
      arch: want.arch,
      nativeArch: want.nativeArch,
      chip: want.chip,
      appleSilicon: want.appleSilicon,
      rosetta: want.rosetta,
      performanceCores: want.performance,
      efficiencyCores: want.efficiency,
      logicalCores: want.logical,
      memoryMb: want.memoryMb,
      memorySource: 'physical',
    });
  });

  test('every recorded machine answers each key the reader asks for, or lacks it on purpose', () => {
    const lacking: Record<string, string[]> = {
      'github-macos-vm.txt': ['hw.perflevel0.physicalcpu', 'hw.perflevel1.physicalcpu'],
      'github-macos-vm-keys-only.txt': ['hw.perflevel0.physicalcpu', 'hw.perflevel1.physicalcpu'],
      'intel-mac-mini-2018.txt': [
        'hw.perflevel0.physicalcpu',
        'hw.perflevel1.physicalcpu',
        'hw.optional.arm64',
        'sysctl.proc_translated',
      ],
    };
    for (const [file] of machines) {
      const values = parseSysctl(recorded(file));
      const missing = SYSCTL_KEYS.filter((k) => !values.has(k));
      expect(missing, file).toEqual(lacking[file] ?? []);
    }
  });

  test('the memory falls back to os.totalmem() when hw.memsize is missing', () => {
    const host = macHost(parseSysctl('machdep.cpu.brand_string: Apple M4\n'), {
      arch: 'arm64',
      logicalCores: 10,
      totalMemory: 16 * GB,
    });
    expect(host.memoryMb).toBe(16384);
    expect(host.performanceCores).toBe(0);
    expect(host.appleSilicon).toBe(true);
  });

  test('no output at all (sysctl missing): Node figures, unknown chip', () => {
    const host = macHost(parseSysctl(''), {
      arch: 'x64',
      logicalCores: 4,
      totalMemory: 8 * GB,
      cpuModel: ' Intel(R) Core(TM) i5 ',
    });
    expect(host).toMatchObject({
      chip: 'Intel(R) Core(TM) i5',
      appleSilicon: false,
      rosetta: false,
      performanceCores: 0,
      efficiencyCores: 0,
      memoryMb: 8192,
    });
  });

  test('a perflevel0 without perflevel1 has no efficiency cores', () => {
    const host = macHost(
      parseSysctl('hw.perflevel0.physicalcpu: 8\nhw.physicalcpu: 8\nhw.optional.arm64: 1\n'),
      { arch: 'arm64', logicalCores: 8, totalMemory: GB },
    );
    expect([host.performanceCores, host.efficiencyCores]).toEqual([8, 0]);
  });
});

describe('parseSysctl', () => {
  test.each([
    ['hw.memsize: 17179869184', 'hw.memsize', '17179869184'],
    ['machdep.cpu.brand_string: Apple M4 Pro', 'machdep.cpu.brand_string', 'Apple M4 Pro'],
    ['hw.osenvironment: ', 'hw.osenvironment', ''],
    ['hw.osenvironment:', 'hw.osenvironment', ''],
    ['kern.ostype = Darwin', 'kern.ostype', 'Darwin'],
    ['hw.optional.arm.FEAT_SME2: 1', 'hw.optional.arm.FEAT_SME2', '1'],
    ['hw.cacheconfig: 8 1 4 0 0 0 0 0 0 0', 'hw.cacheconfig', '8 1 4 0 0 0 0 0 0 0'],
  ])('%j', (line, key, value) => {
    expect(parseSysctl(line).get(key)).toBe(value);
  });

  test("sysctl's complaints about unknown keys are not values", () => {
    const values = parseSysctl(
      "sysctl: unknown oid 'hw.perflevel0.physicalcpu'\nhw.memsize: 8589934592\r\n",
    );
    expect([...values]).toEqual([['hw.memsize', '8589934592']]);
  });

  test('property: rendered name: value lines parse back', () => {
    const name = fc
      .array(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join('.'));
    const value = fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/);
    fc.assert(
      fc.property(fc.dictionary(name, value), (entries) => {
        const text = Object.entries(entries)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n');
        expect(Object.fromEntries(parseSysctl(text))).toEqual(entries);
      }),
    );
  });
});
