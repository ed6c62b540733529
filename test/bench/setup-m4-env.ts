/**
 * setup-m4-env's figures (issue 4):
 * - main with the cache off, start to exit, over the floor of `node -e 0` on Node 24: at most 1.5
 *   (issue 22), beside the entry's bytes and what it loads.
 * - a 200 MB pnpm store's round trip through the cache-service stand-in (post saves, the next
 *   job's main restores), over the same round trip through @actions/cache called directly: at
 *   most 1.1. Both sides run in setup-m4-env-roundtrip.mjs; `pnpm` is a fake on PATH that
 *   answers instantly, so what is measured is the action's own cost around @actions/cache.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { startCacheService } from '../support/cache-service.ts';
import { startAction } from '../support/local-runner.ts';
import {
  type Bench,
  describeLoads,
  type Figure,
  loadsBeforeRequest,
  NODE24,
  ROOT,
  sideBySide,
} from './measure.ts';

const ACTION = 'setup-m4-env';
const MAIN = join(ROOT, 'dist', ACTION, 'main', 'index.js');
const POST = join(ROOT, 'dist', ACTION, 'post', 'index.js');
const STORE_MB = 200;

/** INPUT_* as the runner sets them: every input, with its default unless given. */
function inputsEnv(given: Record<string, string>): Record<string, string> {
  const meta = parse(readFileSync(join(ROOT, ACTION, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(meta.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = given[name] ?? input.default ?? '';
  }
  return env;
}

/** The runner's file commands, all to /dev/null: the runs must not grow anything. */
const FILE_COMMANDS = {
  GITHUB_OUTPUT: '/dev/null',
  GITHUB_ENV: '/dev/null',
  GITHUB_PATH: '/dev/null',
  GITHUB_STATE: '/dev/null',
  GITHUB_STEP_SUMMARY: '/dev/null',
};

/** ~200 MB in pnpm's layout (files/xx/<hash>), text that compresses like JavaScript does. */
function makeStore(store: string, mb: number) {
  const words = Array.from({ length: 4096 }, (_, i) =>
    Math.floor(Math.sin(i + 1) * 1e9)
      .toString(36)
      .replace('-', 'x'),
  );
  const fileSize = 100 * 1024;
  const count = Math.round((mb * 1024 * 1024) / fileSize);
  for (let f = 0; f < count; f++) {
    const dir = join(store, 'files', (f % 256).toString(16).padStart(2, '0'));
    mkdirSync(dir, { recursive: true });
    const parts: string[] = [];
    let size = 0;
    for (let w = f * 7; size < fileSize; w += 13) {
      const word = `${words[w % words.length]}${w % 11 === 0 ? ';\n' : ' '}`;
      parts.push(word);
      size += word.length;
    }
    writeFileSync(join(dir, `${f.toString(16).padStart(6, '0')}-index.js`), parts.join(''));
  }
}

const bench: Bench = async ({ full } = { full: true }) => {
  const figures: Figure[] = [];
  const root = mkdtempSync(join(tmpdir(), 'sme-bench-'));
  try {
    const temp = join(root, 'runner-temp');
    const workspace = join(root, 'workspace');
    const bin = join(root, 'bin');
    const store = join(root, 'store', 'v10');
    for (const d of [temp, workspace, bin, store]) mkdirSync(d, { recursive: true });
    writeFileSync(join(workspace, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    writeFileSync(
      join(bin, 'pnpm'),
      `#!/bin/sh\ncase "$1 $2" in\n  "--version "*) echo 10.16.1 ;;\n  "store path") echo '${store}' ;;\n  *) ;;\nesac\n`,
    );
    chmodSync(join(bin, 'pnpm'), 0o755);
    const PATH = [bin, dirname(NODE24), process.env.PATH ?? ''].join(delimiter);
    const base = { PATH, HOME: root, RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace };

    // 1. Start-up: main with the cache off against `node -e 0`.
    const main = {
      args: [MAIN],
      cwd: workspace,
      env: { ...base, ...FILE_COMMANDS, ...inputsEnv({ cache: 'false' }) },
    };
    const startup = await sideBySide(main, { args: ['-e', '0'] });
    const loads = await loadsBeforeRequest(main);
    figures.push({
      action: ACTION,
      figure: 'main, cache off, over `node -e 0`',
      value: startup.ratio,
      limit: 1.5,
      unit: 'x',
      detail: `${startup.subject.toFixed(0)} ms vs ${startup.floor.toFixed(0)} ms; entry ${(statSync(MAIN).size / 1024).toFixed(1)} KiB; ${describeLoads(loads)}`,
    });

    // 2. A 200 MB store's round trip: the action against @actions/cache called directly.
    //    About two minutes here: only with `pnpm bench --full` (or `pnpm bench setup-m4-env`).
    if (!full) return figures;
    makeStore(store, STORE_MB);
    const service = await startCacheService();
    try {
      const cacheEnv = { ...service.env, RUNNER_ENVIRONMENT: 'github-hosted' };
      // A real main on an empty cache gives the key and the state post reads.
      const first = await startAction({
        action: ACTION,
        workspace,
        runnerTemp: temp,
        runner: { environment: 'github-hosted' },
        jobEnv: { ...base, ...service.env },
      });
      first.dispose();
      const stateName = 'pnpm-store-cache';
      const state = first.main.state[stateName];
      if (!state) throw new Error(`main saved no cache state:\n${first.main.log}`);
      const { key } = JSON.parse(state) as { key: string };
      const config = {
        node: NODE24,
        store,
        key,
        restoreKeys: [key.replace(/[0-9a-f]{64}$/, ''), key.replace(/pnpm\d+-[0-9a-f]{64}$/, '')],
        main: MAIN,
        post: POST,
        stateName,
        state,
        env: {
          ...base,
          ...FILE_COMMANDS,
          ...cacheEnv,
          ...inputsEnv({ cache: 'true' }),
        },
      };
      const script = join(ROOT, 'test', 'bench', 'setup-m4-env-roundtrip.mjs');
      const env: Record<string, string | undefined> = {
        ...process.env,
        SME_BENCH: JSON.stringify(config),
      };
      delete env.GITHUB_SERVER_URL;
      const before = () => service.reset();
      const trip = await sideBySide(
        { args: [script, 'action'], env, before, cwd: workspace },
        { args: [script, 'direct'], env, before, cwd: workspace },
        5,
      );
      figures.push({
        action: ACTION,
        figure: `${STORE_MB} MB store round trip, over @actions/cache directly`,
        value: trip.ratio,
        limit: 1.1,
        unit: 'x',
        detail: `${(trip.subject / 1000).toFixed(2)} s vs ${(trip.floor / 1000).toFixed(2)} s`,
      });
    } finally {
      await service.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return figures;
};

/** What runs only with --full, and its usual duration here (seconds). */
export const longFigures = [{ figure: `${STORE_MB} MB store round trip`, seconds: 120 }];
export const seconds = 5;
export default bench;
