/**
 * The installer (install.ts runs it for runner-hooks/install on the runner machine): writes the hook scripts and
 * their code into the hooks folder, and the hook paths and the tuning into the runner's `.env`;
 * or, with --uninstall, puts it all back. With --dry-run it only says what it would do.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { InputError, messageOf } from '../lib/errors.ts';
import { shellQuote } from '../setup-m4-env/bash-env.ts';
import type { Host } from '../setup-m4-env/host.ts';
import { readHost } from '../setup-m4-env/read-host.ts';
import { type Change, installEnv, readEnv, uninstallEnv } from './env-file.ts';
import { findNode, noNodeMessage } from './node.ts';
import { CONTROL, HELP_HINT, type InstallOptions, parseOptions, usage } from './options.ts';
import {
  type EnvPlace,
  envPlace,
  type Fact,
  hooksDirTrouble,
  type Probe,
  shown,
  type Trusted,
} from './ownership.ts';
import {
  defaultHooksDir,
  envFile,
  realOrNearest,
  refuseHooksDir,
  restartAdvice,
} from './places.ts';
import {
  formatRecord,
  type InstallRecord,
  parseRecord,
  RECORD_FILE,
  RECORD_VERSION,
  SYSTEM_TEMP,
} from './record.ts';
import { BUNDLE_FOLDER, hookScript, SCRIPT_FILES, STAGES } from './scripts.ts';
import { HOOK_VARIABLES, wantedValues } from './wanted.ts';

/** A fault the owner can fix, said plainly (no stack). */
class Refusal extends Error {}

/** Modes set explicitly, whatever the umask: nothing group- or world-writable. */
export const MODES = { folder: 0o755, code: 0o644, script: 0o755, record: 0o644, env: 0o644 };

/** What the installer reads from and writes to besides the files: passed in, so tests drive it. */
export interface InstallerIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  platform: NodeJS.Platform;
  /** The installing user's effective uid. */
  euid: number;
  readHost(): Host;
  /** The built hook code (dist/runner-hooks/hook). */
  hookSource: string;
  findNode(runnerDir: string): string | undefined;
  /** `process.versions.node` of that Node, or undefined when it does not run. */
  nodeVersion(node: string): string | undefined;
}

function onPathNode(): string | undefined {
  const found = spawnSync('/bin/sh', ['-c', 'command -v node'], { encoding: 'utf8' });
  const p = found.stdout?.trim();
  return found.status === 0 && p && path.isAbsolute(p) ? p : undefined;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export function processIO(): InstallerIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    platform: process.platform,
    euid: process.geteuid?.() ?? 0,
    readHost,
    hookSource: path.resolve(path.dirname(process.argv[1] ?? ''), '..', 'hook'),
    findNode: (runnerDir) => findNode(runnerDir, { executable, onPath: onPathNode }),
    nodeVersion: (node) =>
      spawnSync(node, ['-p', 'process.versions.node'], {
        encoding: 'utf8',
        timeout: 10_000,
      }).stdout?.trim() || undefined,
  };
}

/**
 * `.env` is handled as bytes (one character per byte, latin1), so that a line in any encoding,
 * even invalid UTF-8, is kept byte for byte; what the installer writes is UTF-8, encoded the same way.
 */
const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const asText = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

