/**
 * The installer's command line, parsed once into a typed object: pure. A bad option is an
 * InputError naming the option and what it accepts. `OPTIONS` is also the source of the option
 * table in action-docs/runner-hooks.md.
 */
import path from 'node:path';
import { readCleanupInputs } from '../job-cleanup/inputs.ts';
import { InputError } from '../lib/errors.ts';
import { createReader, fromRecord, splitLines } from '../lib/inputs.ts';
import {
  dockerPlatform,
  HEAP_RANGE,
  NAME,
  type Setting,
  THREADPOOL_RANGE,
  wholeSetting,
} from '../setup-m4-env/inputs.ts';
import { shown } from './ownership.ts';
import { HOOK_VARIABLES } from './wanted.ts';

export const TUNE = ['auto', 'none'] as const;
export type Tune = (typeof TUNE)[number];

/** Where the hooks go unless `--hooks-dir` says otherwise: beside the runner folder. */
export const DEFAULT_HOOKS_FOLDER = 'runner-actions-hooks';
export const DEFAULT_TEMP_PATTERNS = ['pnpm-*'];
export const DEFAULT_MAX_AGE_HOURS = 24;
export const DEFAULT_TIME_LIMIT_SECONDS = 60;
export const MAX_TIME_LIMIT_SECONDS = 3600;

/** What the hooks do at each job: stored in the install record, read by the hooks. */
export interface HookOptions {
  tempPatterns: string[];
  maxAgeHours: number;
  dockerPrune: boolean;
  timeLimitSeconds: number;
  strict: boolean;
}

export interface Tuning {
  nodeHeapMb: Setting<number>;
  threadpoolSize: Setting<number>;
  dockerPlatform: Setting<string>;
}

export interface InstallOptions extends HookOptions {
  action: 'install' | 'uninstall' | 'help';
  runnerDir: string;
  /** Undefined: the default (or, to uninstall, where the runner's `.env` points). */
  hooksDir?: string;
  tune: Tune;
  /** Each tuning value: `--tune` unless its own option says otherwise. */
  tuning: Tuning;
  /** `--env NAME=VALUE`, in order. */
  env: [name: string, value: string][];
  /** Replace values set by hand in `.env`. */
  force: boolean;
  dryRun: boolean;
}

export interface OptionDoc {
  name: string;
  /** The value it takes, e.g. `DIR`; none for a flag. */
  arg?: string;
  default: string;
  description: string;
}

