/**
 * `pnpm start` section: the runner hooks. A fake runner folder (the runner's own Node, an .env
 * with a NODE_OPTIONS of its own) gets runner-hooks/install; a job on it then shows "Set up runner"
 * (the host, old pnpm-* debris removed) and "Complete runner"; --uninstall puts .env back.
 * Needs `pnpm build` (dist/runner-hooks).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HookResult, resolveNode24, runJob } from '../../test/support/local-runner.ts';
import { ROOT } from '../actions.ts';
import { type DemoSection, measured } from './section.ts';

const indent = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => `    | ${l}`)
    .join('\n');

function show(print: (line: string) => void, hook: HookResult | undefined) {
  if (!hook) return;
  print(`  ${hook.name}: ${hook.outcome} in ${hook.durationMs} ms`);
  print(indent(hook.log));
}

/** Returns false when the section could not show the hooks working. */
export async function runnerHooksDemo(
  print: (line: string) => void = (line) => print(line),
): Promise<boolean> {
  if (!existsSync(join(ROOT, 'dist', 'runner-hooks', 'hook', 'index.js'))) {
    print("  dist/runner-hooks is not built: run 'pnpm build' first.");
    return false;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'runner-hooks-demo-'));
  try {
    const runner = join(scratch, 'actions-runner');
    const tmp = join(scratch, 'tmp');
    mkdirSync(join(runner, 'externals', 'node24', 'bin'), { recursive: true });
    symlinkSync(resolveNode24(), join(runner, 'externals', 'node24', 'bin', 'node'));
    writeFileSync(join(runner, 'run.sh'), '#!/bin/bash\n', { mode: 0o755 });
    const original = `LANG=en_US.UTF-8\nNODE_OPTIONS=--enable-source-maps\nTMPDIR=${tmp}\n`;
    writeFileSync(join(runner, '.env'), original);
    mkdirSync(join(tmp, 'pnpm-store-debris', 'v10'), { recursive: true });
    writeFileSync(join(tmp, 'pnpm-store-debris', 'v10', 'pkg.tgz'), Buffer.alloc(512 * 1024));
    const threeDaysAgo = Date.now() / 1000 - 3 * 86_400;
    lutimesSync(join(tmp, 'pnpm-store-debris'), threeDaysAgo, threeDaysAgo);
    mkdirSync(join(tmp, 'pnpm-fresh-from-another-job'));

    const install = (...args: string[]) =>
      spawnSync(join(ROOT, 'runner-hooks', 'install'), ['--runner-dir', runner, ...args], {
        encoding: 'utf8',
      });
    print(`$ runner-hooks/install --runner-dir ${runner}`);
    const installed = install();
    if (installed.status !== 0) {
      print(indent(installed.stderr));
      return false;
    }
    print(indent(installed.stdout));
    // The hooks also sweep /tmp; the demo must not sweep this machine's: its scratch stands in.
    const recordFile = join(scratch, 'runner-actions-hooks', 'runner-hooks.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    writeFileSync(
      recordFile,
      JSON.stringify({ ...record, hook: { ...record.hook, systemTemp: tmp } }),
    );

    const job = await runJob([], { runnerDir: runner });
    print(`A job on this runner (no step of its own): ${job.outcome}`);
    show(print, job.hooks?.started);
    show(print, job.hooks?.completed);

    const removed = install('--uninstall');
    const back = readFileSync(join(runner, '.env'), 'utf8') === original;
    print(
      `$ runner-hooks/install --runner-dir … --uninstall: ${removed.status === 0 && back ? '.env is back, byte for byte' : 'FAILED'}`,
    );
    return job.outcome === 'success' && removed.status === 0 && back;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export default {
  name: 'runner-hooks',
  async run(ctx) {
    ctx.heading(
      'Runner hooks',
      measured('runner-hooks/install into a fake runner folder, and a job on it, here and now'),
    );
    return (await runnerHooksDemo((line) => ctx.print(line))) ? 'success' : 'failure';
  },
} satisfies DemoSection;
