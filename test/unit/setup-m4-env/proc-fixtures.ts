/**
 * /proc and /sys text of Linux machines setup-m4-env meets, in the kernel's own layout: x86 blocks
 * with `model name` and core ids, ARM64 blocks with implementer and part only.
 */

const X86_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx lm constant_tsc rep_good nopl xtopology cpuid pni pclmulqdq ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm avx2';

export function x86Block(
  processor: number,
  model: string,
  physicalId: number,
  coreId: number,
  siblings: number,
  cores: number,
): string {
  return `processor\t: ${processor}
vendor_id\t: ${model.includes('AMD') ? 'AuthenticAMD' : 'GenuineIntel'}
cpu family\t: 6
model\t\t: 151
model name\t: ${model}
stepping\t: 2
microcode\t: 0x2c
cpu MHz\t\t: 2100.000
cache size\t: 25600 KB
physical id\t: ${physicalId}
siblings\t: ${siblings}
core id\t\t: ${coreId}
cpu cores\t: ${cores}
apicid\t\t: ${processor * 2}
initial apicid\t: ${processor * 2}
fpu\t\t: yes
fpu_exception\t: yes
cpuid level\t: 32
wp\t\t: yes
flags\t\t: ${X86_FLAGS}
bugs\t\t: spectre_v1 spectre_v2 spec_store_bypass swapgs eibrs_pbrsb
bogomips\t: 4224.00
clflush size\t: 64
cache_alignment\t: 64
address sizes\t: 46 bits physical, 48 bits virtual
power management:
`;
}

export function armBlock(processor: number, implementer: string, part: string): string {
  return `processor\t: ${processor}
BogoMIPS\t: 243.75
Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp ssbs
CPU implementer\t: ${implementer}
CPU architecture: 8
CPU variant\t: 0x3
CPU part\t: ${part}
CPU revision\t: 1
`;
}

const join = (blocks: string[]) => blocks.join('\n');
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

export const meminfo = (kb: number) => `MemTotal:       ${kb} kB
MemFree:        ${Math.floor(kb * 0.9)} kB
MemAvailable:   ${Math.floor(kb * 0.95)} kB
Buffers:          102400 kB
Cached:          1048576 kB
SwapCached:            0 kB
`;

export const status = (allowed: string) => `Name:\tnode
Umask:\t0022
State:\tR (running)
Tgid:\t4242
Pid:\t4242
Threads:\t7
Cpus_allowed:\tffffffff
Cpus_allowed_list:\t${allowed}
Mems_allowed_list:\t0
voluntary_ctxt_switches:\t12
`;

/** This project's CI machine: 2 vCPUs of an AMD EPYC, cgroup v1 with no memory limit. */
export const epyc2 = {
  cpuinfo: join(range(2).map((i) => x86Block(i, 'AMD EPYC', 0, i, 2, 2))),
  meminfo: meminfo(24683620),
  status: status('0-1'),
  cgroup:
    '9:name=systemd:/\n8:pids:/\n4:memory:/process_api/99fcb120b3a581de993b358c30558ec8\n3:cpuset:/\n0::/\n',
};

/** AWS c6g.4xlarge (Graviton2, 16 Neoverse-N1 cores) running the runner in a docker container. */
export const graviton2 = {
  cpuinfo: join(range(16).map((i) => armBlock(i, '0x41', '0xd0c'))),
  meminfo: meminfo(32387860),
  status: status('0-15'),
  cgroup: '0::/\n',
};

/** Orange Pi 5 (Rockchip RK3588): 4 Cortex-A55 (cpu0-3) and 4 Cortex-A76 (cpu4-7). */
export const rk3588 = {
  cpuinfo: join([
    ...range(4).map((i) => armBlock(i, '0x41', '0xd05')),
    ...range(4, 4).map((i) => armBlock(i, '0x41', '0xd0b')),
  ]),
  meminfo: meminfo(16154812),
  status: status('0-7'),
};

/** Intel Core i7-12700: 8 P-cores with Hyper-Threading (cpu0-15), 4 E-cores (cpu16-19). */
export const alderLake = {
  cpuinfo: join([
    ...range(16).map((i) =>
      x86Block(i, '12th Gen Intel(R) Core(TM) i7-12700', 0, Math.floor(i / 2) * 4, 20, 12),
    ),
    ...range(4, 16).map((i) =>
      x86Block(i, '12th Gen Intel(R) Core(TM) i7-12700', 0, 32 + (i - 16), 20, 12),
    ),
  ]),
  meminfo: meminfo(32597156),
  status: status('0-19'),
  coreCpus: '0-15\n',
  atomCpus: '16-19\n',
};

/** M1 Mac mini under Asahi Linux: Icestorm (0x022) cpu0-3, Firestorm (0x023) cpu4-7. */
export const asahiM1 = {
  cpuinfo: join([
    ...range(4).map((i) => armBlock(i, '0x61', '0x022')),
    ...range(4, 4).map((i) => armBlock(i, '0x61', '0x023')),
  ]),
  meminfo: meminfo(15969664),
  status: status('0-7'),
};

/** Raspberry Pi 4 (4 Cortex-A72), with the Hardware/Model lines Raspberry Pi OS adds. */
export const raspberryPi4 = {
  cpuinfo: `${join(range(4).map((i) => armBlock(i, '0x41', '0xd08')))}
Hardware\t: BCM2835
Revision\t: d03114
Serial\t\t: 10000000a1b2c3d4
Model\t\t: Raspberry Pi 4 Model B Rev 1.4
`,
  meminfo: meminfo(7997244),
  status: status('0-3'),
};

/** A dual-socket Xeon host (2 x 4 cores, HT) and one with an unknown ARM part. */
export const dualXeon = {
  cpuinfo: join(
    range(16).map((i) =>
      x86Block(i, 'Intel(R) Xeon(R) Gold 6134 CPU @ 3.20GHz', i < 8 ? 0 : 1, (i % 8) >> 1, 8, 4),
    ),
  ),
  meminfo: meminfo(197854176),
};