function read(file: string, encoding: 'utf8' | 'latin1' = 'utf8'): string | undefined {
  try {
    return readFileSync(file, encoding);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

const kindOf = (s: { isSymbolicLink(): boolean; isDirectory(): boolean; isFile(): boolean }) =>
  s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';

export const fsProbe: Probe = {
  lstat(p): Fact | undefined {
    try {
      const s = lstatSync(p);
      return { uid: s.uid, mode: s.mode & 0o7777, kind: kindOf(s) };
    } catch {
      return undefined;
    }
  },
  realpath(p) {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  },
  readlink(p) {
    try {
      return readlinkSync(p);
    } catch {
      return undefined;
    }
  },
};

/** Who should own a file the installer writes: when root installs for a runner of another user. */
interface Owner {
  uid: number;
  gid: number;
}

/**
 * Writes a file of the hooks folder in one step (a crash leaves the old or the new one), with
 * exactly `mode`: never through a link, never into a file someone else prepared.
 */
function writeOwn(
  file: string,
  text: string,
  mode: number,
  owner?: Owner,
  encoding: BufferEncoding = 'utf8',
) {
  const temp = `${file}.runner-hooks-${process.pid}`;
  rmSync(temp, { force: true });
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, Buffer.from(text, encoding));
    fchmodSync(fd, mode);
    if (owner) fchownSync(fd, owner.uid, owner.gid);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Writes `.env` where `envPlace` allows: a file replaced in one step (its mode, less group and
 * world write, and its owner kept), or the checked target of a link, written in place. */
function writeEnv(
  envPath: string,
  place: EnvPlace,
  text: string,
  newOwner: Owner,
  asRoot: boolean,
) {
  if (place.kind === 'link') {
    const fd = openSync(place.target, constants.O_WRONLY | constants.O_NOFOLLOW);
    try {
      if (!fstatSync(fd).isFile())
        throw new Refusal(`${shown(place.target)} is not a regular file.`);
      ftruncateSync(fd, 0);
      writeSync(fd, Buffer.from(text, 'latin1'), 0, undefined, 0);
    } finally {
      closeSync(fd);
    }
    return;
  }
  let mode = MODES.env;
  let owner = newOwner;
  if (place.kind === 'file') {
    const s = lstatSync(envPath);
    mode = s.mode & 0o7777 & ~0o022;
    owner = { uid: s.uid, gid: s.gid };
  }
  // Only root may give a file away; anyone else writes their own.
  writeOwn(envPath, text, mode, asRoot ? owner : undefined, 'latin1');
}

/** Creates each missing folder of `dir` with mode 0755, whatever the umask. */
function makeFolders(dir: string) {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = path.dirname(at)) missing.unshift(at);
  for (const at of missing) {
    mkdirSync(at, { mode: MODES.folder });
    chmodSync(at, MODES.folder);
  }
}

/** Copies the hook code: folders 0755, files 0644, whatever the source modes and the umask. */
function copyCode(from: string, to: string) {
  mkdirSync(to, { mode: MODES.folder });
  chmodSync(to, MODES.folder);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) copyCode(src, dest);
    else if (entry.isFile()) {
      const fd = openSync(dest, 'wx', MODES.code);
      try {
        writeSync(fd, readFileSync(src));
        fchmodSync(fd, MODES.code);
      } finally {
        closeSync(fd);
      }
    } else throw new Refusal(`The hook code holds ${shown(src)}, neither a file nor a folder.`);
  }
}

function checkRunnerDir(dir: string) {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {}
  if (!isDir) {
    throw new InputError('--runner-dir', `Option --runner-dir: ${shown(dir)} is not a folder.`);
  }
  const marks = ['run.sh', 'config.sh', path.join('bin', 'Runner.Listener')];
  if (!marks.some((m) => existsSync(path.join(dir, m)))) {
    throw new InputError(
      '--runner-dir',
      `Option --runner-dir: ${shown(dir)} does not look like a runner folder (no run.sh, config.sh or bin/Runner.Listener).`,
    );
  }
}

function describeChange(c: Change): string {
  switch (c.kind) {
    case 'add':
      return `  + ${c.name}=${c.value}`;
    case 'replace':
      return `  ~ ${c.name}=${c.value}   (was ${c.from})`;
    case 'same':
      return `  = ${c.name}=${c.value}   (unchanged)`;
    case 'remove':
      return `  - ${c.name}=${c.value}`;
    case 'restore':
      return `  ~ ${c.name}=${c.value}   (put back; the install had ${c.from})`;
    case 'left':
      return `  ! ${c.name}: left as it is, ${c.why}`;
    case 'kept':
      return `  = ${c.name}=${c.value}   (set by hand: kept; --force writes ${c.wanted})`;
  }
}

function loadRecord(file: string): InstallRecord | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  try {
    return parseRecord(text);
  } catch (e) {
    throw new Refusal(
      `${shown(file)}: ${messageOf(e)}. Remove it by hand if it is not from runner-hooks.`,
    );
  }
}

