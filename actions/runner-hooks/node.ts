/**
 * Which Node the hooks run with: the runner's own (`externals/node24`, else `externals/node20`),
 * else `node` on PATH. Pure over two probes, so the order is tested without a runner.
 */
import path from 'node:path';

export const RUNNER_NODES = ['node24', 'node20'] as const;

export interface NodeProbe {
  /** The file exists and may be executed. */
  executable(file: string): boolean;
  /** `node` on PATH, as an absolute path, if any. */
  onPath(): string | undefined;
}

export function nodeCandidates(runnerDir: string): string[] {
  return RUNNER_NODES.map((v) => path.join(runnerDir, 'externals', v, 'bin', 'node'));
}

export function findNode(runnerDir: string, probe: NodeProbe): string | undefined {
  return nodeCandidates(runnerDir).find((f) => probe.executable(f)) ?? probe.onPath();
}

export function noNodeMessage(runnerDir: string): string {
  return `No Node to run the hooks with: none of ${nodeCandidates(runnerDir).join(', ')} exists, and there is no 'node' on PATH. Install the runner there first (it brings its own Node), or put Node 20 or later on PATH.`;
}
