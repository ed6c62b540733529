// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{ }}` here is GitHub's expression syntax in workflow text, not a JS template.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { Alias, stringify } from 'yaml';
import {
  MAX_ALIASES,
  MAX_MATRIX_VALUES,
  parseWorkflow,
} from '../../../actions/check-runner/lint/parse.ts';

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
    [
      'broken flow list',
      'on: push\njobs:\n  a:\n    runs-on: [x\n',
      5,
      'Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'duplicate key',
      'on: push\njobs:\n  a:\n    runs-on: x\n    runs-on: y\n',
      5,
      'Map keys must be unique',
    ],
    [
      'duplicate job id',
      'on: push\njobs:\n  a:\n    runs-on: x\n  b: {}\n  a: {}\n',
      6,
      'Map keys must be unique',
    ],
    ['tab indentation', 'on: push\njobs:\n\ta: 1\n', 3, 'Tabs are not allowed as indentation'],
    ['not a mapping', '- a\n- b\n', 1, 'The file is not a YAML mapping.'],
    ['no jobs', 'on: push\n', 1, "The workflow has no 'jobs' mapping."],
    [
      'an alias with no anchor',
      'on: push\njobs:\n  a:\n    runs-on: *nope\n',
      4,
      'Alias *nope names no anchor before it.',
    ],
    [
      'an alias before its anchor',
      'on: push\njobs:\n  a:\n    runs-on: *r\n  b:\n    runs-on: &r x\n',
      4,
      'Alias *r names no anchor before it.',
    ],
  ])('%s is an error with its line', (_, text, line, message) => {
    expect(parseWorkflow(text)).toEqual({ jobs: [], invalid: [], error: { line, message } });
  });

  test.each([
    ['an empty string', "runs-on: ''", "'runs-on' is empty."],
    ['an empty list', 'runs-on: []', "'runs-on' is an empty list."],
    ['a nested list', 'runs-on: [[a]]', "'runs-on' lists something that is not a label."],
    [
      'an unknown key',
      'runs-on: { group: g, size: 4 }',
      "'runs-on' accepts only 'group' and 'labels'; it has 'size'.",
    ],
    ['a null', 'runs-on:', "'runs-on' is neither a label, a list of labels, nor {group, labels}."],
  ])('a runs-on of %s is reported against its job', (_, line, message) => {
    const parsed = parseWorkflow(wf('  a:', `    ${line}`));
    expect(parsed.jobs).toEqual([]);
    expect(parsed.invalid).toEqual([{ job: 'a', line: 4, message }]);
  });

  test('an alias names the last anchor of its name before it', () => {
    const parsed = parseWorkflow(
      [
        'x: &r [one]',
        'y: &r [two]',
        'jobs:',
        '  a:',
        '    runs-on: *r',
        '  b:',
        '    runs-on: &r [three]',
        '  c:',
        '    runs-on: *r',
      ].join('\n'),
    );
    expect(parsed.jobs.map((j) => j.runsOn.labels)).toEqual([['two'], ['three'], ['three']]);
  });
});

