// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseWorkflow } from '../../../actions/check-runner/lint/parse.ts';

const wf = (...lines: string[]) => ['on: push', 'jobs:', ...lines].join('\n');

describe('parseWorkflow', () => {
  test.each([
    ['a string', wf('  a:', '    runs-on: ubuntu-latest'), { labels: ['ubuntu-latest'] }],
    [
      'a flow list',
      wf('  a:', '    runs-on: [self-hosted, Linux]'),
      { labels: ['self-hosted', 'Linux'] },
    ],
    [
      'a block list',
      wf('  a:', '    runs-on:', '      - self-hosted', '      - macOS'),
      { labels: ['self-hosted', 'macOS'] },
    ],
    [
      '{group, labels}',
      wf('  a:', '    runs-on:', '      group: big', '      labels: [linux-16]'),
      { group: 'big', labels: ['linux-16'] },
    ],
    ['{group} alone', wf('  a:', '    runs-on: { group: big }'), { group: 'big', labels: [] }],
    [
      'group with one label as a string',
      wf('  a:', '    runs-on: { group: big, labels: gpu }'),
      { group: 'big', labels: ['gpu'] },
    ],
    ['a number label', wf('  a:', '    runs-on: 42'), { labels: ['42'] }],
    [
      'an alias',
      `x: &r [self-hosted, m4]\n${wf('  a:', '    runs-on: *r')}`,
      { labels: ['self-hosted', 'm4'] },
    ],
  ])('%s', (_, text, runsOn) => {
    const parsed = parseWorkflow(text);
    expect(parsed.error).toBeUndefined();
    expect(parsed.jobs).toEqual([
      { job: 'a', line: text.split('\n').findIndex((l) => l.includes('runs-on')) + 1, runsOn },
    ]);
  });

  test('the line is that of the runs-on key, per job; reusable-workflow calls are skipped', () => {
    const parsed = parseWorkflow(
      wf(
        '  one:',
        '    runs-on: a',
        '  call:',
        '    uses: ./.github/workflows/x.yml',
        '  two:',
        '    name: Two',
        '    runs-on: b',
      ),
    );
    expect(parsed.jobs.map((j) => [j.job, j.line])).toEqual([
      ['one', 4],
      ['two', 9],
    ]);
  });

  test('the literal matrix is read as plain data; an expression matrix stays a string', () => {
    const parsed = parseWorkflow(
      wf(
        '  a:',
        '    strategy:',
        '      matrix:',
        '        os: [x, y]',
        '        include: [{ os: z }]',
        '    runs-on: ${{ matrix.os }}',
        '  b:',
        '    strategy: { matrix: "${{ fromJSON(needs.a.outputs.m) }}" }',
        '    runs-on: ${{ matrix.os }}',
      ),
    );
    expect(parsed.jobs[0]?.matrix).toEqual({ os: ['x', 'y'], include: [{ os: 'z' }] });
    expect(parsed.jobs[1]?.matrix).toBe('${{ fromJSON(needs.a.outputs.m) }}');
  });

  test.each([
    ['broken flow list', 'on: push\njobs:\n  a:\n    runs-on: [x\n', 5],
    ['duplicate key', 'on: push\njobs:\n  a:\n    runs-on: x\n    runs-on: y\n', 5],
    ['tab indentation', 'on: push\njobs:\n\ta: 1\n', 3],
    ['not a mapping', '- a\n- b\n', 1],
    ['no jobs', 'on: push\n', 1],
  ])('%s is an error with its line', (_, text, line) => {
    const parsed = parseWorkflow(text);
    expect(parsed.error?.line).toBe(line);
    expect(parsed.error?.message).toMatch(/\S/);
    expect(parsed.jobs).toEqual([]);
  });

  test.each([
    ['an empty string', "runs-on: ''"],
    ['an empty list', 'runs-on: []'],
    ['a nested list', 'runs-on: [[a]]'],
    ['an unknown key', 'runs-on: { group: g, size: 4 }'],
    ['a null', 'runs-on:'],
  ])('a runs-on of %s is reported against its job', (_, line) => {
    const parsed = parseWorkflow(wf('  a:', `    ${line}`));
    expect(parsed.jobs).toEqual([]);
    expect(parsed.invalid).toEqual([
      { job: 'a', line: 4, message: expect.stringContaining('runs-on') },
    ]);
  });
});

describe('parseWorkflow, property', () => {
  const label = fc.stringMatching(/^[A-Za-z0-9][\w.-]{0,20}$/);
  const runsOn = fc.oneof(
    label,
    fc.array(label, { minLength: 1, maxLength: 5 }),
    fc.record({ group: label, labels: fc.array(label, { minLength: 1, maxLength: 4 }) }),
  );
  const jobId = fc.stringMatching(/^[A-Za-z_][\w-]{0,15}$/);

  test('any runs-on written by a YAML serializer is read back as written, at its line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(jobId, runsOn), {
          minLength: 1,
          maxLength: 6,
          selector: ([id]) => id,
        }),
        (jobs) => {
          const doc = {
            on: 'push',
            jobs: Object.fromEntries(jobs.map(([id, r]) => [id, { 'runs-on': r }])),
          };
          const text = stringify(doc);
          const parsed = parseWorkflow(text);
          expect(parsed.error).toBeUndefined();
          expect(parsed.jobs.map((j) => j.job)).toEqual(jobs.map(([id]) => id));
          const lines = text.split('\n');
          for (const [i, [, r]] of jobs.entries()) {
            const got = parsed.jobs[i];
            const want =
              typeof r === 'string' ? { labels: [r] } : Array.isArray(r) ? { labels: r } : r;
            expect(got?.runsOn).toEqual(want);
            expect(lines[(got?.line ?? 0) - 1]).toMatch(/^\s*runs-on:/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('arbitrary text never throws: jobs, or an error with a line inside the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseWorkflow(`jobs:\n  a:\n    runs-on: ${text}`);
        if (parsed.error) {
          expect(parsed.error.line).toBeGreaterThanOrEqual(1);
          expect(parsed.error.line).toBeLessThanOrEqual(text.split('\n').length + 3);
        }
      }),
      { numRuns: 300 },
    );
  });
});
