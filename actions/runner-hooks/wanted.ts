/**
 * What the install sets in `.env`: the two hook paths always; the tuning values by setup-m4-env's
 * own rules (planTuning, mergeNodeOptions) from `--tune` and the explicit options; `--env` values.
 * Pure. A tuning value already set by hand is kept unless `--force` (env-file.ts `handSet`). See
 * docs/decisions/runner-hooks-tuning.md.
 */
import type { Host } from '../setup-m4-env/host.ts';
import { mergeNodeOptions, planTuning } from '../setup-m4-env/tuning.ts';
import type { Wanted } from './env-file.ts';
import type { Tuning } from './options.ts';

export const HOOK_VARIABLES = {
  'job-started': 'ACTIONS_RUNNER_HOOK_JOB_STARTED',
  'job-completed': 'ACTIONS_RUNNER_HOOK_JOB_COMPLETED',
} as const;

export interface WantedValues {
  wanted: Wanted[];
  /** One line per tuned value: why it is what it is. */
  why: string[];
  /** setup-m4-env's warnings (a heap at least the machine's memory). */
  warnings: string[];
}

/** A NODE_OPTIONS that names a heap size already (V8 takes `_` and `-` alike). */
const HEAP_FLAG = /(^|[ \t\n])--max[-_]old[-_]space[-_]size=/;

/** The option that set each value, for the `why` lines. */
const BY: Record<string, string> = {
  'set by node-heap-mb': 'set by --node-heap-mb',
  'set by threadpool-size': 'set by --threadpool-size',
  'set by docker-platform': 'set by --docker-platform',
  'set by env': 'set by --env',
};

export function wantedValues(
  scripts: { started: string; completed: string },
  tuning: Tuning,
  env: readonly (readonly [string, string])[],
  host: Host,
): WantedValues {
  const wanted: Wanted[] = [
    { name: HOOK_VARIABLES['job-started'], value: () => scripts.started },
    { name: HOOK_VARIABLES['job-completed'], value: () => scripts.completed },
  ];
  const plan = planTuning(
    {
      nodeHeapMb: tuning.nodeHeapMb,
      threadpoolSize: tuning.threadpoolSize,
      dockerPlatform: tuning.dockerPlatform,
      env,
      requireArch: [],
      requireTools: [],
      failOnRosetta: false,
      cache: 'false',
      cacheDependencyPath: [],
    },
    host,
    { pnpmFound: false, pnpmHomeDefault: '' },
  );
  const why: string[] = [];
  const heapMb = plan.heapMb;
  if (heapMb !== undefined) {
    wanted.push({
      name: 'NODE_OPTIONS',
      value: (before) => mergeNodeOptions(before, heapMb),
      // Other flags set by hand are kept anyway; only a heap size set by hand is the owner's.
      handSet: (before) => HEAP_FLAG.test(before),
    });
  }
  why.push(
    `NODE_OPTIONS heap: ${(BY[plan.heapWhy] ?? plan.heapWhy).replace('node-heap-mb is none', '--node-heap-mb is none')}`,
  );
  for (const e of plan.exports) {
    wanted.push({ name: e.name, value: () => e.value, handSet: () => true });
    why.push(`${e.name}: ${BY[e.why] ?? e.why}`);
  }
  if (plan.dockerPlatform === undefined && tuning.dockerPlatform.mode === 'auto') {
    why.push(`DOCKER_DEFAULT_PLATFORM: not set, the hardware is ${host.nativeArch}`);
  }
  return {
    wanted,
    why,
    warnings: plan.warnings.map((w) => w.replace(/^node-heap-mb /, '--node-heap-mb ')),
  };
}
