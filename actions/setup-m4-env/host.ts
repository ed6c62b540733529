/** What setup-m4-env knows about the machine: plain data, the same shape on every OS. */

export interface Host {
  /** Node's platform name: `darwin`, `linux`, `win32`. */
  os: string;
  /** Node's name for the architecture this process runs as: `arm64`, `x64`. */
  arch: string;
  /** The hardware's architecture: `arm64` on Apple Silicon even when Node runs under Rosetta. */
  nativeArch: string;
  /** `Apple M4 Pro`, `Apple M1 (Virtual)`; elsewhere the CPU model. */
  chip: string;
  appleSilicon: boolean;
  /** This Node runs translated by Rosetta 2 (x64 code on Apple Silicon). */
  rosetta: boolean;
  /** Physical performance cores; on hosts without a P/E split, every physical core. */
  performanceCores: number;
  /** Physical efficiency cores; 0 on hosts without a P/E split (or when unknown). */
  efficiencyCores: number;
  /** `os.availableParallelism()`: the CPUs this process may run on. */
  logicalCores: number;
  /** Memory this job may use, in MiB: the cgroup limit where one applies, else physical memory. */
  memoryMb: number;
  /** Where `memoryMb` came from. */
  memorySource: 'physical' | 'cgroup';
}

/** What the process itself reports, passed to the parsers so they stay pure. */
export interface ProcessFacts {
  arch: string;
  logicalCores: number;
  /** `os.totalmem()`, bytes: used when the OS source gives nothing. */
  totalMemory: number;
  /** `os.cpus()[0]?.model`, only where no better source exists. */
  cpuModel?: string;
}

export const MIB = 1024 * 1024;

export function bytesToMb(bytes: number): number {
  return Math.floor(bytes / MIB);
}

/** Hosts without a source of their own (Windows, BSDs): what Node reports. */
export function genericHost(os: string, facts: ProcessFacts): Host {
  return {
    os,
    arch: facts.arch,
    nativeArch: facts.arch,
    chip: facts.cpuModel?.trim() || 'unknown',
    appleSilicon: false,
    rosetta: false,
    performanceCores: 0,
    efficiencyCores: 0,
    logicalCores: facts.logicalCores,
    memoryMb: bytesToMb(facts.totalMemory),
    memorySource: 'physical',
  };
}
