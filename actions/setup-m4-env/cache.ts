/**
 * The pnpm store cache's shell: finds the lockfiles and the store, restores in main and saves in
 * post with the real @actions/cache (loaded only here, only when the cache is on).
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, matchesGlob, resolve } from 'node:path';
import { messageOf } from '../lib/errors.ts';
import { appendSummary, info, oneLine, warning } from '../lib/runner.ts';
import { stateSlot } from '../lib/state.ts';
import { blocks, code, heading } from '../lib/summary.ts';
import { type CacheChoice, type CacheState, cacheKeys, combineHashes } from './cache-plan.ts';
import { type Prober, runTool, which } from './probe.ts';

/** node:crypto loaded when a hash is needed: with the cache off it never is (issue 22). */
const sha256 = () =>
  (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash('sha256');

export const cacheSlot = stateSlot<CacheState>('pnpm-store-cache');

/** Files matching `cache-dependency-path` (globs; `!` excludes), node_modules skipped. */
export function findLockfiles(patterns: readonly string[], workspace: string): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = globSync(include, {
    cwd: workspace,
    exclude: (entry: string) => basename(entry) === 'node_modules',
  });
  return [...new Set(found)]
    .filter((f) => !exclude.some((x) => matchesGlob(f, x)))
    .map((f) => (isAbsolute(f) ? f : resolve(workspace, f)))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

export function hashLockfiles(files: readonly string[]): string {
  return combineHashes(
    files.map((path) => ({
      path,
      sha256: sha256().update(readFileSync(path)).digest('hex'),
    })),
  );
}

export interface CacheReport {
  hit: boolean;
  storePath: string;
  /** One line on what the cache did, for the log and the summary. */
  note: string;
}

interface RestoreContext {
  choice: CacheChoice;
  /** `cache: true`: a missing lockfile or pnpm is worth a warning, not just a line. */
  forced: boolean;
  patterns: readonly string[];
  workspace: string;
  os: string;
  arch: string;
  probe: Prober;
}

export async function restoreStore(ctx: RestoreContext): Promise<CacheReport> {
  const off = (note: string, storePath = ''): CacheReport => {
    info(oneLine(note));
    return { hit: false, storePath, note };
  };
  const skip = (why: string, storePath = ''): CacheReport => {
    const note = `Not cached: ${why}.`;
    if (!ctx.forced) return off(note, storePath);
    warning(note, { title: 'setup-m4-env cache' });
    return { hit: false, storePath, note };
  };
  if (!ctx.choice.on) return off(`Off (${ctx.choice.why}): no cache traffic.`);

  const pnpm = which('pnpm');
  if (!pnpm) return skip('pnpm is not on PATH');
  const lockfiles = findLockfiles(ctx.patterns, ctx.workspace);
  if (!lockfiles.length) {
    return skip(
      `no file in ${ctx.workspace} matches cache-dependency-path (${ctx.patterns.join(', ')})`,
    );
  }
  const [store, version] = await Promise.all([
    runTool(pnpm, ['store', 'path', '--silent'], { cwd: ctx.workspace, timeoutMs: 60_000 }),
    ctx.probe('pnpm', true),
  ]);
  const storePath = store.stdout.trim().split(/\r?\n/).pop()?.trim() ?? '';
  if (!store.ok || !storePath) {
    return skip(`'pnpm store path' gave no path (${store.error ?? 'empty output'})`);
  }
  if (!version.output)
    return skip(`${version.error ?? "'pnpm --version' printed nothing"}`, storePath);

  const { key, restoreKeys } = cacheKeys({
    os: ctx.os,
    arch: ctx.arch,
    pnpmVersion: version.output,
    lockHash: hashLockfiles(lockfiles),
  });
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    return skip('the Actions cache service is not available to this job', storePath);
  }
  let matchedKey: string | undefined;
  try {
    matchedKey = await cache.restoreCache([storePath], key, restoreKeys);
  } catch (error) {
    warning(`Restoring the pnpm store failed: ${messageOf(error)}`, {
      title: 'setup-m4-env cache',
    });
  }
  cacheSlot.save({ key, storePath, matchedKey, pnpm, workspace: ctx.workspace });
  const hit = matchedKey === key;
  const note = hit
    ? `Restored the pnpm store from ${code(key)} (exact hit: post will not save it again).`
    : matchedKey
      ? `Restored an older pnpm store from ${code(matchedKey)}; post saves the updated store as ${code(key)}.`
      : `No stored pnpm store for ${code(key)}; post saves it after the install.`;
  info(oneLine(note.replace(/`/g, '')));
  return { hit, storePath, note };
}

/** Post: prune the store and save it, unless main restored this exact key. */
export async function saveStore(): Promise<void> {
  const state = cacheSlot.load();
  if (!state) {
    info('setup-m4-env: the pnpm store cache was not used in this job; nothing to save.');
    return;
  }
  const say = (note: string) => {
    info(oneLine(note.replace(/`/g, '')));
    appendSummary(blocks(heading('setup-m4-env: pnpm store cache'), note));
  };
  if (state.matchedKey === state.key) {
    say(`Cache hit on ${code(state.key)} in main: the store is not saved again.`);
    return;
  }
  if (!existsSync(state.storePath)) {
    say(
      `The pnpm store ${code(state.storePath)} does not exist (nothing installed?): nothing to save.`,
    );
    return;
  }
  const prune = await runTool(state.pnpm, ['store', 'prune'], {
    cwd: state.workspace,
    timeoutMs: 600_000,
  });
  if (!prune.ok) {
    warning(`'pnpm store prune' failed (${prune.error}); saving the store as it is.`, {
      title: 'setup-m4-env cache',
    });
  }
  const cache = await import('@actions/cache');
  try {
    const id = await cache.saveCache([state.storePath], state.key);
    say(
      id === -1
        ? `The pnpm store was not saved as ${code(state.key)} (see the warning above).`
        : `Saved the pruned pnpm store ${code(state.storePath)} as ${code(state.key)}.`,
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ReserveCacheError') {
      say(`Another job is saving ${code(state.key)} already: ${error.message}`);
      return;
    }
    warning(`Saving the pnpm store failed: ${messageOf(error)}`, { title: 'setup-m4-env cache' });
  }
}
