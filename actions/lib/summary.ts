/** Small Markdown builders for step summaries and comments. */

/**
 * Makes a value safe as one table cell: line breaks (CR alone ends a line in CommonMark) become
 * spaces, `<` and `>` entities, and every pipe the cell splitter would see is escaped. GitHub's
 * splitter reads `\\` as one escaped character, so a pipe after an even run of backslashes is
 * a separator and gets escaped too. Already escaped text (`mdText`, `mdCode`) passes unchanged.
 */
export function escapeCell(value: string): string {
  const text = String(value).replace(/[\r\n\u2028\u2029]+/g, ' ');
  let out = '';
  let at = 0;
  // Code spans show `<` as it is (an entity would show as `&lt;`): leave them, pipes aside.
  for (const span of codeSpans(text)) {
    out += text.slice(at, span.start).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    out += text.slice(span.start, span.end);
    at = span.end;
  }
  out += text.slice(at).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return out.replace(/(\\*)\|/g, (all, slashes: string) =>
    slashes.length % 2 ? all : `${slashes}\\|`,
  );
}

/** Where CommonMark finds code spans: a run of backticks closed by a run of the same length. */
function codeSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open = /(?<![`\\])`+/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = new RegExp(`(?<!\`)\`{${m[0].length}}(?!\`)`, 'g');
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text);
    if (!end) continue;
    spans.push({ start: m.index, end: end.index + end[0].length });
    open.lastIndex = end.index + end[0].length;
  }
  return spans;
}

/**
 * Text from outside the action, made inert in Markdown: it cannot end a line or a table cell,
 * start a heading, link (bare URLs included), image, HTML, code or math (`$`), and cannot mention
 * (notify) anyone. A zero-width joiner after `@` (and in `://`, `www.`) keeps the text readable
 * without the mention or the link. See docs/decisions/untrusted-text.md.
 */
export function mdText(value: string): string {
  return (
    String(value)
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/[\\`*_~[\]!#|<>&$]/g, (c) =>
        c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
      )
      .replace(/@/g, '@\u200d')
      // GFM links bare URLs (`https://…`, `www.…`): a zero-width joiner keeps them text.
      .replace(/:\/\//g, ':\u200d//')
      .replace(/\b(www)\./gi, '$1\u200d.')
  );
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

/** Folds `body` in a `<details>` block under `summary` (written by the action, not escaped). */
export function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** One table row; each cell made cell-safe (`escapeCell`), escaped text kept as it is. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    tableRow(headers),
    `|${headers.map(() => ' --- ').join('|')}|`,
    ...rows.map(tableRow),
  ].join('\n');
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

// Numbers people read, one style everywhere: en-US digits with thousands separators
// (`1,500 jobs`), durations as CI people write them (`1m05s`, `1,234h05m`), units after a space.

/** Only for counts of 1e21 and more, which String() writes with an exponent. */
let huge: Intl.NumberFormat | undefined;

/**
 * `1,500`: a whole number with thousands separators, exactly what `Intl.NumberFormat('en-US',
 * { maximumFractionDigits: 0 })` writes (halves away from zero, `-0` for small negatives), written
 * by hand: creating the first Intl formatter starts ICU, about 12 ms at every start of every
 * action that loads this file (docs/decisions/bundle-format.md).
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const whole = Math.round(Math.abs(n));
  if (whole >= 1e21) {
    huge ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    return huge.format(n);
  }
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${String(whole).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** `1 job`, `1,500 jobs`: a count and its noun, plural unless it is one. */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : many}`;
}

/** `1m05s`, `42s`, `1h02m`, `1,234h05m` — how CI people read durations. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const sign = ms < 0 ? '-' : '';
  if (h) return `${sign}${formatCount(h)}h${String(m).padStart(2, '0')}m`;
  if (m) return `${sign}${m}m${String(s).padStart(2, '0')}s`;
  return `${sign}${s}s`;
}

/** `1.234 s`, `12,345 ops/sec`, `0.0012 ms`: at most four significant digits below 1,000. */
export function formatNumber(value: number, unit = ''): string {
  const abs = Math.abs(value);
  const text =
    abs >= 1000 || Number.isInteger(value)
      ? formatCount(Math.round(value))
      : String(Number(value.toPrecision(4)));
  return unit ? `${text} ${unit}` : text;
}

/** `$1,234.56`; under a dollar up to four decimals (`$0.008`, `$0.08`, `$0.056`). */
export function formatMoney(dollars: number): string {
  const small = Math.abs(dollars) < 1;
  const text = Math.abs(dollars).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: small ? 4 : 2,
  });
  return `${dollars < 0 ? '-' : ''}$${text}`;
}

/** Money in Markdown: GitHub reads a pair of `$` as math, so the sign is written as an entity. */
export function mdMoney(dollars: number): string {
  return formatMoney(dollars).replace('$', '&#36;');
}

/** `+12.5%`, `-3.0%`. */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit ? value.toFixed(1) : formatCount(value)} ${units[unit]}`;
}
