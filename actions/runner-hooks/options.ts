/**
 * The installer's command line, parsed once into a typed object: pure. A bad option is an
 * InputError naming the option and what it accepts. `OPTIONS` is also the source of the option
 * table in action-docs/runner-hooks.md.
 */
import path from 'node:path';
import { readCleanupInputs } from '../job-cleanup/inputs.ts';
import { InputError } from '../lib/errors.ts';
import { createReader, fromRecord, splitList } from '../lib/inputs.ts';

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

export interface InstallOptions extends HookOptions {
  action: 'install' | 'uninstall' | 'help';
  runnerDir: string;
  /** Undefined: the default (or, to uninstall, where the runner's `.env` points). */
  hooksDir?: string;
  tune: Tune;
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
    description: "The runner's folder (where `run.sh`, `config.sh` and `.env` are).",
  },
  {
    name: 'hooks-dir',
    arg: 'DIR',
    default: `\`<runner-dir>/../${DEFAULT_HOOKS_FOLDER}\``,
    description:
      "Where the hook scripts, their code and the install record go. A folder inside the runner's folder is refused (GitHub requires hooks outside the runner application). To uninstall, the folder `.env` points to is found by itself.",
  },
  {
    name: 'temp-patterns',
    arg: 'LIST',
    default: '`pnpm-*`',
    description:
      "Comma-separated globs on entry names directly under the temp directory, as job-cleanup's `temp-patterns` (a leading `!` excludes).",
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
      '`auto` writes what setup-m4-env would choose on this machine into `.env`: `NODE_OPTIONS` (its other flags kept, the heap flag replaced), `UV_THREADPOOL_SIZE`, and `DOCKER_DEFAULT_PLATFORM` on arm64. `none` leaves them alone (and puts back values an earlier install wrote).',
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

const FLAGS = new Set(['docker-prune', 'strict', 'dry-run', 'uninstall', 'help']);
const VALUED = new Set(OPTIONS.filter((o) => o.arg).map((o) => o.name));
const UNINSTALL_TAKES = new Set(['runner-dir', 'hooks-dir', 'dry-run', 'uninstall']);

function bad(option: string, message: string): InputError {
  return new InputError(`--${option}`, message);
}

/** A folder given on the command line: absolute, with no line break or NUL (`.env` is by line). */
function folder(option: string, raw: string, cwd: string): string {
  if (/[\r\n\0]/.test(raw)) {
    throw bad(option, `Option --${option} accepts a folder path without line breaks or NUL bytes.`);
  }
  return path.resolve(cwd, raw);
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
    if (!(e instanceof InputError)) throw e;
    throw bad(e.input, e.message.replace(/^Input '([^']+)'/, 'Option --$1'));
  }
}

export function parseOptions(argv: readonly string[], cwd: string): InstallOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const m = /^--([a-z-]+)(?:=([\s\S]*))?$/.exec(arg);
    if (!m) {
      throw new InputError(
        arg,
        `Unexpected argument '${arg}': options start with -- (see --help); the runner folder is given with --runner-dir.`,
      );
    }
    const name = m[1] as string;
    if (!FLAGS.has(name) && !VALUED.has(name)) {
      throw bad(name, `Unknown option --${name}; see --help for the options.`);
    }
    if (given.has(name)) throw bad(name, `Option --${name} is given twice.`);
    if (FLAGS.has(name)) {
      if (m[2] !== undefined) throw bad(name, `Option --${name} is a switch: it takes no value.`);
      given.set(name, '');
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
    given.set(name, value);
  }

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
  const runnerRaw = given.get('runner-dir');
  if (!runnerRaw) {
    throw bad(
      'runner-dir',
      "Option --runner-dir is required: the runner's folder, e.g. --runner-dir ~/actions-runner.",
    );
  }
  const runnerDir = folder('runner-dir', runnerRaw, cwd);
  const hooksRaw = given.get('hooks-dir');
  if (hooksRaw === '') throw bad('hooks-dir', 'Option --hooks-dir needs a folder path.');
  const hooksDir = hooksRaw === undefined ? undefined : folder('hooks-dir', hooksRaw, cwd);

  const patternsRaw = given.get('temp-patterns');
  const tempPatterns = patternsRaw === undefined ? DEFAULT_TEMP_PATTERNS : splitList(patternsRaw);
  if (patternsRaw !== undefined && !tempPatterns.length) {
    throw bad(
      'temp-patterns',
      "Option --temp-patterns accepts comma-separated globs on temp entry names, e.g. 'pnpm-*,npm-*'; got none.",
    );
  }
  const cleanup = cleanupRules(tempPatterns, given.get('max-age-hours'));

  const tuneRaw = given.get('tune') ?? 'auto';
  const tune = TUNE.find((t) => t === tuneRaw.toLowerCase());
  if (!tune) throw bad('tune', `Option --tune accepts 'auto' or 'none'; got '${tuneRaw}'.`);

  const limitRaw = given.get('time-limit-seconds');
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
    dockerPrune: false,
    timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
    strict: false,
    dryRun: false,
  };
}

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
      `${head.padEnd(30)}${o.description.replace(/`/g, '')} (default: ${o.default.replace(/`/g, '')})`,
    );
  }
  lines.push('  --help                      Print this help.');
  return `${lines.join('\n')}\n`;
}
