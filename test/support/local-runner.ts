/**
 * The local runner: runs a built JavaScript action (`runs.using: node24`) the way the GitHub runner
 * does — inputs as INPUT_*, the runner's environment, fresh file-command files per step, workflow
 * commands and masking on the output, the post step with STATE_* — so tests and `pnpm start` can
 * exercise real bundles without GitHub.
 *
 *   const r = await runAction({ action: 'select-runner', inputs: { labels: 'self-hosted' } });
 *   r.outputs.runner; r.main.annotations; r.post?.exitCode;
 *
 *   const h = await startAction({ action: 'setup-m4-env' }); // main only
 *   ...                                                      // anything in between
 *   await h.runPost();                                       // post (if post-if allows), cleanup
 *
 *   await runJob([{ action: 'check-runner' }, { action: 'select-runner', inputs: (s) => ({…}) }]);
 *
 *   // A runner folder: its .env reaches every step, and its job hooks run as the runner runs them.
 *   const j = await runJob(steps, { runnerDir: '/path/to/actions-runner' });
 *   j.hooks?.started?.log; // "Set up runner"
 */

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  addPaths,
  createFileCommandFiles,
  FILE_COMMAND_ENV,
  type FileCommand,
  prependPath,
  processFileCommandFiles,
} from './file-commands.ts';
import {
  type Annotation,
  CommandProcessor,
  LineSplitter,
  type LogGroup,
  SecretMasker,
} from './workflow-commands.ts';

export type { Annotation, AnnotationLevel, LogGroup } from './workflow-commands.ts';

export const REPO_ROOT: string = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_TIMEOUT_MS = 60_000;
/** The token `${{ github.token }}` resolves to unless `github.token` is given; it is masked. */
export const DEFAULT_TOKEN = 'ghs_localRunnerToken0000000000000000000';

export type InputValue = string | number | boolean | undefined;
export type Inputs = Record<string, InputValue>;

export interface GitHubOptions {
  /** `owner/name`; default `octo-org/octo-repo`. */
  repository?: string;
  runId?: string | number;
  runNumber?: string | number;
  runAttempt?: string | number;
  job?: string;
  sha?: string;
  ref?: string;
  eventName?: string;
  /** The event payload, written to GITHUB_EVENT_PATH; default `{}`. */
  event?: unknown;
  token?: string;
  actor?: string;
  workflow?: string;
  serverUrl?: string;
  apiUrl?: string;
  graphqlUrl?: string;
  headRef?: string;
  baseRef?: string;
}

export interface RunnerOptions {
  /** RUNNER_NAME; default `local-runner`. */
  name?: string;
  /** RUNNER_ENVIRONMENT; default `self-hosted`. */
  environment?: string;
  /** Sets RUNNER_DEBUG=1 (core.isDebug()). */
  debug?: boolean;
}

export interface JobOptions {
  /** Where action names resolve and node_modules/node24 lives; default this repository. */
  repoRoot?: string;
  /** GITHUB_WORKSPACE (the steps' cwd); default a fresh temp dir. */
  workspace?: string;
  /** RUNNER_TEMP; default a fresh temp dir. */
  runnerTemp?: string;
  /** RUNNER_TOOL_CACHE; default a fresh temp dir. */
  toolCache?: string;
  github?: GitHubOptions;
  runner?: RunnerOptions;
  /** Workflow/job-level `env:`. */
  jobEnv?: Record<string, string>;
  /** Values masked from the start, like `secrets.*` (github.token always is). */
  secrets?: string[];
  /** Default step timeout; default 60 s. */
  timeoutMs?: number;
  /** Keep the temp dirs this runner created (default: removed when the job ends). */
  keepTemp?: boolean;
  /**
   * A runner folder: its `.env` is read as the runner reads it at start (its variables reach every
   * step), and ACTIONS_RUNNER_HOOK_JOB_STARTED / _COMPLETED run as `bash -e <file>` before the
   * first step ("Set up runner") and after the last post ("Complete runner"). runJob only.
   */
  runnerDir?: string;
}

export interface StepOptions {
  /** Action folder (absolute, or relative to repoRoot / cwd), or its action.yml. */
  action: string;
  /** `with:` values; unknown names throw, `undefined` means "not given". */
  inputs?: Inputs;
  /** Step `env:`; overrides every other variable (PATH still gets GITHUB_PATH additions). */
  env?: Record<string, string>;
  /** Step id: GITHUB_ACTION, and the key in runJob's results. */
  id?: string;
  timeoutMs?: number;
}

