// A ready-made self-hosted fleet for demos and tests of the GitHub REST stand-in.
import type { GitHubApi } from './github-api.ts';
import { type Runner, type RunnerGroup, runner, runnerGroup } from './github-fixtures.ts';

export interface DemoFleet {
  /** Idle "Apple M4 Mac mini": self-hosted, macOS, ARM64, m4. */
  macMini: Runner;
  /** Busy Linux ARM64 machine: self-hosted, Linux, ARM64. */
  linuxArm: Runner;
  /** Offline runner: self-hosted, Linux, X64. */
  offline: Runner;
  runners: Runner[];
}

export function demoFleet(): DemoFleet {
  const macMini = runner({
    id: 11,
    name: 'apple-m4-mac-mini',
    status: 'online',
    busy: false,
    labels: ['self-hosted', 'macOS', 'ARM64', 'm4'],
  });
  const linuxArm = runner({
    id: 12,
    name: 'linux-arm64-01',
    status: 'online',
    busy: true,
    labels: ['self-hosted', 'Linux', 'ARM64'],
  });
  const offline = runner({
    id: 13,
    name: 'linux-x64-old',
    status: 'offline',
    busy: false,
    labels: ['self-hosted', 'Linux', 'X64'],
  });
  return { macMini, linuxArm, offline, runners: [macMini, linuxArm, offline] };
}

export interface LoadDemoFleetOptions {
  /** 'owner/repo' to register the runners at repository scope. */
  repo?: string;
  /** Organization to register the runners (and a "Default" runner group) at org scope. */
  org?: string;
  /** Enterprise slug to register the runners at enterprise scope. */
  enterprise?: string;
}

/**
 * Puts a fresh demo fleet into the stand-in at the given scopes and returns it. Each scope gets
 * its own array holding the same runner objects, so flipping `busy`/`status` shows everywhere.
 */
export function loadDemoFleet(api: Pick<GitHubApi, 'data'>, opts: LoadDemoFleetOptions): DemoFleet {
  const fleet = demoFleet();
  if (opts.repo) api.data.repoRunners.set(opts.repo, [...fleet.runners]);
  if (opts.enterprise) api.data.enterpriseRunners.set(opts.enterprise, [...fleet.runners]);
  if (opts.org) {
    api.data.orgRunners.set(opts.org, [...fleet.runners]);
    const group: RunnerGroup = runnerGroup({
      id: 1,
      name: 'Default',
      org: opts.org,
      isDefault: true,
    });
    api.data.runnerGroups.set(opts.org, [{ group, runnerIds: fleet.runners.map((r) => r.id) }]);
  }
  return fleet;
}