/** The hooks folder `.env` points to, when it holds an install record. */
function installedHooksDir(envText: string | undefined): string | undefined {
  if (envText === undefined) return undefined;
  const value = readEnv(envText).get(HOOK_VARIABLES['job-started']);
  const started = value === undefined ? undefined : asText(value);
  if (!started || !path.isAbsolute(started)) return undefined;
  const dir = path.dirname(started);
  const ours =
    path.basename(started) === SCRIPT_FILES['job-started'] &&
    existsSync(path.join(dir, RECORD_FILE));
  return ours ? dir : undefined;
}

function hooksFolder(opts: InstallOptions, envText: string | undefined): string {
  if (opts.hooksDir) return opts.hooksDir;
  // Installed already: where the hooks are, whatever --hooks-dir the install had.
  return installedHooksDir(envText) ?? defaultHooksDir(opts.runnerDir);
}

interface Context {
  io: InstallerIO;
  say(line?: string): void;
  opts: InstallOptions;
  hooksDir: string;
  envPath: string;
  envText?: string;
  place: EnvPlace;
  trusted: Trusted;
  /** A new `.env` belongs to the runner folder's owner. */
  runnerOwner: Owner;
}

function checkHooksDir(c: Context) {
  const trouble = hooksDirTrouble(c.hooksDir, fsProbe, c.trusted);
  if (trouble) {
    throw new Refusal(
      `Refusing the hooks folder ${shown(c.hooksDir)}: ${trouble}. Choose another --hooks-dir, or fix the owner or mode.`,
    );
  }
}

