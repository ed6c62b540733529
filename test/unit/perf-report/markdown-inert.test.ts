/** Any job, step or runner name leaves the rendered Markdown's structure alone (property). */
import fc from 'fast-check';
import { marked } from 'marked';
import { expect, test } from 'vitest';
import type { ApiJob } from '../../../actions/perf-report/jobs.ts';
import { renderMarkdown } from '../../../actions/perf-report/markdown.ts';
import { comparisonRun, HOSTILE_NAMES } from '../../support/comparison-run.ts';
import { reportOf } from './helpers.ts';

const name = fc.oneof(
  fc.constantFrom(...HOSTILE_NAMES),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.stringMatching(/^[|<>@\r\n`[\]!#$:/w.]{1,12}$/),
);

test('tables keep their cells; no link, image, HTML or mention comes from a name', () => {
  fc.assert(
    fc.property(name, name, name, (job, step, label) => {
      const jobs = comparisonRun({ job }).map((j) => ({
        ...j,
        labels: j.labels.length > 1 ? [...j.labels, label] : j.labels,
        steps: j.steps?.map((s, i) => (i === 2 ? { ...s, name: step } : s)),
      })) as ApiJob[];
      const md = renderMarkdown({ report: reportOf(jobs) });
      expect(md).not.toMatch(/\r|\u2028|\u2029/);
      expect(md).not.toMatch(/@(?!\u200d)/);
      const html = marked.parse(md, { async: false, gfm: true }) as string;
      expect(html).not.toMatch(/<(a|img|script|h[1256]|iframe|svg|br)\b/i);
      for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const header = (table.match(/<th\b/g) ?? []).length;
        for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g)?.slice(1) ?? []) {
          expect((row.match(/<td\b/g) ?? []).length).toBe(header);
        }
      }
    }),
    { numRuns: 150 },
  );
});