export interface RunActionOptions extends JobOptions, StepOptions {
  /** Run the post step (subject to post-if); default true. */
  post?: boolean;
}

export interface StepResult {
  stage: 'main' | 'post';
  /** failure: non-zero exit, timeout, or a command / file command the runner rejects. */
  outcome: 'success' | 'failure';
  /** null when the process was killed by a signal (e.g. on timeout). */
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  outputs: Record<string, string>;
  /** Exported through GITHUB_ENV by this step. */
  env: Record<string, string>;
  /** GITHUB_PATH lines of this step. */
  path: string[];
  /** GITHUB_STATE of this step (main's becomes the post's STATE_*). */
  state: Record<string, string>;
  /** GITHUB_STEP_SUMMARY content ('' if empty or over the 1 MiB limit). */
  summary: string;
  annotations: Annotation[];
  /** Masks this step added (::add-mask::). */
  masks: string[];
  groups: LogGroup[];
  /** stdout+stderr lines in arrival order, add-mask lines removed, NOT masked. */
  log: string;
  /** `log` with the job's masks applied as the runner does (`***`). */
  maskedLog: string;
  stdout: string;
  stderr: string;
}

export interface ActionResult {
  main: StepResult;
  post?: StepResult;
  /** main's outputs. */
  outputs: Record<string, string>;
}

export interface ActionHandle {
  main: StepResult;
  outputs: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  /** Runs the post step once (undefined if none or post-if says no), then cleans up. */
  runPost(): Promise<StepResult | undefined>;
  /** Cleans up without running post (idempotent). */
  dispose(): void;
}

export interface JobStep extends Omit<StepOptions, 'inputs'> {
  /** Step condition: always(), success() (default), failure(), cancelled(), !cancelled(). */
  if?: string;
  /** Inputs, or a function of the earlier steps' results (for `steps.<id>.outputs.*`). */
  inputs?: Inputs | ((steps: Record<string, JobStepResult>) => Inputs);
}

export interface JobStepResult {
  id: string;
  action: string;
  skipped: boolean;
  main?: StepResult;
  post?: StepResult;
  outputs: Record<string, string>;
}

export interface JobResult {
  outcome: 'success' | 'failure';
  steps: JobStepResult[];
  byId: Record<string, JobStepResult>;
  /** Everything exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** GITHUB_PATH additions, in the order they were added. */
  path: string[];
  /** The runner's job hooks, when `runnerDir`'s .env configures them. */
  hooks?: { started?: HookResult; completed?: HookResult };
}

/** A job hook's step: "Set up runner" or "Complete runner". */
export type HookResult = Omit<StepResult, 'stage' | 'outputs' | 'state'> & {
  name: 'Set up runner' | 'Complete runner';
  /** The hook script, as the .env names it. */
  script: string;
};

export const HOOK_STEPS = {
  started: { variable: 'ACTIONS_RUNNER_HOOK_JOB_STARTED', name: 'Set up runner' },
  completed: { variable: 'ACTIONS_RUNNER_HOOK_JOB_COMPLETED', name: 'Complete runner' },
} as const;

/**
 * The runner's reading of `<runner>/.env` (Runner.Listener): each line (any line break) with a
 * `=` after its first character sets the name before the first `=` to the rest; no trimming,
 * quotes or comments; the last line wins.
 */
