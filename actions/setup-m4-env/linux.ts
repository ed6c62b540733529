/**
 * Linux detection from /proc and /sys text: pure parsing. The reader hands over the files' text
 * ('' for a file that is absent), so recorded machines can be replayed in tests.
 *
 * - chip: `model name` (x86), else the ARM implementer/part table (Neoverse, Cortex, Apple cores
 *   under Asahi Linux), else `Hardware`.
 * - cores: distinct (physical id, core id) pairs among the CPUs this process may use
 *   (`Cpus_allowed_list`). Intel hybrid parts list their P and E CPUs in
 *   /sys/devices/cpu_core/cpus and /sys/devices/cpu_atom/cpus; ARM big.LITTLE parts are told
 *   apart by CPU part. Elsewhere every physical core counts as a performance core.
 * - memory: MemTotal, lowered by the cgroup limits that apply to this process (v2 `memory.max`,
 *   v1 `memory.limit_in_bytes`, on its cgroup and every ancestor).
 */
import { bytesToMb, type Host, type ProcessFacts } from './host.ts';

export interface Processor {
  id: number;
  physicalId?: string;
  coreId?: string;
  modelName?: string;
  implementer?: string;
  part?: string;
  hardware?: string;
}

export function parseCpuinfo(text: string): Processor[] {
  const processors: Processor[] = [];
  let current: Processor | undefined;
  let hardware: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'processor' && /^\d+$/.test(value)) {
      current = { id: Number(value) };
      processors.push(current);
      continue;
    }
    if (key === 'hardware') hardware = value;
    if (!current) continue;
    if (key === 'physical id') current.physicalId = value;
    else if (key === 'core id') current.coreId = value;
    else if (key === 'model name') current.modelName = value;
    else if (key === 'cpu implementer') current.implementer = value.toLowerCase();
    else if (key === 'cpu part') current.part = value.toLowerCase();
  }
  if (hardware) for (const p of processors) p.hardware = hardware;
  return processors;
}

/** A kernel CPU list such as `0-3,8,10-11`. */
export function parseCpuList(text: string): Set<number> {
  const cpus = new Set<number>();
  for (const part of text.trim().split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!range) continue;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    for (let cpu = from; cpu <= to && cpu - from < 65536; cpu++) cpus.add(cpu);
  }
  return cpus;
}

