/**
 * Odd data never crashes perf-report with a TypeError: jobs with null or missing names, labels
 * and steps, a jobs list that is not a list, a malformed baseline file, and a pair that took no
 * time each give a warning or error naming the field, or a sensible sentence. Odd benchmark data
 * (units that change between runs, sub-second hyperfine results, runs that all failed, hostile
 * ranges, units and extras) is compared, flagged or shown inert. Built dist against the GitHub
 * stand-in.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { comparisonRun, HOSTILE_NAMES } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import type { Job } from '../support/github-fixtures.ts';
import { runAction } from '../support/local-runner.ts';
import { KNOWN_COMMANDS, parseCommand } from '../support/workflow-commands.ts';

const REPO = 'octo-org/octo-repo';
const RUN = 8_123_456_789;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'perf-report');

let api: GitHubApi;
let root: string;
beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-report-odd-'));
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  api.data.jobs.clear();
  api.clearFaults();
});

function perfReport(inputs: Record<string, string> = {}, workspace = root) {
  return runAction({
    action: 'perf-report',
    workspace,
    inputs,
    github: { apiUrl: api.url, token: 'test-token', repository: REPO, runId: RUN },
  });
}

const noTypeError = (r: Awaited<ReturnType<typeof perfReport>>) => {
  expect(r.main.log).not.toMatch(/TypeError|Cannot read properties|undefined \(reading/);
};

describe('jobs with fields missing', () => {
  test('null names, labels and steps: warnings naming each field; the report still adds up', async () => {
    const [select, self, hosted] = comparisonRun() as Job[];
    const odd = [
      { ...select, name: null },
      {
        ...self,
        labels: null,
        steps: [null, ...(self?.steps ?? []).map((s) => ({ ...s, name: null }))],
      },
      { ...hosted, labels: [null, 'ubuntu-latest'], steps: 'none' },
      null,
    ];
    api.data.jobs.set(RUN, odd as never);
    api.allowViolation(/must be (string|object|array)/, 'null names, labels and steps, on purpose');
    const r = await perfReport();
    noTypeError(r);
    expect(r.main.outcome).toBe('success');
    const warnings = r.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    const text = warnings.join('\n');
    expect(text).toContain("1 job: no 'name'; shown as 'job' and its id.");
    expect(text).toContain("1 job: 'labels' is not a list; read as none.");
    expect(text).toContain("1 job: 'labels' holds entries that are not strings; left out.");
    expect(text).toContain("1 job: 'steps' is not a list; read as none.");
    expect(text).toContain("10 steps: no 'name'; shown as 'step' and its number.");
    expect(text).toContain('1 list entry: not an object; left out.');
    expect(r.main.summary).toContain('3 jobs measured');
    expect(r.main.summary).toContain(
      "Odd data from GitHub: jobs of run 8123456789: 1 job: no 'name'; shown as 'job' and its id.",
    );
    // The hosted job has no steps: its 6m30s is `other`, not 0s.
    expect(r.main.summary).toMatch(/\| other \|[^\n]*6m30s/);
  });

  test('a jobs page that is not a list: a clear error naming it', async () => {
    api.fault({
      path: `/repos/${REPO}/actions/runs/${RUN}/jobs`,
      kind: 'custom',
      status: 200,
      body: { message: 'OK' },
    });
    const r = await perfReport();
    noTypeError(r);
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain(`without a 'jobs' list`);
  });
});

describe('a malformed baseline file', () => {
  test.each([
    ['runs as null', { run: null }, "'run.runId' is not a number"],
    ['a null job', { jobs: [null] }, "'jobs[0]' is not an object"],
    ['runners not a list', { runners: 'M4' }, "'runners' is not a list"],
    [
      'a runner without phases',
      { runners: [{ runner: 'M4', kind: 'self-hosted', durationMs: 1 }] },
      "'runners[0].phases' is not an object of numbers",
    ],
  ])('%s: the error names the field', async (name, change, field) => {
    api.data.jobs.set(RUN, comparisonRun() as never);
    const ws = join(root, name.replace(/\W/g, '-'));
    mkdirSync(ws, { recursive: true });
    const first = await perfReport({ 'report-path': 'base.json' }, ws);
    expect(first.main.outcome).toBe('success');
    const base = JSON.parse(
      (await import('node:fs')).readFileSync(join(ws, 'base.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(join(ws, 'base.json'), JSON.stringify({ ...base, ...change }));
    const r = await perfReport({ baseline: 'base.json' }, ws);
    noTypeError(r);
    expect(r.main.outcome).toBe('failure');
    const error = r.main.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain("Baseline 'base.json': not a readable perf-report:");
    expect(error).toContain(field);
  });
});

describe('a pair that took no time', () => {
  test('the headline is a sentence, not "ran in no time than"', async () => {
    const zero = comparisonRun().map((j) =>
      j.name === 'select' || j.status !== 'completed'
        ? j
        : { ...j, completed_at: j.started_at, steps: [] },
    );
    api.data.jobs.set(RUN, zero as never);
    const r = await perfReport();
    noTypeError(r);
    expect(r.main.outcome).toBe('success');
    expect(r.main.summary).toContain(
      '**self-hosted M4 and ubuntu-latest both took under a second, too little to compare**',
    );
    expect(r.main.summary).not.toMatch(/no time than|Infinity|NaN/);
  });
});

describe('odd benchmark data', () => {
  /** Runs twice in a fresh workspace: `before` as the baseline, then `after` against it. */
  async function twoRuns(
    name: string,
    before: string,
    after: string,
    inputs: Record<string, string> = {},
  ) {
    api.data.jobs.set(RUN, comparisonRun() as never);
    const ws = join(root, name);
    mkdirSync(join(ws, 'bench'), { recursive: true });
    const place = (file: string) =>
      file.startsWith('[') || file.startsWith('{')
        ? writeFileSync(join(ws, 'bench', 'b.json'), file)
        : copyFileSync(join(FIXTURES, file), join(ws, 'bench', 'b.json'));
    place(before);
    const base = await perfReport(
      { 'benchmark-files': 'bench/b.json', 'report-path': 'base.json', ...inputs },
      ws,
    );
    expect(base.main.outcome).toBe('success');
    place(after);
    const now = await perfReport(
      { 'benchmark-files': 'bench/b.json', baseline: 'base.json', ...inputs },
      ws,
    );
    noTypeError(now);
    return now;
  }

  test('ns/iter against us/iter, ops/s against ops/ms: converted, two regressions', async () => {
    const r = await twoRuns('units', 'gab-units-base.json', 'gab-units-now.json');
    expect(r.main.outcome).toBe('success');
    expect(r.outputs.regressions).toBe('2');
    expect(r.main.summary).toContain(
      '| parse manifest | 0.21 us/iter +/- 0.004 | smaller | 100 ns/iter +/- 3 | +110.0% **regression** |',
    );
    expect(r.main.summary).toContain(
      '| cache lookups | 180 ops/ms | bigger | 250,000 ops/s | -28.0% **regression** |',
    );
    expect(r.main.summary).toContain(
      '| render page | 25 ops/s | bigger | 40 ms | not comparable (unit was ms) |',
    );
  });

  test('hyperfine 52 ms → 155 ms counts; every run failed: a warning, flagged, not compared', async () => {
    const r = await twoRuns('hyperfine', 'hyperfine-fast-base.json', 'hyperfine-fast-now.json');
    expect(r.main.outcome).toBe('success');
    expect(r.outputs.regressions).toBe('1');
    expect(r.main.summary).toContain(
      '| bench.json › node dist/check-runner/index.js | benchmark | 0.052 s | 0.155 s | +198.1% |'.replace(
        'bench.json',
        'bench/b.json',
      ),
    );
    expect(r.main.summary).toContain(
      '| node dist/job-cleanup/index.js | **failed**: all 5 runs exited non-zero (exit code 1) | smaller | 0.048 s ± 0.0012 | **failed** |  |',
    );
    expect(
      r.main.annotations
        .filter((a) => a.level === 'warning')
        .map((a) => [a.properties.title, a.message]),
    ).toEqual([
      [
        'perf-report: failed benchmarks',
        "1 benchmark failed and is not compared: 'node dist/job-cleanup/index.js' in bench/b.json (all 5 runs exited non-zero (exit code 1)).",
      ],
    ]);
    const written = JSON.parse(readFileSync(join(root, 'hyperfine', 'base.json'), 'utf8'));
    expect(written.benchmarks[0]).toEqual({
      suite: 'bench/b.json',
      name: 'node dist/check-runner/index.js',
      value: 0.052,
      unit: 's',
      biggerIsBetter: false,
      range: '± 0.0021',
      rangeValue: 0.0021,
    });
  });

  test('benchmark-noise-floor: 200ms forgives the 103 ms slowdown; a bad value names the input', async () => {
    const r = await twoRuns('floor', 'hyperfine-fast-base.json', 'hyperfine-fast-now.json', {
      'benchmark-noise-floor': '200ms',
    });
    expect(r.outputs.regressions).toBe('0');
    const bad = await perfReport({ 'benchmark-noise-floor': 'loud' });
    expect(bad.main.outcome).toBe('failure');
    expect(bad.main.annotations.find((a) => a.level === 'error')?.message).toBe(
      "Input 'benchmark-noise-floor' accepts amounts with their unit, comma or newline separated (such as '1ns', '2ms, 50 ops/s'), or '0' for none; got 'loud'.",
    );
  });

  test('hostile units, ranges, extras and failed commands stay text', async () => {
    const entries = (scale: number) =>
      HOSTILE_NAMES.map((text, i) => ({
        name: `n${i}`,
        unit: i % 2 ? text : 'ms',
        value: (i + 2) * scale,
        range: text,
        extra: text,
      }));
    const hyperfine = {
      results: HOSTILE_NAMES.map((text) => ({
        command: text,
        mean: 1,
        stddev: 0.1,
        exit_codes: [1, '<b>x</b>', null],
      })),
    };
    const r = await twoRuns('hostile', JSON.stringify(entries(1)), JSON.stringify(entries(5)));
    expect(r.main.outcome).toBe('success');
    writeFileSync(join(root, 'hostile', 'bench', 'h.json'), JSON.stringify(hyperfine));
    const failed = await perfReport(
      { 'benchmark-files': 'bench/*.json', baseline: 'base.json' },
      join(root, 'hostile'),
    );
    noTypeError(failed);
    expect(failed.main.outcome).toBe('success');
    for (const result of [r, failed]) {
      for (const line of result.main.stdout.split(/\r\n|\r|\n/)) {
        const cmd = parseCommand(line, KNOWN_COMMANDS);
        if (cmd) expect(['add-mask', 'notice', 'warning'], line).toContain(cmd.command);
        expect(line).not.toContain('##[');
      }
      const md = result.main.summary;
      // No mention outside the chart (whose step names are the stand-in's own).
      expect(md.replace(/```mermaid\n[\s\S]*?\n```/g, '')).not.toMatch(/@(?!\u200d)/);
      const html = marked.parse(md, { async: false, gfm: true }) as string;
      expect(html).not.toMatch(/<(a|img|script|h1|h2|h5|h6|iframe|svg|b)\b/i);
      for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const header = (table.match(/<th\b/g) ?? []).length;
        for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g)?.slice(1) ?? []) {
          expect((row.match(/<td\b/g) ?? []).length, row).toBe(header);
        }
      }
    }
    // A hostile unit (n5, n9) is compared with itself; ranges and extras are shown as text.
    expect(r.main.summary).toContain(
      '| n5 | 35 \\| a \\| b \\| \\| a \\| b \\| | smaller | 7 \\| a \\| b \\| \\| a \\| b \\| | +400.0% **regression** | \\| a \\| b \\| |',
    );
    const img = '&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;';
    expect(r.main.summary).toContain(
      `| n9 | 55 ${img} ${img} | smaller | 11 ${img} ${img} | +400.0% **regression** | ${img} |`,
    );
    // One warning for all the failed commands, on one line, none forged.
    const warnings = failed.main.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([
      `22 benchmarks failed and are not compared: ${[
        "'x\\n::error::forged by a name'",
        "'y\\r::add-mask::forged-mask'",
        "'z\\r\\n::set-output name=speedup::99'",
        "'##\\[error]forged legacy command'",
        "'::warning::forged at the start'",
      ]
        .map(
          (name) =>
            `${name} in bench/h.json (all 3 runs exited non-zero (exit codes 1, ?, signal))`,
        )
        .join('; ')}; and 17 more (the summary lists them).`,
    ]);
    expect(failed.main.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });
});
