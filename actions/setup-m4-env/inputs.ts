/** setup-m4-env's inputs, parsed once into a typed readonly object before anything runs. */
import { InputError } from '../lib/errors.ts';
import type { InputReader } from '../lib/inputs.ts';
import type { ToolRequirement } from './requirements.ts';

/** A tuning input: `auto`, `none`, or an explicit value. */
export type Setting<T> = { mode: 'auto' } | { mode: 'none' } | { mode: 'set'; value: T };

export type CacheSetting = 'auto' | 'true' | 'false';

export interface SetupInputs {
  readonly nodeHeapMb: Setting<number>;
  readonly threadpoolSize: Setting<number>;
  readonly dockerPlatform: Setting<string>;
  readonly env: readonly (readonly [name: string, value: string])[];
  /** Node's names (`arm64`, `x64`); empty: any. */
  readonly requireArch: readonly string[];
  readonly requireTools: readonly ToolRequirement[];
  readonly failOnRosetta: boolean;
  readonly cache: CacheSetting;
  readonly cacheDependencyPath: readonly string[];
}

export const HEAP_RANGE = { min: 64, max: 1_048_576 };
export const THREADPOOL_RANGE = { min: 1, max: 1024 };

/** Node's arch names, and the other spellings people write for them. */
const ARCH_ALIASES: Record<string, string> = {
  arm64: 'arm64',
  aarch64: 'arm64',
  x64: 'x64',
  amd64: 'x64',
  x86_64: 'x64',
  'x86-64': 'x64',
  arm: 'arm',
  ia32: 'ia32',
  x86: 'ia32',
  i386: 'ia32',
  i686: 'ia32',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
};

function keyword(raw: string): 'auto' | 'none' | undefined {
  const v = raw.toLowerCase();
  return v === 'auto' || v === 'none' ? v : undefined;
}

/** Shared with runner-hooks' installer, so its options read the same. */
export function wholeSetting(
  read: InputReader,
  name: string,
  range: { min: number; max: number },
  unit: string,
): Setting<number> {
  const raw = read.text(name, 'auto');
  const word = keyword(raw);
  if (word) return { mode: word };
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new InputError(
      name,
      `Input '${name}' accepts 'auto', 'none' or a whole number${unit} from ${range.min} to ${range.max}; got '${raw}'.`,
    );
  }
  return { mode: 'set', value: n };
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

export function dockerPlatform(read: InputReader): Setting<string> {
  const raw = read.text('docker-platform', 'auto');
  const word = keyword(raw);
  if (word) return { mode: word };
  const value = raw.toLowerCase();
  if (!PLATFORM.test(value)) {
    throw new InputError(
      'docker-platform',
      `Input 'docker-platform' accepts 'auto', 'none' or a platform such as 'linux/arm64' or 'linux/amd64'; got '${raw}'.`,
    );
  }
  return { mode: 'set', value };
}

export const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function envLines(read: InputReader, tuning: Record<string, string | undefined>) {
  const pairs: [string, string][] = [];
  for (const line of read.lines('env')) {
    const eq = line.indexOf('=');
    const name = eq < 0 ? line : line.slice(0, eq).trim();
    const bad = (why: string) =>
      new InputError('env', `Input 'env' line '${name || line}': ${why}`);
    if (eq < 0 || !NAME.test(name)) {
      throw bad(
        'each line is KEY=VALUE, KEY made of letters, digits and _ (not starting with a digit).',
      );
    }
    if (name.toUpperCase() === 'NODE_OPTIONS') {
      throw bad(
        "the runner refuses NODE_OPTIONS in GITHUB_ENV; set it in the workflow's env: instead (setup-m4-env keeps its flags next to the heap size).",
      );
    }
    if (name.toUpperCase() === 'BASH_ENV') {
      throw bad(
        "setup-m4-env exports BASH_ENV to carry the heap size to bash steps, and a BASH_ENV here would silently replace it; set yours in the workflow's env: instead (setup-m4-env's script runs it first).",
      );
    }
    if (/^(GITHUB|RUNNER)_/i.test(name)) {
      throw bad('GITHUB_* and RUNNER_* variables belong to the runner and cannot be set.');
    }
    const owner = tuning[name];
    if (owner) {
      throw bad(`${name} is set by '${owner}'; give the value there, or set '${owner}: none'.`);
    }
    if (pairs.some(([n]) => n === name)) throw bad(`${name} is given twice.`);
    pairs.push([name, line.slice(eq + 1)]);
  }
  return pairs;
}

function requireArch(read: InputReader): string[] {
  return read.list('require-arch').map((raw) => {
    const arch = ARCH_ALIASES[raw.toLowerCase()];
    if (!arch) {
      throw new InputError(
        'require-arch',
        `Input 'require-arch' accepts architectures such as 'arm64' or 'x64' (also aarch64, amd64, x86_64); got '${raw}'.`,
      );
    }
    return arch;
  });
}

export async function readSetupInputs(read: InputReader): Promise<SetupInputs> {
  const nodeHeapMb = wholeSetting(read, 'node-heap-mb', HEAP_RANGE, ' of MB');
  const threadpoolSize = wholeSetting(read, 'threadpool-size', THREADPOOL_RANGE, '');
  const docker = dockerPlatform(read);
  const env = envLines(read, {
    UV_THREADPOOL_SIZE: threadpoolSize.mode === 'none' ? undefined : 'threadpool-size',
    DOCKER_DEFAULT_PLATFORM: docker.mode === 'none' ? undefined : 'docker-platform',
  });
  const arch = requireArch(read);
  const toolLines = read.lines('require-tools');
  // semver is loaded only when there is something to check.
  const requireTools = toolLines.length
    ? (await import('./requirements.ts')).parseToolLines(toolLines)
    : [];
  const cacheDependencyPath = read.lines('cache-dependency-path');
  return {
    nodeHeapMb,
    threadpoolSize,
    dockerPlatform: docker,
    env,
    requireArch: arch,
    requireTools,
    failOnRosetta: read.bool('fail-on-rosetta', false),
    cache: read.choice('cache', ['auto', 'true', 'false'] as const, 'auto'),
    cacheDependencyPath: cacheDependencyPath.length ? cacheDependencyPath : ['pnpm-lock.yaml'],
  };
}
