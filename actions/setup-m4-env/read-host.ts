/**
 * The thin reader behind detection: one `sysctl` call on macOS, plain file reads on Linux (nothing
 * spawned), Node's own figures elsewhere. Everything it reads goes to the pure parsers.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { genericHost, type Host, type ProcessFacts } from './host.ts';
import { cgroupLimitFiles, linuxHost } from './linux.ts';
import { macHost, parseSysctl, SYSCTL_KEYS } from './sysctl.ts';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** stdout of `sysctl <keys>`: a missing key fails the exit code, the others still print. */
function sysctl(): string {
  const program = existsSync('/usr/sbin/sysctl') ? '/usr/sbin/sysctl' : 'sysctl';
  // node:child_process only on macOS: Linux reads /proc, and start-up is most of this step's cost.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const result = spawnSync(program, [...SYSCTL_KEYS], { encoding: 'utf8', timeout: 10_000 });
  return result.stdout ?? '';
}

export function readHost(): Host {
  const platform = os.platform();
  const facts: ProcessFacts = {
    arch: os.arch(),
    logicalCores: os.availableParallelism(),
    totalMemory: os.totalmem(),
  };
  if (platform === 'darwin') return macHost(parseSysctl(sysctl()), facts);
  if (platform === 'linux') {
    const host = linuxHost(
      {
        cpuinfo: read('/proc/cpuinfo'),
        meminfo: read('/proc/meminfo'),
        status: read('/proc/self/status'),
        cgroupLimits: cgroupLimitFiles(read('/proc/self/cgroup'))
          .map(read)
          .filter((text) => text !== ''),
        coreCpus: read('/sys/devices/cpu_core/cpus'),
        atomCpus: read('/sys/devices/cpu_atom/cpus'),
      },
      facts,
    );
    // Neither a model name nor a known ARM part: what Node itself reads.
    if (host.chip === 'unknown') host.chip = os.cpus()[0]?.model.trim() || 'unknown';
    return host;
  }
  return genericHost(platform, { ...facts, cpuModel: os.cpus()[0]?.model });
}
