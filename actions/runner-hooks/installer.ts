/**
 * The installer (install.ts runs it for runner-hooks/install on the runner machine): writes the hook scripts and
 * their code into the hooks folder, and the hook paths and the tuning into the runner's `.env`;
 * or, with --uninstall, puts it all back. With --dry-run it only says what it would do.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { InputError, messageOf } from '../lib/errors.ts';
import { shellQuote } from '../setup-m4-env/bash-env.ts';
import { readHost } from '../setup-m4-env/read-host.ts';
import { type Change, installEnv, readEnv, uninstallEnv } from './env-file.ts';
import { findNode, noNodeMessage } from './node.ts';
import { type InstallOptions, parseOptions, usage } from './options.ts';
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
} from './record.ts';
import { BUNDLE_FOLDER, hookScript, SCRIPT_FILES, STAGES } from './scripts.ts';
import { HOOK_VARIABLES, wantedValues } from './wanted.ts';

/** A fault the owner can fix, said plainly (no stack). */
class Refusal extends Error {}

const say = (line = '') => process.stdout.write(`${line}\n`);

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

/** Replaces a file in one step (a crash leaves the old or the new one), keeping its mode. */
function writeAtomic(
  file: string,
  text: string,
  mode: number,
  encoding: 'utf8' | 'latin1' = 'utf8',
) {
  let keep = mode;
  try {
    keep = statSync(file).mode & 0o7777;
  } catch {}
  // A link (an .env kept elsewhere) is written through, not replaced by a file.
  let link = false;
  try {
    link = lstatSync(file).isSymbolicLink();
  } catch {}
  if (link) {
    writeFileSync(file, text, { encoding });
    return;
  }
  const temp = `${file}.runner-hooks-${process.pid}`;
  writeFileSync(temp, text, { mode: keep, encoding });
  renameSync(temp, file);
}

function checkRunnerDir(dir: string) {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {}
  if (!isDir) throw new InputError('--runner-dir', `Option --runner-dir: ${dir} is not a folder.`);
  const marks = ['run.sh', 'config.sh', path.join('bin', 'Runner.Listener')];
  if (!marks.some((m) => existsSync(path.join(dir, m)))) {
    throw new InputError(
      '--runner-dir',
      `Option --runner-dir: ${dir} does not look like a runner folder (no run.sh, config.sh or bin/Runner.Listener).`,
    );
  }
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
  }
}

