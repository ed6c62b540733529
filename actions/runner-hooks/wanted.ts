/**
 * What the install sets in `.env`: the two hook paths always; with `--tune auto`, what
 * setup-m4-env's own rules choose for this host (planTuning, mergeNodeOptions). Pure.
 */
import type { Host } from '../setup-m4-env/host.ts';
import { mergeNodeOptions, planTuning } from '../setup-m4-env/tuning.ts';
import type { Wanted } from './env-file.ts';
import type { Tune } from './options.ts';

export const HOOK_VARIABLES = {
  'job-started': 'ACTIONS_RUNNER_HOOK_JOB_STARTED',
  'job-completed': 'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
} as const;

export interface WantedValues {
  wanted: Wanted[];
  /** One line per tuned value: why it is what it is. */
  why: string[];
}

export function wantedValues(
  scripts: { started: string; completed: string },
  tune: Tune,
  host: Host,
): WantedValues {
  const wanted: Wanted[] = [
    { name: HOOK_VARIABLES['job-started'], value: () => scripts.started },
    { name: HOOK_VARIABLES['job-completed'], value: () => scripts.completed },
  ];
  const why: string[] = [];
  if (tune === 'none') return { wanted, why };
  const plan = planTuning(
    {
      nodeHeapMb: { mode: 'auto' },
      threadpoolSize: { mode: 'auto' },
      dockerPlatform: { mode: 'auto' },
      env: [],
      requireArch: [],
      requireTools: [],
      failOnRosetta: false,
      cache: 'false',
      cacheDependencyPath: [],
    },
    host,
    { pnpmFound: false, pnpmHomeDefault: '' },
  );
  const heapMb = plan.heapMb;
  if (heapMb !== undefined) {
    wanted.push({ name: 'NODE_OPTIONS', value: (before) => mergeNodeOptions(before, heapMb) });
  }
  why.push(`NODE_OPTIONS heap: ${plan.heapWhy}`);
  for (const e of plan.exports) {
    wanted.push({ name: e.name, value: () => e.value });
    why.push(`${e.name}: ${e.why}`);
  }
  if (plan.dockerPlatform === undefined) {
    why.push(`DOCKER_DEFAULT_PLATFORM: not set, the hardware is ${host.nativeArch}`);
  }
  return { wanted, why };
}
