/**
 * The runner's file commands: GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE (`name=value` lines and
 * `name<<DELIMITER` heredocs), GITHUB_PATH (one directory a line) and GITHUB_STEP_SUMMARY (at most
 * 1 MiB per step).
 */

import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Variables the runner refuses to export through GITHUB_ENV. */
export const BLOCKED_ENV_NAMES: readonly string[] = ['NODE_OPTIONS'];

export interface KeyValueResult {
  /** Pairs in file order; those before a malformed entry are kept, as the runner does. */
  pairs: [name: string, value: string][];
  /** Why parsing stopped, if the file is malformed. */
  error?: string;
}

interface Line {
  text: string;
  /** The line ending that followed, or undefined for the file's last, unterminated line. */
  eol: string | undefined;
}

function readLines(text: string, crlf: boolean): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos < text.length) {
    const lf = text.indexOf('\n', pos);
    if (lf < 0) {
      lines.push({ text: text.slice(pos), eol: undefined });
      break;
    }
    const withCr = crlf && lf > pos && text[lf - 1] === '\r';
    lines.push({ text: text.slice(pos, withCr ? lf - 1 : lf), eol: withCr ? '\r\n' : '\n' });
    pos = lf + 1;
  }
  return lines;
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file. Lines split on LF (CRLF too on
 * Windows); `=` before any `<<` makes a plain pair, otherwise the line opens a heredoc whose value
 * runs up to a line equal to the delimiter. A missing delimiter is an error.
 */
export function parseKeyValueFile(
  text: string,
  platform: NodeJS.Platform = process.platform,
): KeyValueResult {
  const lines = readLines(text, platform === 'win32');
  const pairs: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as Line).text;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (name === '') return { pairs, error: `Invalid line '${line}': the name is empty.` };
      pairs.push([name, line.slice(eq + 1)]);
      continue;
    }
    if (heredoc < 0)
      return { pairs, error: `Invalid line '${line}': expected name=value or name<<DELIMITER.` };
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (name === '' || delimiter === '') {
      return {
        pairs,
        error: `Invalid line '${line}': the name and the delimiter must not be empty.`,
      };
    }
    const body: Line[] = [];
    let closed = false;
    for (i++; i < lines.length; i++) {
      const current = lines[i] as Line;
      if (current.text === delimiter) {
        closed = true;
        break;
      }
      if (current.eol === undefined) {
        return {
          pairs,
          error: `Invalid value for '${name}': the file ends inside the heredoc without a newline.`,
        };
      }
      body.push(current);
    }
    if (!closed) {
      return { pairs, error: `Invalid value for '${name}': delimiter '${delimiter}' not found.` };
    }
    pairs.push([name, body.map((l, k) => l.text + (k < body.length - 1 ? l.eol : '')).join('')]);
  }
  return { pairs };
}

/** Parses a GITHUB_PATH file: one directory a line (CR, LF or CRLF), empty lines skipped. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l !== '');
}

/** Adds directories to an ordered prepend list: a re-added entry moves to the end (= the front). */
export function addPaths(list: string[], added: readonly string[]): void {
  for (const dir of added) {
    const at = list.indexOf(dir);
    if (at >= 0) list.splice(at, 1);
    list.push(dir);
  }
}

/** The PATH a step sees: the latest addition first, then the base PATH. */
export function prependPath(
  list: readonly string[],
  base: string | undefined,
  sep: string,
): string {
  const front = [...list].reverse().join(sep);
  if (front === '') return base ?? '';
  return base === undefined || base === '' ? front : `${front}${sep}${base}`;
}

/** Checks a step summary's size; over the limit the runner drops it and records an error. */
export function checkStepSummary(bytes: number): string | undefined {
  if (bytes <= STEP_SUMMARY_LIMIT) return undefined;
  return (
    `$GITHUB_STEP_SUMMARY upload aborted: the step wrote ${Math.floor(bytes / 1024)}k, ` +
    `over the ${STEP_SUMMARY_LIMIT / 1024}k limit per step.`
  );
}

export type FileCommand = 'output' | 'env' | 'path' | 'state' | 'step_summary';

const PREFIXES: Record<FileCommand, string> = {
  path: 'add_path_',
  env: 'set_env_',
  step_summary: 'step_summary_',
  state: 'save_state_',
  output: 'set_output_',
};

export const FILE_COMMAND_ENV: Record<FileCommand, string> = {
  output: 'GITHUB_OUTPUT',
  env: 'GITHUB_ENV',
  path: 'GITHUB_PATH',
  state: 'GITHUB_STATE',
  step_summary: 'GITHUB_STEP_SUMMARY',
};

/** Creates a fresh, empty file per command for one step; returns their paths. */
export function createFileCommandFiles(dir: string): Record<FileCommand, string> {
  mkdirSync(dir, { recursive: true });
  const suffix = randomUUID();
  const files = {} as Record<FileCommand, string>;
  for (const [cmd, prefix] of Object.entries(PREFIXES) as [FileCommand, string][]) {
    files[cmd] = join(dir, prefix + suffix);
    writeFileSync(files[cmd], '');
  }
  return files;
}

export interface FileCommandResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  summary: string;
  /** Problems, as the runner reports them; `fails` marks those that fail the step. */
  problems: { message: string; fails: boolean }[];
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

/** Reads and removes one step's command files. */
export function processFileCommandFiles(files: Record<FileCommand, string>): FileCommandResults {
  const result: FileCommandResults = {
    outputs: {},
    env: {},
    path: parsePathFile(readText(files.path)),
    state: {},
    summary: '',
    problems: [],
  };
  const keyValue = (cmd: 'output' | 'env' | 'state', into: Record<string, string>) => {
    const { pairs, error } = parseKeyValueFile(readText(files[cmd]));
    for (const [name, value] of pairs) {
      if (cmd === 'env' && BLOCKED_ENV_NAMES.some((b) => b.toLowerCase() === name.toLowerCase())) {
        result.problems.push({
          message: `${name} cannot be set through GITHUB_ENV.`,
          fails: false,
        });
        continue;
      }
      into[name] = value;
    }
    if (error !== undefined) {
      result.problems.push({
        message: `Unable to process file command '${cmd}': ${error}`,
        fails: true,
      });
    }
  };
  // The runner's order: path, env, step summary, state, output.
  keyValue('env', result.env);
  let size = 0;
  try {
    size = statSync(files.step_summary).size;
  } catch {
    size = 0;
  }
  const tooBig = checkStepSummary(size);
  if (tooBig !== undefined) result.problems.push({ message: tooBig, fails: false });
  else if (size > 0) result.summary = readText(files.step_summary);

  keyValue('state', result.state);
  keyValue('output', result.outputs);

  for (const file of Object.values(files)) rmSync(file, { force: true });
  return result;
}