function install(c: Context) {
  const { io, say, opts, hooksDir, envPath, envText } = c;
  const node = io.findNode(opts.runnerDir);
  if (!node) throw new Refusal(noNodeMessage(opts.runnerDir));
  const version = io.nodeVersion(node);
  if (!version || Number(version.split('.')[0]) < 20) {
    throw new Refusal(
      `${node} ${version ? `is Node ${version}` : 'does not run'}; the hooks need Node 20 or later.`,
    );
  }
  const source = io.hookSource;
  if (!existsSync(path.join(source, 'index.js'))) {
    throw new Refusal(
      `The hook code is not built: ${source}/index.js is missing. Run 'pnpm build' in this checkout first.`,
    );
  }
  const elsewhere = installedHooksDir(envText);
  if (elsewhere && elsewhere !== hooksDir) {
    throw new Refusal(
      `The runner's hooks are installed in ${shown(elsewhere)} already. To move them, uninstall first (runner-hooks/install --runner-dir ${shellQuote(opts.runnerDir)} --uninstall); to change options, leave --hooks-dir out.`,
    );
  }
  checkHooksDir(c);
  const recordPath = path.join(hooksDir, RECORD_FILE);
  const prior = loadRecord(recordPath);
  if (prior && prior.runnerDir !== opts.runnerDir) {
    throw new Refusal(
      `${shown(hooksDir)} holds the hooks of another runner (${shown(prior.runnerDir)}); give each runner its own --hooks-dir.`,
    );
  }
  if (!prior) {
    // A folder of someone else's: never overwrite (or, later, uninstall) what is not ours.
    const taken = [...STAGES.map((st) => SCRIPT_FILES[st]), BUNDLE_FOLDER].filter((name) =>
      existsSync(path.join(hooksDir, name)),
    );
    if (taken.length) {
      throw new InputError(
        '--hooks-dir',
        `Option --hooks-dir: ${shown(hooksDir)} already holds ${taken.join(', ')}, not from a runner-hooks install; choose a new or empty folder.`,
      );
    }
  }
  const scripts = {
    started: path.join(hooksDir, SCRIPT_FILES['job-started']),
    completed: path.join(hooksDir, SCRIPT_FILES['job-completed']),
  };
  const host = io.readHost();
  const { wanted, why, warnings } = wantedValues(
    { started: asBytes(scripts.started), completed: asBytes(scripts.completed) },
    opts.tuning,
    opts.env.map(([name, value]) => [name, asBytes(value)] as const),
    host,
  );
  const edit = installEnv(envText ?? '', wanted, prior?.env, opts.force);
  const record: InstallRecord = {
    version: RECORD_VERSION,
    runnerDir: opts.runnerDir,
    node,
    hook: {
      tempPatterns: opts.tempPatterns,
      maxAgeHours: opts.maxAgeHours,
      dockerPrune: opts.dockerPrune,
      timeLimitSeconds: opts.timeLimitSeconds,
      strict: opts.strict,
      systemTemp: prior?.hook.systemTemp ?? SYSTEM_TEMP,
    },
    env: {
      ...edit.state,
      // A hook line that names these very scripts already (an install whose record was lost) is
      // ours: uninstall removes it rather than leave a hook to a script it deletes.
      records: edit.state.records.map((r) =>
        r.name.startsWith('ACTIONS_RUNNER_HOOK_') && r.original === r.written
          ? { ...r, original: null }
          : r,
      ),
      created: prior?.env.created ?? envText === undefined,
    },
  };
  const bundle = path.join(hooksDir, BUNDLE_FOLDER, 'index.js');

  say(`${opts.dryRun ? 'Would install' : 'Installing'} runner hooks for ${shown(opts.runnerDir)}`);
  say(
    `  Host: ${host.chip}, ${host.performanceCores} P + ${host.efficiencyCores} E cores, ${host.memoryMb} MB`,
  );
  say(`  Hooks run with: ${shown(node)}`);
  say(
    `  Hook scripts: ${shown(scripts.started)}, ${shown(scripts.completed)} (code in ${shown(path.dirname(bundle))})`,
  );
  say(
    `  Each job: temp entries ${opts.tempPatterns.join(', ')} older than ${opts.maxAgeHours} h removed from ${record.hook.systemTemp} and the job's temp directory${opts.dockerPrune ? ', Docker pruned after the job' : ''}; time limit ${opts.timeLimitSeconds} s; ${opts.strict ? 'a problem fails the job (--strict)' : 'a problem is a warning'}.`,
  );
  for (const w of why) say(`  ${w}`);
  for (const w of warnings) say(`  Warning: ${w}`);
  say(`${shown(envPath)}${envText === undefined ? ' (new file)' : ''}:`);
  for (const ch of edit.changes) say(shown(asText(describeChange(ch))));
  const replacedHook = edit.changes.find(
    (ch) => ch.kind === 'replace' && ch.name.startsWith('ACTIONS_RUNNER_HOOK_') && ch.from,
  );
  if (replacedHook && replacedHook.kind === 'replace') {
    say(
      `  Note: ${replacedHook.name} named another hook (${shown(asText(replacedHook.from))}); --uninstall puts it back.`,
    );
  }
  if (opts.dryRun) {
    say('Dry run: nothing was changed.');
    return;
  }

  makeFolders(hooksDir);
  // Again, now that it exists: a folder someone slipped in meanwhile is not ours.
  checkHooksDir(c);
  rmSync(path.join(hooksDir, BUNDLE_FOLDER), { recursive: true, force: true });
  copyCode(source, path.join(hooksDir, BUNDLE_FOLDER));
  // The record first: whatever happens next, --uninstall knows what to put back.
  writeOwn(recordPath, formatRecord(record), MODES.record);
  for (const stage of STAGES) {
    const file = path.join(hooksDir, SCRIPT_FILES[stage]);
    writeOwn(
      file,
      hookScript({ stage, node, bundle, record: recordPath, strict: opts.strict }),
      MODES.script,
    );
  }
  if (edit.text !== (envText ?? '') || envText === undefined) {
    writeEnv(envPath, c.place, edit.text, c.runnerOwner, c.io.euid === 0);
  }
  say('Installed.');
}

