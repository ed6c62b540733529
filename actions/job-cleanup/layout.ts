/**
 * Where the runner keeps what must survive, derived from its environment: pure (the caller adds
 * the realpath of each guard beside it).
 *
 * A self-hosted runner's layout: `<root>/bin`, `<root>/externals/node24/bin/node` (the node that
 * runs this action), `<root>/_work` (the work folder) holding `_actions`, `_tool`, `_temp` and
 * `<repo>/<repo>` (GITHUB_WORKSPACE; RUNNER_WORKSPACE is `<repo>`).
 */
import path from 'node:path';
import type { Env } from '../lib/runner.ts';
import type { Guard, RootName } from './plan.ts';

export interface System {
  /** os.homedir(). */
  home: string;
  /** os.tmpdir() (it honours TMPDIR). */
  tmpdir: string;
  /** process.execPath. */
  execPath: string;
  /** process.argv[1]: this action's bundle. */
  script?: string;
}

export interface Layout {
  roots: { name: RootName; path: string }[];
  guards: Guard[];
}

const FILE_COMMANDS = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_EVENT_PATH',
];

/** `<root>/externals/node24/bin/node` → `<root>`. */
export function runnerRootFromNode(execPath: string): string | undefined {
  const m = /^(.*)[\\/]externals[\\/]node\d*[\\/]bin[\\/]node(?:\.exe)?$/i.exec(execPath);
  return m?.[1] ? path.resolve(m[1]) : undefined;
}

/** The nearest folder named `name` holding `p` (or `p` itself). */
function folderNamed(p: string, name: string): string | undefined {
  for (let at = p; ; at = path.dirname(at)) {
    if (path.basename(at) === name) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

export function layout(env: Env, sys: System): Layout {
  const set = (v: string | undefined) => (v ? path.resolve(v) : undefined);
  const workspace = set(env.GITHUB_WORKSPACE);
  const runnerTemp = set(env.RUNNER_TEMP);
  const tmp = path.resolve(sys.tmpdir);
  const guards: Guard[] = [];
  const add = (p: string | undefined, label: string, mode: Guard['mode'], extra = {}) => {
    if (p) guards.push({ path: p, label, mode, ...extra });
  };

  const roots: Layout['roots'] = [];
  if (workspace) roots.push({ name: 'workspace', path: workspace });
  if (runnerTemp) roots.push({ name: 'runner-temp', path: runnerTemp });
  roots.push({ name: 'temp', path: tmp });

  for (const r of roots)
    add(path.parse(r.path).root, 'the file system root', 'keep', { anchor: true });
  for (const home of new Set([set(env.HOME), set(sys.home)])) {
    add(home, 'HOME', 'keep', { anchor: true });
  }
  add(workspace, 'GITHUB_WORKSPACE', 'keep');
  add(runnerTemp, 'RUNNER_TEMP', 'keep');
  add(tmp, 'the temp directory', 'keep');

  // The work folder and the runner root, from whichever variable reveals them.
  const runnerWorkspace = set(env.RUNNER_WORKSPACE);
  const actionPath = set(env.GITHUB_ACTION_PATH);
  const toolCache = set(env.RUNNER_TOOL_CACHE);
  const actionsFolder = actionPath && folderNamed(actionPath, '_actions');
  const works = new Set<string>();
  if (runnerWorkspace) works.add(path.dirname(runnerWorkspace));
  if (actionsFolder) works.add(path.dirname(actionsFolder));
  if (toolCache && path.basename(toolCache) === '_tool') works.add(path.dirname(toolCache));
  add(runnerWorkspace, 'RUNNER_WORKSPACE', 'keep');
  for (const w of works) add(w, "the runner's work folder", 'keep');

  const runnerRoots = new Set<string>();
  const fromNode = runnerRootFromNode(sys.execPath);
  if (fromNode) runnerRoots.add(fromNode);
  for (const w of works) if (path.basename(w) === '_work') runnerRoots.add(path.dirname(w));
  for (const root of runnerRoots) {
    const work = [...works].find((w) => w.startsWith(root + path.sep));
    add(root, 'the runner root', 'seal', work ? { except: work } : {});
  }

  add(actionsFolder, "the runner's _actions folder", 'seal');
  add(actionPath, 'this action (GITHUB_ACTION_PATH)', 'seal');
  add(toolCache, 'the tool cache (RUNNER_TOOL_CACHE)', 'seal');
  add(set(env.AGENT_TOOLSDIRECTORY), 'the tool cache (AGENT_TOOLSDIRECTORY)', 'seal');
  if (sys.script) {
    // dist/job-cleanup/<main|post>/index.js: the post step needs the bundle after main.
    add(path.dirname(path.dirname(path.resolve(sys.script))), "this action's code", 'seal');
  }
  for (const name of FILE_COMMANDS) {
    add(set(env[name]), `the runner's own file ${name}`, 'keep');
  }
  return { roots, guards };
}
