/**
 * `pnpm start`: what the actions do, in a minute, without a GitHub account. The real built
 * actions run through the local runner against a local GitHub API stand-in holding a demo fleet;
 * each section says whether its figures are simulated (the demo fleet) or measured on this
 * machine. Every file it names is kept under `.demo/` (gitignored).
 *
 *   pnpm start                                   the demo fleet
 *   GITHUB_TOKEN=… pnpm start --repo owner/name  the runner decision from the real API
 *                                                (GITHUB_API_URL when set, else api.github.com)
 *
 * Sections live in scripts/demo/<name>.ts and are listed in scripts/demo/sections.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './actions.ts';
import { parseStartArgs, USAGE } from './demo/args.ts';
import { fileList, openDemo } from './demo/context.ts';
import { SECTIONS } from './demo/sections.ts';

const args = parseStartArgs(process.argv.slice(2), process.env);
if (args.kind === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (args.kind === 'error') {
  console.error(`pnpm start: ${args.message}\n\n${USAGE}`);
  process.exit(2);
}
const missing = ['check-runner', 'select-runner', 'setup-m4-env', 'job-cleanup', 'perf-report']
  .map((a) => join(ROOT, 'dist', a, 'main', 'index.js'))
  .filter((f) => !existsSync(f));
if (missing.length) {
  console.error(
    `pnpm start runs the built actions; missing: ${missing.join(', ')}. Run pnpm build.`,
  );
  process.exit(2);
}

// RUNNER_ACTIONS_DEMO_DIR moves .demo/ elsewhere (the integration test uses a temp folder).
const out = process.env.RUNNER_ACTIONS_DEMO_DIR || join(ROOT, '.demo');
const demo = await openDemo({ out, labels: args.labels, real: args.real });
const failed: string[] = [];
try {
  for (const section of SECTIONS) {
    try {
      if ((await section.run(demo.ctx)) !== 'success') failed.push(section.name);
    } catch (error) {
      failed.push(section.name);
      console.error(`\n${section.name}: ${error instanceof Error ? error.stack : error}`);
    }
  }
} finally {
  await demo.close();
}
console.log(
  `\nFiles the demo wrote (kept under ${out === join(ROOT, '.demo') ? '.demo/, gitignored' : out}):`,
);
for (const line of fileList(demo.files, process.cwd())) console.log(line);
if (failed.length) {
  console.log(`\nFailed: ${failed.join(', ')}.`);
  process.exitCode = 1;
}