export const OPTIONS: readonly OptionDoc[] = [
  {
    name: 'runner-dir',
    arg: 'DIR',
    default: '(required)',
    description:
      "The runner's folder (where `run.sh`, `config.sh` and `.env` are). A folder whose real path holds a line break or another control character is refused.",
  },
  {
    name: 'hooks-dir',
    arg: 'DIR',
    default: `\`<runner-dir>/../${DEFAULT_HOOKS_FOLDER}\``,
    description:
      "Where the hook scripts, their code and the install record go. Refused: a folder inside the runner's folder (GitHub requires hooks outside the runner application), and a folder that is, or sits under, a folder owned by another user or writable by others (a sticky folder such as `/tmp` may be above it). To uninstall, the folder `.env` points to is found by itself. Two runners on one machine each need their own.",
  },
  {
    name: 'temp-patterns',
    arg: 'LIST',
    default: '`pnpm-*`',
    description:
      "Globs on entry names directly under `/tmp` and the temp directory, as job-cleanup's `temp-patterns` (a leading `!` excludes): one per line, or comma-separated (a comma inside `{}` belongs to the glob); repeat the option to add more.",
  },
  {
    name: 'max-age-hours',
    arg: 'N',
    default: String(DEFAULT_MAX_AGE_HOURS),
    description: 'Matching temp entries older than this (by their own modification time) go.',
  },
  {
    name: 'tune',
    arg: 'auto|none',
    default: 'auto',
    description:
      '`auto` writes what setup-m4-env would choose on this machine into `.env`: `NODE_OPTIONS` (its other flags kept, a heap flag added), `UV_THREADPOOL_SIZE`, and `DOCKER_DEFAULT_PLATFORM` on arm64. `none` leaves them alone (and puts back values an earlier install wrote). It is the default of the three options below. A value set by hand in `.env` is kept unless `--force`.',
  },
  {
    name: 'node-heap-mb',
    arg: 'auto|none|MB',
    default: 'as `--tune`',
    description: `The heap flag \`--max-old-space-size\` in \`NODE_OPTIONS\`, as setup-m4-env's \`node-heap-mb\`: \`auto\`, \`none\` or a whole number from ${HEAP_RANGE.min} to ${HEAP_RANGE.max}.`,
  },
  {
    name: 'threadpool-size',
    arg: 'auto|none|N',
    default: 'as `--tune`',
    description: `\`UV_THREADPOOL_SIZE\`, as setup-m4-env's \`threadpool-size\`: \`auto\`, \`none\` or a whole number from ${THREADPOOL_RANGE.min} to ${THREADPOOL_RANGE.max}.`,
  },
  {
    name: 'docker-platform',
    arg: 'auto|none|PLATFORM',
    default: 'as `--tune`',
    description:
      "`DOCKER_DEFAULT_PLATFORM`, as setup-m4-env's `docker-platform`: `auto`, `none` or a platform such as `linux/arm64`.",
  },
  {
    name: 'env',
    arg: 'NAME=VALUE',
    default: 'none',
    description:
      "Another variable for `.env`, as setup-m4-env's `env`: one `NAME=VALUE` per line (blank and `#` lines skipped); repeat the option for more. NAME is letters, digits and `_`, not starting with a digit; VALUE holds no control character. The hook variables and a variable a tuning option sets are refused.",
  },
  {
    name: 'force',
    default: 'off',
    description:
      'Replace tuning values set by hand in `.env` (a `NODE_OPTIONS` heap flag, `UV_THREADPOOL_SIZE`, `DOCKER_DEFAULT_PLATFORM`, an `--env` name). Without it they are kept, and the install says so.',
  },
  {
    name: 'docker-prune',
    default: 'off',
    description:
      'job-completed also prunes stopped containers, dangling images and build cache older than `--max-age-hours`, as job-cleanup does.',
  },
  {
    name: 'time-limit-seconds',
    arg: 'N',
    default: String(DEFAULT_TIME_LIMIT_SECONDS),
    description: `Each hook stops at this limit (1 to ${MAX_TIME_LIMIT_SECONDS}).`,
  },
  {
    name: 'strict',
    default: 'off',
    description:
      'A hook that meets a problem (a refused or unremovable path, a failed prune, the time limit) fails the job. Off: it prints a warning and the job goes on.',
  },
  {
    name: 'dry-run',
    default: 'off',
    description: 'Print what would change; change nothing.',
  },
  {
    name: 'uninstall',
    default: 'off',
    description:
      'Put back the `.env` values the install replaced, remove the lines it added, the hook scripts and their code. Takes only `--runner-dir`, `--hooks-dir` and `--dry-run`.',
  },
];

const FLAGS = new Set(['docker-prune', 'strict', 'dry-run', 'uninstall', 'force', 'help']);
const VALUED = new Set(OPTIONS.filter((o) => o.arg).map((o) => o.name));
/** Options that may be given more than once: each adds to the list. */
const REPEATABLE = new Set(['env', 'temp-patterns']);
const UNINSTALL_TAKES = new Set(['runner-dir', 'hooks-dir', 'dry-run', 'uninstall']);

function bad(option: string, message: string): InputError {
  return new InputError(`--${option}`, message);
}

/** Line breaks, NUL and the other C0 controls, and DEL: `.env` is read line by line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
export const CONTROL = /[\x00-\x1f\x7f]/;

/** A folder given on the command line: absolute, with no control character (`.env` is by line). */
function folder(option: string, raw: string, cwd: string): string {
  if (CONTROL.test(raw)) {
    throw bad(
      option,
      `Option --${option} accepts a folder path without line breaks, NUL bytes or other control characters.`,
    );
  }
  return path.resolve(cwd, raw);
}

/** An option's message from a shared parser: `Input 'x'` becomes `Option --x`. */
function asOption(e: unknown): never {
  if (!(e instanceof InputError)) throw e;
  throw bad(e.input, e.message.replace(/^Input '([^']+)'/, 'Option --$1'));
}

/** Splits on line breaks, and on commas outside `{}` (a glob's alternatives stay whole). */
export function splitPatterns(raw: string): string[] {
  const out: string[] = [];
  for (const line of splitLines(raw)) {
    let depth = 0;
    let at = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (c === ',' && depth === 0) {
        out.push(line.slice(at, i));
        at = i + 1;
      }
    }
    out.push(line.slice(at));
  }
  return out.map((p) => p.trim()).filter(Boolean);
}