function loadRecord(file: string): InstallRecord | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  try {
    return parseRecord(text);
  } catch (e) {
    throw new Refusal(
      `${file}: ${messageOf(e)}. Remove it by hand if it is not from runner-hooks.`,
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

function install(opts: InstallOptions, hooksDir: string, envPath: string, envText?: string) {
  const node = findNode(opts.runnerDir, { executable, onPath: onPathNode });
  if (!node) throw new Refusal(noNodeMessage(opts.runnerDir));
  const version = spawnSync(node, ['-p', 'process.versions.node'], {
    encoding: 'utf8',
    timeout: 10_000,
  }).stdout?.trim();
  if (!version || Number(version.split('.')[0]) < 20) {
    throw new Refusal(
      `${node} ${version ? `is Node ${version}` : 'does not run'}; the hooks need Node 20 or later.`,
    );
  }
  const source = path.resolve(path.dirname(process.argv[1] ?? ''), '..', 'hook');
  if (!existsSync(path.join(source, 'index.js'))) {
    throw new Refusal(
      `The hook code is not built: ${source}/index.js is missing. Run 'pnpm build' in this checkout first.`,
    );
  }
  const elsewhere = installedHooksDir(envText);
  if (elsewhere && elsewhere !== hooksDir) {
    throw new Refusal(
      `The runner's hooks are installed in ${elsewhere} already. To move them, uninstall first (runner-hooks/install --runner-dir ${shellQuote(opts.runnerDir)} --uninstall); to change options, leave --hooks-dir out.`,
    );
  }
  const recordPath = path.join(hooksDir, RECORD_FILE);
  const prior = loadRecord(recordPath);
  if (prior && prior.runnerDir !== opts.runnerDir) {
    throw new Refusal(
      `${hooksDir} holds the hooks of another runner (${prior.runnerDir}); give each runner its own --hooks-dir.`,
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
        `Option --hooks-dir: ${hooksDir} already holds ${taken.join(', ')}, not from a runner-hooks install; choose a new or empty folder.`,
      );
    }
  }
  const scripts = {
    started: path.join(hooksDir, SCRIPT_FILES['job-started']),
    completed: path.join(hooksDir, SCRIPT_FILES['job-completed']),
  };
  const host = readHost();
  const { wanted, why } = wantedValues(
    { started: asBytes(scripts.started), completed: asBytes(scripts.completed) },
    opts.tune,
    host,
  );
  const edit = installEnv(envText ?? '', wanted, prior?.env);
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

  say(`${opts.dryRun ? 'Would install' : 'Installing'} runner hooks for ${opts.runnerDir}`);
  say(
    `  Host: ${host.chip}, ${host.performanceCores} P + ${host.efficiencyCores} E cores, ${host.memoryMb} MB`,
  );
  say(`  Hooks run with: ${node}`);
  say(`  Hook scripts: ${scripts.started}, ${scripts.completed} (code in ${path.dirname(bundle)})`);
  say(
    `  Each job: temp entries ${opts.tempPatterns.join(', ')} older than ${opts.maxAgeHours} h removed${opts.dockerPrune ? ', Docker pruned after the job' : ''}; time limit ${opts.timeLimitSeconds} s; ${opts.strict ? 'a problem fails the job (--strict)' : 'a problem is a warning'}.`,
  );
  for (const w of why) say(`  ${w}`);
  say(`${envPath}${envText === undefined ? ' (new file)' : ''}:`);
  for (const c of edit.changes) say(asText(describeChange(c)));
  const replacedHook = edit.changes.find(
    (c) => c.kind === 'replace' && c.name.startsWith('ACTIONS_RUNNER_HOOK_') && c.from,
  );
  if (replacedHook && replacedHook.kind === 'replace') {
    say(
      `  Note: ${replacedHook.name} named another hook (${asText(replacedHook.from)}); --uninstall puts it back.`,
    );
  }
  if (opts.dryRun) {
    say('Dry run: nothing was changed.');
    return;
  }

  mkdirSync(hooksDir, { recursive: true, mode: 0o755 });
  rmSync(path.join(hooksDir, BUNDLE_FOLDER), { recursive: true, force: true });
  cpSync(source, path.join(hooksDir, BUNDLE_FOLDER), { recursive: true });
  // The record first: whatever happens next, --uninstall knows what to put back.
  writeAtomic(recordPath, formatRecord(record), 0o644);
  for (const stage of STAGES) {
    const file = path.join(hooksDir, SCRIPT_FILES[stage]);
    writeAtomic(
      file,
      hookScript({ stage, node, bundle, record: recordPath, strict: opts.strict }),
      0o755,
    );
  }
  if (edit.text !== (envText ?? '') || envText === undefined)
    writeAtomic(envPath, edit.text, 0o644, 'latin1');
  say('Installed.');
}

function uninstall(opts: InstallOptions, hooksDir: string, envPath: string, envText?: string) {
  const recordPath = path.join(hooksDir, RECORD_FILE);
  const record = loadRecord(recordPath);
  if (!record) {
    throw new Refusal(
      `No runner-hooks install record at ${recordPath}: nothing to undo. If the hooks were installed with another --hooks-dir, give it.`,
    );
  }
  if (record.runnerDir !== opts.runnerDir) {
    throw new Refusal(
      `${recordPath} belongs to the runner at ${record.runnerDir}, not ${opts.runnerDir}.`,
    );
  }
  const edit = envText === undefined ? undefined : uninstallEnv(envText, record.env);
  say(`${opts.dryRun ? 'Would uninstall' : 'Uninstalling'} runner hooks for ${opts.runnerDir}`);
  if (!edit) say(`${envPath} is gone: nothing to put back there.`);
  else {
    say(`${envPath}:`);
    for (const c of edit.changes) say(asText(describeChange(c)));
  }
  const removable = [...STAGES.map((s) => SCRIPT_FILES[s]), BUNDLE_FOLDER, RECORD_FILE];
  say(`  Removing from ${hooksDir}: ${removable.join(', ')}`);
  if (opts.dryRun) {
    say('Dry run: nothing was changed.');
    return;
  }
  if (edit) {
    if (record.env.created && edit.text === '') rmSync(envPath, { force: true });
    else if (edit.text !== envText) writeAtomic(envPath, edit.text, 0o644, 'latin1');
  }
  for (const name of removable) rmSync(path.join(hooksDir, name), { recursive: true, force: true });
  try {
    if (!readdirSync(hooksDir).length) rmdirSync(hooksDir);
  } catch {}
  say('Uninstalled.');
}

export function main(argv: readonly string[]): number {
  try {
    const opts = parseOptions(argv, process.cwd());
    if (opts.action === 'help') {
      process.stdout.write(usage());
      return 0;
    }
    if (process.platform === 'win32') {
      throw new Refusal(
        'runner-hooks installs bash hooks for Linux and macOS runners; on Windows, set ACTIONS_RUNNER_HOOK_JOB_STARTED to a .ps1 script by hand.',
      );
    }
    checkRunnerDir(opts.runnerDir);
    const runnerDir = realpathSync(opts.runnerDir);
    const o = { ...opts, runnerDir };
    const envPath = envFile(runnerDir);
    const envText = read(envPath, 'latin1');
    const hooksDir = hooksFolder(o, envText);
    const foldCase = process.platform === 'darwin';
    const refused = refuseHooksDir(
      hooksDir,
      runnerDir,
      (p) => realOrNearest(p, realpathSync),
      foldCase,
    );
    if (refused) throw new InputError('--hooks-dir', refused);
    if (o.action === 'uninstall') uninstall(o, hooksDir, envPath, envText);
    else install(o, hooksDir, envPath, envText);
    if (!o.dryRun) {
      say();
      say(restartAdvice(runnerDir, existsSync(path.join(runnerDir, '.service')), shellQuote));
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(
        `runner-hooks/install: ${e.message}\nSee runner-hooks/install --help.\n`,
      );
      return 2;
    }
    process.stderr.write(`runner-hooks/install: ${messageOf(e)}\n`);
    if (!(e instanceof Refusal) && e instanceof Error && e.stack)
      process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