export function parseMemTotal(meminfo: string): number | undefined {
  const match = /^MemTotal:\s+(\d+)\s*kB/im.exec(meminfo);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** `Cpus_allowed_list` of /proc/self/status. */
export function allowedCpus(status: string): Set<number> | undefined {
  const match = /^Cpus_allowed_list:\s*(\S+)/m.exec(status);
  return match ? parseCpuList(match[1] as string) : undefined;
}

/**
 * The limit files that apply to this process, leaf first, from /proc/self/cgroup: cgroup v2
 * (`0::/path`) and v1 (`N:…memory…:/path`), on the process's cgroup and each ancestor. Inside a
 * container the root of the mount is the container's own cgroup, so the walk ends there too.
 */
export function cgroupLimitFiles(procSelfCgroup: string, root = '/sys/fs/cgroup'): string[] {
  const files: string[] = [];
  for (const line of procSelfCgroup.split(/\r?\n/)) {
    const match = /^\d+:([^:]*):(\/.*)$/.exec(line.trim());
    if (!match) continue;
    const controllers = (match[1] as string).split(',');
    const path = match[2] as string;
    if (controllers.length === 1 && controllers[0] === '') {
      for (const dir of ancestors(path)) files.push(`${root}${dir}/memory.max`);
    } else if (controllers.includes('memory')) {
      for (const dir of ancestors(path)) files.push(`${root}/memory${dir}/memory.limit_in_bytes`);
    }
  }
  return files;
}

/** `/a/b` → `/a/b`, `/a`, `` (the root, written as an empty suffix). */
function ancestors(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const dirs: string[] = [];
  for (let n = parts.length; n >= 0; n--) dirs.push(n ? `/${parts.slice(0, n).join('/')}` : '');
  return dirs;
}

/** Bytes of one limit file, or undefined for `max`, an unlimited v1 value, or no value. */
export function parseLimit(text: string): number | undefined {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return undefined;
  const bytes = Number(value);
  // cgroup v1 writes "unlimited" as a page-rounded 2^63 - 1.
  return bytes > 0 && bytes < 2 ** 62 ? bytes : undefined;
}

interface CorePart {
  name: string;
  efficiency?: boolean;
}

const VENDORS: Record<string, string> = {
  '0x41': 'ARM',
  '0x42': 'Broadcom',
  '0x46': 'Fujitsu',
  '0x48': 'HiSilicon',
  '0x4e': 'NVIDIA',
  '0x51': 'Qualcomm',
  '0x61': 'Apple',
  '0xc0': 'Ampere',
};

/** CPU parts by implementer; Apple's (Asahi Linux) name the chip. `efficiency`: a little core. */
const PARTS: Record<string, Record<string, CorePart>> = {
  '0x41': {
    '0xd03': { name: 'Cortex-A53', efficiency: true },
    '0xd04': { name: 'Cortex-A35', efficiency: true },
    '0xd05': { name: 'Cortex-A55', efficiency: true },
    '0xd07': { name: 'Cortex-A57' },
    '0xd08': { name: 'Cortex-A72' },
    '0xd09': { name: 'Cortex-A73' },
    '0xd0a': { name: 'Cortex-A75' },
    '0xd0b': { name: 'Cortex-A76' },
    '0xd0c': { name: 'Neoverse-N1' },
    '0xd0d': { name: 'Cortex-A77' },
    '0xd40': { name: 'Neoverse-V1' },
    '0xd41': { name: 'Cortex-A78' },
    '0xd44': { name: 'Cortex-X1' },
    '0xd46': { name: 'Cortex-A510', efficiency: true },
    '0xd47': { name: 'Cortex-A710' },
    '0xd48': { name: 'Cortex-X2' },
    '0xd49': { name: 'Neoverse-N2' },
    '0xd4d': { name: 'Cortex-A715' },
    '0xd4e': { name: 'Cortex-X3' },
    '0xd4f': { name: 'Neoverse-V2' },
    '0xd80': { name: 'Cortex-A520', efficiency: true },
    '0xd81': { name: 'Cortex-A720' },
    '0xd82': { name: 'Cortex-X4' },
    '0xd84': { name: 'Neoverse-V3' },
    '0xd8e': { name: 'Neoverse-N3' },
  },
  '0x61': {
    '0x022': { name: 'M1', efficiency: true },
    '0x023': { name: 'M1' },
    '0x024': { name: 'M1 Pro', efficiency: true },
    '0x025': { name: 'M1 Pro' },
    '0x028': { name: 'M1 Max', efficiency: true },
    '0x029': { name: 'M1 Max' },
    '0x032': { name: 'M2', efficiency: true },
    '0x033': { name: 'M2' },
    '0x034': { name: 'M2 Pro', efficiency: true },
    '0x035': { name: 'M2 Pro' },
    '0x038': { name: 'M2 Max', efficiency: true },
    '0x039': { name: 'M2 Max' },
  },
  '0xc0': {
    '0xac3': { name: 'AmpereOne' },
    '0xac4': { name: 'AmpereOne' },
  },
  '0x48': { '0xd01': { name: 'Kunpeng 920' } },
  '0x46': { '0x001': { name: 'A64FX' } },
};

/** Normalizes `0x00d0c` and `0xD0C` to `0xd0c` (three hex digits, as the tables are keyed). */
function hex(value: string | undefined, digits: number): string | undefined {
  if (!value || !/^0x[0-9a-f]+$/i.test(value)) return undefined;
  return `0x${Number.parseInt(value, 16).toString(16).padStart(digits, '0')}`;
}

function partOf(p: Processor): CorePart | undefined {
  const vendor = hex(p.implementer, 2);
  const part = hex(p.part, 3);
  return vendor && part ? PARTS[vendor]?.[part] : undefined;
}

/** `ARM Neoverse-N1`; big.LITTLE as `ARM Cortex-A76 + ARM Cortex-A55` (big cores first). */
function armChip(processors: readonly Processor[]): string | undefined {
  const names: { name: string; little: boolean }[] = [];
  for (const p of processors) {
    const vendor = hex(p.implementer, 2);
    const part = hex(p.part, 3);
    if (!vendor || !part) continue;
    const known = PARTS[vendor]?.[part];
    const vendorName = VENDORS[vendor] ?? `CPU implementer ${vendor}`;
    const name = known ? `${vendorName} ${known.name}` : `${vendorName} part ${part}`;
    if (!names.some((n) => n.name === name)) names.push({ name, little: !!known?.efficiency });
  }
  if (!names.length) return undefined;
  // Apple's P and E cores share one name (`Apple M1`), so a Mac shows up once.
  return [...names.filter((n) => !n.little), ...names.filter((n) => n.little)]
    .map((n) => n.name)
    .join(' + ');
}

export interface LinuxSources {
  cpuinfo: string;
  meminfo: string;
  /** /proc/self/status (for Cpus_allowed_list). */
  status: string;
  /** Text of each existing file named by `cgroupLimitFiles`. */
  cgroupLimits: readonly string[];
  /** /sys/devices/cpu_core/cpus and /sys/devices/cpu_atom/cpus ('' when absent). */
  coreCpus: string;
  atomCpus: string;
}

function distinctCores(processors: readonly Processor[]): number {
  const cores = new Set(
    processors.map((p) =>
      p.coreId === undefined ? `cpu${p.id}` : `${p.physicalId ?? '0'}:${p.coreId}`,
    ),
  );
  return cores.size;
}

export function coreCounts(
  processors: readonly Processor[],
  sources: Pick<LinuxSources, 'coreCpus' | 'atomCpus'>,
): { performance: number; efficiency: number } {
  if (sources.coreCpus.trim() && sources.atomCpus.trim()) {
    const big = parseCpuList(sources.coreCpus);
    const little = parseCpuList(sources.atomCpus);
    return {
      performance: distinctCores(processors.filter((p) => big.has(p.id))),
      efficiency: distinctCores(processors.filter((p) => little.has(p.id))),
    };
  }
  const little = processors.filter((p) => partOf(p)?.efficiency);
  if (little.length && little.length < processors.length) {
    return {
      performance: distinctCores(processors.filter((p) => !partOf(p)?.efficiency)),
      efficiency: distinctCores(little),
    };
  }
  return { performance: distinctCores(processors), efficiency: 0 };
}

export function linuxHost(sources: LinuxSources, facts: ProcessFacts): Host {
  const all = parseCpuinfo(sources.cpuinfo);
  const allowed = allowedCpus(sources.status);
  const usable = allowed ? all.filter((p) => allowed.has(p.id)) : all;
  const processors = usable.length ? usable : all;
  const { performance, efficiency } = coreCounts(processors, sources);
  const model = processors.find((p) => p.modelName)?.modelName;
  const apple = processors.some((p) => hex(p.implementer, 2) === '0x61');
  const physical = parseMemTotal(sources.meminfo) ?? facts.totalMemory;
  const limits = sources.cgroupLimits
    .map(parseLimit)
    .filter((b): b is number => b !== undefined && b < physical);
  const memory = limits.length ? Math.min(...limits) : physical;
  return {
    os: 'linux',
    arch: facts.arch,
    nativeArch: facts.arch,
    chip:
      model ||
      armChip(processors) ||
      processors[0]?.hardware ||
      facts.cpuModel?.trim() ||
      'unknown',
    appleSilicon: apple,
    rosetta: false,
    performanceCores: performance,
    efficiencyCores: efficiency,
    logicalCores: facts.logicalCores,
    memoryMb: bytesToMb(memory),
    memorySource: limits.length ? 'cgroup' : 'physical',
  };
}