/** job-cleanup's own rules for the patterns and the age, reported under the option's name. */
function cleanupRules(patterns: string[], maxAge: string | undefined) {
  try {
    return readCleanupInputs(
      createReader(
        fromRecord({ 'temp-patterns': patterns.join('\n'), 'max-age-hours': maxAge ?? '' }),
      ),
    );
  } catch (e) {
    return asOption(e);
  }
}

/** setup-m4-env's own parsers for the three tuning values, `--tune` as their default. */
function tuningRules(given: Map<string, string[]>, tune: Tune): Tuning {
  const read = createReader(
    fromRecord({
      'node-heap-mb': given.get('node-heap-mb')?.[0] ?? tune,
      'threadpool-size': given.get('threadpool-size')?.[0] ?? tune,
      'docker-platform': given.get('docker-platform')?.[0] ?? tune,
    }),
  );
  try {
    return {
      nodeHeapMb: wholeSetting(read, 'node-heap-mb', HEAP_RANGE, ' of MB'),
      threadpoolSize: wholeSetting(read, 'threadpool-size', THREADPOOL_RANGE, ''),
      dockerPlatform: dockerPlatform(read),
    };
  } catch (e) {
    return asOption(e);
  }
}

/** Which option sets each tuned variable (when it is not `none`). */
const TUNED_BY: Record<string, keyof Tuning> = {
  NODE_OPTIONS: 'nodeHeapMb',
  UV_THREADPOOL_SIZE: 'threadpoolSize',
  DOCKER_DEFAULT_PLATFORM: 'dockerPlatform',
};
const OPTION_OF: Record<keyof Tuning, string> = {
  nodeHeapMb: 'node-heap-mb',
  threadpoolSize: 'threadpool-size',
  dockerPlatform: 'docker-platform',
};

/** `--env` values: setup-m4-env's `env` form (one NAME=VALUE per line), checked for `.env`. */
export function envPairs(values: readonly string[], tuning: Tuning): [string, string][] {
  const pairs: [string, string][] = [];
  for (const line of values.flatMap(splitLines)) {
    const eq = line.indexOf('=');
    const name = eq < 0 ? line : line.slice(0, eq).trim();
    const named = shown(name || line);
    const fail = (why: string) => bad('env', `Option --env '${named}': ${why}`);
    if (eq < 0 || !NAME.test(name)) {
      throw fail(
        'each value is NAME=VALUE, NAME made of letters, digits and _ (not starting with a digit).',
      );
    }
    const value = line.slice(eq + 1);
    if (CONTROL.test(value)) {
      throw fail(
        'its value holds a control character (tab, NUL, escape…); .env is read line by line, so it is refused.',
      );
    }
    if (Object.values(HOOK_VARIABLES).includes(name as never)) {
      throw fail(`${name} is the hook itself; runner-hooks/install sets it.`);
    }
    const owner = TUNED_BY[name];
    if (owner && tuning[owner].mode !== 'none') {
      throw fail(
        `${name} is set by --${OPTION_OF[owner]}; give the value there, or add --${OPTION_OF[owner]} none.`,
      );
    }
    if (pairs.some(([n]) => n === name)) throw fail(`${name} is given twice.`);
    pairs.push([name, value]);
  }
  return pairs;
}

