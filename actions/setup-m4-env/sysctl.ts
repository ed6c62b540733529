/**
 * macOS detection from `sysctl` output: pure parsing. The reader asks for every key below in one
 * `sysctl` call; a key the machine lacks (perflevels on Intel Macs and in Apple's virtual
 * machines, `sysctl.proc_translated` on old Intel Macs) makes sysctl complain on stderr and go on
 * with the others, so each fact has a fallback.
 */
import { bytesToMb, type Host, type ProcessFacts } from './host.ts';

export const SYSCTL_KEYS = [
  'hw.perflevel0.physicalcpu',
  'hw.perflevel1.physicalcpu',
  'hw.physicalcpu',
  'hw.memsize',
  'hw.optional.arm64',
  'machdep.cpu.brand_string',
  'sysctl.proc_translated',
] as const;

/**
 * `name: value` lines (what `sysctl name…` and `sysctl -a` print) into a map. Names are dotted
 * (`hw.memsize`), so sysctl's own complaints (`sysctl: unknown oid …`) are not taken for values.
 */
export function parseSysctl(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^(\w+(?:\.\w+)+)(?::| =) ?(.*)$/.exec(line);
    if (match) values.set(match[1] as string, (match[2] as string).trim());
  }
  return values;
}

function count(values: Map<string, string>, key: string): number | undefined {
  const raw = values.get(key);
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export function macHost(values: Map<string, string>, facts: ProcessFacts): Host {
  const brand = values.get('machdep.cpu.brand_string') ?? '';
  const rosetta = values.get('sysctl.proc_translated') === '1';
  const appleSilicon =
    values.get('hw.optional.arm64') === '1' ||
    rosetta ||
    brand.startsWith('Apple') ||
    facts.arch === 'arm64';
  const p = count(values, 'hw.perflevel0.physicalcpu');
  const e = count(values, 'hw.perflevel1.physicalcpu');
  const memsize = count(values, 'hw.memsize');
  return {
    os: 'darwin',
    arch: facts.arch,
    nativeArch: appleSilicon ? 'arm64' : facts.arch,
    chip: brand || facts.cpuModel?.trim() || 'unknown',
    appleSilicon,
    rosetta,
    // Without perflevels (Intel Macs, Apple's virtual machines) no core is an efficiency core.
    performanceCores: p ?? count(values, 'hw.physicalcpu') ?? 0,
    efficiencyCores: p === undefined ? 0 : (e ?? 0),
    logicalCores: facts.logicalCores,
    memoryMb: bytesToMb(memsize ?? facts.totalMemory),
    memorySource: 'physical',
  };
}
