/**
 * Workflow commands an action prints on stdout/stderr (`::name key=value,…::data`, plus the legacy
 * `##[name key=value;…]data` form), processed line by line as the GitHub runner does, and the
 * runner's secret masking (`***`).
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice' | 'debug';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  /** Command properties, unescaped (`file`, `line`, `endLine`, `col`, `endColumn`, `title`, …). */
  properties: Record<string, string>;
  /** `action`: printed by the action; `runner`: raised by the (local) runner itself. */
  source: 'action' | 'runner';
}

export interface LogGroup {
  title: string;
  lines: string[];
}

export interface WorkflowCommand {
  /** Lower-cased command name. */
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** Commands the runner recognises; anything else is plain output. */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'add-mask',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
]);

type Mapping = readonly (readonly [token: string, escaped: string])[];

// Order matters: `%25` is decoded last so `%250A` stays the literal text `%0A`.
const DATA_ESCAPES: Mapping = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_ESCAPES: Mapping = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY_ESCAPES: Mapping = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescapeWith(text: string, mapping: Mapping): string {
  let out = text;
  for (const [token, escaped] of mapping) out = out.split(escaped).join(token);
  return out;
}

function escapeWith(text: string, mapping: Mapping): string {
  let out = text;
  for (const [token, escaped] of [...mapping].reverse()) out = out.split(token).join(escaped);
  return out;
}

export const unescapeData = (text: string): string => unescapeWith(text, DATA_ESCAPES);
export const unescapeProperty = (text: string): string => unescapeWith(text, PROPERTY_ESCAPES);
/** Escapes a command's data as @actions/core does (`%`, CR, LF). */
export const escapeData = (text: string): string => escapeWith(text, DATA_ESCAPES);
/** Escapes a property value as @actions/core does (`%`, CR, LF, `:`, `,`). */
export const escapeProperty = (text: string): string => escapeWith(text, PROPERTY_ESCAPES);

function setProperty(props: Record<string, string>, key: string, value: string): void {
  // Property names are case-insensitive; the first spelling wins, the last value wins.
  const existing = Object.keys(props).find((k) => k.toLowerCase() === key.toLowerCase());
  props[existing ?? key] = value;
}

function parseProperties(text: string, separator: string, decode: (s: string) => string) {
  const props: Record<string, string> = {};
  for (const part of text.split(separator)) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    // A pair needs a non-empty name and a non-empty value (`a=` and `=b` are dropped).
    if (eq <= 0 || eq === part.length - 1) continue;
    setProperty(props, part.slice(0, eq), decode(part.slice(eq + 1)));
  }
  return props;
}

/**
 * Parses one output line as a workflow command. `registered` holds the lower-cased names currently
 * recognised (the known commands, plus the resume token while commands are stopped).
 */
export function parseCommand(
  line: string,
  registered: ReadonlySet<string> = KNOWN_COMMANDS,
): WorkflowCommand | undefined {
  return parseCurrent(line, registered) ?? parseLegacy(line, registered);
}

function parseCurrent(line: string, registered: ReadonlySet<string>) {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties =
    space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', unescapeProperty) : {};
  return { command: name.toLowerCase(), properties, data: unescapeData(text.slice(end + 2)) };
}

function parseLegacy(line: string, registered: ReadonlySet<string>) {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const decode = (s: string) => unescapeWith(s, LEGACY_ESCAPES);
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', decode) : {};
  return { command: name.toLowerCase(), properties, data: decode(line.slice(close + 1)) };
}

const JSON_ESCAPE = (v: string) => JSON.stringify(v).slice(1, -1);
// .NET's Uri.EscapeDataString (RFC 3986) also escapes !'()*.
const URI_ESCAPE = (v: string) =>
  encodeURIComponent(v).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const XML_ESCAPE = (v: string) =>
  v.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
const base64Shift = (shift: number) => (v: string) => {
  const bytes = Buffer.from(v, 'utf8');
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
};
const TRIM_QUOTES = (v: string) =>
  v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : '';

/** The value encoders the runner registers: a secret is also hidden in these spellings. */
const ENCODERS: readonly ((v: string) => string)[] = [
  base64Shift(0),
  base64Shift(1),
  base64Shift(2),
  JSON_ESCAPE,
  URI_ESCAPE,
  XML_ESCAPE,
  TRIM_QUOTES,
];

/** Replaces registered secrets (and their encoded forms) with `***`, merging overlapping hits. */
export class SecretMasker {
  readonly values: string[] = [];
  private readonly patterns = new Set<string>();

  add(value: string): void {
    if (value === '' || this.values.includes(value)) return;
    this.values.push(value);
    for (const v of [value, ...ENCODERS.map((encode) => encode(value))]) {
      if (v !== '') this.patterns.add(v);
    }
  }

  mask(text: string): string {
    if (this.patterns.size === 0) return text;
    const hits: [number, number][] = [];
    for (const p of this.patterns) {
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1))
        hits.push([i, i + p.length]);
    }
    if (hits.length === 0) return text;
    hits.sort((a, b) => a[0] - b[0]);
    let out = '';
    let pos = 0;
    let [start, end] = hits[0] as [number, number];
    for (const [s, e] of hits.slice(1)) {
      if (s <= end) {
        end = Math.max(end, e);
        continue;
      }
      out += `${text.slice(pos, start)}***`;
      pos = end;
      [start, end] = [s, e];
    }
    return `${out}${text.slice(pos, start)}***${text.slice(end)}`;
  }
}

