/** Small Markdown builders for step summaries and comments. */

/**
 * Makes a value safe as one table cell: line breaks (CR alone ends a line in CommonMark) become
 * spaces, `<` and `>` entities, and every pipe the cell splitter would see is escaped. GitHub's
 * splitter reads `\\` as one escaped character, so a pipe after an even run of backslashes is
 * a separator and gets escaped too. Already escaped text (`mdText`, `mdCode`) passes unchanged.
 */
export function escapeCell(value: string): string {
  return String(value)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(\\*)\|/g, (all, slashes: string) => (slashes.length % 2 ? all : `${slashes}\\|`));
}

/**
 * Text from outside the action, made inert in Markdown: it cannot end a line or a table cell,
 * start a heading, link, image, HTML or code, and cannot mention (notify) anyone. A zero-width
 * joiner after `@` keeps `@user` readable without the mention. See docs/decisions/untrusted-text.md.
 */
export function mdText(value: string): string {
  return String(value)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_~[\]!#|<>&]/g, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
    )
    .replace(/@/g, '@\u200d');
}

/**
 * Text from outside the action as one inline code span: a fence longer than any run of backticks
 * inside, line breaks as spaces. In a table, `table()` escapes its pipes.
 */
export function mdCode(value: string): string {
  const text = String(value).replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A code span that holds any text (see `mdCode`). */
export const code = mdCode;

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}`;
}

/** Joins non-empty Markdown blocks with blank lines. */
export function blocks(...parts: (string | false | undefined | null)[]): string {
  return `${parts.filter((p): p is string => Boolean(p)).join('\n\n')}\n`;
}

/** `1m05s`, `42s`, `1h02m` — how CI people read durations. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const sign = ms < 0 ? '-' : '';
  if (h) return `${sign}${h}h${String(m).padStart(2, '0')}m`;
  if (m) return `${sign}${m}m${String(s).padStart(2, '0')}s`;
  return `${sign}${s}s`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}