export function parseOptions(argv: readonly string[], cwd: string): InstallOptions {
  const given = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const m = /^--([a-z-]+)(?:=([\s\S]*))?$/.exec(arg);
    if (!m) {
      throw new InputError(
        arg,
        `Unexpected argument '${shown(arg)}': options start with --; the runner folder is given with --runner-dir.`,
      );
    }
    const name = m[1] as string;
    if (!FLAGS.has(name) && !VALUED.has(name)) throw bad(name, `Unknown option --${name}.`);
    if (given.has(name) && !REPEATABLE.has(name)) {
      throw bad(name, `Option --${name} is given twice.`);
    }
    if (FLAGS.has(name)) {
      if (m[2] !== undefined) throw bad(name, `Option --${name} is a switch: it takes no value.`);
      given.set(name, ['']);
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        const doc = OPTIONS.find((o) => o.name === name);
        throw bad(name, `Option --${name} needs a value (${doc?.arg}).`);
      }
      value = next;
      i++;
    }
    given.set(name, [...(given.get(name) ?? []), value]);
  }
  const one = (name: string) => given.get(name)?.[0];

  if (given.has('help')) {
    return { ...defaults(), action: 'help', runnerDir: '' };
  }
  const uninstall = given.has('uninstall');
  if (uninstall) {
    const extra = [...given.keys()].filter((k) => !UNINSTALL_TAKES.has(k));
    if (extra.length) {
      throw bad(
        extra[0] as string,
        `Option --uninstall takes only --runner-dir, --hooks-dir and --dry-run; got --${extra.join(', --')}.`,
      );
    }
  }
  const runnerRaw = one('runner-dir');
  if (!runnerRaw) {
    throw bad(
      'runner-dir',
      "Option --runner-dir is required: the runner's folder, e.g. --runner-dir ~/actions-runner.",
    );
  }
  const runnerDir = folder('runner-dir', runnerRaw, cwd);
  const hooksRaw = one('hooks-dir');
  if (hooksRaw === '') throw bad('hooks-dir', 'Option --hooks-dir needs a folder path.');
  const hooksDir = hooksRaw === undefined ? undefined : folder('hooks-dir', hooksRaw, cwd);

  const patternsRaw = given.get('temp-patterns');
  const tempPatterns =
    patternsRaw === undefined ? DEFAULT_TEMP_PATTERNS : patternsRaw.flatMap(splitPatterns);
  if (patternsRaw !== undefined && !tempPatterns.length) {
    throw bad(
      'temp-patterns',
      "Option --temp-patterns accepts globs on temp entry names, one per line or comma-separated, e.g. 'pnpm-*,npm-*'; got none.",
    );
  }
  const cleanup = cleanupRules(tempPatterns, one('max-age-hours'));

  const tuneRaw = one('tune') ?? 'auto';
  const tune = TUNE.find((t) => t === tuneRaw.toLowerCase());
  if (!tune) throw bad('tune', `Option --tune accepts 'auto' or 'none'; got '${tuneRaw}'.`);
  const tuning = tuningRules(given, tune);
  const env = envPairs(given.get('env') ?? [], tuning);

  const limitRaw = one('time-limit-seconds');
  let timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS;
  if (limitRaw !== undefined) {
    timeLimitSeconds = /^\d+$/.test(limitRaw) ? Number(limitRaw) : Number.NaN;
    if (!(timeLimitSeconds >= 1 && timeLimitSeconds <= MAX_TIME_LIMIT_SECONDS)) {
      throw bad(
        'time-limit-seconds',
        `Option --time-limit-seconds accepts a whole number of seconds from 1 to ${MAX_TIME_LIMIT_SECONDS}; got '${limitRaw}'.`,
      );
    }
  }

  return {
    action: uninstall ? 'uninstall' : 'install',
    runnerDir,
    hooksDir,
    tempPatterns: cleanup.tempPatterns,
    maxAgeHours: cleanup.maxAgeHours,
    tune,
    tuning,
    env,
    force: given.has('force'),
    dockerPrune: given.has('docker-prune'),
    timeLimitSeconds,
    strict: given.has('strict'),
    dryRun: given.has('dry-run'),
  };
}

function defaults(): Omit<InstallOptions, 'action' | 'runnerDir'> {
  return {
    tempPatterns: DEFAULT_TEMP_PATTERNS,
    maxAgeHours: DEFAULT_MAX_AGE_HOURS,
    tune: 'auto',
    tuning: {
      nodeHeapMb: { mode: 'auto' },
      threadpoolSize: { mode: 'auto' },
      dockerPlatform: { mode: 'auto' },
    },
    env: [],
    force: false,
    dockerPrune: false,
    timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
    strict: false,
    dryRun: false,
  };
}

/** The one hint after a usage error (the messages themselves never repeat it). */
export const HELP_HINT = 'See runner-hooks/install --help.';

export function usage(): string {
  const lines = [
    'Usage: runner-hooks/install --runner-dir DIR [options]',
    '',
    "Installs job hooks into a self-hosted runner's .env: every job starts tuned and ends clean.",
    '',
    'Options:',
  ];
  for (const o of OPTIONS) {
    const head = `  --${o.name}${o.arg ? ` ${o.arg}` : ''}`;
    lines.push(
      `${head.length < 30 ? head.padEnd(30) : `${head}\n${' '.repeat(30)}`}${o.description.replace(/`/g, '')} (default: ${o.default.replace(/`/g, '')})`,
    );
  }
  lines.push(`${'  --help'.padEnd(30)}Print this help.`);
  return `${lines.join('\n')}\n`;
}