describe('the YAML caps, each on its own', () => {
  const matrixJob = (...head: string[]) =>
    [
      ...head,
      'jobs:',
      '  a:',
      '    strategy: { matrix: *m }',
      '    runs-on: ${{ matrix.os }}',
    ].join('\n');

  test(`a matrix that follows ${MAX_ALIASES} aliases is read; one more is over the alias cap`, () => {
    const list = (n: number) => `[${Array.from({ length: n }, () => '*v').join(', ')}]`;
    const at = parseWorkflow(matrixJob('v: &v x', `m: &m { os: ${list(MAX_ALIASES - 1)} }`));
    // The matrix itself is one alias: MAX_ALIASES in all.
    expect(at.jobs[0]?.matrix).toEqual({ os: Array(MAX_ALIASES - 1).fill('x') });
    const over = parseWorkflow(matrixJob('v: &v x', `m: &m { os: ${list(MAX_ALIASES)} }`));
    expect(over.jobs[0]?.matrix).toBe(
      `it follows more than ${MAX_ALIASES} aliases (a cap against YAML bombs)`,
    );
  });

  test('a small file whose aliases nest into a bomb stops at the alias cap', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((c, i) => {
        const prev = 'abcdefghi'[i];
        return `${c}: &${c} [${Array(10).fill(`*${prev}`).join(', ')}]`;
      }),
      'm: &m { os: *i }',
    ];
    const text = matrixJob(...bomb);
    expect(text.length).toBeLessThan(1000);
    expect(parseWorkflow(text).jobs[0]?.matrix).toBe(
      `it follows more than ${MAX_ALIASES} aliases (a cap against YAML bombs)`,
    );
  });

  test('a recursive alias stops at the alias cap', () => {
    expect(parseWorkflow(matrixJob('m: &m { os: [*m] }')).jobs[0]?.matrix).toBe(
      `it follows more than ${MAX_ALIASES} aliases (a cap against YAML bombs)`,
    );
  });

  test(`few aliases that build over ${MAX_MATRIX_VALUES} values stop at the value cap`, () => {
    const big = `[${Array.from({ length: 2000 }, (_, i) => i).join(', ')}]`;
    const text = matrixJob(`l: &l ${big}`, `m: &m { os: [${Array(5).fill('*l').join(', ')}] }`);
    expect(parseWorkflow(text).jobs[0]?.matrix).toBe(
      `it builds more than ${MAX_MATRIX_VALUES} values (a cap against YAML bombs)`,
    );
    const fewer = matrixJob(`l: &l ${big}`, `m: &m { os: [${Array(4).fill('*l').join(', ')}] }`);
    expect(parseWorkflow(fewer).jobs[0]?.matrix).toEqual({
      os: Array(4).fill(Array.from({ length: 2000 }, (_, i) => i)),
    });
  });

  test('plain: a matrix key named __proto__ is an own key, not a prototype', () => {
    const parsed = parseWorkflow(
      wf('  a:', '    strategy: { matrix: { __proto__: [x] } }', '    runs-on: y'),
    );
    const matrix = parsed.jobs[0]?.matrix as object;
    expect(Object.getPrototypeOf(matrix)).toBe(Object.prototype);
    expect(Object.keys(matrix)).toEqual(['__proto__']);
  });

  test('a 1 MB file of aliases parses in linear time: each alias resolved once', () => {
    // Before the table, every alias walked the whole document: 8,000 took minutes.
    const lines = ['on: push', 'x: &r [self-hosted, Linux]', 'y: &s { matrix: { os: [a, b] } }'];
    lines.push('jobs:');
    let jobs = 0;
    let size = lines.join('\n').length;
    while (size < 1_000_000) {
      const job = [`  j${jobs}:`, '    runs-on: *r', '    strategy: *s'];
      size += job.join('\n').length + 1;
      lines.push(...job);
      jobs++;
    }
    const text = lines.join('\n');
    expect(text.length).toBeLessThanOrEqual(1024 * 1024);
    const libraryResolve = vi.spyOn(Alias.prototype, 'resolve');
    const started = performance.now();
    const parsed = parseWorkflow(text);
    // Generous: 2 s here when idle, 8 s with the machine loaded 8 times over; the quadratic walk
    // took hours at this size.
    expect(performance.now() - started).toBeLessThan(60_000);
    // The library's per-alias walk of the whole document is never used.
    expect(libraryResolve).not.toHaveBeenCalled();
    libraryResolve.mockRestore();
    expect(parsed.jobs).toHaveLength(jobs);
    expect(jobs).toBeGreaterThan(20_000);
    expect(parsed.jobs.at(-1)).toEqual({
      job: `j${jobs - 1}`,
      line: lines.length - 1,
      runsOn: { labels: ['self-hosted', 'Linux'] },
      matrix: { os: ['a', 'b'] },
    });
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
