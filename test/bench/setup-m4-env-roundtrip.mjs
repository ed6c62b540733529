/**
 * One round trip of the pnpm store through the Actions cache, for `pnpm bench setup-m4-env`:
 *
 *   node setup-m4-env-roundtrip.mjs action   setup-m4-env's post (save) and main (restore)
 *   node setup-m4-env-roundtrip.mjs direct   the same through @actions/cache called directly
 *
 * Each side saves the store in one process, removes it (a fresh machine), and restores it in a
 * second process, as a job's post step and the next job's main step would. The bench sets
 * SME_BENCH (JSON: store, key, node, main, post, env for the action, state) and resets the
 * cache service between runs. Plain JS (.mjs) so the bench runner does not take it for a bench.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [mode] = process.argv.slice(2);
const config = JSON.parse(process.env.SME_BENCH ?? '{}');

function step(args, env) {
  const r = spawnSync(config.node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || /::error|::warning|Failed to (save|restore)/.test(out)) {
    throw new Error(`${args.join(' ')} exited ${r.status}:\n${out}`);
  }
  return out;
}

function roundTrip(save, restore) {
  save();
  rmSync(config.store, { recursive: true, force: true });
  restore();
  if (!existsSync(config.store)) throw new Error(`${mode}: the store was not restored`);
}

if (mode === 'action') {
  const env = { ...process.env, ...config.env };
  roundTrip(
    () => step([config.post], { ...env, [`STATE_${config.stateName}`]: config.state }),
    () => {
      const out = step([config.main], env);
      if (!out.includes('exact hit')) throw new Error(`main did not hit exactly:\n${out}`);
    },
  );
} else if (mode === 'direct') {
  const self = fileURLToPath(import.meta.url);
  const env = { ...process.env, ...config.env };
  roundTrip(
    () => step([self, 'save'], env),
    () => step([self, 'restore'], env),
  );
} else if (mode === 'save') {
  const cache = await import('@actions/cache');
  const id = await cache.saveCache([config.store], config.key);
  if (id === -1) throw new Error('saveCache failed');
} else if (mode === 'restore') {
  const cache = await import('@actions/cache');
  const hit = await cache.restoreCache([config.store], config.key, config.restoreKeys);
  if (hit !== config.key) throw new Error(`restoreCache did not hit exactly (${hit})`);
} else {
  throw new Error('usage: setup-m4-env-roundtrip.mjs action|direct');
}
