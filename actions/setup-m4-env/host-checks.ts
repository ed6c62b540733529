/** `require-arch` and Rosetta: pure verdicts over the detected host. */
import type { Host } from './host.ts';

export function archFailure(host: Host, wanted: readonly string[]): string | undefined {
  if (!wanted.length || wanted.includes(host.arch)) return undefined;
  const how =
    host.rosetta && host.nativeArch !== host.arch
      ? `this Node runs as ${host.arch} under Rosetta on ${host.nativeArch} hardware`
      : `this host is ${host.arch}`;
  return `require-arch: wanted ${wanted.join(' or ')}, but ${how}.`;
}

export function rosettaMessage(host: Host): string | undefined {
  if (!host.rosetta) return undefined;
  return `This Node runs as ${host.arch} translated by Rosetta 2 on ${host.chip}: jobs run 2-3x slower than native. Install the arm64 runner and an arm64 Node.`;
}
