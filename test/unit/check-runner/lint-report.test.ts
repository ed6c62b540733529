import { expect, test } from 'vitest';
import { lintSummary, shownRows } from '../../../actions/check-runner/guard-report.ts';
import type { LintRow } from '../../../actions/check-runner/lint/lint.ts';

const row = (i: number, verdict: LintRow['verdict']): LintRow => ({
  file: 'ci.yml',
  line: i,
  job: `j${i}`,
  labels: ['x'],
  verdict,
  detail: 'd',
});

test('unserved and not-checked rows are always shown; served ones while there is room', () => {
  const rows = [
    row(1, 'served'),
    row(2, 'unserved'),
    row(3, 'served'),
    row(4, 'not checked'),
    row(5, 'served'),
  ];
  const { shown, hidden } = shownRows(rows, 3);
  expect(shown.map((r) => r.line)).toEqual([1, 2, 4]);
  expect(hidden).toBe(2);
});

test('the summary of a big lint stays small and says what it left out', () => {
  const rows = Array.from({ length: 5000 }, (_, i) =>
    row(i, i % 1000 === 0 ? 'unserved' : 'served'),
  );
  const md = lintSummary({ files: 1, rows, unserved: [], problems: [] }, []);
  expect(md.length).toBeLessThan(100_000);
  expect(md).toContain('4700 more served label set(s) not shown.');
  expect(md.match(/❌ unserved/g)).toHaveLength(5);
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
