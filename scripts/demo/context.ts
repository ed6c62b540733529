/**
 * The context every `pnpm start` section shares: the GitHub stand-in holding the demo fleet,
 * the `.demo/` folder (emptied first, so it holds only this run's files) and the list of files
 * the demo names, printed at the end.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDemoFleet } from '../../test/support/demo-fleet.ts';
import { startGitHubApi } from '../../test/support/github-api.ts';
import type { RealTarget } from './args.ts';
import { type DemoContext, type DemoIdentity, headingText } from './section.ts';

export const DEMO: DemoIdentity = {
  token: 'ghs_demoToken000000000000000000000000000',
  repository: 'acme/web-app',
  runId: 8_123_456_789,
  pullRequest: 42,
};

export interface OpenDemo {
  ctx: DemoContext;
  /** Files the sections kept, with what each holds, in the order they were named. */
  files: { path: string; what: string }[];
  close(): Promise<void>;
}

export async function openDemo(opts: {
  /** The demo's folder, normally `<repository>/.demo`. */
  out: string;
  labels: string;
  real: RealTarget | undefined;
  print?: (line: string) => void;
}): Promise<OpenDemo> {
  const { out } = opts;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const print = opts.print ?? ((line: string) => console.log(line));
  const files: OpenDemo['files'] = [];
  const name = (file: string, what: string) => {
    const path = join(out, file);
    mkdirSync(join(path, '..'), { recursive: true });
    if (!files.some((f) => f.path === path)) files.push({ path, what });
    return path;
  };
  const api = await startGitHubApi({ tokens: [DEMO.token] });
  loadDemoFleet(api, { repo: DEMO.repository });
  const ctx: DemoContext = {
    labels: opts.labels,
    real: opts.real,
    api,
    demo: DEMO,
    out,
    folder(sub) {
      const dir = join(out, sub);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    keep(file, content, what) {
      const path = name(file, what);
      writeFileSync(path, content);
      return path;
    },
    keptPath: name,
    print: (line = '') => print(line),
    heading: (title, source) => print(`\n${headingText(title, source)}`),
  };
  return { ctx, files, close: () => api.close() };
}

/** The closing list: each kept file, relative to `cwd` when it is inside it. */
export function fileList(files: OpenDemo['files'], cwd: string): string[] {
  const shown = files.map((f) => {
    const rel = relative(cwd, f.path);
    return { path: rel.startsWith('..') ? f.path : rel, what: f.what };
  });
  const width = Math.max(0, ...shown.map((f) => f.path.length));
  return shown.map((f) => `  ${f.path.padEnd(width)}  ${f.what}`);
}
