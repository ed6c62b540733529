/**
 * The runner's `.env`, edited as text: pure.
 *
 * How the runner reads it (Runner.Listener, at start): every line break (`\n`, `\r\n`, `\r`) ends a
 * line; a line holding `=` after at least one character sets the variable named by everything
 * before the first `=` (spaces and `#` included: there are no comments, no quotes, no trimming) to
 * everything after it; the last line for a name wins; other lines are ignored; a UTF-8 byte order
 * mark at the start is skipped.
 *
 * The editor touches only the lines of the names it manages, and only the line that counts (the
 * last one for the name). A name already set is changed in place; a new one is appended at the end.
 * What it changed is recorded (the line before and the line written), so that installing again
 * keeps the first original, and uninstalling puts every byte back. See
 * docs/decisions/runner-hooks-env.md.
 */

export interface Line {
  content: string;
  /** `\n`, `\r\n`, `\r`, or `` for a last line without a break. */
  end: string;
}

export interface EnvRecord {
  name: string;
  /** The line that counted before the install, or null when the name was not set. */
  original: string | null;
  /** The line the install wrote. */
  written: string;
}

export interface EnvState {
  records: EnvRecord[];
  /** The file ended without a line break and the install added one before its lines. */
  addedBreak: boolean;
}

/** A managed name and its value, from the value that counted before the install (if any). */
export interface Wanted {
  name: string;
  value: (before: string | undefined) => string;
  /**
   * Whether a value found in `.env` (not written by an earlier install) was set by hand: then it
   * is kept unless forced. Absent: the install always sets the name (the hook paths).
   */
  handSet?: (before: string) => boolean;
}

export type Change =
  | { kind: 'add'; name: string; value: string }
  | { kind: 'replace'; name: string; from: string; value: string }
  | { kind: 'same'; name: string; value: string }
  | { kind: 'remove'; name: string; value: string }
  | { kind: 'restore'; name: string; from: string; value: string }
  /** Set by hand before the install: kept (`--force` replaces it). */
  | { kind: 'kept'; name: string; value: string; wanted: string }
  /** The line was changed (or removed) by someone since the install: left as it is. */
  | { kind: 'left'; name: string; why: string };

export interface Edit {
  text: string;
  state: EnvState;
  changes: Change[];
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ content: text.slice(at, m.index), end: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) lines.push({ content: text.slice(at), end: '' });
  return lines;
}

export function joinLines(lines: readonly Line[]): string {
  return lines.map((l) => l.content + l.end).join('');
}

/** The variable a line sets, as the runner reads it, or undefined. */
export function nameOf(content: string): string | undefined {
  const eq = content.indexOf('=');
  return eq > 0 ? content.slice(0, eq) : undefined;
}

export function lineValue(content: string): string {
  return content.slice(content.indexOf('=') + 1);
}

/** A UTF-8 byte order mark (as text, or as bytes read as latin1): the runner skips it. */
function byteOrderMark(text: string): [bom: string, rest: string] {
  const bom = /^(\uFEFF|\xEF\xBB\xBF)/.exec(text)?.[0] ?? '';
  return [bom, text.slice(bom.length)];
}

/** What the runner would set from `text`. */
export function readEnv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { content } of splitLines(byteOrderMark(text)[1])) {
    const name = nameOf(content);
    if (name !== undefined) out.set(name, lineValue(content));
  }
  return out;
}

function lastIndex(lines: readonly Line[], name: string): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (nameOf((lines[i] as Line).content) === name) return i;
  }
  return -1;
}

/** The line break the file uses already (its first), else `\n`. */
function lineBreak(lines: readonly Line[]): string {
  return lines.find((l) => l.end)?.end ?? '\n';
}

/** Puts one record's original back, when its line is still the one written. */
function undo(lines: Line[], record: EnvRecord, changes: Change[]): void {
  const i = lastIndex(lines, record.name);
  const line = lines[i];
  if (!line) {
    changes.push({ kind: 'left', name: record.name, why: 'its line was removed since' });
    return;
  }
  if (line.content !== record.written) {
    changes.push({ kind: 'left', name: record.name, why: 'its line was changed since' });
    return;
  }
  if (record.original === null) {
    lines.splice(i, 1);
    changes.push({ kind: 'remove', name: record.name, value: lineValue(record.written) });
  } else {
    line.content = record.original;
    changes.push({
      kind: 'restore',
      name: record.name,
      from: lineValue(record.written),
      value: lineValue(record.original),
    });
  }
}

function dropAddedBreak(lines: Line[], state: EnvState): void {
  const last = lines[lines.length - 1];
  if (state.addedBreak && last?.end) last.end = '';
}

/**
 * Sets the wanted names. `prior` is the state of an earlier install: its originals are kept (for
 * lines still as written), and names it managed that are no longer wanted are put back.
 */
export function installEnv(
  whole: string,
  wanted: readonly Wanted[],
  prior?: EnvState,
  force = false,
): Edit {
  const [bom, text] = byteOrderMark(whole);
  const lines = splitLines(text);
  const changes: Change[] = [];
  const names = new Set(wanted.map((w) => w.name));
  let addedBreak = prior?.addedBreak ?? false;
  for (const record of [...(prior?.records ?? [])].reverse()) {
    if (!names.has(record.name)) undo(lines, record, changes);
  }
  if (prior && !prior.records.some((r) => names.has(r.name))) {
    dropAddedBreak(lines, prior);
    addedBreak = false;
  }

  const records: EnvRecord[] = [];
  for (const want of wanted) {
    const before = prior?.records.find((r) => r.name === want.name);
    const i = lastIndex(lines, want.name);
    const line = lines[i];
    if (line) {
      const ours = before !== undefined && line.content === before.written;
      if (!ours && !force && want.handSet?.(lineValue(line.content))) {
        const value = lineValue(line.content);
        changes.push({ kind: 'kept', name: want.name, value, wanted: want.value(value) });
        continue;
      }
      const original = ours ? before.original : line.content;
      const written = `${want.name}=${want.value(original === null ? undefined : lineValue(original))}`;
      records.push({ name: want.name, original, written });
      changes.push(
        line.content === written
          ? { kind: 'same', name: want.name, value: lineValue(written) }
          : {
              kind: 'replace',
              name: want.name,
              from: lineValue(line.content),
              value: lineValue(written),
            },
      );
      line.content = written;
      continue;
    }
    const written = `${want.name}=${want.value(undefined)}`;
    const last = lines[lines.length - 1];
    const eol = lineBreak(lines);
    if (last && !last.end) {
      last.end = eol;
      addedBreak = true;
    }
    lines.push({ content: written, end: eol });
    records.push({ name: want.name, original: null, written });
    changes.push({ kind: 'add', name: want.name, value: lineValue(written) });
  }
  return { text: bom + joinLines(lines), state: { records, addedBreak }, changes };
}

/** Puts back what an install changed: originals restored, added lines removed. */
export function uninstallEnv(whole: string, state: EnvState): Edit {
  const [bom, text] = byteOrderMark(whole);
  const lines = splitLines(text);
  const changes: Change[] = [];
  for (const record of [...state.records].reverse()) undo(lines, record, changes);
  dropAddedBreak(lines, state);
  return { text: bom + joinLines(lines), state: { records: [], addedBreak: false }, changes };
}