export function readRunnerEnv(runnerDir: string): Record<string, string> {
  const file = join(runnerDir, '.env');
  const env: Record<string, string> = {};
  if (!existsSync(file)) return env;
  for (const line of readFileSync(file, 'utf8').split(/\r\n|\r|\n/)) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// action.yml

interface ManifestInput {
  name: string;
  default: string;
  deprecationMessage?: string;
}

interface LoadedAction {
  dir: string;
  name: string;
  inputs: ManifestInput[];
  main: string;
  post?: string;
  postIf: string;
}

function resolveActionDir(ref: string, repoRoot: string): string {
  const candidates = isAbsolute(ref) ? [ref] : [resolve(repoRoot, ref), resolve(ref)];
  for (const c of candidates) {
    if (/action\.ya?ml$/.test(c) && existsSync(c) && statSync(c).isFile()) return dirname(c);
    if (existsSync(join(c, 'action.yml')) || existsSync(join(c, 'action.yaml'))) return c;
  }
  throw new Error(`No action.yml for '${ref}' (looked in ${candidates.join(', ')})`);
}

const scalarToString = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function loadAction(ref: string, repoRoot: string): LoadedAction {
  const dir = resolveActionDir(ref, repoRoot);
  const file = existsSync(join(dir, 'action.yml'))
    ? join(dir, 'action.yml')
    : join(dir, 'action.yaml');
  const doc = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  const runs = doc?.runs as Record<string, unknown> | undefined;
  if (runs === undefined || typeof runs !== 'object') throw new Error(`${file}: no 'runs' section`);
  const using = String(runs.using ?? '');
  if (using.toLowerCase() !== 'node24') {
    throw new Error(`${file}: runs.using is '${using}'; the local runner runs node24 actions only`);
  }
  if (runs.pre !== undefined)
    throw new Error(`${file}: runs.pre is not supported by the local runner`);
  if (typeof runs.main !== 'string' || runs.main === '')
    throw new Error(`${file}: runs.main is missing`);
  const inputs: ManifestInput[] = [];
  for (const [name, meta] of Object.entries((doc?.inputs ?? {}) as Record<string, unknown>)) {
    const m = (meta ?? {}) as Record<string, unknown>;
    const input: ManifestInput = { name, default: scalarToString(m.default) };
    if (m.deprecationMessage !== undefined) input.deprecationMessage = String(m.deprecationMessage);
    inputs.push(input);
  }
  const action: LoadedAction = {
    dir,
    name: String(doc?.name ?? basename(dir)),
    inputs,
    main: resolve(dir, runs.main),
    postIf: typeof runs['post-if'] === 'string' ? runs['post-if'] : 'always()',
  };
  if (typeof runs.post === 'string' && runs.post !== '') action.post = resolve(dir, runs.post);
  return action;
}

/** The runner's rule: spaces become `_`, then upper-cased (hyphens stay). */
export function inputEnvName(name: string): string {
  // .NET's ToUpperInvariant maps char by char (no 'ß' → 'SS').
  const upper = [...name.replace(/ /g, '_')]
    .map((c) => (c.toUpperCase().length === 1 ? c.toUpperCase() : c))
    .join('');
  return `INPUT_${upper}`;
}

// ---------------------------------------------------------------------------------------------
// expressions: context paths in input defaults, status functions in `if` / `post-if`

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const CONTEXT_PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;

function lookup(obj: unknown, key: string): { found: boolean; value: unknown } {
  if (obj === null || typeof obj !== 'object') return { found: false, value: undefined };
  const hit = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
  return hit === undefined
    ? { found: false, value: undefined }
    : { found: true, value: (obj as Record<string, unknown>)[hit] };
}

function evaluateDefault(text: string, contexts: Record<string, unknown>, where: string): string {
  return text.replace(EXPRESSION, (_, inner: string) => {
    const expr = inner.trim();
    const fail = (why: string) =>
      new Error(
        `${where}: cannot evaluate \${{ ${expr} }} (${why}); the local runner supports ` +
          `github.*, runner.* and env.* context paths only — pass the input explicitly`,
      );
    if (!CONTEXT_PATH.test(expr)) throw fail('not a plain context path');
    const [head = '', ...rest] = expr.split('.');
    const root = lookup(contexts, head);
    if (!root.found) throw fail(`unknown context '${head}'`);
    let value = root.value;
    for (const [i, seg] of rest.entries()) {
      const next = lookup(value, seg);
      // Unknown github/runner properties are probably typos; inside github.event and env, a
      // missing property is '' as on GitHub.
      const lenient = head.toLowerCase() === 'env' || (i > 0 && rest[0]?.toLowerCase() === 'event');
      if (!next.found && !lenient) throw fail(`'${seg}' is not in the local ${head} context`);
      value = next.value;
    }
    return scalarToString(value);
  });
}

/** Evaluates a status condition (optionally wrapped in `${{ }}`) against the job status. */
export function evaluateStatusCondition(condition: string, status: 'success' | 'failure'): boolean {
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(condition.trim());
  const expr = (wrapped?.[1] ?? condition).replace(/\s+/g, '').toLowerCase();
  switch (expr) {
    case 'always()':
    case '!cancelled()':
      return true;
    case 'success()':
    case '':
      return status === 'success';
    case 'failure()':
      return status === 'failure';
    case 'cancelled()':
      return false;
    default:
      throw new Error(
        `Condition '${condition}' is not supported by the local runner ` +
          '(use always(), success(), failure(), cancelled() or !cancelled())',
      );
  }
}

// ---------------------------------------------------------------------------------------------
// node and processes

const nodeChecked = new Map<string, number>();

function nodeMajor(bin: string): number {
  let major = nodeChecked.get(bin);
  if (major === undefined) {
    const version =
      bin === process.execPath
        ? process.versions.node
        : execFileSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    major = Number(version.split('.')[0]);
    nodeChecked.set(bin, major);
  }
  return major;
}

/** node_modules/node24's binary, else this process's node if it is 24+. */
export function resolveNode24(repoRoot: string = REPO_ROOT): string {
  const exe = process.platform === 'win32' ? 'node.exe' : 'node';
  for (const candidate of [join(repoRoot, 'node_modules', 'node24', 'bin', exe)]) {
    if (!existsSync(candidate)) continue;
    const major = nodeMajor(candidate);
    if (major < 24) throw new Error(`${candidate} is Node ${major}; node24 actions need Node 24+`);
    return candidate;
  }
  if (nodeMajor(process.execPath) >= 24) return process.execPath;
  throw new Error(
    `No Node 24: ${join(repoRoot, 'node_modules/node24')} is missing and this is Node ${process.versions.node}`,
  );
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    if (process.platform === 'win32') {
      spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    } else {
      process.kill(-pid, signal);
    }
  } catch {
    // Already gone.
  }
}

