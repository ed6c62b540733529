import { describe, expect, it } from 'vitest';
import { parseMermaid } from '../../support/mermaid.ts';

describe('parseMermaid (test support)', () => {
  it('accepts a gantt chart and an xychart', async () => {
    await parseMermaid('gantt\n  title x\n  dateFormat x\n  section a\n    b :1, 2');
    await parseMermaid(
      'xychart-beta\n  title "t"\n  x-axis [a, b]\n  y-axis "s" 0 --> 10\n  line [1, 2]',
    );
  });

  it.each([
    ['a stray line in a gantt chart', 'gantt\n  dateFormat x\n  section a\n    b :1, 2\n  badline'],
    ['an unknown diagram', 'flurb'],
    [
      'a gantt task whose start is not a date',
      'gantt\n  dateFormat x\n  section a\n    b :active, xx, yy',
    ],
    ['an unclosed xychart axis', 'xychart-beta\n  x-axis [a, b\n  line [1, 2]'],
  ])('rejects %s', async (_, text) => {
    await expect(parseMermaid(text)).rejects.toThrow();
  });
});
