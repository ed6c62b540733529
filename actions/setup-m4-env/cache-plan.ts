/**
 * The pnpm store cache, decided: pure. It is on where a job starts with an empty disk
 * (GitHub-hosted runners, and self-hosted runners whose owner sets RUNNER_EPHEMERAL=true: ARC pods,
 * `--ephemeral` runners) and off on persistent self-hosted runners, whose store already lives on
 * disk, so restoring it would only cost time.
 */
import type { CacheSetting } from './inputs.ts';

/** node:crypto loaded when a hash is needed: with the cache off it never is (issue 22). */
const sha256 = () =>
  (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash('sha256');

export const KEY_PREFIX = 'setup-m4-env-pnpm-store';

export interface CacheChoice {
  on: boolean;
  why: string;
}

export function chooseCache(
  setting: CacheSetting,
  env: { RUNNER_ENVIRONMENT?: string; RUNNER_EPHEMERAL?: string },
): CacheChoice {
  if (setting === 'true') return { on: true, why: 'cache is true' };
  if (setting === 'false') return { on: false, why: 'cache is false' };
  const environment = env.RUNNER_ENVIRONMENT ?? '';
  if (environment === 'github-hosted') {
    return { on: true, why: 'auto: a GitHub-hosted runner starts with an empty store' };
  }
  if (/^(true|1)$/i.test(env.RUNNER_EPHEMERAL ?? '')) {
    return { on: true, why: 'auto: RUNNER_EPHEMERAL=true, this runner starts with an empty store' };
  }
  return {
    on: false,
    why: `auto: a persistent ${environment || 'self-hosted'} runner keeps its pnpm store on disk (set RUNNER_EPHEMERAL=true on ephemeral runners)`,
  };
}

/** `hashFiles`-style: SHA-256 over each file's SHA-256, in path order. */
export function combineHashes(files: readonly { path: string; sha256: string }[]): string {
  const all = sha256();
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    all.update(f.sha256);
  }
  return all.digest('hex');
}

export interface CacheKeys {
  key: string;
  /** Newest store of the same OS, arch and pnpm major; then of the same OS and arch. */
  restoreKeys: string[];
}

export function cacheKeys(parts: {
  os: string;
  arch: string;
  pnpmVersion: string;
  lockHash: string;
}): CacheKeys {
  const major = /^v?(\d+)/.exec(parts.pnpmVersion.trim())?.[1] ?? 'unknown';
  const platform = `${KEY_PREFIX}-${parts.os}-${parts.arch}-`;
  const pnpm = `${platform}pnpm${major}-`;
  return { key: `${pnpm}${parts.lockHash}`, restoreKeys: [pnpm, platform] };
}

/** What main hands to post. */
export interface CacheState {
  key: string;
  storePath: string;
  /** The key restored, when any. */
  matchedKey?: string;
  /** pnpm's path, for `pnpm store prune`. */
  pnpm: string;
  workspace: string;
}
