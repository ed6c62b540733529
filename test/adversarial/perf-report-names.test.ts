/**
 * Hostile job, step, label and benchmark names through the built perf-report: read the runner's
 * way, the log holds no forged workflow command (no annotation, mask or output they did not ask
 * for); the step summary and the PR comment, rendered as GFM, hold no link, image, HTML, heading,
 * mention, math or broken table row of theirs; and every mermaid chart parses in mermaid itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_NAMES, hostileRun } from '../support/comparison-run.ts';
import { type GitHubApi, startGitHubApi } from '../support/github-api.ts';
import { type ActionResult, runAction } from '../support/local-runner.ts';
import { parseMermaid } from '../support/mermaid.ts';
import { KNOWN_COMMANDS, parseCommand } from '../support/workflow-commands.ts';

const REPO = 'octo-org/octo-repo';
const RUN = 8_123_456_789;
const PR = 9;
const TOKEN = 'test-token';

let api: GitHubApi;
let root: string;
let first: ActionResult;
let second: ActionResult;

beforeAll(async () => {
  api = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'perf-report-names-'));
  mkdirSync(join(root, 'bench'), { recursive: true });
  // github-action-benchmark entries named by the attacker.
  const bench = (scale: number) =>
    HOSTILE_NAMES.map((name, i) => ({ name, unit: 's', value: (i + 2) * scale }));
  const run = (scale: number, inputs: Record<string, string>) => {
    writeFileSync(join(root, 'bench', 'b.json'), JSON.stringify(bench(scale)));
    api.data.jobs.set(RUN, hostileRun({ scale }));
    return runAction({
      action: 'perf-report',
      workspace: root,
      inputs: { 'benchmark-files': 'bench/b.json', 'comment-on-pr': 'true', ...inputs },
      github: {
        apiUrl: api.url,
        token: TOKEN,
        repository: REPO,
        runId: RUN,
        eventName: 'pull_request',
        event: { number: PR, pull_request: { number: PR } },
        ref: `refs/pull/${PR}/merge`,
        headRef: 'feature\n::error::branch @everyone |',
        baseRef: 'main',
      },
    });
  };
  first = await run(1, { 'report-path': 'base.json' });
  // Slower everywhere: the regressions table lists hostile names too.
  second = await run(3, { baseline: 'base.json', 'report-path': 'now.json' });
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});

const comment = () => api.data.comments.get(`${REPO}#${PR}`)?.[0]?.body ?? '';

describe.each([
  ['the first run', () => first],
  ['the run against a baseline', () => second],
])('%s', (_, result) => {
  test('succeeds and prints no forged workflow command', () => {
    const r = result();
    expect(r.main.outcome).toBe('success');
    // Read the runner's way: what the step printed became these and only these.
    expect(r.main.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.main.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(r.main.masks).toEqual([TOKEN]);
    expect(Object.keys(r.outputs).sort()).toEqual([
      'history-count',
      'markdown',
      'minutes-saved',
      'net-minutes-per-month',
      'net-saved-per-month',
      'overhead-minutes',
      'regressions',
      'report',
      'speedup',
    ]);
    expect(r.outputs.speedup).not.toBe('99');
    for (const line of r.main.stdout.split(/\r\n|\r|\n/)) {
      const cmd = parseCommand(line, KNOWN_COMMANDS);
      if (cmd) expect(['add-mask', 'notice'], line).toContain(cmd.command);
      expect(line).not.toContain('##[');
    }
  });

  test('the step summary and the comment hold no markup of the names', () => {
    const r = result();
    for (const md of [r.main.summary, comment()]) {
      expect(md.length).toBeGreaterThan(1000);
      expectInert(md);
    }
  });

  test('every mermaid chart parses in mermaid', async () => {
    const r = result();
    for (const md of [r.main.summary, comment()]) {
      const charts = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) await parseMermaid(chart);
    }
  });
});

test('the baseline run found regressions, so their table was rendered', () => {
  expect(Number(second.outputs.regressions)).toBeGreaterThan(0);
  expect(second.main.summary).toContain('#### Regressions');
});

/** What the names must not have made of the Markdown, checked on the GFM rendering. */
function expectInert(md: string): void {
  expect(md).not.toMatch(/\r|\u2028|\u2029/);
  const outside = md.replace(/```mermaid\n[\s\S]*?\n```/g, '');
  // No mention outside code: every `@` is followed by a zero-width joiner.
  expect(outside).not.toMatch(/@(?!\u200d)/);
  // No math: every `$` is escaped or an entity.
  expect(outside).not.toMatch(/(?<!\\)\$/);
  const html = marked.parse(md, { async: false, gfm: true }) as string;
  expect(html).not.toMatch(/<(a|img|script|h1|h2|h5|h6|iframe|svg)\b/i);
  // Our own HTML only: the comment marker, the details fold, the rendered structure.
  const tags = new Set(
    [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]?.toLowerCase()),
  );
  const ours = [
    'h3',
    'h4',
    'p',
    'strong',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'pre',
    'code',
  ];
  for (const tag of tags) expect([...ours, 'details', 'summary', 'br'], tag).toContain(tag);
  expect(html).not.toContain('<br');
  // Headings are ours only.
  const headings = [...html.matchAll(/<h[34][^>]*>([\s\S]*?)<\/h[34]>/g)].map((m) => m[1]);
  for (const h of headings) {
    expect([
      'perf-report',
      'Phases',
      'Regressions',
      'Jobs',
      'Queue waits',
      'Timeline',
      'Benchmarks',
      'Savings per month and year',
      'Savings per month and year (estimate)',
    ]).toContain(h);
  }
  // Every table row has as many cells as its header.
  for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
    const header = (table.match(/<th\b/g) ?? []).length;
    for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g)?.slice(1) ?? []) {
      expect((row.match(/<td\b/g) ?? []).length, row).toBe(header);
    }
  }
}
