import { expect, test } from 'vitest';
import {
  clip,
  lintSummary,
  MAX_OUTPUT_BYTES,
  MAX_ROWS,
  MAX_TABLE_BYTES,
  shownRows,
  unservedOutput,
} from '../../../actions/check-runner/guard-report.ts';
import type { LintRow, Unserved } from '../../../actions/check-runner/lint/lint.ts';

const row = (i: number, verdict: LintRow['verdict']): LintRow => ({
  file: 'ci.yml',
  line: i,
  job: `j${i}`,
  labels: ['x'],
  verdict,
  detail: 'd',
});

test('rows shown: unserved first, then not checked, then served, while there is room; in file order', () => {
  const rows = [
    row(1, 'served'),
    row(2, 'unserved'),
    row(3, 'served'),
    row(4, 'not checked'),
    row(5, 'unserved'),
    row(6, 'not checked'),
  ];
  const pick = (max: number, bytes?: number) => {
    const { shown, hidden } = shownRows(rows, max, bytes);
    return { lines: shown.map((s) => s.row.line), hidden };
  };
  expect(pick(3)).toEqual({
    lines: [2, 4, 5],
    hidden: { unserved: 0, 'not checked': 1, served: 2 },
  });
  expect(pick(1)).toEqual({
    lines: [2],
    hidden: { unserved: 1, 'not checked': 2, served: 2 },
  });
  expect(pick(10)).toEqual({
    lines: [1, 2, 3, 4, 5, 6],
    hidden: { unserved: 0, 'not checked': 0, served: 0 },
  });
  // The byte budget holds too: room for two unserved rows and their line breaks.
  const text = shownRows([row(2, 'unserved')]).shown[0]?.text as string;
  expect(text).toBe('| `ci.yml`:2 | `j2` | `x` | ❌ unserved: d |');
  expect(pick(10, 2 * (Buffer.byteLength(text) + 1))).toEqual({
    lines: [2, 5],
    hidden: { unserved: 0, 'not checked': 2, served: 2 },
  });
});

test('5,000 unserved label sets: the summary stays far under 1 MiB and says what it left out', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => row(i, i % 10 ? 'unserved' : 'served'));
  const md = lintSummary({ files: 1, rows, unserved: [], problems: [] }, []);
  expect(Buffer.byteLength(md)).toBeLessThan(100_000);
  expect(md.match(/❌ unserved/g)).toHaveLength(MAX_ROWS);
  expect(md.split('\n').filter((l) => l.includes('more label set'))).toEqual([
    "4700 more label set(s) not shown (4200 unserved, 500 served); the step's `unserved-file` output names a file that lists every unserved one.",
  ]);
});

test('huge labels, job ids and many labels are clipped: rows stay small, the table under its byte cap', () => {
  const huge = 'L'.repeat(500_000);
  const rows = Array.from({ length: MAX_ROWS }, (_, i) => ({
    ...row(i, 'unserved' as const),
    job: huge,
    labels: [huge, ...Array.from({ length: 30 }, (_, j) => `l${j}`)],
    detail: huge,
    suggestion: [huge],
  }));
  const { shown } = shownRows(rows);
  const first = shown[0]?.text ?? '';
  expect(first).toContain(`\`${'L'.repeat(99)}…\``);
  expect(first).toContain('`l18` `… 11 more`');
  expect(first).not.toContain('`l19`');
  expect(Buffer.byteLength(first)).toBeLessThan(2000);
  const md = lintSummary({ files: 1, rows, unserved: [], problems: [] }, []);
  expect(Buffer.byteLength(md)).toBeLessThan(MAX_TABLE_BYTES + 10_000);
});

test('clip keeps whole characters', () => {
  expect(clip('abcdef', 4)).toBe('abc…');
  expect(clip('abc', 3)).toBe('abc');
  expect(clip('ab😀cd', 4)).toBe('ab…');
});

test('the unserved output: the first entries that fit, and how many did not', () => {
  const entry = (i: number): Unserved => ({
    file: 'ci.yml',
    line: i,
    job: `j${i}`,
    labels: ['x'],
    suggestion: null,
  });
  const one = JSON.stringify(entry(1));
  const all = [entry(1), entry(2), entry(3)];
  expect(unservedOutput(all)).toEqual({
    json: JSON.stringify(all),
    kept: 3,
    left: 0,
    maxBytes: MAX_OUTPUT_BYTES,
  });
  const two = 2 + 2 * one.length + 1;
  expect(unservedOutput(all, two)).toMatchObject({ kept: 2, left: 1 });
  expect(unservedOutput(all, two - 1)).toMatchObject({ kept: 1, left: 2 });
  expect(JSON.parse(unservedOutput(all, two).json)).toEqual([entry(1), entry(2)]);
  const many = Array.from({ length: 50_000 }, (_, i) => entry(i));
  const out = unservedOutput(many);
  expect(Buffer.byteLength(out.json)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
  expect(out.kept + out.left).toBe(50_000);
  expect(JSON.parse(out.json)).toEqual(many.slice(0, out.kept));
  expect(unservedOutput([{ ...entry(1), labels: ['x'.repeat(MAX_OUTPUT_BYTES)] }])).toEqual({
    json: '[]',
    kept: 0,
    left: 1,
    maxBytes: MAX_OUTPUT_BYTES,
  });
});

test('hostile cells: pipes, newlines, mentions and links are escaped', () => {
  const md = lintSummary(
    {
      files: 1,
      rows: [
        { ...row(1, 'unserved'), job: 'a|b\n@team', labels: ['x`|y'], detail: '[x](http://e) <b>' },
      ],
      unserved: [],
      problems: [{ file: 'f|\n.yml', line: 2, message: '@here <img>' }],
    },
    ['note @org/team'],
  );
  const table = md.split('\n').filter((l) => l.startsWith('| '));
  for (const line of table) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  // Outside code spans, no mention is live.
  expect(md.replace(/`[^`]*`/g, '')).not.toMatch(/@(team|here|org)/);
  expect(md).not.toContain('<b>');
  expect(md).not.toMatch(/[^\\]\]\(http/);
});