interface ProcessResult {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
}

function runNode(
  node: string,
  script: string,
  ...rest: [
    cwd: string,
    env: Record<string, string>,
    timeoutMs: number,
    onLine: (line: string) => void,
    onSpawn: (pid: number) => void,
  ]
): Promise<ProcessResult> {
  return runProcess(node, [script], ...rest);
}

function runProcess(
  program: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  onLine: (line: string) => void,
  onSpawn: (pid: number) => void,
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    // Its own process group, so a timeout can kill everything it started.
    const child = spawn(program, args, {
      cwd,
      env,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    if (child.pid !== undefined) onSpawn(child.pid);
    let stdout = '';
    let stderr = '';
    const outLines = new LineSplitter(onLine);
    const errLines = new LineSplitter(onLine);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      outLines.push(chunk);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      errLines.push(chunk);
    });

    let timedOut = false;
    const timers: NodeJS.Timeout[] = [];
    timers.push(
      setTimeout(() => {
        timedOut = true;
        const pid = child.pid;
        if (pid === undefined) return;
        killGroup(pid, 'SIGTERM');
        timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), 1_000));
        // Something outside the group may still hold the pipes: stop waiting for them.
        timers.push(
          setTimeout(() => {
            child.stdout.destroy();
            child.stderr.destroy();
          }, 5_000),
        );
      }, timeoutMs),
    );

    let settled = false;
    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      reject(err);
    });
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      outLines.end();
      errLines.end();
      resolvePromise({
        exitCode: code,
        timedOut,
        durationMs: Math.round(performance.now() - started),
        stdout,
        stderr,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// the job

const KEPT_ENV = new Set(
  [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'PROGRAMDATA',
    'PROGRAMFILES',
    'PROGRAMFILES(X86)',
    'PROGRAMW6432',
    'COMMONPROGRAMFILES',
    'HOMEDRIVE',
    'HOMEPATH',
  ].map((k) => k.toLowerCase()),
);

const keepEnv = (name: string) => KEPT_ENV.has(name.toLowerCase()) || /^LC_/i.test(name);

function runnerOs(): string {
  switch (process.platform) {
    case 'linux':
      return 'Linux';
    case 'darwin':
      return 'macOS';
    case 'win32':
      return 'Windows';
    default:
      throw new Error(`The runner does not support platform ${process.platform}`);
  }
}

function runnerArch(): string {
  const arch: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' };
  const value = arch[process.arch];
  if (value === undefined) throw new Error(`The runner does not support arch ${process.arch}`);
  return value;
}

function refName(ref: string): string {
  const pr = /^refs\/pull\/(.+)$/.exec(ref);
  if (pr) return pr[1] as string;
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

interface PendingPost {
  action: LoadedAction;
  inputsEnv: Record<string, string>;
  state: Record<string, string>;
  githubAction: string;
  stepEnv: Record<string, string>;
  timeoutMs: number;
}

class Job {
  readonly repoRoot: string;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly toolCache: string;
  readonly exportedEnv: Record<string, string> = {};
  readonly pathList: string[] = [];
  readonly masker = new SecretMasker();
  status: 'success' | 'failure' = 'success';

  private readonly node: string;
  private readonly timeoutMs: number;
  private readonly jobEnv: Record<string, string>;
  private readonly keepTemp: boolean;
  private readonly tempRoot: string;
  private readonly fileCommandDir: string;
  private readonly eventDir: string;
  private readonly eventPath: string;
  private readonly github: Record<string, unknown>;
  private readonly runnerCtx: Record<string, string>;
  private readonly trackingId = `github_${randomUUID()}`;
  private readonly processGroups: number[] = [];
  private readonly actionIds = new Set<string>();
  private disposed = false;
  /** The runner's own environment from `<runnerDir>/.env`. */
  readonly runnerEnv: Record<string, string>;

  constructor(opts: JobOptions) {
    this.repoRoot = resolve(opts.repoRoot ?? REPO_ROOT);
    this.node = resolveNode24(this.repoRoot);
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.jobEnv = { ...opts.jobEnv };
    this.keepTemp = opts.keepTemp ?? false;
    this.runnerEnv = opts.runnerDir ? readRunnerEnv(opts.runnerDir) : {};
    this.tempRoot = mkdtempSync(join(tmpdir(), 'local-runner-'));
    this.workspace = resolve(opts.workspace ?? join(this.tempRoot, 'workspace'));
    this.runnerTemp = resolve(opts.runnerTemp ?? join(this.tempRoot, '_temp'));
    this.toolCache = resolve(opts.toolCache ?? join(this.tempRoot, '_tool'));
    for (const d of [this.workspace, this.runnerTemp, this.toolCache])
      mkdirSync(d, { recursive: true });
    this.fileCommandDir = join(this.runnerTemp, '_runner_file_commands');
    this.eventDir = join(this.runnerTemp, '_github_workflow');
    this.eventPath = join(this.eventDir, 'event.json');
    mkdirSync(this.eventDir, { recursive: true });
    writeFileSync(this.eventPath, JSON.stringify(opts.github?.event ?? {}, null, 2));

    const g = opts.github ?? {};
    const repository = g.repository ?? 'octo-org/octo-repo';
    const ref = g.ref ?? 'refs/heads/main';
    const serverUrl = g.serverUrl ?? 'https://github.com';
    const apiUrl = g.apiUrl ?? 'https://api.github.com';
    this.github = {
      token: g.token ?? DEFAULT_TOKEN,
      repository,
      repository_owner: repository.split('/')[0] ?? '',
      run_id: String(g.runId ?? '1'),
      run_number: String(g.runNumber ?? '1'),
      run_attempt: String(g.runAttempt ?? '1'),
      job: g.job ?? 'local',
      sha: g.sha ?? '0123456789abcdef0123456789abcdef01234567',
      ref,
      ref_name: refName(ref),
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      head_ref: g.headRef ?? '',
      base_ref: g.baseRef ?? '',
      event_name: g.eventName ?? 'push',
      event: opts.github?.event ?? {},
      event_path: this.eventPath,
      actor: g.actor ?? 'octocat',
      triggering_actor: g.actor ?? 'octocat',
      workflow: g.workflow ?? 'local',
      workspace: this.workspace,
      server_url: serverUrl,
      api_url: apiUrl,
      graphql_url: g.graphqlUrl ?? `${apiUrl}/graphql`,
      retention_days: '90',
      action: '',
      action_path: '',
      action_repository: '',
      action_ref: '',
    };
    this.runnerCtx = {
      name: opts.runner?.name ?? 'local-runner',
      os: runnerOs(),
      arch: runnerArch(),
      temp: this.runnerTemp,
      tool_cache: this.toolCache,
      environment: opts.runner?.environment ?? 'self-hosted',
      debug: opts.runner?.debug ? '1' : '',
      workspace: dirname(this.workspace),
    };
    this.masker.add(String(this.github.token));
    for (const s of opts.secrets ?? []) this.masker.add(s);
  }

  uniqueActionId(id: string | undefined): string {
    const base = id ?? '__self';
    let candidate = base;
    for (let n = 2; this.actionIds.has(candidate); n++) candidate = `${base}_${n}`;
    this.actionIds.add(candidate);
    return candidate;
  }

  private contexts(action: LoadedAction, githubAction: string, stepEnv: Record<string, string>) {
    return {
      github: { ...this.github, action: githubAction, action_path: action.dir },
      runner: this.runnerCtx,
      env: { ...this.jobEnv, ...this.exportedEnv, ...stepEnv },
    };
  }

  private resolveInputs(
    action: LoadedAction,
    given: Inputs,
    githubAction: string,
    stepEnv: Record<string, string>,
  ): { env: Record<string, string>; warnings: string[] } {
    const byName = new Map(action.inputs.map((i) => [i.name.toLowerCase(), i]));
    const values = new Map<string, string>();
    const warnings: string[] = [];
    for (const [name, value] of Object.entries(given)) {
      if (value === undefined) continue;
      const input = byName.get(name.toLowerCase());
      if (input === undefined) {
        const known = action.inputs.map((i) => i.name).join(', ') || '(none)';
        throw new Error(
          `Unknown input '${name}' for action '${action.name}'; it declares: ${known}`,
        );
      }
      values.set(input.name, String(value));
      if (input.deprecationMessage !== undefined) {
        warnings.push(`Input '${input.name}' is deprecated: ${input.deprecationMessage}`);
      }
    }
    const contexts = this.contexts(action, githubAction, stepEnv);
    const env: Record<string, string> = {};
    for (const input of action.inputs) {
      env[inputEnvName(input.name)] =
        values.get(input.name) ??
        evaluateDefault(input.default, contexts, `default of input '${input.name}'`);
    }
    return { env, warnings };
  }

  private runtimeEnv(action: LoadedAction, githubAction: string): Record<string, string> {
    const g = this.github as Record<string, string>;
    const r = this.runnerCtx;
    const env: Record<string, string> = {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: githubAction,
      GITHUB_ACTION_PATH: action.dir,
      GITHUB_ACTION_REPOSITORY: '',
      GITHUB_ACTION_REF: '',
      GITHUB_ACTOR: g.actor as string,
      GITHUB_TRIGGERING_ACTOR: g.triggering_actor as string,
      GITHUB_API_URL: g.api_url as string,
      GITHUB_BASE_REF: g.base_ref as string,
      GITHUB_EVENT_NAME: g.event_name as string,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_GRAPHQL_URL: g.graphql_url as string,
      GITHUB_HEAD_REF: g.head_ref as string,
      GITHUB_JOB: g.job as string,
      GITHUB_REF: g.ref as string,
      GITHUB_REF_NAME: g.ref_name as string,
      GITHUB_REF_TYPE: g.ref_type as string,
      GITHUB_REPOSITORY: g.repository as string,
      GITHUB_REPOSITORY_OWNER: g.repository_owner as string,
      GITHUB_RETENTION_DAYS: g.retention_days as string,
      GITHUB_RUN_ATTEMPT: g.run_attempt as string,
      GITHUB_RUN_ID: g.run_id as string,
      GITHUB_RUN_NUMBER: g.run_number as string,
      GITHUB_SERVER_URL: g.server_url as string,
      GITHUB_SHA: g.sha as string,
      GITHUB_WORKFLOW: g.workflow as string,
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_ARCH: r.arch as string,
      RUNNER_ENVIRONMENT: r.environment as string,
      RUNNER_NAME: r.name as string,
      RUNNER_OS: r.os as string,
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_TOOL_CACHE: this.toolCache,
      RUNNER_WORKSPACE: r.workspace as string,
      RUNNER_TRACKING_ID: this.trackingId,
    };
    if (r.debug === '1') env.RUNNER_DEBUG = '1';
    return env;
  }

  private buildEnv(
    action: LoadedAction,
    githubAction: string,
    inputsEnv: Record<string, string>,
    stateEnv: Record<string, string>,
    files: Record<FileCommand, string>,
    stepEnv: Record<string, string>,
  ): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && keepEnv(k)) env[k] = v;
    Object.assign(env, this.runnerEnv);
    Object.assign(env, this.jobEnv, this.exportedEnv, inputsEnv, stateEnv);
    Object.assign(env, this.runtimeEnv(action, githubAction));
    for (const [cmd, file] of Object.entries(files))
      env[FILE_COMMAND_ENV[cmd as FileCommand]] = file;
    Object.assign(env, stepEnv);
    const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    env[pathKey] = prependPath(this.pathList, env[pathKey], delimiter);
    delete env.NODE_ICU_DATA;
    return env;
  }

  private async runStep(
    stage: 'main' | 'post',
    action: LoadedAction,
    script: string,
    githubAction: string,
    inputsEnv: Record<string, string>,
    stateEnv: Record<string, string>,
    stepEnv: Record<string, string>,
    timeoutMs: number,
    warnings: string[],
  ): Promise<StepResult> {
    if (this.disposed) throw new Error('This job is already cleaned up');
    if (!existsSync(script))
      throw new Error(`${action.name} ${stage}: ${script} does not exist (not built?)`);
    const files = createFileCommandFiles(this.fileCommandDir);
    const env = this.buildEnv(action, githubAction, inputsEnv, stateEnv, files, stepEnv);
    const commands = new CommandProcessor(this.masker);
    for (const w of warnings) commands.runnerAnnotation('warning', w);
    const proc = await runNode(
      this.node,
      script,
      this.workspace,
      env,
      timeoutMs,
      (line) => commands.processLine(line),
      (pid) => this.processGroups.push(pid),
    );
    const fc = processFileCommandFiles(files);

    let failed = commands.failed || proc.exitCode !== 0 || proc.timedOut;
    if (proc.timedOut) {
      commands.runnerAnnotation(
        'error',
        `${action.name} (${stage}) timed out after ${timeoutMs} ms; its process group was killed.`,
      );
    }
    for (const p of fc.problems) {
      commands.runnerAnnotation('error', p.message);
      failed ||= p.fails;
    }
    Object.assign(this.exportedEnv, fc.env);
    addPaths(this.pathList, fc.path);
    if (failed) this.status = 'failure';

    return {
      stage,
      outcome: failed ? 'failure' : 'success',
      exitCode: proc.exitCode,
      timedOut: proc.timedOut,
      durationMs: proc.durationMs,
      outputs: { ...commands.outputs, ...fc.outputs },
      env: fc.env,
      path: fc.path,
      state: { ...commands.state, ...fc.state },
      summary: fc.summary,
      annotations: commands.annotations,
      masks: commands.masks,
      groups: commands.groups,
      log: commands.logLines.join('\n'),
      maskedLog: commands.maskedLines.join('\n'),
      stdout: proc.stdout,
      stderr: proc.stderr,
    };
  }

  async runMain(step: StepOptions): Promise<{ main: StepResult; post?: PendingPost }> {
    const action = loadAction(step.action, this.repoRoot);
    const githubAction = this.uniqueActionId(step.id);
    const stepEnv = { ...step.env };
    const { env: inputsEnv, warnings } = this.resolveInputs(
      action,
      step.inputs ?? {},
      githubAction,
      stepEnv,
    );
    const timeoutMs = step.timeoutMs ?? this.timeoutMs;
    const main = await this.runStep(
      'main',
      action,
      action.main,
      githubAction,
      inputsEnv,
      {},
      stepEnv,
      timeoutMs,
      warnings,
    );
    if (action.post === undefined) return { main };
    return {
      main,
      post: { action, inputsEnv, state: main.state, githubAction, stepEnv, timeoutMs },
    };
  }

  async runPost(p: PendingPost): Promise<StepResult | undefined> {
    if (p.action.post === undefined || !evaluateStatusCondition(p.action.postIf, this.status)) {
      return undefined;
    }
    const stateEnv = Object.fromEntries(Object.entries(p.state).map(([k, v]) => [`STATE_${k}`, v]));
    return this.runStep(
      'post',
      p.action,
      p.action.post,
      p.githubAction,
      p.inputsEnv,
      stateEnv,
      p.stepEnv,
      p.timeoutMs,
      [],
    );
  }

  /** Runs a job hook the .env configures, as the runner does: `bash -e <file>`, job variables. */
  async runHook(which: keyof typeof HOOK_STEPS): Promise<HookResult | undefined> {
    const { variable, name } = HOOK_STEPS[which];
    const script = this.runnerEnv[variable];
    if (!script) return undefined;
    if (this.disposed) throw new Error('This job is already cleaned up');
    const files = createFileCommandFiles(this.fileCommandDir);
    const hook: LoadedAction = { dir: dirname(script), name, inputs: [], main: script, postIf: '' };
    const env = this.buildEnv(hook, '', {}, {}, files, {});
    // Step-specific variables are not set for hooks.
    delete env.GITHUB_ACTION;
    delete env.GITHUB_ACTION_PATH;
    const commands = new CommandProcessor(this.masker);
    const what = which === 'started' ? 'job started hook' : 'job completed hook';
    commands.processLine(`A ${what} has been configured by the self-hosted runner administrator`);
    commands.processLine(`shell: bash -e {0}`);
    const proc = existsSync(script)
      ? await runProcess(
          'bash',
          ['-e', script],
          this.workspace,
          env,
          this.timeoutMs,
          (line) => commands.processLine(line),
          (pid) => this.processGroups.push(pid),
        )
      : undefined;
    if (!proc) commands.runnerAnnotation('error', `File doesn't exist: ${script}`);
    const fc = processFileCommandFiles(files);
    let failed = commands.failed || !proc || proc.exitCode !== 0 || proc.timedOut;
    for (const p of fc.problems) {
      commands.runnerAnnotation('error', p.message);
      failed ||= p.fails;
    }
    Object.assign(this.exportedEnv, fc.env);
    addPaths(this.pathList, fc.path);
    if (failed) this.status = 'failure';
    return {
      name,
      script,
      outcome: failed ? 'failure' : 'success',
      exitCode: proc?.exitCode ?? null,
      timedOut: proc?.timedOut ?? false,
      durationMs: proc?.durationMs ?? 0,
      env: fc.env,
      path: fc.path,
      summary: fc.summary,
      annotations: commands.annotations,
      masks: commands.masks,
      groups: commands.groups,
      log: commands.logLines.join('\n'),
      maskedLog: commands.maskedLines.join('\n'),
      stdout: proc?.stdout ?? '',
      stderr: proc?.stderr ?? '',
    };
  }

  /** Kills what the steps left running (as the runner does at job end) and removes temp dirs. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const pid of this.processGroups) {
      if (process.platform !== 'win32') killGroup(pid, 'SIGKILL');
    }
    if (this.keepTemp) return;
    rmSync(this.fileCommandDir, { recursive: true, force: true });
    rmSync(this.eventDir, { recursive: true, force: true });
    rmSync(this.tempRoot, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// entry points

/** Runs an action's main step only; the handle runs its post later. */
export async function startAction(opts: StepOptions & JobOptions): Promise<ActionHandle> {
  const job = new Job(opts);
  try {
    const { main, post } = await job.runMain(opts);
    let postRun: Promise<StepResult | undefined> | undefined;
    return {
      main,
      outputs: main.outputs,
      workspace: job.workspace,
      runnerTemp: job.runnerTemp,
      runPost() {
        postRun ??= (async () => {
          try {
            return post === undefined ? undefined : await job.runPost(post);
          } finally {
            job.dispose();
          }
        })();
        return postRun;
      },
      dispose: () => job.dispose(),
    };
  } catch (err) {
    job.dispose();
    throw err;
  }
}

/** Runs an action's main step, then its post step (unless `post: false` or post-if says no). */
export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  const handle = await startAction(opts);
  if (opts.post === false) {
    handle.dispose();
    return { main: handle.main, outputs: handle.outputs };
  }
  const post = await handle.runPost();
  return post === undefined
    ? { main: handle.main, outputs: handle.outputs }
    : { main: handle.main, post, outputs: handle.outputs };
}

/**
 * Runs actions as the steps of one job: shared workspace, RUNNER_TEMP, masks, GITHUB_ENV exports
 * and GITHUB_PATH additions; each step's `if` (default success()) sees the job status; the posts
 * run at the end in reverse order.
 */
export async function runJob(steps: JobStep[], opts: JobOptions = {}): Promise<JobResult> {
  const job = new Job(opts);
  try {
    const results: JobStepResult[] = [];
    const byId: Record<string, JobStepResult> = {};
    const posts: { result: JobStepResult; post: PendingPost }[] = [];
    const hooks: NonNullable<JobResult['hooks']> = {};
    const started = await job.runHook('started');
    if (started) hooks.started = started;
    for (const step of steps) {
      const baseId = step.id ?? basename(resolveActionDir(step.action, job.repoRoot));
      let id = baseId;
      for (let n = 2; id in byId; n++) id = `${baseId}_${n}`;
      const result: JobStepResult = { id, action: step.action, skipped: true, outputs: {} };
      results.push(result);
      byId[id] = result;
      if (!evaluateStatusCondition(step.if ?? 'success()', job.status)) continue;
      const inputs = typeof step.inputs === 'function' ? step.inputs(byId) : step.inputs;
      const { main, post } = await job.runMain({ ...step, id: step.id, inputs });
      result.skipped = false;
      result.main = main;
      result.outputs = main.outputs;
      if (post !== undefined) posts.push({ result, post });
    }
    for (const { result, post } of posts.reverse()) {
      const ran = await job.runPost(post);
      if (ran !== undefined) result.post = ran;
    }
    const completed = await job.runHook('completed');
    if (completed) hooks.completed = completed;
    return {
      outcome: job.status,
      steps: results,
      byId,
      env: { ...job.exportedEnv },
      path: [...job.pathList],
      ...(started || completed ? { hooks } : {}),
    };
  } finally {
    job.dispose();
  }
}
