/**
 * The tuning rules: pure, from the detected host and the inputs to what is exported and why.
 *
 * node-heap-mb `auto`: half of `memory-mb` (the cgroup limit where one applies), rounded down to
 *   a multiple of 128 MB, at most 8192 MB. A 16 GB Mac gets 8192, an 8 GB one 4096, GitHub's 7 GB
 *   macOS VM 3584, a 4 GB container 2048. The other half always stays for the OS, other processes
 *   and the memory Node uses outside its old space; the cap is there because NODE_OPTIONS reaches
 *   every Node process of the job (each test worker gets the same limit). Below 512 MB of memory
 *   the heap is plain half the memory (in MB); above it, never less than 256 MB.
 * threadpool-size `auto`: one libuv thread per logical core (`os.availableParallelism()`; on Apple
 *   Silicon that is the P plus E cores), never below libuv's default of 4, at most its limit 1024.
 * docker-platform `auto`: `linux/arm64` when the hardware is arm64 (Apple Silicon also under
 *   Rosetta, ARM64 Linux), nothing elsewhere.
 * PNPM_HOME: pnpm's own default folder, and that folder on PATH, when pnpm is on PATH and
 *   PNPM_HOME is unset.
 * A tuning input set to `none` exports nothing and its output is empty.
 */
import type { Host } from './host.ts';
import type { Setting, SetupInputs } from './inputs.ts';

export const HEAP_CAP_MB = 8192;
export const HEAP_STEP_MB = 128;
export const THREADPOOL_MIN = 4;
export const THREADPOOL_MAX = 1024;

/** `--max-old-space-size=…` and V8's spellings of it (`_` and `-` are the same to V8). */
const HEAP_FLAG = /^--max[-_]old[-_]space[-_]size=/;

export function autoHeapMb(memoryMb: number): number {
  const half = Math.floor(Math.max(0, memoryMb) / 2);
  if (memoryMb < 512) return half;
  return Math.min(HEAP_CAP_MB, Math.floor(half / HEAP_STEP_MB) * HEAP_STEP_MB);
}

export function autoThreadpoolSize(logicalCores: number): number {
  return Math.min(THREADPOOL_MAX, Math.max(THREADPOOL_MIN, Math.floor(logicalCores)));
}

export function autoDockerPlatform(host: Host): string | undefined {
  return host.nativeArch === 'arm64' ? 'linux/arm64' : undefined;
}

/**
 * NODE_OPTIONS with exactly one heap flag: the other flags as they were (split on blanks, as the
 * BASH_ENV script splits them), every heap flag removed, `--max-old-space-size=<mb>` appended.
 */
export function mergeNodeOptions(existing: string | undefined, heapMb: number): string {
  const kept = (existing ?? '').split(/[ \t\n]+/).filter((t) => t && !HEAP_FLAG.test(t));
  return [...kept, `--max-old-space-size=${heapMb}`].join(' ');
}

/** pnpm's default PNPM_HOME for the platform. */
export function defaultPnpmHome(
  platform: string,
  env: Record<string, string | undefined>,
  homedir: string,
): string {
  if (platform === 'win32') {
    return `${env.LOCALAPPDATA || `${homedir}\\AppData\\Local`}\\pnpm`;
  }
  if (platform === 'darwin') return `${homedir}/Library/pnpm`;
  return `${env.XDG_DATA_HOME || `${homedir}/.local/share`}/pnpm`;
}

export interface Exported {
  name: string;
  /** Shown in the summary; undefined for `env` values, which may be secrets. */
  shown?: string;
  value: string;
  why: string;
}

export interface TuningPlan {
  heapMb?: number;
  /** NODE_OPTIONS as this step's environment makes it (later bash steps merge their own). */
  nodeOptions?: string;
  heapWhy: string;
  threadpoolSize?: number;
  dockerPlatform?: string;
  /** Variables written to GITHUB_ENV, in order. */
  exports: Exported[];
  /** A folder for GITHUB_PATH (PNPM_HOME). */
  path?: string;
  warnings: string[];
}

export interface TuningContext {
  /** NODE_OPTIONS of this step's environment. */
  nodeOptions?: string;
  /** PNPM_HOME of this step's environment. */
  pnpmHome?: string;
  pnpmFound: boolean;
  pnpmHomeDefault: string;
}

function chosen<T>(setting: Setting<T>, auto: () => T | undefined): T | undefined {
  if (setting.mode === 'none') return undefined;
  return setting.mode === 'set' ? setting.value : auto();
}

export function planTuning(inputs: SetupInputs, host: Host, ctx: TuningContext): TuningPlan {
  const warnings: string[] = [];
  // Not `exports`: the CommonJS build would read the module's exports through it.
  const exported: Exported[] = [];

  const heapMb = chosen(inputs.nodeHeapMb, () => autoHeapMb(host.memoryMb) || undefined);
  let heapWhy = 'node-heap-mb is none: NODE_OPTIONS left alone';
  if (inputs.nodeHeapMb.mode === 'auto') {
    heapWhy =
      heapMb === undefined
        ? 'auto, but the memory size is unknown: NODE_OPTIONS left alone'
        : `auto: half of ${host.memoryMb} MB${heapMb === HEAP_CAP_MB ? `, capped at ${HEAP_CAP_MB} MB` : ''}`;
  } else if (inputs.nodeHeapMb.mode === 'set') {
    heapWhy = 'set by node-heap-mb';
    if (host.memoryMb > 0 && inputs.nodeHeapMb.value >= host.memoryMb) {
      warnings.push(
        `node-heap-mb ${inputs.nodeHeapMb.value} is at least this machine's memory (${host.memoryMb} MB): Node may be killed before it collects garbage.`,
      );
    }
  }

  const threadpoolSize = chosen(inputs.threadpoolSize, () => autoThreadpoolSize(host.logicalCores));
  if (threadpoolSize !== undefined) {
    exported.push({
      name: 'UV_THREADPOOL_SIZE',
      value: String(threadpoolSize),
      shown: String(threadpoolSize),
      why:
        inputs.threadpoolSize.mode === 'auto'
          ? `auto: one per logical core (${host.logicalCores}), at least ${THREADPOOL_MIN}`
          : 'set by threadpool-size',
    });
  }

  const dockerPlatform = chosen(inputs.dockerPlatform, () => autoDockerPlatform(host));
  if (dockerPlatform !== undefined) {
    exported.push({
      name: 'DOCKER_DEFAULT_PLATFORM',
      value: dockerPlatform,
      shown: dockerPlatform,
      why:
        inputs.dockerPlatform.mode === 'auto'
          ? `auto: the hardware is ${host.nativeArch}`
          : 'set by docker-platform',
    });
  }

  for (const [name, value] of inputs.env) {
    exported.push({ name, value, why: 'set by env' });
  }

  let path: string | undefined;
  const pnpmHomeGiven = ctx.pnpmHome || inputs.env.some(([name]) => name === 'PNPM_HOME');
  if (ctx.pnpmFound && !pnpmHomeGiven) {
    path = ctx.pnpmHomeDefault;
    exported.push({
      name: 'PNPM_HOME',
      value: path,
      shown: path,
      why: "pnpm is on PATH and PNPM_HOME was unset: pnpm's default folder, added to PATH",
    });
  }

  return {
    heapMb,
    nodeOptions: heapMb === undefined ? undefined : mergeNodeOptions(ctx.nodeOptions, heapMb),
    heapWhy,
    threadpoolSize,
    dockerPlatform,
    exports: exported,
    path,
    warnings,
  };
}