function uninstall(c: Context) {
  const { say, opts, hooksDir, envPath, envText } = c;
  const recordPath = path.join(hooksDir, RECORD_FILE);
  const record = loadRecord(recordPath);
  if (!record) {
    throw new Refusal(
      `No runner-hooks install record at ${shown(recordPath)}: nothing to undo. If the hooks were installed with another --hooks-dir, give it.`,
    );
  }
  if (record.runnerDir !== opts.runnerDir) {
    throw new Refusal(
      `${shown(recordPath)} belongs to the runner at ${shown(record.runnerDir)}, not ${shown(opts.runnerDir)}.`,
    );
  }
  const edit = envText === undefined ? undefined : uninstallEnv(envText, record.env);
  say(
    `${opts.dryRun ? 'Would uninstall' : 'Uninstalling'} runner hooks for ${shown(opts.runnerDir)}`,
  );
  if (!edit) say(`${shown(envPath)} is gone: nothing to put back there.`);
  else {
    say(`${shown(envPath)}:`);
    for (const ch of edit.changes) say(shown(asText(describeChange(ch))));
  }
  const removable = [...STAGES.map((st) => SCRIPT_FILES[st]), BUNDLE_FOLDER, RECORD_FILE];
  say(`  Removing from ${shown(hooksDir)}: ${removable.join(', ')}`);
  if (opts.dryRun) {
    say('Dry run: nothing was changed.');
    return;
  }
  if (edit) {
    // The install created a plain .env: it goes again. Anything else gets its old text back.
    if (record.env.created && edit.text === '' && c.place.kind === 'file') {
      rmSync(envPath, { force: true });
    } else if (edit.text !== envText)
      writeEnv(envPath, c.place, edit.text, c.runnerOwner, c.io.euid === 0);
  }
  for (const name of removable) rmSync(path.join(hooksDir, name), { recursive: true, force: true });
  try {
    if (!readdirSync(hooksDir).length) rmdirSync(hooksDir);
  } catch {}
  say('Uninstalled.');
}

/** A folder whose real path holds a control character would split a `.env` line. */
function refuseControl(option: string, what: string, p: string) {
  if (CONTROL.test(p)) {
    throw new InputError(
      option,
      `Option ${option}: ${what} ${shown(p)} holds a line break or another control character; .env is read line by line, so it is refused.`,
    );
  }
}

export function main(argv: readonly string[], io: InstallerIO = processIO()): number {
  const say = (line = '') => io.out(`${line}\n`);
  try {
    const opts = parseOptions(argv, io.cwd);
    if (opts.action === 'help') {
      io.out(usage());
      return 0;
    }
    if (io.platform === 'win32') {
      throw new Refusal(
        'runner-hooks installs bash hooks for Linux and macOS runners; on Windows, set ACTIONS_RUNNER_HOOK_JOB_STARTED to a .ps1 script by hand.',
      );
    }
    checkRunnerDir(opts.runnerDir);
    const runnerDir = realpathSync(opts.runnerDir);
    refuseControl('--runner-dir', "the runner folder's real path", runnerDir);
    const o = { ...opts, runnerDir };
    const envPath = envFile(runnerDir);
    const runnerStat = statSync(runnerDir);
    const trusted: Trusted = { euid: io.euid, runnerOwner: runnerStat.uid };
    const place = envPlace(envPath, fsProbe, trusted);
    if (place.kind === 'refused') throw new Refusal(`${place.why}.`);
    const envText = read(place.kind === 'link' ? place.target : envPath, 'latin1');
    const hooksDir = hooksFolder(o, envText);
    refuseControl('--hooks-dir', 'the hooks folder', hooksDir);
    refuseControl(
      '--hooks-dir',
      "the hooks folder's real path",
      realOrNearest(hooksDir, realpathSync),
    );
    const foldCase = io.platform === 'darwin';
    const refused = refuseHooksDir(
      hooksDir,
      runnerDir,
      (p) => realOrNearest(p, realpathSync),
      foldCase,
    );
    if (refused) throw new InputError('--hooks-dir', refused);
    const c: Context = {
      io,
      say,
      opts: o,
      hooksDir,
      envPath,
      envText,
      place,
      trusted,
      runnerOwner: { uid: runnerStat.uid, gid: runnerStat.gid },
    };
    if (o.action === 'uninstall') uninstall(c);
    else install(c);
    if (!o.dryRun) {
      say();
      say(restartAdvice(runnerDir, existsSync(path.join(runnerDir, '.service')), shellQuote));
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`runner-hooks/install: ${e.message}\n${HELP_HINT}\n`);
      return 2;
    }
    io.err(`runner-hooks/install: ${messageOf(e)}\n`);
    // A fault of the machine (a file system error) is said in one line; only a bug has a stack.
    const known = e instanceof Refusal || (e as NodeJS.ErrnoException)?.code !== undefined;
    if (!known && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 1;
  }
}
