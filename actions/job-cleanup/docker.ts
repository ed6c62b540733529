/**
 * `docker-prune`: when a Docker daemon answers, prune stopped containers, dangling images and build
 * cache older than the age limit; when none answers, say so. The command lines and the reading of
 * docker's answers are pure; `pruneDocker` runs them.
 */
import { type ProgramRun, runProgram } from '../lib/exec.ts';

export type DockerRun = ProgramRun;

export type Exec = (args: string[], timeoutMs: number) => Promise<DockerRun>;

export const PROBE_TIMEOUT_MS = 10_000;
export const PRUNE_TIMEOUT_MS = 15 * 60_000;

/** docker's `until` filter takes Go durations: whole hours as `24h`, anything else in seconds. */
export function untilFilter(maxAgeHours: number): string {
  return Number.isInteger(maxAgeHours) ? `${maxAgeHours}h` : `${Math.round(maxAgeHours * 3600)}s`;
}

export function probeCommand(): string[] {
  return ['info', '--format', '{{.ServerVersion}}'];
}

/** The prune commands, each limited to what is older than the age limit. */
export function pruneCommands(maxAgeHours: number): { what: string; args: string[] }[] {
  const until = `until=${untilFilter(maxAgeHours)}`;
  return [
    { what: 'stopped containers', args: ['container', 'prune', '--force', '--filter', until] },
    { what: 'dangling images', args: ['image', 'prune', '--force', '--filter', until] },
    { what: 'build cache', args: ['builder', 'prune', '--force', '--filter', until] },
  ];
}

/** Why no daemon answered, in one line. */
export function explainProbe(run: DockerRun): string {
  if (run.code === 'ENOENT') return 'the docker CLI is not installed';
  if (run.timedOut) return `no Docker daemon answered within ${PROBE_TIMEOUT_MS / 1000}s`;
  const said = firstLine(run.stderr) || firstLine(run.stdout);
  return `no Docker daemon answered${said ? ` (${said})` : ''}`;
}

/** docker's own "Total reclaimed space: 1.2GB" line, if it printed one. */
export function reclaimed(stdout: string): string | undefined {
  return /Total reclaimed space:\s*(\S+)/i.exec(stdout)?.[1];
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

export interface DockerReport {
  /** The daemon's version when one answered. */
  server?: string;
  /** Why nothing was pruned, when no daemon answered. */
  unavailable?: string;
  steps: { what: string; command: string; ok: boolean; reclaimed?: string; error?: string }[];
}

export const execDocker: Exec = (args, timeoutMs) =>
  runProgram('docker', args, { timeoutMs, killSignal: 'SIGKILL' });

/** Probes the daemon, then prunes (or, in a dry run, only says what it would run). */
export async function pruneDocker(
  maxAgeHours: number,
  dryRun: boolean,
  exec: Exec = execDocker,
): Promise<DockerReport> {
  const probe = await exec(probeCommand(), PROBE_TIMEOUT_MS);
  if (!probe.ok) return { unavailable: explainProbe(probe), steps: [] };
  const report: DockerReport = { server: firstLine(probe.stdout), steps: [] };
  for (const { what, args } of pruneCommands(maxAgeHours)) {
    const command = `docker ${args.join(' ')}`;
    if (dryRun) {
      report.steps.push({ what, command, ok: true });
      continue;
    }
    const run = await exec(args, PRUNE_TIMEOUT_MS);
    report.steps.push({
      what,
      command,
      ok: run.ok,
      reclaimed: reclaimed(run.stdout),
      error: run.ok
        ? undefined
        : run.timedOut
          ? `timed out after ${PRUNE_TIMEOUT_MS / 60_000} min`
          : firstLine(run.stderr) || `exit code ${run.code}`,
    });
  }
  return report;
}
