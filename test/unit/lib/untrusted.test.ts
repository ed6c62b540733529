import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { oneLine } from '../../../actions/lib/runner.ts';
import { escapeCell, mdCode, mdText, table } from '../../../actions/lib/summary.ts';

/** How the runner reads a line: a v2 command starts the trimmed line, a legacy one is anywhere. */
const startsCommand = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '\n::error::forged',
    '\r::set-output name=runs-on::["evil"]',
    '::add-mask::x',
    '  ::warning::x',
    'a ##[set-output name=x;]y',
    'x\r\n##[error]y',
    '\\n::error::x',
  ),
  fc
    .array(fc.constantFrom('\r', '\n', ':', '#', '[', ' ', '\\', 'a'), { maxLength: 12 })
    .map((a) => a.join('')),
);

describe('oneLine', () => {
  test('no line it contributes can start a workflow command', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('', 'Removed ', '  '), (text, prefix) => {
        const lines = `${prefix}${oneLine(text)}`.split(/\r\n|\r|\n/);
        expect(lines).toHaveLength(1);
        expect(startsCommand(lines[0] ?? '')).toBe(false);
      }),
    );
  });
  test('plain text is unchanged', () => {
    expect(oneLine('/tmp/pnpm-abc/node_modules')).toBe('/tmp/pnpm-abc/node_modules');
    expect(oneLine('a\nb')).toBe('a\\nb');
  });
  test('escaping is reversible, so distinct names stay distinct', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        if (a !== b) expect(oneLine(a)).not.toBe(oneLine(b));
      }),
    );
  });
});

describe('mdText', () => {
  test('cannot end a line, break a cell, open markup or mention anyone', () => {
    fc.assert(
      fc.property(
        hostile,
        fc.constantFrom('@everyone', '@org/team', '<img src=x>', '[x](y)', '![i](u)', '`'),
        (a, b) => {
          const out = mdText(`${a}${b}${a}`);
          expect(out).not.toMatch(/[\r\n\u2028\u2029<>]/);
          expect(out).not.toMatch(/(^|[^\\])[|[\]!`]/);
          expect(out).not.toMatch(/@(?!\u200d)/);
        },
      ),
    );
  });
  test('names stay readable', () => {
    expect(mdText('build (M4) @alice')).toBe('build (M4) @\u200dalice');
  });
});

describe('mdCode', () => {
  test('one code span whatever the backticks, no line break', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = mdCode(`${text}\`|`);
        expect(out).not.toMatch(/[\r\n]/);
        const fence = out.match(/^`+/)?.[0] ?? '';
        expect(out.endsWith(fence)).toBe(true);
        expect(out.slice(fence.length, -fence.length)).not.toContain(fence);
      }),
    );
  });
});

/** The cells GitHub's table splitter sees: `\\.` is one escaped character, `|` splits. */
function cells(row: string): string[] {
  return (row.match(/(?:\\.|[^|\\])+|(?<=\|)(?=\|)/g) ?? []).map((c) => c.trim());
}

describe('table', () => {
  test('one row per row and one cell per column, whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostile, fc.constantFrom('a\\|b', '\\\\|', 'x\\', '|', '\r|\r')), {
          minLength: 3,
          maxLength: 3,
        }),
        (row) => {
          const lines = table(['a', 'b', 'c'], [row, row.map(mdText), row.map(mdCode)]).split(
            /\r\n|\r|\n/,
          );
          expect(lines).toHaveLength(5);
          for (const line of lines.slice(2)) expect(cells(line.slice(1, -1))).toHaveLength(3);
        },
      ),
    );
  });
  test('escaped text passes unchanged', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(escapeCell(mdText(text))).toBe(mdText(text));
      }),
    );
  });
});

describe('escapeCell and code spans', () => {
  test.each([
    ['`a<b>|c`', '`a<b>\\|c`'],
    ['<b> `<i>` <u>', '&lt;b&gt; `<i>` &lt;u&gt;'],
    ['`` a ` <b> ``', '`` a ` <b> ``'],
    ['unclosed ` <b>', 'unclosed ` &lt;b&gt;'],
  ])('%j → %j (code spans show < as written; pipes always escaped)', (cell, expected) => {
    expect(escapeCell(cell)).toBe(expected);
  });
});
