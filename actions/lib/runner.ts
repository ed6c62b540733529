/**
 * The runner's protocol, written directly: inputs, file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout.
 *
 * @actions/core does the same, but it loads an HTTP client (undici, about 1 MB) at start-up that
 * these actions never use; start-up is most of a decision step's cost. Held to @actions/core by a
 * conformance test: see docs/decisions/runner-protocol.md.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { delimiter } from 'node:path';
import { randomId } from './random-id.ts';

export type Env = Record<string, string | undefined>;

/** The runner's naming rule: spaces become underscores, the name is upper-cased. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function getInput(name: string, env: Env = process.env): string {
  return (env[inputVariable(name)] ?? '').trim();
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationProperties = {
  title?: string;
  file?: string;
  line?: number;
};

/** Prints a workflow command such as `::warning title=x::message`. */
export function command(name: string, message: string, properties: AnnotationProperties = {}) {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

export const info = (message: string) => process.stdout.write(`${message}${EOL}`);

/**
 * Text from outside the action (file, runner, job and step names, API messages), made safe to
 * print inside a log line: it cannot end the line, cannot start a `::command::` where it stands
 * first on a line, and cannot hold a legacy `##[command]`, which the runner finds anywhere in a line.
 * See docs/decisions/untrusted-text.md.
 */
export function oneLine(text: string): string {
  return String(text)
    .replace(/\\/g, '\\\\')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/##\[/g, '##\\[')
    .replace(/^(\s*):/, '$1\\:');
}

/**
 * Prints text from outside the action that spans lines (a tool's output, say) with workflow
 * commands stopped around it, under a token nobody can guess.
 */
export function untrustedBlock(text: string) {
  const token = `stop-${randomId()}`;
  process.stdout.write(
    `::stop-commands::${token}${EOL}${text}${text.endsWith('\n') ? '' : EOL}::${token}::${EOL}`,
  );
}
export const debug = (message: string) => command('debug', message);
export const notice = (message: string, p?: AnnotationProperties) => command('notice', message, p);
export const warning = (message: string, p?: AnnotationProperties) =>
  command('warning', message, p);
export const error = (message: string, p?: AnnotationProperties) => command('error', message, p);

/** Registers a secret with the runner so it is masked in the log. */
export function setSecret(value: string) {
  if (value) command('add-mask', value);
}

export function startGroup(title: string) {
  process.stdout.write(`::group::${escapeData(title)}${EOL}`);
}
export function endGroup() {
  process.stdout.write(`::endgroup::${EOL}`);
}

/** `name<<delimiter` form, so values may span lines. */
function keyValue(name: string, value: string): string {
  const marker = `ghadelimiter_${randomId()}`;
  if (name.includes(marker) || value.includes(marker)) {
    throw new Error(`Unexpected delimiter in the value of '${name}'.`);
  }
  return `${name}<<${marker}${EOL}${value}${EOL}${marker}${EOL}`;
}

function fileCommand(variable: string, text: string): boolean {
  const path = process.env[variable];
  if (!path) return false;
  appendFileSync(path, text, 'utf8');
  return true;
}

export function setOutput(name: string, value: string | number | boolean) {
  const text = String(value);
  if (!fileCommand('GITHUB_OUTPUT', keyValue(name, text))) {
    command(`set-output name=${escapeProperty(name)}`, text);
  }
}

/** Exports a variable to later steps, and to this process. */
export function exportVariable(name: string, value: string) {
  process.env[name] = value;
  if (!fileCommand('GITHUB_ENV', keyValue(name, value))) {
    throw new Error('GITHUB_ENV is not set: this runner is too old for environment files.');
  }
}

/** Prepends a folder to PATH for later steps, and for this process. */
export function addPath(folder: string) {
  process.env.PATH = `${folder}${delimiter}${process.env.PATH ?? ''}`;
  if (!fileCommand('GITHUB_PATH', `${folder}${EOL}`)) {
    throw new Error('GITHUB_PATH is not set: this runner is too old for environment files.');
  }
}

export function saveState(name: string, value: string) {
  if (!fileCommand('GITHUB_STATE', keyValue(name, value))) {
    command(`save-state name=${escapeProperty(name)}`, value);
  }
}

export function getState(name: string, env: Env = process.env): string {
  return env[`STATE_${name}`] ?? '';
}

/** Appends Markdown to the job's step summary (no-op outside a runner). */
export function appendSummary(markdown: string) {
  fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