/**
 * What one step printed, as the runner sees it: commands taken out and applied, everything else
 * kept as log lines. stdout and stderr each feed their own line buffer but share the state.
 */
export class CommandProcessor {
  readonly annotations: Annotation[] = [];
  /** Masks added by this step (`::add-mask::`). */
  readonly masks: string[] = [];
  readonly groups: LogGroup[] = [];
  /** From the deprecated `::set-output name=…::` / `::save-state name=…::` commands. */
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  readonly logLines: string[] = [];
  readonly maskedLines: string[] = [];
  /** Set when a command could not be processed: the runner fails the step. */
  failed = false;

  private readonly masker: SecretMasker;
  private readonly registered = new Set(KNOWN_COMMANDS);
  private stopToken: string | undefined;
  private openGroup: LogGroup | undefined;

  constructor(masker: SecretMasker) {
    this.masker = masker;
  }

  runnerAnnotation(level: AnnotationLevel, message: string): void {
    this.annotations.push({ level, message, properties: {}, source: 'runner' });
  }

  processLine(line: string): void {
    const cmd = parseCommand(line, this.registered);
    // Every line reaches the log except a processed ::add-mask::.
    if (cmd === undefined || this.apply(cmd, line)) this.output(line);
  }

  /** Applies a command; returns whether its line stays in the log. */
  private apply(cmd: WorkflowCommand, line: string): boolean {
    if (this.stopToken !== undefined) {
      if (cmd.command === this.stopToken) {
        this.registered.delete(this.stopToken);
        this.stopToken = undefined;
      }
      return true;
    }
    switch (cmd.command) {
      case 'error':
      case 'warning':
      case 'notice':
      case 'debug':
        this.annotations.push({
          level: cmd.command,
          message: cmd.data,
          properties: cmd.command === 'debug' ? {} : cmd.properties,
          source: 'action',
        });
        return true;
      case 'add-mask':
        if (cmd.data.trim() === '') {
          this.runnerAnnotation('warning', 'add-mask was given an empty value; nothing masked.');
        } else {
          // The runner masks the value and, apart, each of its lines (trimmed, empty ones
          // skipped): a multi-line secret is hidden line by line in the log too.
          const parts = cmd.data
            .split(/[\r\n]/)
            .map((l) => l.trim())
            .filter((l) => l !== '');
          for (const value of [cmd.data, ...parts]) {
            this.masker.add(value);
            if (!this.masks.includes(value)) this.masks.push(value);
          }
        }
        return false;
      case 'stop-commands':
        // The runner refuses a token that is empty, a command name (it could never resume) or
        // `pause-logging`; a token longer than 6 characters is also masked in the log.
        if (
          cmd.data === '' ||
          this.registered.has(cmd.data.toLowerCase()) ||
          cmd.data.toLowerCase() === 'pause-logging'
        ) {
          this.fail(line, 'the stop-commands token must be a unique, non-empty string.');
        } else {
          this.stopToken = cmd.data.toLowerCase();
          this.registered.add(this.stopToken);
          if (cmd.data.length > 6) this.masker.add(cmd.data);
        }
        return true;
      case 'group':
        this.openGroup = { title: cmd.data, lines: [] };
        this.groups.push(this.openGroup);
        return true;
      case 'endgroup':
        this.openGroup = undefined;
        return true;
      case 'set-output':
      case 'save-state': {
        const name = Object.entries(cmd.properties).find(([k]) => k.toLowerCase() === 'name')?.[1];
        if (name === undefined || name === '') {
          this.fail(line, `${cmd.command} needs a 'name' property.`);
        } else {
          (cmd.command === 'set-output' ? this.outputs : this.state)[name] = cmd.data;
          const file = cmd.command === 'set-output' ? 'GITHUB_OUTPUT' : 'GITHUB_STATE';
          this.runnerAnnotation(
            'warning',
            `The '${cmd.command}' command is deprecated; write to the ${file} file instead.`,
          );
        }
        return true;
      }
      case 'set-env':
      case 'add-path':
        this.fail(line, `the '${cmd.command}' command is disabled; use the environment files.`);
        return true;
      default:
        // echo, add-matcher, remove-matcher: accepted, no effect on the result.
        return true;
    }
  }

  private fail(line: string, reason: string): void {
    this.runnerAnnotation('error', `Could not process command '${line.trim()}': ${reason}`);
    this.failed = true;
  }

  private output(line: string): void {
    this.logLines.push(line);
    this.maskedLines.push(this.masker.mask(line));
    this.openGroup?.lines.push(line);
  }
}

/** Splits a stream into lines on CR, LF or CRLF (a CR at a chunk's end waits for the next chunk). */
export class LineSplitter {
  private buffer = '';
  private readonly onLine: (line: string) => void;

  constructor(onLine: (line: string) => void) {
    this.onLine = onLine;
  }

  push(chunk: string): void {
    this.buffer += chunk;
    const re = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = re.exec(this.buffer); m !== null; m = re.exec(this.buffer)) {
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break;
      this.onLine(this.buffer.slice(start, m.index));
      start = m.index + m[0].length;
    }
    this.buffer = this.buffer.slice(start);
  }

  end(): void {
    if (this.buffer.endsWith('\r')) this.buffer = this.buffer.slice(0, -1);
    else if (this.buffer === '') return;
    this.onLine(this.buffer);
    this.buffer = '';
  }
}
