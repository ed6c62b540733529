/** The shared number style of every summary (issue 11): separators, units, one way each. */
import { describe, expect, test } from 'vitest';
import {
  folded,
  formatBytes,
  formatCount,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  plural,
  table,
} from '../../../actions/lib/summary.ts';

describe('formatters', () => {
  test.each([
    [formatCount(0), '0'],
    [formatCount(1500), '1,500'],
    [formatCount(1234567), '1,234,567'],
    [plural(1, 'job'), '1 job'],
    [plural(1500, 'job'), '1,500 jobs'],
    [plural(2, 'entry', 'entries'), '2 entries'],
    [formatDuration(42_000), '42s'],
    [formatDuration(65_000), '1m05s'],
    [formatDuration(3_720_000), '1h02m'],
    [formatDuration(412_860_000), '114h41m'],
    [formatDuration(4_442_700_000), '1,234h05m'],
    [formatDuration(-65_000), '-1m05s'],
    [formatNumber(2.3456, 's'), '2.346 s'],
    [formatNumber(1830, 'ms'), '1,830 ms'],
    [formatNumber(120000, 'ops/sec'), '120,000 ops/sec'],
    [formatNumber(87), '87'],
    [formatMoney(93.88), '$93.88'],
    [formatMoney(1234.5), '$1,234.50'],
    [formatMoney(0.056), '$0.056'],
    [formatMoney(0.008), '$0.008'],
    [formatMoney(0.08), '$0.08'],
    [formatPercent(0.125), '+12.5%'],
    [formatPercent(-0.03), '-3.0%'],
    [formatBytes(512), '512 B'],
    [formatBytes(1536), '1.5 KiB'],
  ])('%s', (got, want) => {
    expect(got).toBe(want);
  });
});

describe('Markdown blocks', () => {
  test('table keeps escaped cells as they are', () => {
    expect(table(['a', 'b'], [['\\|', '`x`']])).toBe('| a | b |\n| --- | --- |\n| \\| | `x` |');
  });
  test('folded wraps a block in details', () => {
    expect(folded('3 jobs', 'body')).toBe(
      '<details><summary>3 jobs</summary>\n\nbody\n\n</details>',
    );
  });
});
