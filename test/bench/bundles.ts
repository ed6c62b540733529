/**
 * Every action's bundle: the entry file Node loads at start, everything it may load lazily, and
 * job-cleanup's start-to-exit with nothing to clean over `node -e 0` (the other actions' start-up
 * figures are in their own bench files).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS } from '../../scripts/actions.ts';
import { type Bench, type Figure, ROOT, sideBySide } from './measure.ts';

function bytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

const bench: Bench = async () => {
  const figures: Figure[] = [];
  for (const action of ACTIONS) {
    for (const entry of ['main', 'post']) {
      const dir = join(ROOT, 'dist', action, entry);
      let start: number;
      try {
        start = statSync(join(dir, 'index.js')).size;
      } catch {
        continue;
      }
      figures.push({
        action,
        figure: `bundle: ${entry} entry`,
        value: start,
        unit: 'bytes',
        detail: `${(bytes(dir) / 1024).toFixed(1)} KiB with lazily loaded chunks`,
      });
    }
  }

  const base = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  try {
    for (const d of ['workspace', 'tmp', 'runner-temp']) mkdirSync(join(base, d));
    const pair = await sideBySide(
      {
        args: [join(ROOT, 'dist', 'job-cleanup', 'main', 'index.js')],
        cwd: join(base, 'workspace'),
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          TMPDIR: join(base, 'tmp'),
          GITHUB_WORKSPACE: join(base, 'workspace'),
          RUNNER_TEMP: join(base, 'runner-temp'),
          INPUT_WHEN: 'now',
        },
      },
      { args: ['-e', '0'] },
    );
    figures.push({
      action: 'job-cleanup',
      figure: 'start-to-exit, nothing to clean / node -e 0',
      value: pair.ratio,
      unit: 'x',
      detail: `${pair.subject.toFixed(0)} ms vs ${pair.floor.toFixed(0)} ms`,
    });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return figures;
};

/** Its usual duration here, in seconds (shown while `pnpm bench` runs). */
export const seconds = 3;
export default bench;
